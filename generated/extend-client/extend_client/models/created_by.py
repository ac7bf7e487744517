from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.creator_type import CreatorType
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="CreatedBy")


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
            _at_ = "type"

            def _parse_type_(data: object) -> CreatorType | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_creator_type_creator_type = data
                        if not isinstance(_componentsschemas_creator_type_creator_type, str):
                            raise _JSONShapeError.wrong_type(
                                "a string", _componentsschemas_creator_type_creator_type
                            )
                        componentsschemas_creator_type_creator_type = CreatorType(
                            _componentsschemas_creator_type_creator_type
                        )

                        return componentsschemas_creator_type_creator_type
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            type_ = _parse_type_(d.pop("type", UNSET))

            _at_ = "email"
            email = d.pop("email", UNSET)
            if not isinstance(email, str) and email is not UNSET:
                raise _JSONShapeError.wrong_type("a string", email)

            _at_ = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, str) and name is not UNSET:
                raise _JSONShapeError.wrong_type("a string", name)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            type_=None if isinstance(type_, Unset) else type_,
            email=None if isinstance(email, Unset) else email,
            name=None if isinstance(name, Unset) else name,
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
