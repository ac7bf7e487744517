from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ParentSplit")


@_attrs_define(repr=False)
class ParentSplit:
    """The split a derived file was made from. May gain new fields.

    Attributes:
        id (str | None): The split's identifier.
        type_ (str | None): The kind of sub-document.
        identifier (str | None): An identifier of the sub-document.
        start_page (int | None): The first page of the split.
        end_page (int | None): The last page of the split.
    """

    id: str | None = None
    type_: str | None = None
    identifier: str | None = None
    start_page: int | None = None
    end_page: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _id = UNSET if self.id is None else self.id
        id = _id

        _type_ = UNSET if self.type_ is None else self.type_
        type_ = _type_

        _identifier = UNSET if self.identifier is None else self.identifier
        identifier = _identifier

        _start_page = UNSET if self.start_page is None else self.start_page
        start_page = _start_page

        _end_page = UNSET if self.end_page is None else self.end_page
        end_page = _end_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if start_page is not UNSET:
            field_dict["startPage"] = start_page
        if end_page is not UNSET:
            field_dict["endPage"] = end_page

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
            _at_ = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, str) and id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", id)

            _at_ = "type"
            type_ = d.pop("type", UNSET)
            if not isinstance(type_, str) and type_ is not UNSET:
                raise _JSONShapeError.wrong_type("a string", type_)

            _at_ = "identifier"
            identifier = d.pop("identifier", UNSET)
            if not isinstance(identifier, str) and identifier is not UNSET:
                raise _JSONShapeError.wrong_type("a string", identifier)

            _at_ = "startPage"
            start_page = d.pop("startPage", UNSET)
            if (
                not (isinstance(start_page, int) and not isinstance(start_page, bool))
                and start_page is not UNSET
            ):
                raise _JSONShapeError.wrong_type("an integer", start_page)

            _at_ = "endPage"
            end_page = d.pop("endPage", UNSET)
            if (
                not (isinstance(end_page, int) and not isinstance(end_page, bool))
                and end_page is not UNSET
            ):
                raise _JSONShapeError.wrong_type("an integer", end_page)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            id=None if isinstance(id, Unset) else id,
            type_=None if isinstance(type_, Unset) else type_,
            identifier=None if isinstance(identifier, Unset) else identifier,
            start_page=None if isinstance(start_page, Unset) else start_page,
            end_page=None if isinstance(end_page, Unset) else end_page,
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
            ("id", self.id),
            ("type_", self.type_),
            ("identifier", self.identifier),
            ("start_page", self.start_page),
            ("end_page", self.end_page),
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
