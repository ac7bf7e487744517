from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="FileContents")


@_attrs_define(repr=False)
class FileContents:
    """The parsed content of a file (deprecated by Extend, which parses files with parse runs now); which parts are present
    depends on the file type and on what was asked for. May gain new fields.

        Attributes:
            raw_text (str | None): The file's text (not for spreadsheets, which use `sheets`).
            markdown (str | None): The whole file as markdown (API version 2025-04-21; later per page or section).
            pages (list[FileContentsPage] | None): The content per page (PDF, images, DOCX).
            sections (list[FileContentsSection] | None): The content per section (PDF and images; API version 2026-02-09).
            sheets (list[FileContentsSheet] | None): The content per sheet (spreadsheets).
    """

    raw_text: str | None = None
    markdown: str | None = None
    pages: list[FileContentsPage] | None = None
    sections: list[FileContentsSection] | None = None
    sheets: list[FileContentsSheet] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _raw_text = UNSET if self.raw_text is None else self.raw_text
        raw_text = _raw_text

        _markdown = UNSET if self.markdown is None else self.markdown
        markdown = _markdown

        _pages = UNSET if self.pages is None else self.pages
        pages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_pages, Unset):
            pages = []
            for pages_item_data in _pages:
                pages_item = pages_item_data.to_dict()
                pages.append(pages_item)

        _sections = UNSET if self.sections is None else self.sections
        sections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_sections, Unset):
            sections = []
            for sections_item_data in _sections:
                sections_item = sections_item_data.to_dict()
                sections.append(sections_item)

        _sheets = UNSET if self.sheets is None else self.sheets
        sheets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_sheets, Unset):
            sheets = []
            for sheets_item_data in _sheets:
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
            _at_ = "rawText"
            raw_text = d.pop("rawText", UNSET)
            if not isinstance(raw_text, str) and raw_text is not UNSET:
                raise _JSONShapeError.wrong_type("a string", raw_text)

            _at_ = "markdown"
            markdown = d.pop("markdown", UNSET)
            if not isinstance(markdown, str) and markdown is not UNSET:
                raise _JSONShapeError.wrong_type("a string", markdown)

            _at_ = "pages"
            _pages = d.pop("pages", UNSET)
            pages: list[FileContentsPage] | Unset = UNSET
            if not isinstance(_pages, Unset):
                if not isinstance(_pages, list):
                    raise _JSONShapeError.wrong_type("an array", _pages)
                pages = []
                for pages_item_index_, pages_item_data in enumerate(_pages):
                    try:
                        pages_item = FileContentsPage.from_dict(pages_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(pages_item_index_) from None
                    pages.append(pages_item)

            _at_ = "sections"
            _sections = d.pop("sections", UNSET)
            sections: list[FileContentsSection] | Unset = UNSET
            if not isinstance(_sections, Unset):
                if not isinstance(_sections, list):
                    raise _JSONShapeError.wrong_type("an array", _sections)
                sections = []
                for sections_item_index_, sections_item_data in enumerate(_sections):
                    try:
                        sections_item = FileContentsSection.from_dict(sections_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(sections_item_index_) from None
                    sections.append(sections_item)

            _at_ = "sheets"
            _sheets = d.pop("sheets", UNSET)
            sheets: list[FileContentsSheet] | Unset = UNSET
            if not isinstance(_sheets, Unset):
                if not isinstance(_sheets, list):
                    raise _JSONShapeError.wrong_type("an array", _sheets)
                sheets = []
                for sheets_item_index_, sheets_item_data in enumerate(_sheets):
                    try:
                        sheets_item = FileContentsSheet.from_dict(sheets_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(sheets_item_index_) from None
                    sheets.append(sheets_item)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            raw_text=None if isinstance(raw_text, Unset) else raw_text,
            markdown=None if isinstance(markdown, Unset) else markdown,
            pages=None if isinstance(pages, Unset) else pages,
            sections=None if isinstance(sections, Unset) else sections,
            sheets=None if isinstance(sheets, Unset) else sheets,
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
            ("raw_text", self.raw_text),
            ("markdown", self.markdown),
            ("pages", self.pages),
            ("sections", self.sections),
            ("sheets", self.sheets),
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


# The models referred to above, imported after the class so that schemas referring to each
# other in a cycle import cleanly.
from ..models.file_contents_page import FileContentsPage  # noqa: E402
from ..models.file_contents_section import FileContentsSection  # noqa: E402
from ..models.file_contents_sheet import FileContentsSheet  # noqa: E402
