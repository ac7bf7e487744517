from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_code(data: object) -> ErrorCode | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_error_code_error_code = ErrorCode(data)

            return componentsschemas_error_code_error_code

        code = _parse_code(d.pop("code", UNSET))

        message = d.pop("message", UNSET)

        retryable = d.pop("retryable", UNSET)

        request_id = d.pop("requestId", UNSET)

        doc_url = d.pop("docUrl", UNSET)

        success = d.pop("success", UNSET)

        error = d.pop("error", UNSET)

        _parsed = cls(
            code=None if isinstance(code, Unset) else code,
            message=None if isinstance(message, Unset) else message,
            retryable=None if isinstance(retryable, Unset) else retryable,
            request_id=None if isinstance(request_id, Unset) else request_id,
            doc_url=None if isinstance(doc_url, Unset) else doc_url,
            success=None if isinstance(success, Unset) else success,
            error=None if isinstance(error, Unset) else error,
        )

        _parsed.additional_properties = d
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
