from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="FieldValidations")


@_attrs_define(repr=False)
class FieldValidations:
    """Validation results for a field. Availability: present when
    `include_validation_results=true`. Open object: the vendor may add properties.

        Attributes:
            valid (bool | None): Whether the field passed all of its validation rules.
            alerts (list[FieldValidationAlert] | None): One alert per validation rule the field failed; filled only when
                `valid` is `false`.
    """

    valid: bool | None = None
    alerts: list[FieldValidationAlert] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _valid = UNSET if self.valid is None else self.valid
        valid = _valid

        _alerts = UNSET if self.alerts is None else self.alerts
        alerts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_alerts, Unset):
            alerts = []
            for alerts_item_data in _alerts:
                alerts_item = alerts_item_data.to_dict()
                alerts.append(alerts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if valid is not UNSET:
            field_dict["valid"] = valid
        if alerts is not UNSET:
            field_dict["alerts"] = alerts

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
            _at_ = "valid"
            valid = d.pop("valid", UNSET)
            if not isinstance(valid, bool) and valid is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", valid)

            _at_ = "alerts"
            _alerts = d.pop("alerts", UNSET)
            alerts: list[FieldValidationAlert] | Unset = UNSET
            if not isinstance(_alerts, Unset):
                if not isinstance(_alerts, list):
                    raise _JSONShapeError.wrong_type("an array", _alerts)
                alerts = []
                for alerts_item_index_, alerts_item_data in enumerate(_alerts):
                    try:
                        alerts_item = FieldValidationAlert.from_dict(alerts_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(alerts_item_index_) from None
                    alerts.append(alerts_item)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            valid=None if isinstance(valid, Unset) else valid,
            alerts=None if isinstance(alerts, Unset) else alerts,
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


# The models referred to above, imported after the class so that schemas referring to each
# other in a cycle import cleanly.
from ..models.field_validation_alert import FieldValidationAlert  # noqa: E402
