from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="EditHistoryEntry")


@_attrs_define
class EditHistoryEntry:
    """One human-review edit: who made it, when, and what changed. The vendor's published
    document calls this object `modificationObject`. Open object: the vendor may add
    properties.

        Attributes:
            timestamp (str | Unset): When the edit was made. The vendor calls it a date-time string without naming a
                format; its examples use `MM/DD/YYYY HH:MM:SS` (for example `11/23/2026 10:15:30`,
                no time zone), not RFC 3339, so no `format` is declared and the string is kept as
                sent.
            user_id (str | Unset): The ID of the user who made the edit.
            modifications (list[Modification] | Unset): The changes made in this edit.
    """

    timestamp: str | Unset = UNSET
    user_id: str | Unset = UNSET
    modifications: list[Modification] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        user_id = self.user_id

        modifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modifications, Unset):
            modifications = []
            for modifications_item_data in self.modifications:
                modifications_item = modifications_item_data.to_dict()
                modifications.append(modifications_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if modifications is not UNSET:
            field_dict["modifications"] = modifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp", UNSET)

        user_id = d.pop("user_id", UNSET)

        _modifications = d.pop("modifications", UNSET)
        modifications: list[Modification] | Unset = UNSET
        if _modifications is not UNSET:
            modifications = []
            for modifications_item_data in _modifications:
                modifications_item = Modification.from_dict(modifications_item_data)

                modifications.append(modifications_item)

        _parsed = cls(
            timestamp=timestamp,
            user_id=user_id,
            modifications=modifications,
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
from ..models.modification import Modification  # noqa: E402
