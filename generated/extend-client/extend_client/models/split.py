from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="Split")


@_attrs_define
class Split:
    """One sub-document of a splitter's output. May gain new fields.

    Attributes:
        id (str | Unset): The split's unique identifier.
        type_ (str | Unset): The kind of sub-document (a class of the configuration).
        classification_id (str | Unset): The identifier of that class in the configuration.
        identifier (str | Unset): An identifier of the sub-document (for example its invoice number).
        name (str | Unset): An optional name for the split.
        observation (str | Unset): The model's explanation of the split.
        start_page (int | Unset): The first page of the sub-document.
        end_page (int | Unset): The last page of the sub-document.
        file_id (str | Unset): The identifier of the file made for the sub-document.
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    classification_id: str | Unset = UNSET
    identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    observation: str | Unset = UNSET
    start_page: int | Unset = UNSET
    end_page: int | Unset = UNSET
    file_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        classification_id = self.classification_id

        identifier = self.identifier

        name = self.name

        observation = self.observation

        start_page = self.start_page

        end_page = self.end_page

        file_id = self.file_id

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        classification_id = d.pop("classificationId", UNSET)

        identifier = d.pop("identifier", UNSET)

        name = d.pop("name", UNSET)

        observation = d.pop("observation", UNSET)

        start_page = d.pop("startPage", UNSET)

        end_page = d.pop("endPage", UNSET)

        file_id = d.pop("fileId", UNSET)

        _parsed = cls(
            id=id,
            type_=type_,
            classification_id=classification_id,
            identifier=identifier,
            name=name,
            observation=observation,
            start_page=start_page,
            end_page=end_page,
            file_id=file_id,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

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
