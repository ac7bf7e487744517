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


@_attrs_define
class ProcessorConfig:
    """The configuration of a processor run (Extend's "Processor configs" page and SDK types).
    Extend publishes three configurations, discriminated by `type`: extraction (`EXTRACT`), classification (`CLASSIFY`)
    and
    splitting (`SPLITTER`). This schema declares the fields of all three (each says which
    types have it) instead of a discriminated union, so that a configuration of a
    processor type added later still parses. May gain new fields.

        Attributes:
            type_ (ProcessorType | Unset): The kind of processor. Open enum: new values may be added and must be accepted.

                - `EXTRACT`: extracts structured fields from a document.
                - `CLASSIFY`: assigns a document to one of a set of classes.
                - `SPLITTER`: splits a file into sub-documents.
            base_processor (BaseProcessor | Unset): The base processor (model family) a configuration uses. Open enum: new
                values may be
                added and must be accepted.

                - `extraction_performance`, `extraction_light`: for extraction.
                - `classification_performance`, `classification_light`: for classification.
                - `splitting_performance`, `splitting_light`: for splitting.
            base_version (str | Unset): The version of the base processor; the latest stable one when not given (all types).
            advanced_options (ProcessorAdvancedOptions | Unset): Advanced options of a processor configuration. Extend types
                one set per processor type;
                like `ProcessorConfig`, this schema declares the fields of all three, each description
                naming the types that have it. May gain new fields.
            parser (ParseConfig | Unset): How a file is parsed before it is processed (Extend's parse configuration); the
                defaults depend on the engine and its version. May gain new fields.
            extraction_rules (str | Unset): Custom extraction rules in natural language (`EXTRACT`).
            schema (ProcessorConfigSchema | Unset): The JSON Schema of the values to extract, written by the processor's
                owner: any JSON object (`EXTRACT`).
            fields (list[ExtractionField] | Unset): The fields to extract in the older field-list form (`EXTRACT`; Extend
                recommends `schema` instead, and a configuration has one or the other).
            classifications (list[Classification] | Unset): The classes a document can be assigned to (`CLASSIFY`).
            classification_rules (str | Unset): Custom classification rules in natural language (`CLASSIFY`).
            split_classifications (list[Classification] | Unset): The kinds of sub-document a file can be split into
                (`SPLITTER`).
            split_rules (str | Unset): Custom splitting rules in natural language (`SPLITTER`).
    """

    type_: ProcessorType | Unset = UNSET
    base_processor: BaseProcessor | Unset = UNSET
    base_version: str | Unset = UNSET
    advanced_options: ProcessorAdvancedOptions | Unset = UNSET
    parser: ParseConfig | Unset = UNSET
    extraction_rules: str | Unset = UNSET
    schema: ProcessorConfigSchema | Unset = UNSET
    fields: list[ExtractionField] | Unset = UNSET
    classifications: list[Classification] | Unset = UNSET
    classification_rules: str | Unset = UNSET
    split_classifications: list[Classification] | Unset = UNSET
    split_rules: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_.value

        base_processor: str | Unset
        if isinstance(self.base_processor, Unset):
            base_processor = UNSET
        else:
            base_processor = self.base_processor.value

        base_version = self.base_version

        advanced_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced_options, Unset):
            advanced_options = self.advanced_options.to_dict()

        parser: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parser, Unset):
            parser = self.parser.to_dict()

        extraction_rules = self.extraction_rules

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        classifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = []
            for classifications_item_data in self.classifications:
                classifications_item = classifications_item_data.to_dict()
                classifications.append(classifications_item)

        classification_rules = self.classification_rules

        split_classifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.split_classifications, Unset):
            split_classifications = []
            for split_classifications_item_data in self.split_classifications:
                split_classifications_item = split_classifications_item_data.to_dict()
                split_classifications.append(split_classifications_item)

        split_rules = self.split_rules

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
            type_=type_,
            base_processor=base_processor,
            base_version=base_version,
            advanced_options=advanced_options,
            parser=parser,
            extraction_rules=extraction_rules,
            schema=schema,
            fields=fields,
            classifications=classifications,
            classification_rules=classification_rules,
            split_classifications=split_classifications,
            split_rules=split_rules,
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
from ..models.classification import Classification  # noqa: E402
from ..models.extraction_field import ExtractionField  # noqa: E402
from ..models.parse_config import ParseConfig  # noqa: E402
from ..models.processor_advanced_options import ProcessorAdvancedOptions  # noqa: E402
from ..models.processor_config_schema import ProcessorConfigSchema  # noqa: E402
