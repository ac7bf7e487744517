from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParseConfigBlockOptionsFigures")


@_attrs_define(repr=False)
class ParseConfigBlockOptionsFigures:
    """How figures are parsed. May gain new fields.

    Attributes:
        enabled (bool | None): Whether figures appear in the parsed output.
        figure_image_clipping_enabled (bool | None): Whether an image of each figure is cut out.
        advanced_chart_extraction_enabled (bool | None): Whether a vision model reads the data of charts (API version
            2026-02-09).
        custom_instructions (str | None): Extra instructions for the model that describes figures (API version
            2026-02-09).
    """

    enabled: bool | None = None
    figure_image_clipping_enabled: bool | None = None
    advanced_chart_extraction_enabled: bool | None = None
    custom_instructions: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _enabled = UNSET if self.enabled is None else self.enabled
        enabled = _enabled

        _figure_image_clipping_enabled = (
            UNSET
            if self.figure_image_clipping_enabled is None
            else self.figure_image_clipping_enabled
        )
        figure_image_clipping_enabled = _figure_image_clipping_enabled

        _advanced_chart_extraction_enabled = (
            UNSET
            if self.advanced_chart_extraction_enabled is None
            else self.advanced_chart_extraction_enabled
        )
        advanced_chart_extraction_enabled = _advanced_chart_extraction_enabled

        _custom_instructions = (
            UNSET if self.custom_instructions is None else self.custom_instructions
        )
        custom_instructions = _custom_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if figure_image_clipping_enabled is not UNSET:
            field_dict["figureImageClippingEnabled"] = figure_image_clipping_enabled
        if advanced_chart_extraction_enabled is not UNSET:
            field_dict["advancedChartExtractionEnabled"] = advanced_chart_extraction_enabled
        if custom_instructions is not UNSET:
            field_dict["customInstructions"] = custom_instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        figure_image_clipping_enabled = d.pop("figureImageClippingEnabled", UNSET)

        advanced_chart_extraction_enabled = d.pop("advancedChartExtractionEnabled", UNSET)

        custom_instructions = d.pop("customInstructions", UNSET)

        _parsed = cls(
            enabled=None if isinstance(enabled, Unset) else enabled,
            figure_image_clipping_enabled=None
            if isinstance(figure_image_clipping_enabled, Unset)
            else figure_image_clipping_enabled,
            advanced_chart_extraction_enabled=None
            if isinstance(advanced_chart_extraction_enabled, Unset)
            else advanced_chart_extraction_enabled,
            custom_instructions=None
            if isinstance(custom_instructions, Unset)
            else custom_instructions,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("enabled", self.enabled),
            ("figure_image_clipping_enabled", self.figure_image_clipping_enabled),
            ("advanced_chart_extraction_enabled", self.advanced_chart_extraction_enabled),
            ("custom_instructions", self.custom_instructions),
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
