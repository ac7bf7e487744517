from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="FileContentsSection")


@_attrs_define(repr=False)
class FileContentsSection:
    """The content of one section. May gain new fields.

    Attributes:
        start_page_number (int | None): The section's first page.
        end_page_number (int | None): The section's last page.
        markdown (str | None): The section as markdown.
    """

    start_page_number: int | None = None
    end_page_number: int | None = None
    markdown: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _start_page_number = UNSET if self.start_page_number is None else self.start_page_number
        start_page_number = _start_page_number

        _end_page_number = UNSET if self.end_page_number is None else self.end_page_number
        end_page_number = _end_page_number

        _markdown = UNSET if self.markdown is None else self.markdown
        markdown = _markdown

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
            _at_ = "startPageNumber"
            start_page_number = d.pop("startPageNumber", UNSET)
            if (
                not (isinstance(start_page_number, int) and not isinstance(start_page_number, bool))
                and start_page_number is not UNSET
            ):
                raise _JSONShapeError.wrong_type("an integer", start_page_number)

            _at_ = "endPageNumber"
            end_page_number = d.pop("endPageNumber", UNSET)
            if (
                not (isinstance(end_page_number, int) and not isinstance(end_page_number, bool))
                and end_page_number is not UNSET
            ):
                raise _JSONShapeError.wrong_type("an integer", end_page_number)

            _at_ = "markdown"
            markdown = d.pop("markdown", UNSET)
            if not isinstance(markdown, str) and markdown is not UNSET:
                raise _JSONShapeError.wrong_type("a string", markdown)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            start_page_number=None if isinstance(start_page_number, Unset) else start_page_number,
            end_page_number=None if isinstance(end_page_number, Unset) else end_page_number,
            markdown=None if isinstance(markdown, Unset) else markdown,
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
            ("start_page_number", self.start_page_number),
            ("end_page_number", self.end_page_number),
            ("markdown", self.markdown),
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
