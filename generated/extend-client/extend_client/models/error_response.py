from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define(repr=False)
class ErrorResponse:
    """The body of an error response. The pages document no error bodies; this shape (`success` false, a message and an
    UPPER_SNAKE_CASE code) is a judgement call shared with the docspecs simulator. May gain new fields.

        Attributes:
            success (bool | None): Whether the request was successful; `false` on an error.
            error (str | None): Human-readable explanation of the error, for logs and people.
            code (str | None): Machine-readable error code in UPPER_SNAKE_CASE, for example `BAD_REQUEST`, `UNAUTHORIZED`,
                `NOT_FOUND`, `RATE_LIMITED`, `INTERNAL_ERROR` or `SERVICE_UNAVAILABLE`. Not enumerated: the pages document no
                codes.
    """

    success: bool | None = None
    error: str | None = None
    code: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _success = UNSET if self.success is None else self.success
        success = _success

        _error = UNSET if self.error is None else self.error
        error = _error

        _code = UNSET if self.code is None else self.code
        code = _code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if error is not UNSET:
            field_dict["error"] = error
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        error = d.pop("error", UNSET)

        code = d.pop("code", UNSET)

        _parsed = cls(
            success=None if isinstance(success, Unset) else success,
            error=None if isinstance(error, Unset) else error,
            code=None if isinstance(code, Unset) else code,
        )

        _parsed.additional_properties = d
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("success", self.success),
            ("error", self.error),
            ("code", self.code),
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
