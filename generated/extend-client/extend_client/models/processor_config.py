from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..models.base_processor import BaseProcessor
from ..models.processor_type import ProcessorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessorConfig")


@_attrs_define(repr=False)
class ProcessorConfig:
    """The configuration of a processor run (Extend's "Processor configs" page and SDK types).
    Extend publishes three configurations, discriminated by `type`: extraction (`EXTRACT`), classification (`CLASSIFY`)
    and
    splitting (`SPLITTER`). This schema declares the fields of all three (each says which
    types have it) instead of a discriminated union, so that a configuration of a
    processor type added later still parses. May gain new fields.

        Attributes:
            type_ (ProcessorType | None): The kind of processor. Open enum: new values may be added and must be accepted.

                - `EXTRACT`: extracts structured fields from a document.
                - `CLASSIFY`: assigns a document to one of a set of classes.
                - `SPLITTER`: splits a file into sub-documents.
            base_processor (BaseProcessor | None): The base processor (model family) a configuration uses. Open enum: new
                values may be
                added and must be accepted.

                - `extraction_performance`, `extraction_light`: for extraction.
                - `classification_performance`, `classification_light`: for classification.
                - `splitting_performance`, `splitting_light`: for splitting.
            base_version (str | None): The version of the base processor; the latest stable one when not given (all types).
            advanced_options (ProcessorAdvancedOptions | None): Advanced options of a processor configuration. Extend types
                one set per processor type;
                like `ProcessorConfig`, this schema declares the fields of all three, each description
                naming the types that have it. May gain new fields.
            parser (ParseConfig | None): How a file is parsed before it is processed (Extend's parse configuration); the
                defaults depend on the engine and its version. May gain new fields.
            extraction_rules (str | None): Custom extraction rules in natural language (`EXTRACT`).
            schema (ProcessorConfigSchema | None): The JSON Schema of the values to extract, written by the processor's
                owner: any JSON object (`EXTRACT`).
            fields (list[ExtractionField] | None): The fields to extract in the older field-list form (`EXTRACT`; Extend
                recommends `schema` instead, and a configuration has one or the other).
            classifications (list[Classification] | None): The classes a document can be assigned to (`CLASSIFY`).
            classification_rules (str | None): Custom classification rules in natural language (`CLASSIFY`).
            split_classifications (list[Classification] | None): The kinds of sub-document a file can be split into
                (`SPLITTER`).
            split_rules (str | None): Custom splitting rules in natural language (`SPLITTER`).
    """

    type_: ProcessorType | None = None
    base_processor: BaseProcessor | None = None
    base_version: str | None = None
    advanced_options: ProcessorAdvancedOptions | None = None
    parser: ParseConfig | None = None
    extraction_rules: str | None = None
    schema: ProcessorConfigSchema | None = None
    fields: list[ExtractionField] | None = None
    classifications: list[Classification] | None = None
    classification_rules: str | None = None
    split_classifications: list[Classification] | None = None
    split_rules: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _type_ = UNSET if self.type_ is None else self.type_
        type_: str | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _type_.value

        _base_processor = UNSET if self.base_processor is None else self.base_processor
        base_processor: str | Unset
        if isinstance(_base_processor, Unset):
            base_processor = UNSET
        else:
            base_processor = _base_processor.value

        _base_version = UNSET if self.base_version is None else self.base_version
        base_version = _base_version

        _advanced_options = UNSET if self.advanced_options is None else self.advanced_options
        advanced_options: dict[str, Any] | Unset = UNSET
        if not isinstance(_advanced_options, Unset):
            advanced_options = _advanced_options.to_dict()

        _parser = UNSET if self.parser is None else self.parser
        parser: dict[str, Any] | Unset = UNSET
        if not isinstance(_parser, Unset):
            parser = _parser.to_dict()

        _extraction_rules = UNSET if self.extraction_rules is None else self.extraction_rules
        extraction_rules = _extraction_rules

        _schema = UNSET if self.schema is None else self.schema
        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(_schema, Unset):
            schema = _schema.to_dict()

        _fields = UNSET if self.fields is None else self.fields
        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_fields, Unset):
            fields = []
            for fields_item_data in _fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        _classifications = UNSET if self.classifications is None else self.classifications
        classifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_classifications, Unset):
            classifications = []
            for classifications_item_data in _classifications:
                classifications_item = classifications_item_data.to_dict()
                classifications.append(classifications_item)

        _classification_rules = (
            UNSET if self.classification_rules is None else self.classification_rules
        )
        classification_rules = _classification_rules

        _split_classifications = (
            UNSET if self.split_classifications is None else self.split_classifications
        )
        split_classifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_split_classifications, Unset):
            split_classifications = []
            for split_classifications_item_data in _split_classifications:
                split_classifications_item = split_classifications_item_data.to_dict()
                split_classifications.append(split_classifications_item)

        _split_rules = UNSET if self.split_rules is None else self.split_rules
        split_rules = _split_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if base_processor is not UNSET:
            field_dict["baseProcessor"] = base_processor
        if base_version is not UNSET:
            field_dict["baseVersion"] = base_version
        if advanced_options is not UNSET:
            field_dict["advancedOptions"] = advanced_options
        if parser is not UNSET:
            field_dict["parser"] = parser
        if extraction_rules is not UNSET:
            field_dict["extractionRules"] = extraction_rules
        if schema is not UNSET:
            field_dict["schema"] = schema
        if fields is not UNSET:
            field_dict["fields"] = fields
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if classification_rules is not UNSET:
            field_dict["classificationRules"] = classification_rules
        if split_classifications is not UNSET:
            field_dict["splitClassifications"] = split_classifications
        if split_rules is not UNSET:
            field_dict["splitRules"] = split_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> ProcessorType | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_processor_type_processor_type = ProcessorType(data)

            return componentsschemas_processor_type_processor_type

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_base_processor(data: object) -> BaseProcessor | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_base_processor_base_processor = BaseProcessor(data)

            return componentsschemas_base_processor_base_processor

        base_processor = _parse_base_processor(d.pop("baseProcessor", UNSET))

        base_version = d.pop("baseVersion", UNSET)

        _advanced_options = d.pop("advancedOptions", UNSET)
        advanced_options: ProcessorAdvancedOptions | Unset
        if isinstance(_advanced_options, Unset):
            advanced_options = UNSET
        else:
            advanced_options = ProcessorAdvancedOptions.from_dict(_advanced_options)

        _parser = d.pop("parser", UNSET)
        parser: ParseConfig | Unset
        if isinstance(_parser, Unset):
            parser = UNSET
        else:
            parser = ParseConfig.from_dict(_parser)

        extraction_rules = d.pop("extractionRules", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: ProcessorConfigSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = ProcessorConfigSchema.from_dict(_schema)

        _fields = d.pop("fields", UNSET)
        fields: list[ExtractionField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = ExtractionField.from_dict(fields_item_data)

                fields.append(fields_item)

        _classifications = d.pop("classifications", UNSET)
        classifications: list[Classification] | Unset = UNSET
        if _classifications is not UNSET:
            classifications = []
            for classifications_item_data in _classifications:
                classifications_item = Classification.from_dict(classifications_item_data)

                classifications.append(classifications_item)

        classification_rules = d.pop("classificationRules", UNSET)

        _split_classifications = d.pop("splitClassifications", UNSET)
        split_classifications: list[Classification] | Unset = UNSET
        if _split_classifications is not UNSET:
            split_classifications = []
            for split_classifications_item_data in _split_classifications:
                split_classifications_item = Classification.from_dict(
                    split_classifications_item_data
                )

                split_classifications.append(split_classifications_item)

        split_rules = d.pop("splitRules", UNSET)

        _parsed = cls(
            type_=None if isinstance(type_, Unset) else type_,
            base_processor=None if isinstance(base_processor, Unset) else base_processor,
            base_version=None if isinstance(base_version, Unset) else base_version,
            advanced_options=None if isinstance(advanced_options, Unset) else advanced_options,
            parser=None if isinstance(parser, Unset) else parser,
            extraction_rules=None if isinstance(extraction_rules, Unset) else extraction_rules,
            schema=None if isinstance(schema, Unset) else schema,
            fields=None if isinstance(fields, Unset) else fields,
            classifications=None if isinstance(classifications, Unset) else classifications,
            classification_rules=None
            if isinstance(classification_rules, Unset)
            else classification_rules,
            split_classifications=None
            if isinstance(split_classifications, Unset)
            else split_classifications,
            split_rules=None if isinstance(split_rules, Unset) else split_rules,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("type_", self.type_),
            ("base_processor", self.base_processor),
            ("base_version", self.base_version),
            ("advanced_options", self.advanced_options),
            ("parser", self.parser),
            ("extraction_rules", self.extraction_rules),
            ("schema", self.schema),
            ("fields", self.fields),
            ("classifications", self.classifications),
            ("classification_rules", self.classification_rules),
            ("split_classifications", self.split_classifications),
            ("split_rules", self.split_rules),
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
from ..models.classification import Classification  # noqa: E402
from ..models.extraction_field import ExtractionField  # noqa: E402
from ..models.parse_config import ParseConfig  # noqa: E402
from ..models.processor_advanced_options import ProcessorAdvancedOptions  # noqa: E402
from ..models.processor_config_schema import ProcessorConfigSchema  # noqa: E402
