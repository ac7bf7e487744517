from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The body of an error response. The pages document no error bodies; this shape (`success` false, a message and an
    UPPER_SNAKE_CASE code) is a judgement call shared with the docspecs simulator. May gain new fields.

        Attributes:
            success (bool | Unset): Whether the request was successful; `false` on an error.
            error (str | Unset): Human-readable explanation of the error, for logs and people.
            code (str | Unset): Machine-readable error code in UPPER_SNAKE_CASE, for example `BAD_REQUEST`, `UNAUTHORIZED`,
                `NOT_FOUND`, `RATE_LIMITED`, `INTERNAL_ERROR` or `SERVICE_UNAVAILABLE`. Not enumerated: the pages document no
                codes.
    """

    success: bool | Unset = UNSET
    error: str | Unset = UNSET
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        error = self.error

        code = self.code

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
            success=success,
            error=error,
            code=code,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

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
