from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="Modification")


@_attrs_define(repr=False)
class Modification:
    """One change made during a human-review edit. Open object: the vendor may add properties.

    Attributes:
        message (None | str | Unset): A human-readable description of the change; may be `null` (the vendor allows it
            since July 2026).
    """

    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        _parsed = cls(
            message=message,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (("message", self.message),)
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
