from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.error_response_code import ErrorResponseCode
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="Error")


@_attrs_define(repr=False)
class Error:
    """The body of every error response. Talonic has published two shapes, and both are
    accepted:

    - the flat envelope it sends today (its "Error Format" page and published
      `ErrorResponse` schema): `statusCode`, an upper-snake `code`, `error` as the HTTP
      status text, `message`, `retryable`, `request_id`, `timestamp` and `path`;
    - the nested form `{"error": {"code", "message"}}`, with the results page's
      lower-case codes.

    Read the code from `code`, or from `error.code` when `error` is an object. May gain
    new fields.

        Attributes:
            status_code (int | None): The HTTP status of the response, repeated in the body (flat envelope).
            status (int | None): The HTTP status of the response, as a draft of Talonic's error page names it (`status`
                instead of `statusCode`).
            code (ErrorResponseCode | None): Machine-readable error code of the flat error envelope, in upper snake case.
                Open enum:
                these are the codes Talonic's published schema and error pages list; other codes can
                appear and must be accepted. The sources give a code's HTTP status only for
                `VALIDATION_ERROR` (400); the others are described by their names:

                - `VALIDATION_ERROR` (400): the request is invalid (here: the job ID is not a UUID).
                - `AUTH_REQUIRED`, `TOKEN_EXPIRED`: no valid credential was sent, or it has expired.
                - `INSUFFICIENT_PERMISSIONS`: the credential may not do this.
                - `RESOURCE_NOT_FOUND`: no such resource (here: no such job in your organization).
                - `QUOTA_EXCEEDED`, `INSUFFICIENT_CREDITS`: a plan limit or the credit balance is
                  exhausted.
                - `RATE_LIMIT_EXCEEDED`: too many requests (the error page's rate-limit code).
                - `LLM_RATE_LIMITED`, `LLM_TIMEOUT`, `LLM_UNAVAILABLE`: the language model behind
                  extraction is throttled, slow or down.
                - `OCR_FAILED`, `EXTRACTION_FAILED`, `EXTRACTION_TIMEOUT`: document processing failed
                  or timed out.
                - `FILE_TOO_LARGE`, `DUPLICATE_RESOURCE`, `DATASPACE_RUN_FAILED`: errors of other
                  operations (upload size, duplicates, dataspace runs).
                - `INTERNAL_ERROR`: an unexpected server failure.
            error (ErrorDetail | str | None): In the flat envelope, the HTTP status text (for example `Bad Request`); in the
                nested form, the error object with the code and message.
            message (str | None): Human-readable explanation of the error (flat envelope), for logs and people.
            retryable (bool | None): Whether the same request may succeed when retried (for example after a rate limit or a
                timeout).
            request_id (str | None): The identifier of the failed request (it starts with `req_`); quote it to Talonic
                support.
            timestamp (str | None): When the error occurred, an RFC 3339 timestamp.
            path (str | None): The request path that failed, for example `/v1/jobs/{id}/results`.
    """

    status_code: int | None = None
    status: int | None = None
    code: ErrorResponseCode | None = None
    error: ErrorDetail | str | None = None
    message: str | None = None
    retryable: bool | None = None
    request_id: str | None = None
    timestamp: str | None = None
    path: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _status_code = UNSET if self.status_code is None else self.status_code
        status_code = _status_code

        _status = UNSET if self.status is None else self.status
        status = _status

        _code = UNSET if self.code is None else self.code
        code: str | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = _code.value

        _error = UNSET if self.error is None else self.error
        error: dict[str, Any] | str | Unset
        if isinstance(_error, Unset):
            error = UNSET
        elif isinstance(_error, ErrorDetail):
            error = _error.to_dict()
        else:
            error = _error

        _message = UNSET if self.message is None else self.message
        message = _message

        _retryable = UNSET if self.retryable is None else self.retryable
        retryable = _retryable

        _request_id = UNSET if self.request_id is None else self.request_id
        request_id = _request_id

        _timestamp = UNSET if self.timestamp is None else self.timestamp
        timestamp = _timestamp

        _path = UNSET if self.path is None else self.path
        path = _path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if retryable is not UNSET:
            field_dict["retryable"] = retryable
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if path is not UNSET:
            field_dict["path"] = path

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
            _at_ = "statusCode"
            status_code = d.pop("statusCode", UNSET)
            if (
                not (isinstance(status_code, int) and not isinstance(status_code, bool))
                and status_code is not UNSET
            ):
                raise _JSONShapeError.wrong_type("an integer", status_code)

            _at_ = "status"
            status = d.pop("status", UNSET)
            if (
                not (isinstance(status, int) and not isinstance(status, bool))
                and status is not UNSET
            ):
                raise _JSONShapeError.wrong_type("an integer", status)

            _at_ = "code"

            def _parse_code(data: object) -> ErrorResponseCode | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_error_response_code_error_response_code = data
                        if not isinstance(
                            _componentsschemas_error_response_code_error_response_code, str
                        ):
                            raise _JSONShapeError.wrong_type(
                                "a string",
                                _componentsschemas_error_response_code_error_response_code,
                            )
                        componentsschemas_error_response_code_error_response_code = (
                            ErrorResponseCode(
                                _componentsschemas_error_response_code_error_response_code
                            )
                        )

                        return componentsschemas_error_response_code_error_response_code
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            code = _parse_code(d.pop("code", UNSET))

            _at_ = "error"

            def _parse_error(data: object) -> ErrorDetail | str | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    return data
                if isinstance(data, dict):
                    try:
                        error_type_1 = ErrorDetail.from_dict(data)

                        return error_type_1
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string or an object", data)

            error = _parse_error(d.pop("error", UNSET))

            _at_ = "message"
            message = d.pop("message", UNSET)
            if not isinstance(message, str) and message is not UNSET:
                raise _JSONShapeError.wrong_type("a string", message)

            _at_ = "retryable"
            retryable = d.pop("retryable", UNSET)
            if not isinstance(retryable, bool) and retryable is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", retryable)

            _at_ = "request_id"
            request_id = d.pop("request_id", UNSET)
            if not isinstance(request_id, str) and request_id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", request_id)

            _at_ = "timestamp"
            timestamp = d.pop("timestamp", UNSET)
            if not isinstance(timestamp, str) and timestamp is not UNSET:
                raise _JSONShapeError.wrong_type("a string", timestamp)

            _at_ = "path"
            path = d.pop("path", UNSET)
            if not isinstance(path, str) and path is not UNSET:
                raise _JSONShapeError.wrong_type("a string", path)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            status_code=None if isinstance(status_code, Unset) else status_code,
            status=None if isinstance(status, Unset) else status,
            code=None if isinstance(code, Unset) else code,
            error=None if isinstance(error, Unset) else error,
            message=None if isinstance(message, Unset) else message,
            retryable=None if isinstance(retryable, Unset) else retryable,
            request_id=None if isinstance(request_id, Unset) else request_id,
            timestamp=None if isinstance(timestamp, Unset) else timestamp,
            path=None if isinstance(path, Unset) else path,
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
            ("status_code", self.status_code),
            ("status", self.status),
            ("code", self.code),
            ("error", self.error),
            ("message", self.message),
            ("retryable", self.retryable),
            ("request_id", self.request_id),
            ("timestamp", self.timestamp),
            ("path", self.path),
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
from ..models.error_detail import ErrorDetail  # noqa: E402
