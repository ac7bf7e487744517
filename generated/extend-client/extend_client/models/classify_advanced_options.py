from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.classify_context import ClassifyContext
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ClassifyAdvancedOptions")


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
    def from_dict(cls: type[_T], src_dict: Mapping[str, Any]) -> _T:
        """Parse a JSON object (a dict as `json.loads` gives it) into this model.

        Raises `errors.JSONShapeError` (a `TypeError`) when `src_dict` is not a JSON object, a
        value has the wrong JSON type or a required property is missing; its `path` says where.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _JSONShapeError.wrong_type("an object", src_dict)
        d = dict(src_dict)
        _at_ = ""
        try:
            _at_ = "context"

            def _parse_context(data: object) -> ClassifyContext | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_classify_context_classify_context = data
                        if not isinstance(
                            _componentsschemas_classify_context_classify_context, str
                        ):
                            raise _JSONShapeError.wrong_type(
                                "a string", _componentsschemas_classify_context_classify_context
                            )
                        componentsschemas_classify_context_classify_context = ClassifyContext(
                            _componentsschemas_classify_context_classify_context
                        )

                        return componentsschemas_classify_context_classify_context
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            context = _parse_context(d.pop("context", UNSET))

            _at_ = "advancedMultimodalEnabled"
            advanced_multimodal_enabled = d.pop("advancedMultimodalEnabled", UNSET)
            if (
                not isinstance(advanced_multimodal_enabled, bool)
                and advanced_multimodal_enabled is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a boolean", advanced_multimodal_enabled)

            _at_ = "memoryEnabled"
            memory_enabled = d.pop("memoryEnabled", UNSET)
            if not isinstance(memory_enabled, bool) and memory_enabled is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", memory_enabled)

            _at_ = "pageRanges"
            _page_ranges = d.pop("pageRanges", UNSET)
            page_ranges: list[PageRange] | Unset = UNSET
            if not isinstance(_page_ranges, Unset):
                if not isinstance(_page_ranges, list):
                    raise _JSONShapeError.wrong_type("an array", _page_ranges)
                page_ranges = []
                for page_ranges_item_index_, page_ranges_item_data in enumerate(_page_ranges):
                    try:
                        page_ranges_item = PageRange.from_dict(page_ranges_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(page_ranges_item_index_) from None
                    page_ranges.append(page_ranges_item)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            context=None if isinstance(context, Unset) else context,
            advanced_multimodal_enabled=None
            if isinstance(advanced_multimodal_enabled, Unset)
            else advanced_multimodal_enabled,
            memory_enabled=None if isinstance(memory_enabled, Unset) else memory_enabled,
            page_ranges=None if isinstance(page_ranges, Unset) else page_ranges,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                additional = prop_dict

            except _JSONShapeError as _error_:
                raise _error_.within(prop_name) from None
            additional_properties[prop_name] = additional

        _parsed.additional_properties = additional_properties
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
