from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldConfidence")


@_attrs_define(repr=False)
class FieldConfidence:
    """Extraction confidence scores for a field, from 0 (none) to 1 (certain); the vendor's page
    gives no range, the 0-1 scale is this spec's reading. Availability: present when
    `include_confidence_scores=true`. Open object: the vendor may add properties.

        Attributes:
            model (float | None): The extraction model's confidence in the value, from 0 to 1.
            ocr (float | None): Confidence of the OCR (text recognition) of the text the value came from, from 0 to
                1. Listed only by the newer revision of the vendor's page.
    """

    model: float | None = None
    ocr: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _model = UNSET if self.model is None else self.model
        model = _model

        _ocr = UNSET if self.ocr is None else self.ocr
        ocr = _ocr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if ocr is not UNSET:
            field_dict["ocr"] = ocr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model", UNSET)

        ocr = d.pop("ocr", UNSET)

        _parsed = cls(
            model=None if isinstance(model, Unset) else model,
            ocr=None if isinstance(ocr, Unset) else ocr,
        )

        _parsed.additional_properties = d
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("model", self.model),
            ("ocr", self.ocr),
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
