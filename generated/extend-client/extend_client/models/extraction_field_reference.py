from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtractionFieldReference")


@_attrs_define
class ExtractionFieldReference:
    """Where a field's value was found in the document. May gain new fields.

    Attributes:
        id (str | Unset): The field's identifier.
        field_name (str | Unset): The field's name.
        page (float | Unset): The page the boxes are on.
        bounding_boxes (list[BoundingBox] | Unset): The areas of the page the value was read from.
    """

    id: str | Unset = UNSET
    field_name: str | Unset = UNSET
    page: float | Unset = UNSET
    bounding_boxes: list[BoundingBox] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_name = self.field_name

        page = self.page

        bounding_boxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bounding_boxes, Unset):
            bounding_boxes = []
            for bounding_boxes_item_data in self.bounding_boxes:
                bounding_boxes_item = bounding_boxes_item_data.to_dict()
                bounding_boxes.append(bounding_boxes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if field_name is not UNSET:
            field_dict["fieldName"] = field_name
        if page is not UNSET:
            field_dict["page"] = page
        if bounding_boxes is not UNSET:
            field_dict["boundingBoxes"] = bounding_boxes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        field_name = d.pop("fieldName", UNSET)

        page = d.pop("page", UNSET)

        _bounding_boxes = d.pop("boundingBoxes", UNSET)
        bounding_boxes: list[BoundingBox] | Unset = UNSET
        if _bounding_boxes is not UNSET:
            bounding_boxes = []
            for bounding_boxes_item_data in _bounding_boxes:
                bounding_boxes_item = BoundingBox.from_dict(bounding_boxes_item_data)

                bounding_boxes.append(bounding_boxes_item)

        _parsed = cls(
            id=id,
            field_name=field_name,
            page=page,
            bounding_boxes=bounding_boxes,
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


# The models referred to above, imported after the class so that schemas referring to each
# other in a cycle import cleanly.
from ..models.bounding_box import BoundingBox  # noqa: E402
