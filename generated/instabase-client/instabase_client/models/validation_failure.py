from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..models.validation_failure_type import ValidationFailureType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationFailure")


@_attrs_define(repr=False)
class ValidationFailure:
    """One failed cross-class validation rule. Open object: the vendor may add properties.

    Attributes:
        type_ (Unset | ValidationFailureType): The kind of cross-class validation rule that failed. The vendor names
            `lambda_code` and
            `all_inputs_match` as examples, not as a complete list. Open enum: any other string is accepted too; handle
            unknown values gracefully.
        msg (str | None): A human-readable description of the failure.
    """

    type_: ValidationFailureType | None = None
    msg: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _type_ = UNSET if self.type_ is None else self.type_
        type_: str | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _type_.value

        _msg = UNSET if self.msg is None else self.msg
        msg = _msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if msg is not UNSET:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> Unset | ValidationFailureType:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_validation_failure_type_validation_failure_type = (
                ValidationFailureType(data)
            )

            return componentsschemas_validation_failure_type_validation_failure_type

        type_ = _parse_type_(d.pop("type", UNSET))

        msg = d.pop("msg", UNSET)

        _parsed = cls(
            type_=None if isinstance(type_, Unset) else type_,
            msg=None if isinstance(msg, Unset) else msg,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("type_", self.type_),
            ("msg", self.msg),
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
