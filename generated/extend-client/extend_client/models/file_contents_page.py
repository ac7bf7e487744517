from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="FileContentsPage")


@_attrs_define(repr=False)
class FileContentsPage:
    """The content of one page. May gain new fields.

    Attributes:
        page_number (int | None): The page's number in the document.
        page_height (float | None): The page's height in points (PDF and images).
        page_width (float | None): The page's width in points (PDF and images).
        raw_text (str | None): The page's text (API version 2025-04-21).
        markdown (str | None): The page as markdown (PDF and images).
        html (str | None): The page as HTML (DOCX).
    """

    page_number: int | None = None
    page_height: float | None = None
    page_width: float | None = None
    raw_text: str | None = None
    markdown: str | None = None
    html: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _page_number = UNSET if self.page_number is None else self.page_number
        page_number = _page_number

        _page_height = UNSET if self.page_height is None else self.page_height
        page_height = _page_height

        _page_width = UNSET if self.page_width is None else self.page_width
        page_width = _page_width

        _raw_text = UNSET if self.raw_text is None else self.raw_text
        raw_text = _raw_text

        _markdown = UNSET if self.markdown is None else self.markdown
        markdown = _markdown

        _html = UNSET if self.html is None else self.html
        html = _html

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
            _at_ = "pageNumber"
            page_number = d.pop("pageNumber", UNSET)
            if (
                not (isinstance(page_number, int) and not isinstance(page_number, bool))
                and page_number is not UNSET
            ):
                raise _JSONShapeError.wrong_type("an integer", page_number)

            _at_ = "pageHeight"
            page_height = d.pop("pageHeight", UNSET)
            if (
                not (isinstance(page_height, (int, float)) and not isinstance(page_height, bool))
                and page_height is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", page_height)

            _at_ = "pageWidth"
            page_width = d.pop("pageWidth", UNSET)
            if (
                not (isinstance(page_width, (int, float)) and not isinstance(page_width, bool))
                and page_width is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", page_width)

            _at_ = "rawText"
            raw_text = d.pop("rawText", UNSET)
            if not isinstance(raw_text, str) and raw_text is not UNSET:
                raise _JSONShapeError.wrong_type("a string", raw_text)

            _at_ = "markdown"
            markdown = d.pop("markdown", UNSET)
            if not isinstance(markdown, str) and markdown is not UNSET:
                raise _JSONShapeError.wrong_type("a string", markdown)

            _at_ = "html"
            html = d.pop("html", UNSET)
            if not isinstance(html, str) and html is not UNSET:
                raise _JSONShapeError.wrong_type("a string", html)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            page_number=None if isinstance(page_number, Unset) else page_number,
            page_height=None if isinstance(page_height, Unset) else page_height,
            page_width=None if isinstance(page_width, Unset) else page_width,
            raw_text=None if isinstance(raw_text, Unset) else raw_text,
            markdown=None if isinstance(markdown, Unset) else markdown,
            html=None if isinstance(html, Unset) else html,
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
            ("page_number", self.page_number),
            ("page_height", self.page_height),
            ("page_width", self.page_width),
            ("raw_text", self.raw_text),
            ("markdown", self.markdown),
            ("html", self.html),
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
