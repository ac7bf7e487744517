from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldValidations")


@_attrs_define(repr=False)
class FieldValidations:
    """Validation results for a field. Availability: present when
    `include_validation_results=true`. Open object: the vendor may add properties.

        Attributes:
            valid (bool | None): Whether the field passed all of its validation rules.
            alerts (list[str] | None): The messages of the validation rules the field failed (empty when valid).
    """

    valid: bool | None = None
    alerts: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _valid = UNSET if self.valid is None else self.valid
        valid = _valid

        _alerts = UNSET if self.alerts is None else self.alerts
        alerts: list[str] | Unset = UNSET
        if not isinstance(_alerts, Unset):
            alerts = _alerts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if valid is not UNSET:
            field_dict["valid"] = valid
        if alerts is not UNSET:
            field_dict["alerts"] = alerts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        valid = d.pop("valid", UNSET)

        alerts = cast(list[str], d.pop("alerts", UNSET))

        _parsed = cls(
            valid=None if isinstance(valid, Unset) else valid,
            alerts=None if isinstance(alerts, Unset) else alerts,
        )

        _parsed.additional_properties = d
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("valid", self.valid),
            ("alerts", self.alerts),
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
