from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.row_status import RowStatus
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ResultRow")


@_attrs_define(repr=False)
class ResultRow:
    """The extraction result for one source document: its field values, confidence score and validation flags. May gain new
    fields.

        Attributes:
            id (str | None): The result row's identifier, documented as a UUID (the page's example shows `res_uuid_1`, so no
                UUID format is enforced).
            document_id (str | None): The identifier of the source document, documented as a UUID (the page's example shows
                `doc_uuid_1`, so no UUID format is enforced).
            filename (str | None): The source document's file name (for example `invoice_oct.pdf`).
            status (RowStatus | None): The processing status of one result row. Open enum: the page's example shows
                `approved` and `review`; Talonic's published schema names `complete`, `partial` and
                `failed` as examples. Neither lists every value, so other values can appear and must be
                accepted.

                - `approved`: the row's values were accepted.
                - `review`: the row needs manual review (for example it has validation flags or a low
                  confidence score).
                - `complete`, `partial`, `failed`: the published schema's examples, without stated
                  meanings; read from their names, the row was fully processed, partly processed, or
                  not processed.
            values (RowValues | None): Extracted field values keyed by schema field name. The keys are the field names of
                the job's schema; each value is whatever JSON the field holds (string, number, boolean, object, array) or `null`
                when the value is missing.
            confidence (float | None | Unset): Row-level confidence score from 0 to 1; `null` when no score is available
                (for example before the scoring phase has run). Values below 0.8 typically warrant manual inspection.
            validation_flags (list[str | ValidationFlag] | None): Data-quality issues Phase 4 validation found in this row;
                empty when none. The results page shows each flag as a string `<kind>:<field name>`, for example
                `missing_required_field:total` (a required field has no value) or `format_mismatch:date` (a value does not match
                the field's format); Talonic's published schema types each flag as an object (`ValidationFlag`). Both forms are
                accepted, also mixed in one list. Other kinds may appear.
    """

    id: str | None = None
    document_id: str | None = None
    filename: str | None = None
    status: RowStatus | None = None
    values: RowValues | None = None
    confidence: float | None | Unset = UNSET
    validation_flags: list[str | ValidationFlag] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _id = UNSET if self.id is None else self.id
        id = _id

        _document_id = UNSET if self.document_id is None else self.document_id
        document_id = _document_id

        _filename = UNSET if self.filename is None else self.filename
        filename = _filename

        _status = UNSET if self.status is None else self.status
        status: str | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _status.value

        _values = UNSET if self.values is None else self.values
        values: dict[str, Any] | Unset = UNSET
        if not isinstance(_values, Unset):
            values = _values.to_dict()

        confidence: float | None | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence

        _validation_flags = UNSET if self.validation_flags is None else self.validation_flags
        validation_flags: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(_validation_flags, Unset):
            validation_flags = []
            for validation_flags_item_data in _validation_flags:
                validation_flags_item: dict[str, Any] | str
                if isinstance(validation_flags_item_data, ValidationFlag):
                    validation_flags_item = validation_flags_item_data.to_dict()
                else:
                    validation_flags_item = validation_flags_item_data
                validation_flags.append(validation_flags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if status is not UNSET:
            field_dict["status"] = status
        if values is not UNSET:
            field_dict["values"] = values
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if validation_flags is not UNSET:
            field_dict["validation_flags"] = validation_flags

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

            _at_ = "document_id"
            document_id = d.pop("document_id", UNSET)
            if not isinstance(document_id, str) and document_id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", document_id)

            _at_ = "filename"
            filename = d.pop("filename", UNSET)
            if not isinstance(filename, str) and filename is not UNSET:
                raise _JSONShapeError.wrong_type("a string", filename)

            _at_ = "status"

            def _parse_status(data: object) -> RowStatus | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_row_status_row_status = data
                        if not isinstance(_componentsschemas_row_status_row_status, str):
                            raise _JSONShapeError.wrong_type(
                                "a string", _componentsschemas_row_status_row_status
                            )
                        componentsschemas_row_status_row_status = RowStatus(
                            _componentsschemas_row_status_row_status
                        )

                        return componentsschemas_row_status_row_status
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            status = _parse_status(d.pop("status", UNSET))

            _at_ = "values"
            _values = d.pop("values", UNSET)
            values: RowValues | Unset
            if isinstance(_values, Unset):
                values = UNSET
            else:
                values = RowValues.from_dict(_values)

            _at_ = "confidence"

            def _parse_confidence(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or a number", data)

            confidence = _parse_confidence(d.pop("confidence", UNSET))

            _at_ = "validation_flags"
            _validation_flags = d.pop("validation_flags", UNSET)
            validation_flags: list[str | ValidationFlag] | Unset = UNSET
            if not isinstance(_validation_flags, Unset):
                if not isinstance(_validation_flags, list):
                    raise _JSONShapeError.wrong_type("an array", _validation_flags)
                validation_flags = []
                for validation_flags_item_index_, validation_flags_item_data in enumerate(
                    _validation_flags
                ):
                    try:

                        def _parse_validation_flags_item(data: object) -> str | ValidationFlag:
                            _first_error_: _JSONShapeError | None = None
                            if isinstance(data, str):
                                return data
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_validation_flag_item_type_1 = (
                                        ValidationFlag.from_dict(data)
                                    )

                                    return componentsschemas_validation_flag_item_type_1
                                except _JSONShapeError as _error_:
                                    _first_error_ = _first_error_ or _error_
                            if _first_error_ is not None:
                                raise _first_error_
                            raise _JSONShapeError.wrong_type("a string or an object", data)

                        validation_flags_item = _parse_validation_flags_item(
                            validation_flags_item_data
                        )

                    except _JSONShapeError as _error_:
                        raise _error_.within(validation_flags_item_index_) from None
                    validation_flags.append(validation_flags_item)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            id=None if isinstance(id, Unset) else id,
            document_id=None if isinstance(document_id, Unset) else document_id,
            filename=None if isinstance(filename, Unset) else filename,
            status=None if isinstance(status, Unset) else status,
            values=None if isinstance(values, Unset) else values,
            confidence=confidence,
            validation_flags=None if isinstance(validation_flags, Unset) else validation_flags,
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
            ("document_id", self.document_id),
            ("filename", self.filename),
            ("status", self.status),
            ("values", self.values),
            ("confidence", self.confidence),
            ("validation_flags", self.validation_flags),
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
from ..models.row_values import RowValues  # noqa: E402
from ..models.validation_flag import ValidationFlag  # noqa: E402
