from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileContents")


@_attrs_define
class FileContents:
    """The parsed content of a file (deprecated by Extend, which parses files with parse runs now); which parts are present
    depends on the file type and on what was asked for. May gain new fields.

        Attributes:
            raw_text (str | Unset): The file's text (not for spreadsheets, which use `sheets`).
            markdown (str | Unset): The whole file as markdown (API version 2025-04-21; later per page or section).
            pages (list[FileContentsPage] | Unset): The content per page (PDF, images, DOCX).
            sections (list[FileContentsSection] | Unset): The content per section (PDF and images; API version 2026-02-09).
            sheets (list[FileContentsSheet] | Unset): The content per sheet (spreadsheets).
    """

    raw_text: str | Unset = UNSET
    markdown: str | Unset = UNSET
    pages: list[FileContentsPage] | Unset = UNSET
    sections: list[FileContentsSection] | Unset = UNSET
    sheets: list[FileContentsSheet] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw_text = self.raw_text

        markdown = self.markdown

        pages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = []
            for pages_item_data in self.pages:
                pages_item = pages_item_data.to_dict()
                pages.append(pages_item)

        sections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sections, Unset):
            sections = []
            for sections_item_data in self.sections:
                sections_item = sections_item_data.to_dict()
                sections.append(sections_item)

        sheets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sheets, Unset):
            sheets = []
            for sheets_item_data in self.sheets:
                sheets_item = sheets_item_data.to_dict()
                sheets.append(sheets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if raw_text is not UNSET:
            field_dict["rawText"] = raw_text
        if markdown is not UNSET:
            field_dict["markdown"] = markdown
        if pages is not UNSET:
            field_dict["pages"] = pages
        if sections is not UNSET:
            field_dict["sections"] = sections
        if sheets is not UNSET:
            field_dict["sheets"] = sheets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        raw_text = d.pop("rawText", UNSET)

        markdown = d.pop("markdown", UNSET)

        _pages = d.pop("pages", UNSET)
        pages: list[FileContentsPage] | Unset = UNSET
        if _pages is not UNSET:
            pages = []
            for pages_item_data in _pages:
                pages_item = FileContentsPage.from_dict(pages_item_data)

                pages.append(pages_item)

        _sections = d.pop("sections", UNSET)
        sections: list[FileContentsSection] | Unset = UNSET
        if _sections is not UNSET:
            sections = []
            for sections_item_data in _sections:
                sections_item = FileContentsSection.from_dict(sections_item_data)

                sections.append(sections_item)

        _sheets = d.pop("sheets", UNSET)
        sheets: list[FileContentsSheet] | Unset = UNSET
        if _sheets is not UNSET:
            sheets = []
            for sheets_item_data in _sheets:
                sheets_item = FileContentsSheet.from_dict(sheets_item_data)

                sheets.append(sheets_item)

        _parsed = cls(
            raw_text=raw_text,
            markdown=markdown,
            pages=pages,
            sections=sections,
            sheets=sheets,
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
from ..models.file_contents_page import FileContentsPage  # noqa: E402
from ..models.file_contents_section import FileContentsSection  # noqa: E402
from ..models.file_contents_sheet import FileContentsSheet  # noqa: E402
