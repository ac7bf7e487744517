from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="Split")


@_attrs_define(repr=False)
class Split:
    """One sub-document of a splitter's output. May gain new fields.

    Attributes:
        id (str | None): The split's unique identifier.
        type_ (str | None): The kind of sub-document (a class of the configuration).
        classification_id (str | None): The identifier of that class in the configuration.
        identifier (str | None): An identifier of the sub-document (for example its invoice number).
        name (str | None): An optional name for the split.
        observation (str | None): The model's explanation of the split.
        start_page (int | None): The first page of the sub-document.
        end_page (int | None): The last page of the sub-document.
        file_id (str | None): The identifier of the file made for the sub-document.
    """

    id: str | None = None
    type_: str | None = None
    classification_id: str | None = None
    identifier: str | None = None
    name: str | None = None
    observation: str | None = None
    start_page: int | None = None
    end_page: int | None = None
    file_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _id = UNSET if self.id is None else self.id
        id = _id

        _type_ = UNSET if self.type_ is None else self.type_
        type_ = _type_

        _classification_id = UNSET if self.classification_id is None else self.classification_id
        classification_id = _classification_id

        _identifier = UNSET if self.identifier is None else self.identifier
        identifier = _identifier

        _name = UNSET if self.name is None else self.name
        name = _name

        _observation = UNSET if self.observation is None else self.observation
        observation = _observation

        _start_page = UNSET if self.start_page is None else self.start_page
        start_page = _start_page

        _end_page = UNSET if self.end_page is None else self.end_page
        end_page = _end_page

        _file_id = UNSET if self.file_id is None else self.file_id
        file_id = _file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if classification_id is not UNSET:
            field_dict["classificationId"] = classification_id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if observation is not UNSET:
            field_dict["observation"] = observation
        if start_page is not UNSET:
            field_dict["startPage"] = start_page
        if end_page is not UNSET:
            field_dict["endPage"] = end_page
        if file_id is not UNSET:
            field_dict["fileId"] = file_id

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

            _at_ = "classificationId"
            classification_id = d.pop("classificationId", UNSET)
            if not isinstance(classification_id, str) and classification_id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", classification_id)

            _at_ = "identifier"
            identifier = d.pop("identifier", UNSET)
            if not isinstance(identifier, str) and identifier is not UNSET:
                raise _JSONShapeError.wrong_type("a string", identifier)

            _at_ = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, str) and name is not UNSET:
                raise _JSONShapeError.wrong_type("a string", name)

            _at_ = "observation"
            observation = d.pop("observation", UNSET)
            if not isinstance(observation, str) and observation is not UNSET:
                raise _JSONShapeError.wrong_type("a string", observation)

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

            _at_ = "fileId"
            file_id = d.pop("fileId", UNSET)
            if not isinstance(file_id, str) and file_id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", file_id)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            id=None if isinstance(id, Unset) else id,
            type_=None if isinstance(type_, Unset) else type_,
            classification_id=None if isinstance(classification_id, Unset) else classification_id,
            identifier=None if isinstance(identifier, Unset) else identifier,
            name=None if isinstance(name, Unset) else name,
            observation=None if isinstance(observation, Unset) else observation,
            start_page=None if isinstance(start_page, Unset) else start_page,
            end_page=None if isinstance(end_page, Unset) else end_page,
            file_id=None if isinstance(file_id, Unset) else file_id,
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
            ("classification_id", self.classification_id),
            ("identifier", self.identifier),
            ("name", self.name),
            ("observation", self.observation),
            ("start_page", self.start_page),
            ("end_page", self.end_page),
            ("file_id", self.file_id),
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
