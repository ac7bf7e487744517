from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileContentsSheet")


@_attrs_define
class FileContentsSheet:
    """The content of one sheet of a spreadsheet. May gain new fields.

    Attributes:
        sheet_name (str | Unset): The sheet's name.
        raw_text (str | Unset): The sheet's content as CSV text.
    """

    sheet_name: str | Unset = UNSET
    raw_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sheet_name = self.sheet_name

        raw_text = self.raw_text

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
            sheet_name=sheet_name,
            raw_text=raw_text,
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
