from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParseConfigBlockOptionsBarcodes")


@_attrs_define
class ParseConfigBlockOptionsBarcodes:
    """How barcodes are parsed. May gain new fields.

    Attributes:
        image_clipping_enabled (bool | Unset): Whether an image of each barcode is cut out.
        reading_enabled (bool | Unset): Whether barcode values are decoded.
    """

    image_clipping_enabled: bool | Unset = UNSET
    reading_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_clipping_enabled = self.image_clipping_enabled

        reading_enabled = self.reading_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_clipping_enabled is not UNSET:
            field_dict["imageClippingEnabled"] = image_clipping_enabled
        if reading_enabled is not UNSET:
            field_dict["readingEnabled"] = reading_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_clipping_enabled = d.pop("imageClippingEnabled", UNSET)

        reading_enabled = d.pop("readingEnabled", UNSET)

        _parsed = cls(
            image_clipping_enabled=image_clipping_enabled,
            reading_enabled=reading_enabled,
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
