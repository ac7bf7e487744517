from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ErrorResponse")


@_attrs_define(repr=False)
class ErrorResponse:
    """The body of an error response. Extend has published two shapes, and both are accepted:

    - the current one (API version 2026-02-09, its error-codes page and SDK `ApiError`):
      `code`, `message`, `retryable`, `requestId` and, for validation errors, `docUrl`;
    - the older one (`LegacyError`): `success` false and `error`, a message.

    Read the code from `code` and the text from `message` (or `error`). May gain new fields.

        Attributes:
            code (ErrorCode | None): Machine-readable error code. Open enum: Extend lists these codes as returned by every
                endpoint, and says endpoints return domain-specific codes too; other values must be
                accepted.

                - `INVALID_REQUEST`: the request or its parameters are invalid.
                - `UNAUTHORIZED`: the API key is missing, malformed or invalid.
                - `NOT_FOUND`: the requested resource does not exist.
                - `RATE_LIMIT_EXCEEDED`: too many requests; back off and retry.
                - `USAGE_BLOCKED`: the organization's usage is blocked for lack of credits.
                - `ENDPOINT_REMOVED`: the endpoint was removed; the message names its replacement.
                - `INTERNAL_ERROR`: an unexpected server error; retrying may succeed.
            message (str | None): Human-readable explanation of the error, for developers; its wording may change, so do not
                parse it.
            retryable (bool | None): Whether the request may succeed when retried (with exponential backoff); when false,
                fix the request first.
            request_id (str | None): The request's identifier (for example `req_Xj8mK2pL9nR4vT7qY5wZ`); quote it to Extend
                support.
            doc_url (str | None): A link to documentation that helps fix the error (validation errors).
            success (bool | None): Whether the request was successful; `false` on an error (older shape).
            error (str | None): Human-readable explanation of the error (older shape).
    """

    code: ErrorCode | None = None
    message: str | None = None
    retryable: bool | None = None
    request_id: str | None = None
    doc_url: str | None = None
    success: bool | None = None
    error: str | None = None
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

        _retryable = UNSET if self.retryable is None else self.retryable
        retryable = _retryable

        _request_id = UNSET if self.request_id is None else self.request_id
        request_id = _request_id

        _doc_url = UNSET if self.doc_url is None else self.doc_url
        doc_url = _doc_url

        _success = UNSET if self.success is None else self.success
        success = _success

        _error = UNSET if self.error is None else self.error
        error = _error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if retryable is not UNSET:
            field_dict["retryable"] = retryable
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if doc_url is not UNSET:
            field_dict["docUrl"] = doc_url
        if success is not UNSET:
            field_dict["success"] = success
        if error is not UNSET:
            field_dict["error"] = error

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

            _at_ = "retryable"
            retryable = d.pop("retryable", UNSET)
            if not isinstance(retryable, bool) and retryable is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", retryable)

            _at_ = "requestId"
            request_id = d.pop("requestId", UNSET)
            if not isinstance(request_id, str) and request_id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", request_id)

            _at_ = "docUrl"
            doc_url = d.pop("docUrl", UNSET)
            if not isinstance(doc_url, str) and doc_url is not UNSET:
                raise _JSONShapeError.wrong_type("a string", doc_url)

            _at_ = "success"
            success = d.pop("success", UNSET)
            if not isinstance(success, bool) and success is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", success)

            _at_ = "error"
            error = d.pop("error", UNSET)
            if not isinstance(error, str) and error is not UNSET:
                raise _JSONShapeError.wrong_type("a string", error)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            code=None if isinstance(code, Unset) else code,
            message=None if isinstance(message, Unset) else message,
            retryable=None if isinstance(retryable, Unset) else retryable,
            request_id=None if isinstance(request_id, Unset) else request_id,
            doc_url=None if isinstance(doc_url, Unset) else doc_url,
            success=None if isinstance(success, Unset) else success,
            error=None if isinstance(error, Unset) else error,
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
            ("retryable", self.retryable),
            ("request_id", self.request_id),
            ("doc_url", self.doc_url),
            ("success", self.success),
            ("error", self.error),
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
