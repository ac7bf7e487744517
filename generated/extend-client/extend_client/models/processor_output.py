from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ProcessorOutput")


@_attrs_define(repr=False)
class ProcessorOutput:
    """The output of a processor run; its shape depends on the processor type (Extend's
    "Processor output types" page and SDK types). Extend publishes three outputs, not
    discriminated by any field:

    - extraction: `value` (the extracted values) and `metadata` (per-field confidence);
      Extend also publishes an older extraction form, a map from each field's `id` in the
      configuration's `fields` to its `ExtractionFieldResult`: those keys are the processor
      owner's field names, so they are this schema's additional properties, typed;
    - classification: `id`, `type`, `confidence`, `insights`;
    - splitting: `splits`, `isExternal`.

    This schema declares the fields of all three. A new field Extend adds to one of them is
    read as an additional property too, so it must be an object (any object parses).

        Attributes:
            value (ProcessorOutputValue | None): The extracted values, shaped by the configuration's `schema` (extraction):
                any JSON object, since its keys are the processor owner's field names.
            metadata (ProcessorOutputMetadata | None): Per-field metadata of the extracted values, keyed by field name
                (extraction).
            id (str | None): The identifier of the assigned class (classification).
            type_ (str | None): The type of the assigned class (classification).
            confidence (float | None): The model's confidence in the class, from 0 to 1 (classification).
            insights (list[Insight] | None): The model's reasoning about the decision (classification).
            splits (list[Split] | None): The sub-documents the file was split into (splitting).
            is_external (bool | None): Whether the split came from outside Extend (splitting).
    """

    value: ProcessorOutputValue | None = None
    metadata: ProcessorOutputMetadata | None = None
    id: str | None = None
    type_: str | None = None
    confidence: float | None = None
    insights: list[Insight] | None = None
    splits: list[Split] | None = None
    is_external: bool | None = None
    additional_properties: dict[str, ExtractionFieldResult] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _value = UNSET if self.value is None else self.value
        value: dict[str, Any] | Unset = UNSET
        if not isinstance(_value, Unset):
            value = _value.to_dict()

        _metadata = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata, Unset):
            metadata = _metadata.to_dict()

        _id = UNSET if self.id is None else self.id
        id = _id

        _type_ = UNSET if self.type_ is None else self.type_
        type_ = _type_

        _confidence = UNSET if self.confidence is None else self.confidence
        confidence = _confidence

        _insights = UNSET if self.insights is None else self.insights
        insights: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_insights, Unset):
            insights = []
            for insights_item_data in _insights:
                insights_item = insights_item_data.to_dict()
                insights.append(insights_item)

        _splits = UNSET if self.splits is None else self.splits
        splits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_splits, Unset):
            splits = []
            for splits_item_data in _splits:
                splits_item = splits_item_data.to_dict()
                splits.append(splits_item)

        _is_external = UNSET if self.is_external is None else self.is_external
        is_external = _is_external

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if insights is not UNSET:
            field_dict["insights"] = insights
        if splits is not UNSET:
            field_dict["splits"] = splits
        if is_external is not UNSET:
            field_dict["isExternal"] = is_external

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
            _at_ = "value"
            _value = d.pop("value", UNSET)
            value: ProcessorOutputValue | Unset
            if isinstance(_value, Unset):
                value = UNSET
            else:
                value = ProcessorOutputValue.from_dict(_value)

            _at_ = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: ProcessorOutputMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = ProcessorOutputMetadata.from_dict(_metadata)

            _at_ = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, str) and id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", id)

            _at_ = "type"
            type_ = d.pop("type", UNSET)
            if not isinstance(type_, str) and type_ is not UNSET:
                raise _JSONShapeError.wrong_type("a string", type_)

            _at_ = "confidence"
            confidence = d.pop("confidence", UNSET)
            if (
                not (isinstance(confidence, (int, float)) and not isinstance(confidence, bool))
                and confidence is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", confidence)

            _at_ = "insights"
            _insights = d.pop("insights", UNSET)
            insights: list[Insight] | Unset = UNSET
            if not isinstance(_insights, Unset):
                if not isinstance(_insights, list):
                    raise _JSONShapeError.wrong_type("an array", _insights)
                insights = []
                for insights_item_index_, insights_item_data in enumerate(_insights):
                    try:
                        insights_item = Insight.from_dict(insights_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(insights_item_index_) from None
                    insights.append(insights_item)

            _at_ = "splits"
            _splits = d.pop("splits", UNSET)
            splits: list[Split] | Unset = UNSET
            if not isinstance(_splits, Unset):
                if not isinstance(_splits, list):
                    raise _JSONShapeError.wrong_type("an array", _splits)
                splits = []
                for splits_item_index_, splits_item_data in enumerate(_splits):
                    try:
                        splits_item = Split.from_dict(splits_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(splits_item_index_) from None
                    splits.append(splits_item)

            _at_ = "isExternal"
            is_external = d.pop("isExternal", UNSET)
            if not isinstance(is_external, bool) and is_external is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", is_external)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            value=None if isinstance(value, Unset) else value,
            metadata=None if isinstance(metadata, Unset) else metadata,
            id=None if isinstance(id, Unset) else id,
            type_=None if isinstance(type_, Unset) else type_,
            confidence=None if isinstance(confidence, Unset) else confidence,
            insights=None if isinstance(insights, Unset) else insights,
            splits=None if isinstance(splits, Unset) else splits,
            is_external=None if isinstance(is_external, Unset) else is_external,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                additional_property = ExtractionFieldResult.from_dict(prop_dict)

            except _JSONShapeError as _error_:
                raise _error_.within(prop_name) from None
            additional_properties[prop_name] = additional_property

        _parsed.additional_properties = additional_properties
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("value", self.value),
            ("metadata", self.metadata),
            ("id", self.id),
            ("type_", self.type_),
            ("confidence", self.confidence),
            ("insights", self.insights),
            ("splits", self.splits),
            ("is_external", self.is_external),
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

    def __getitem__(self, key: str) -> ExtractionFieldResult:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ExtractionFieldResult) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models referred to above, imported after the class so that schemas referring to each
# other in a cycle import cleanly.
from ..models.extraction_field_result import ExtractionFieldResult  # noqa: E402
from ..models.insight import Insight  # noqa: E402
from ..models.processor_output_metadata import ProcessorOutputMetadata  # noqa: E402
from ..models.processor_output_value import ProcessorOutputValue  # noqa: E402
from ..models.split import Split  # noqa: E402
