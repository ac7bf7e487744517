from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileContentsSheet")


@_attrs_define(repr=False)
class FileContentsSheet:
    """The content of one sheet of a spreadsheet. May gain new fields.

    Attributes:
        sheet_name (str | None): The sheet's name.
        raw_text (str | None): The sheet's content as CSV text.
    """

    sheet_name: str | None = None
    raw_text: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _sheet_name = UNSET if self.sheet_name is None else self.sheet_name
        sheet_name = _sheet_name

        _raw_text = UNSET if self.raw_text is None else self.raw_text
        raw_text = _raw_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sheet_name is not UNSET:
            field_dict["sheetName"] = sheet_name
        if raw_text is not UNSET:
            field_dict["rawText"] = raw_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sheet_name = d.pop("sheetName", UNSET)

        raw_text = d.pop("rawText", UNSET)

        _parsed = cls(
            sheet_name=None if isinstance(sheet_name, Unset) else sheet_name,
            raw_text=None if isinstance(raw_text, Unset) else raw_text,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("sheet_name", self.sheet_name),
            ("raw_text", self.raw_text),
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
