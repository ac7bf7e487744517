from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.alert_level import AlertLevel
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="FieldValidationAlert")


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
            _at_ = "alert_level"

            def _parse_alert_level(data: object) -> AlertLevel | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_alert_level_alert_level = data
                        if not isinstance(_componentsschemas_alert_level_alert_level, str):
                            raise _JSONShapeError.wrong_type(
                                "a string", _componentsschemas_alert_level_alert_level
                            )
                        componentsschemas_alert_level_alert_level = AlertLevel(
                            _componentsschemas_alert_level_alert_level
                        )

                        return componentsschemas_alert_level_alert_level
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            alert_level = _parse_alert_level(d.pop("alert_level", UNSET))

            _at_ = "msg"
            msg = d.pop("msg", UNSET)
            if not isinstance(msg, str) and msg is not UNSET:
                raise _JSONShapeError.wrong_type("a string", msg)

            _at_ = "blocked"
            blocked = d.pop("blocked", UNSET)
            if not isinstance(blocked, bool) and blocked is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", blocked)

            _at_ = "type"
            type_ = d.pop("type", UNSET)
            if not isinstance(type_, str) and type_ is not UNSET:
                raise _JSONShapeError.wrong_type("a string", type_)

            _at_ = "locations"

            def _parse_locations(data: object) -> AlertLocation | list[AlertLocation] | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, list):
                    try:
                        _locations_type_0 = data
                        if not isinstance(_locations_type_0, list):
                            raise _JSONShapeError.wrong_type("an array", _locations_type_0)
                        locations_type_0 = []
                        for locations_type_0_item_index_, locations_type_0_item_data in enumerate(
                            _locations_type_0
                        ):
                            try:
                                locations_type_0_item = AlertLocation.from_dict(
                                    locations_type_0_item_data
                                )

                            except _JSONShapeError as _error_:
                                raise _error_.within(locations_type_0_item_index_) from None
                            locations_type_0.append(locations_type_0_item)

                        return locations_type_0
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if isinstance(data, dict):
                    try:
                        locations_type_1 = AlertLocation.from_dict(data)

                        return locations_type_1
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("an array or an object", data)

            locations = _parse_locations(d.pop("locations", UNSET))

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            alert_level=None if isinstance(alert_level, Unset) else alert_level,
            msg=None if isinstance(msg, Unset) else msg,
            blocked=None if isinstance(blocked, Unset) else blocked,
            type_=None if isinstance(type_, Unset) else type_,
            locations=None if isinstance(locations, Unset) else locations,
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
