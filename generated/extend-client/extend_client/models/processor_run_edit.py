from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessorRunEdit")


@_attrs_define
class ProcessorRunEdit:
    """One field's edit made during human review. May gain new fields.

    Attributes:
        original_value (Any | Unset): The field's value before the edit, as the processor produced it (any JSON value).
        edited_value (Any | Unset): The field's value after the edit (any JSON value).
        field_type (str | Unset): The type of the edited field (for example `currency`).
        notes (str | Unset): The reviewer's notes on the edit.
        page (float | Unset): The page number where the edit was made.
    """

    original_value: Any | Unset = UNSET
    edited_value: Any | Unset = UNSET
    field_type: str | Unset = UNSET
    notes: str | Unset = UNSET
    page: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_value = self.original_value

        edited_value = self.edited_value

        field_type = self.field_type

        notes = self.notes

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_value is not UNSET:
            field_dict["originalValue"] = original_value
        if edited_value is not UNSET:
            field_dict["editedValue"] = edited_value
        if field_type is not UNSET:
            field_dict["fieldType"] = field_type
        if notes is not UNSET:
            field_dict["notes"] = notes
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        original_value = d.pop("originalValue", UNSET)

        edited_value = d.pop("editedValue", UNSET)

        field_type = d.pop("fieldType", UNSET)

        notes = d.pop("notes", UNSET)

        page = d.pop("page", UNSET)

        _parsed = cls(
            original_value=original_value,
            edited_value=edited_value,
            field_type=field_type,
            notes=notes,
            page=page,
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
