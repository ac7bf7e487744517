from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.run_status import RunStatus
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="RunResults")


@_attrs_define(repr=False)
class RunResults:
    """The results of an automation app run, one page of files at a time (see `has_more`).
    The vendor's published document calls this object `resultsResponse`. Open object: the
    vendor may add properties.

        Attributes:
            id (str | None): The ID of the run (the `run_id` of the request). Availability: in responses since
                the vendor added it in January 2026; older responses omit it.
            status (RunStatus | None): Status of the run:

                - `CANCELLED`: a user cancelled the run.
                - `COMPLETE`: the run successfully completed, and a human review completed if one was
                  required. Results are retrievable, but some fields may have failed and have the value
                  `ERROR`.
                - `FAILED`: the run failed to complete.
                - `PAUSED`: reserved for future use.
                - `RUNNING`: the run is in progress and is not paused.
                - `STOPPED_AT_CHECKPOINT`: a validation error has paused the run for human review.

                Open enum: the vendor may add statuses, so any other string is accepted too; handle
                unknown values gracefully.
            message (None | str | Unset): A message about the run, for example which flow it completed; may be `null`.
                Availability: in responses since January 2026 (for a few days in January 2026 the
                vendor published this property as `msg`, see `msg`).
            msg (None | str | Unset): Deprecated: the earlier name of `message`, published by the vendor for a few days in
                January 2026 and then renamed. Read `message`; this property is declared only so
                bodies of that shape still parse into typed attributes.
            start_timestamp (int | None): When the run started, in Unix time nanoseconds (nanoseconds since
                1970-01-01T00:00:00Z; divide by 1e9 for Unix seconds). Availability: in responses
                since January 2026.
            finish_timestamp (int | None | Unset): When the run finished, in Unix time nanoseconds (nanoseconds since
                1970-01-01T00:00:00Z; divide by 1e9 for Unix seconds), for example
                `1795429530482915000` (2026-11-23T10:25:30.482915Z). `null` while the run is still in
                progress. Availability: listed by the current revision of the vendor's page; responses
                in the older shape may omit it.
            batch_id (str | None): The ID of the batch used as input for this run. Availability: present only when the
                run was started with a batch.
            keys (RunKeys | None): The keys set for a run. Open object: the vendor may add properties.
            has_more (bool | None): Whether more results are available beyond those in this response. When `true`,
                request again with the `file_offset` query parameter set to the index of the next
                file.
            review_completed (bool | None): Whether the run has completed human review. Availability: present when
                `include_review_results=true`.
            files (list[FileResult] | None): The results for each input file on this page, in file order.
            case_info (CaseInfo | None): Packet-level information (also known as case-level information) captured for the
                run,
                including cross-class fields. Cross-class fields consolidate data extracted from standard
                fields within a packet (the documents of one case). Availability: present when the app
                extracts packets. Open object: the vendor may add properties.
    """

    id: str | None = None
    status: RunStatus | None = None
    message: None | str | Unset = UNSET
    msg: None | str | Unset = UNSET
    start_timestamp: int | None = None
    finish_timestamp: int | None | Unset = UNSET
    batch_id: str | None = None
    keys: RunKeys | None = None
    has_more: bool | None = None
    review_completed: bool | None = None
    files: list[FileResult] | None = None
    case_info: CaseInfo | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _id = UNSET if self.id is None else self.id
        id = _id

        _status = UNSET if self.status is None else self.status
        status: str | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _status.value

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        msg: None | str | Unset
        if isinstance(self.msg, Unset):
            msg = UNSET
        else:
            msg = self.msg

        _start_timestamp = UNSET if self.start_timestamp is None else self.start_timestamp
        start_timestamp = _start_timestamp

        finish_timestamp: int | None | Unset
        if isinstance(self.finish_timestamp, Unset):
            finish_timestamp = UNSET
        else:
            finish_timestamp = self.finish_timestamp

        _batch_id = UNSET if self.batch_id is None else self.batch_id
        batch_id = _batch_id

        _keys = UNSET if self.keys is None else self.keys
        keys: dict[str, Any] | Unset = UNSET
        if not isinstance(_keys, Unset):
            keys = _keys.to_dict()

        _has_more = UNSET if self.has_more is None else self.has_more
        has_more = _has_more

        _review_completed = UNSET if self.review_completed is None else self.review_completed
        review_completed = _review_completed

        _files = UNSET if self.files is None else self.files
        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_files, Unset):
            files = []
            for files_item_data in _files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        _case_info = UNSET if self.case_info is None else self.case_info
        case_info: dict[str, Any] | Unset = UNSET
        if not isinstance(_case_info, Unset):
            case_info = _case_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if msg is not UNSET:
            field_dict["msg"] = msg
        if start_timestamp is not UNSET:
            field_dict["start_timestamp"] = start_timestamp
        if finish_timestamp is not UNSET:
            field_dict["finish_timestamp"] = finish_timestamp
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if keys is not UNSET:
            field_dict["keys"] = keys
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if review_completed is not UNSET:
            field_dict["review_completed"] = review_completed
        if files is not UNSET:
            field_dict["files"] = files
        if case_info is not UNSET:
            field_dict["case_info"] = case_info

        return field_dict

    @classmethod
    def from_dict(cls: type[_T], src_dict: Mapping[str, Any]) -> _T:
        """Parse a JSON object (a dict as `json.loads` gives it) into this model.

        Raises `errors.JSONShapeError` (a `TypeError`) when `src_dict` is not a JSON object, a
        value has the wrong JSON type or a required property is missing; its `path` says where.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _JSONShapeError.wrong_type("an object", src_dict)
        d = dict(src_dict)
        _at_ = ""
        try:
            _at_ = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, str) and id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", id)

            _at_ = "status"

            def _parse_status(data: object) -> RunStatus | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_run_status_run_status = data
                        if not isinstance(_componentsschemas_run_status_run_status, str):
                            raise _JSONShapeError.wrong_type(
                                "a string", _componentsschemas_run_status_run_status
                            )
                        componentsschemas_run_status_run_status = RunStatus(
                            _componentsschemas_run_status_run_status
                        )

                        return componentsschemas_run_status_run_status
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            status = _parse_status(d.pop("status", UNSET))

            _at_ = "message"

            def _parse_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    return data
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or a string", data)

            message = _parse_message(d.pop("message", UNSET))

            _at_ = "msg"

            def _parse_msg(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    return data
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or a string", data)

            msg = _parse_msg(d.pop("msg", UNSET))

            _at_ = "start_timestamp"
            start_timestamp = d.pop("start_timestamp", UNSET)
            if (
                not (isinstance(start_timestamp, int) and not isinstance(start_timestamp, bool))
                and start_timestamp is not UNSET
            ):
                raise _JSONShapeError.wrong_type("an integer", start_timestamp)

            _at_ = "finish_timestamp"

            def _parse_finish_timestamp(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or an integer", data)

            finish_timestamp = _parse_finish_timestamp(d.pop("finish_timestamp", UNSET))

            _at_ = "batch_id"
            batch_id = d.pop("batch_id", UNSET)
            if not isinstance(batch_id, str) and batch_id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", batch_id)

            _at_ = "keys"
            _keys = d.pop("keys", UNSET)
            keys: RunKeys | Unset
            if isinstance(_keys, Unset):
                keys = UNSET
            else:
                keys = RunKeys.from_dict(_keys)

            _at_ = "has_more"
            has_more = d.pop("has_more", UNSET)
            if not isinstance(has_more, bool) and has_more is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", has_more)

            _at_ = "review_completed"
            review_completed = d.pop("review_completed", UNSET)
            if not isinstance(review_completed, bool) and review_completed is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", review_completed)

            _at_ = "files"
            _files = d.pop("files", UNSET)
            files: list[FileResult] | Unset = UNSET
            if not isinstance(_files, Unset):
                if not isinstance(_files, list):
                    raise _JSONShapeError.wrong_type("an array", _files)
                files = []
                for files_item_index_, files_item_data in enumerate(_files):
                    try:
                        files_item = FileResult.from_dict(files_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(files_item_index_) from None
                    files.append(files_item)

            _at_ = "case_info"
            _case_info = d.pop("case_info", UNSET)
            case_info: CaseInfo | Unset
            if isinstance(_case_info, Unset):
                case_info = UNSET
            else:
                case_info = CaseInfo.from_dict(_case_info)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            id=None if isinstance(id, Unset) else id,
            status=None if isinstance(status, Unset) else status,
            message=message,
            msg=msg,
            start_timestamp=None if isinstance(start_timestamp, Unset) else start_timestamp,
            finish_timestamp=finish_timestamp,
            batch_id=None if isinstance(batch_id, Unset) else batch_id,
            keys=None if isinstance(keys, Unset) else keys,
            has_more=None if isinstance(has_more, Unset) else has_more,
            review_completed=None if isinstance(review_completed, Unset) else review_completed,
            files=None if isinstance(files, Unset) else files,
            case_info=None if isinstance(case_info, Unset) else case_info,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                additional = prop_dict

            except _JSONShapeError as _error_:
                raise _error_.within(prop_name) from None
            additional_properties[prop_name] = additional

        _parsed.additional_properties = additional_properties
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("status", self.status),
            ("message", self.message),
            ("msg", self.msg),
            ("start_timestamp", self.start_timestamp),
            ("finish_timestamp", self.finish_timestamp),
            ("batch_id", self.batch_id),
            ("keys", self.keys),
            ("has_more", self.has_more),
            ("review_completed", self.review_completed),
            ("files", self.files),
            ("case_info", self.case_info),
        )
        shown = [
            f"{name}={value!r}"
            for name, value in fields
            if value is not None and not isinstance(value, Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models referred to above, imported after the class so that schemas referring to each
# other in a cycle import cleanly.
from ..models.case_info import CaseInfo  # noqa: E402
from ..models.file_result import FileResult  # noqa: E402
from ..models.run_keys import RunKeys  # noqa: E402
