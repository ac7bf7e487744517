from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..models.classify_context import ClassifyContext
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClassifyAdvancedOptions")


@_attrs_define(repr=False)
class ClassifyAdvancedOptions:
    """Advanced options of a classify run's configuration. May gain new fields.

    Attributes:
        context (ClassifyContext | None): How much context the classifier uses. Open enum: new values may be added and
            must be
            accepted.

            - `default`: the standard context.
            - `max`: the largest context.
        advanced_multimodal_enabled (bool | None): Whether visual elements get the advanced multimodal treatment.
        memory_enabled (bool | None): Whether the classifier learns from past successful classifications.
        page_ranges (list[PageRange] | None): The page ranges to read.
    """

    context: ClassifyContext | None = None
    advanced_multimodal_enabled: bool | None = None
    memory_enabled: bool | None = None
    page_ranges: list[PageRange] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _context = UNSET if self.context is None else self.context
        context: str | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = _context.value

        _advanced_multimodal_enabled = (
            UNSET if self.advanced_multimodal_enabled is None else self.advanced_multimodal_enabled
        )
        advanced_multimodal_enabled = _advanced_multimodal_enabled

        _memory_enabled = UNSET if self.memory_enabled is None else self.memory_enabled
        memory_enabled = _memory_enabled

        _page_ranges = UNSET if self.page_ranges is None else self.page_ranges
        page_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_page_ranges, Unset):
            page_ranges = []
            for page_ranges_item_data in _page_ranges:
                page_ranges_item = page_ranges_item_data.to_dict()
                page_ranges.append(page_ranges_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context is not UNSET:
            field_dict["context"] = context
        if advanced_multimodal_enabled is not UNSET:
            field_dict["advancedMultimodalEnabled"] = advanced_multimodal_enabled
        if memory_enabled is not UNSET:
            field_dict["memoryEnabled"] = memory_enabled
        if page_ranges is not UNSET:
            field_dict["pageRanges"] = page_ranges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_context(data: object) -> ClassifyContext | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_classify_context_classify_context = ClassifyContext(data)

            return componentsschemas_classify_context_classify_context

        context = _parse_context(d.pop("context", UNSET))

        advanced_multimodal_enabled = d.pop("advancedMultimodalEnabled", UNSET)

        memory_enabled = d.pop("memoryEnabled", UNSET)

        _page_ranges = d.pop("pageRanges", UNSET)
        page_ranges: list[PageRange] | Unset = UNSET
        if _page_ranges is not UNSET:
            page_ranges = []
            for page_ranges_item_data in _page_ranges:
                page_ranges_item = PageRange.from_dict(page_ranges_item_data)

                page_ranges.append(page_ranges_item)

        _parsed = cls(
            context=None if isinstance(context, Unset) else context,
            advanced_multimodal_enabled=None
            if isinstance(advanced_multimodal_enabled, Unset)
            else advanced_multimodal_enabled,
            memory_enabled=None if isinstance(memory_enabled, Unset) else memory_enabled,
            page_ranges=None if isinstance(page_ranges, Unset) else page_ranges,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("context", self.context),
            ("advanced_multimodal_enabled", self.advanced_multimodal_enabled),
            ("memory_enabled", self.memory_enabled),
            ("page_ranges", self.page_ranges),
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


# The models referred to above, imported after the class so that schemas referring to each
# other in a cycle import cleanly.
from ..models.page_range import PageRange  # noqa: E402
