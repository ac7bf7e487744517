from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParseConfigChunkingStrategyOptions")


@_attrs_define
class ParseConfigChunkingStrategyOptions:
    """Size limits of the chunks. May gain new fields.

    Attributes:
        min_characters (int | Unset): The fewest characters a chunk holds.
        max_characters (int | Unset): The most characters a chunk holds.
    """

    min_characters: int | Unset = UNSET
    max_characters: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_characters = self.min_characters

        max_characters = self.max_characters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_characters is not UNSET:
            field_dict["minCharacters"] = min_characters
        if max_characters is not UNSET:
            field_dict["maxCharacters"] = max_characters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_characters = d.pop("minCharacters", UNSET)

        max_characters = d.pop("maxCharacters", UNSET)

        _parsed = cls(
            min_characters=min_characters,
            max_characters=max_characters,
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
