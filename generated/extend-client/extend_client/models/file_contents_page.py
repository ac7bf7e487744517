from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileContentsPage")


@_attrs_define
class FileContentsPage:
    """The content of one page. May gain new fields.

    Attributes:
        page_number (int | Unset): The page's number in the document.
        page_height (float | Unset): The page's height in points (PDF and images).
        page_width (float | Unset): The page's width in points (PDF and images).
        raw_text (str | Unset): The page's text (API version 2025-04-21).
        markdown (str | Unset): The page as markdown (PDF and images).
        html (str | Unset): The page as HTML (DOCX).
    """

    page_number: int | Unset = UNSET
    page_height: float | Unset = UNSET
    page_width: float | Unset = UNSET
    raw_text: str | Unset = UNSET
    markdown: str | Unset = UNSET
    html: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        page_height = self.page_height

        page_width = self.page_width

        raw_text = self.raw_text

        markdown = self.markdown

        html = self.html

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if page_height is not UNSET:
            field_dict["pageHeight"] = page_height
        if page_width is not UNSET:
            field_dict["pageWidth"] = page_width
        if raw_text is not UNSET:
            field_dict["rawText"] = raw_text
        if markdown is not UNSET:
            field_dict["markdown"] = markdown
        if html is not UNSET:
            field_dict["html"] = html

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page_number = d.pop("pageNumber", UNSET)

        page_height = d.pop("pageHeight", UNSET)

        page_width = d.pop("pageWidth", UNSET)

        raw_text = d.pop("rawText", UNSET)

        markdown = d.pop("markdown", UNSET)

        html = d.pop("html", UNSET)

        _parsed = cls(
            page_number=page_number,
            page_height=page_height,
            page_width=page_width,
            raw_text=raw_text,
            markdown=markdown,
            html=html,
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
