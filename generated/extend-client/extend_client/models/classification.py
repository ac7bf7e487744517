from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="Classification")


@_attrs_define(repr=False)
class Classification:
    """One class a classifier or splitter can assign. May gain new fields.

    Attributes:
        id (str | None): The class's unique identifier (lower case with underscores recommended).
        type_ (str | None): The class's type identifier.
        description (str | None): A detailed description of the class.
    """

    id: str | None = None
    type_: str | None = None
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _id = UNSET if self.id is None else self.id
        id = _id

        _type_ = UNSET if self.type_ is None else self.type_
        type_ = _type_

        _description = UNSET if self.description is None else self.description
        description = _description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        description = d.pop("description", UNSET)

        _parsed = cls(
            id=None if isinstance(id, Unset) else id,
            type_=None if isinstance(type_, Unset) else type_,
            description=None if isinstance(description, Unset) else description,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("type_", self.type_),
            ("description", self.description),
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
