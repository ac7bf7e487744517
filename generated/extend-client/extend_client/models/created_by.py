from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..models.creator_type import CreatorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedBy")


@_attrs_define(repr=False)
class CreatedBy:
    """Who created a resource. Extend discriminates two kinds by `type`: `user` (created in the
    studio by a signed-in user, with their `email`) and `api_key` (created through the API,
    with the key's `name`). This schema declares both kinds' fields instead of a
    discriminated union, so that a kind added later still parses. May gain new fields.

        Attributes:
            type_ (CreatorType | None): The kind of creator. Open enum: new values may be added and must be accepted.

                - `user`: a signed-in user of the studio.
                - `api_key`: an API key.
            email (str | None): The user's email address (`user`).
            name (str | None): The API key's name (`api_key`).
    """

    type_: CreatorType | None = None
    email: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _type_ = UNSET if self.type_ is None else self.type_
        type_: str | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _type_.value

        _email = UNSET if self.email is None else self.email
        email = _email

        _name = UNSET if self.name is None else self.name
        name = _name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> CreatorType | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_creator_type_creator_type = CreatorType(data)

            return componentsschemas_creator_type_creator_type

        type_ = _parse_type_(d.pop("type", UNSET))

        email = d.pop("email", UNSET)

        name = d.pop("name", UNSET)

        _parsed = cls(
            type_=None if isinstance(type_, Unset) else type_,
            email=None if isinstance(email, Unset) else email,
            name=None if isinstance(name, Unset) else name,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("type_", self.type_),
            ("email", self.email),
            ("name", self.name),
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
