from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParseConfigChunkingStrategyOptions")


@_attrs_define(repr=False)
class ParseConfigChunkingStrategyOptions:
    """Size limits of the chunks. May gain new fields.

    Attributes:
        min_characters (int | None): The fewest characters a chunk holds.
        max_characters (int | None): The most characters a chunk holds.
    """

    min_characters: int | None = None
    max_characters: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _min_characters = UNSET if self.min_characters is None else self.min_characters
        min_characters = _min_characters

        _max_characters = UNSET if self.max_characters is None else self.max_characters
        max_characters = _max_characters

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
            min_characters=None if isinstance(min_characters, Unset) else min_characters,
            max_characters=None if isinstance(max_characters, Unset) else max_characters,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("min_characters", self.min_characters),
            ("max_characters", self.max_characters),
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
