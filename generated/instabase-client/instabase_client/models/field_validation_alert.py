from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..models.alert_level import AlertLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldValidationAlert")


@_attrs_define(repr=False)
class FieldValidationAlert:
    """One failed validation rule of a field. Open object: the vendor may add properties.

    Attributes:
        alert_level (AlertLevel | None): The level of a validation alert. The vendor says it is always `FAILURE`. Open
            enum:
            any other string is accepted too; handle unknown values gracefully.
        msg (str | None): A human-readable description of the failure.
        blocked (bool | None): Whether this failure blocks the run (it stops for human review).
        type_ (str | None): The kind of validation rule that failed. The vendor does not list the kinds.
        locations (AlertLocation | list[AlertLocation] | None): Where in the document the failure applies. A list of
            objects in the current shape;
            until January 2026 the vendor published a single object, which is still accepted.
            The vendor does not define the objects' properties.
    """

    alert_level: AlertLevel | None = None
    msg: str | None = None
    blocked: bool | None = None
    type_: str | None = None
    locations: AlertLocation | list[AlertLocation] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _alert_level = UNSET if self.alert_level is None else self.alert_level
        alert_level: str | Unset
        if isinstance(_alert_level, Unset):
            alert_level = UNSET
        else:
            alert_level = _alert_level.value

        _msg = UNSET if self.msg is None else self.msg
        msg = _msg

        _blocked = UNSET if self.blocked is None else self.blocked
        blocked = _blocked

        _type_ = UNSET if self.type_ is None else self.type_
        type_ = _type_

        _locations = UNSET if self.locations is None else self.locations
        locations: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(_locations, Unset):
            locations = UNSET
        elif isinstance(_locations, list):
            locations = []
            for locations_type_0_item_data in _locations:
                locations_type_0_item = locations_type_0_item_data.to_dict()
                locations.append(locations_type_0_item)

        else:
            locations = _locations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alert_level is not UNSET:
            field_dict["alert_level"] = alert_level
        if msg is not UNSET:
            field_dict["msg"] = msg
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if type_ is not UNSET:
            field_dict["type"] = type_
        if locations is not UNSET:
            field_dict["locations"] = locations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_alert_level(data: object) -> AlertLevel | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_alert_level_alert_level = AlertLevel(data)

            return componentsschemas_alert_level_alert_level

        alert_level = _parse_alert_level(d.pop("alert_level", UNSET))

        msg = d.pop("msg", UNSET)

        blocked = d.pop("blocked", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_locations(data: object) -> AlertLocation | list[AlertLocation] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                locations_type_0 = []
                _locations_type_0 = data
                for locations_type_0_item_data in _locations_type_0:
                    locations_type_0_item = AlertLocation.from_dict(locations_type_0_item_data)

                    locations_type_0.append(locations_type_0_item)

                return locations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            locations_type_1 = AlertLocation.from_dict(data)

            return locations_type_1

        locations = _parse_locations(d.pop("locations", UNSET))

        _parsed = cls(
            alert_level=None if isinstance(alert_level, Unset) else alert_level,
            msg=None if isinstance(msg, Unset) else msg,
            blocked=None if isinstance(blocked, Unset) else blocked,
            type_=None if isinstance(type_, Unset) else type_,
            locations=None if isinstance(locations, Unset) else locations,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("alert_level", self.alert_level),
            ("msg", self.msg),
            ("blocked", self.blocked),
            ("type_", self.type_),
            ("locations", self.locations),
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
from ..models.alert_location import AlertLocation  # noqa: E402
