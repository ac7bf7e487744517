from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="CaseInfo")


@_attrs_define(repr=False)
class CaseInfo:
    """Packet-level information (also known as case-level information) captured for the run,
    including cross-class fields. Cross-class fields consolidate data extracted from standard
    fields within a packet (the documents of one case). Availability: present when the app
    extracts packets. Open object: the vendor may add properties.

        Attributes:
            fields (list[CaseField] | None): The packet's cross-class fields.
    """

    fields: list[CaseField] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _fields = UNSET if self.fields is None else self.fields
        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_fields, Unset):
            fields = []
            for fields_item_data in _fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _fields = d.pop("fields", UNSET)
        fields: list[CaseField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = CaseField.from_dict(fields_item_data)

                fields.append(fields_item)

        _parsed = cls(
            fields=None if isinstance(fields, Unset) else fields,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (("fields", self.fields),)
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
from ..models.case_field import CaseField  # noqa: E402
