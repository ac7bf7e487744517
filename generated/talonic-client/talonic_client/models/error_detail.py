from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ErrorDetail")


@_attrs_define(repr=False)
class ErrorDetail:
    """The code and message of an error in the nested form. May gain new fields.

    Attributes:
        code (ErrorCode | None): Machine-readable error code of the nested error form. Open enum: the page documents
            these four codes; other codes can appear and must be accepted.

            - `validation_error` (400): invalid job ID format; it must be a UUID.
            - `unauthorized` (401): missing or invalid API key.
            - `not_found` (404): no job with this ID exists for your organization.
            - `rate_limited` (429): too many requests; retry after the `Retry-After` period.
        message (str | None): Human-readable explanation of the error, for logs and people.
        status (int | None): The HTTP status of the response, repeated in the body.
        retryable (bool | None): Whether the same request may succeed when retried.
        request_id (str | None): The identifier of the failed request (it starts with `req_`).
    """

    code: ErrorCode | None = None
    message: str | None = None
    status: int | None = None
    retryable: bool | None = None
    request_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _code = UNSET if self.code is None else self.code
        code: str | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = _code.value

        _message = UNSET if self.message is None else self.message
        message = _message

        _status = UNSET if self.status is None else self.status
        status = _status

        _retryable = UNSET if self.retryable is None else self.retryable
        retryable = _retryable

        _request_id = UNSET if self.request_id is None else self.request_id
        request_id = _request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if status is not UNSET:
            field_dict["status"] = status
        if retryable is not UNSET:
            field_dict["retryable"] = retryable
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

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
            _at_ = "code"

            def _parse_code(data: object) -> ErrorCode | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_error_code_error_code = data
                        if not isinstance(_componentsschemas_error_code_error_code, str):
                            raise _JSONShapeError.wrong_type(
                                "a string", _componentsschemas_error_code_error_code
                            )
                        componentsschemas_error_code_error_code = ErrorCode(
                            _componentsschemas_error_code_error_code
                        )

                        return componentsschemas_error_code_error_code
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            code = _parse_code(d.pop("code", UNSET))

            _at_ = "message"
            message = d.pop("message", UNSET)
            if not isinstance(message, str) and message is not UNSET:
                raise _JSONShapeError.wrong_type("a string", message)

            _at_ = "status"
            status = d.pop("status", UNSET)
            if (
                not (isinstance(status, int) and not isinstance(status, bool))
                and status is not UNSET
            ):
                raise _JSONShapeError.wrong_type("an integer", status)

            _at_ = "retryable"
            retryable = d.pop("retryable", UNSET)
            if not isinstance(retryable, bool) and retryable is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", retryable)

            _at_ = "request_id"
            request_id = d.pop("request_id", UNSET)
            if not isinstance(request_id, str) and request_id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", request_id)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            code=None if isinstance(code, Unset) else code,
            message=None if isinstance(message, Unset) else message,
            status=None if isinstance(status, Unset) else status,
            retryable=None if isinstance(retryable, Unset) else retryable,
            request_id=None if isinstance(request_id, Unset) else request_id,
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
            ("code", self.code),
            ("message", self.message),
            ("status", self.status),
            ("retryable", self.retryable),
            ("request_id", self.request_id),
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
