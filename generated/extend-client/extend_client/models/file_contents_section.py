from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileContentsSection")


@_attrs_define
class FileContentsSection:
    """The content of one section. May gain new fields.

    Attributes:
        start_page_number (int | Unset): The section's first page.
        end_page_number (int | Unset): The section's last page.
        markdown (str | Unset): The section as markdown.
    """

    start_page_number: int | Unset = UNSET
    end_page_number: int | Unset = UNSET
    markdown: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_page_number = self.start_page_number

        end_page_number = self.end_page_number

        markdown = self.markdown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_page_number is not UNSET:
            field_dict["startPageNumber"] = start_page_number
        if end_page_number is not UNSET:
            field_dict["endPageNumber"] = end_page_number
        if markdown is not UNSET:
            field_dict["markdown"] = markdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_page_number = d.pop("startPageNumber", UNSET)

        end_page_number = d.pop("endPageNumber", UNSET)

        markdown = d.pop("markdown", UNSET)

        _parsed = cls(
            start_page_number=start_page_number,
            end_page_number=end_page_number,
            markdown=markdown,
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
