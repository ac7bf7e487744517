from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="Citation")


@_attrs_define
class Citation:
    """A place in the document an extracted value was read from. May gain new fields.

    Attributes:
        page (float | Unset): The page the text is on.
        reference_text (None | str | Unset): The text the value was read from; `null` when there is none.
        polygon (list[Point] | Unset): The corners of the area around the text, in page points.
        page_width (float | Unset): The page's width in points.
        page_height (float | Unset): The page's height in points.
    """

    page: float | Unset = UNSET
    reference_text: None | str | Unset = UNSET
    polygon: list[Point] | Unset = UNSET
    page_width: float | Unset = UNSET
    page_height: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        reference_text: None | str | Unset
        if isinstance(self.reference_text, Unset):
            reference_text = UNSET
        else:
            reference_text = self.reference_text

        polygon: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.polygon, Unset):
            polygon = []
            for polygon_item_data in self.polygon:
                polygon_item = polygon_item_data.to_dict()
                polygon.append(polygon_item)

        page_width = self.page_width

        page_height = self.page_height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if reference_text is not UNSET:
            field_dict["referenceText"] = reference_text
        if polygon is not UNSET:
            field_dict["polygon"] = polygon
        if page_width is not UNSET:
            field_dict["pageWidth"] = page_width
        if page_height is not UNSET:
            field_dict["pageHeight"] = page_height

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page", UNSET)

        def _parse_reference_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_text = _parse_reference_text(d.pop("referenceText", UNSET))

        _polygon = d.pop("polygon", UNSET)
        polygon: list[Point] | Unset = UNSET
        if _polygon is not UNSET:
            polygon = []
            for polygon_item_data in _polygon:
                polygon_item = Point.from_dict(polygon_item_data)

                polygon.append(polygon_item)

        page_width = d.pop("pageWidth", UNSET)

        page_height = d.pop("pageHeight", UNSET)

        _parsed = cls(
            page=page,
            reference_text=reference_text,
            polygon=polygon,
            page_width=page_width,
            page_height=page_height,
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
from ..models.point import Point  # noqa: E402
