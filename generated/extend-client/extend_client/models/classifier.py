from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..models.object_type import ObjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Classifier")


@_attrs_define
class Classifier:
    """The classifier a classify run used: Extend's ClassifierSummary object. May gain new fields.

    Attributes:
        object_ (ObjectType | Unset): The type of an Extend object, in its `object` field. Open enum: these are the
            values
            Extend's SDK publishes for the objects these operations return or refer to; other values
            can appear and must be accepted.

            - `document_processor_run`: a processor run.
            - `classify_run`: a classify run.
            - `classifier`, `classifier_version`: a classifier and one of its versions.
            - `file`: a file.
            - `extract_run`, `split_run`, `parse_run`, `edit_run`, `form_detection_run`: the runs
              a usage breakdown can name (newer generation of the API).
        id (str | Unset): The classifier's identifier (for example `cl_Xj8mK2pL9nR4vT7qY5wZ`).
        name (str | Unset): The classifier's name (for example `Document Type Classifier`).
        created_at (str | Unset): When the classifier was created, an RFC 3339 timestamp.
        updated_at (str | Unset): When the classifier was last updated, an RFC 3339 timestamp.
    """

    object_: ObjectType | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_: str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_.value

        id = self.id

        name = self.name

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_object_(data: object) -> ObjectType | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_object_type_object_type = ObjectType(data)

            return componentsschemas_object_type_object_type

        object_ = _parse_object_(d.pop("object", UNSET))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        _parsed = cls(
            object_=object_,
            id=id,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
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
