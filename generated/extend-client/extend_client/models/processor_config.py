from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.base_processor import BaseProcessor
from ..models.processor_type import ProcessorType
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ProcessorConfig")


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
            _at_ = "type"

            def _parse_type_(data: object) -> ProcessorType | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_processor_type_processor_type = data
                        if not isinstance(_componentsschemas_processor_type_processor_type, str):
                            raise _JSONShapeError.wrong_type(
                                "a string", _componentsschemas_processor_type_processor_type
                            )
                        componentsschemas_processor_type_processor_type = ProcessorType(
                            _componentsschemas_processor_type_processor_type
                        )

                        return componentsschemas_processor_type_processor_type
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            type_ = _parse_type_(d.pop("type", UNSET))

            _at_ = "baseProcessor"

            def _parse_base_processor(data: object) -> BaseProcessor | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_base_processor_base_processor = data
                        if not isinstance(_componentsschemas_base_processor_base_processor, str):
                            raise _JSONShapeError.wrong_type(
                                "a string", _componentsschemas_base_processor_base_processor
                            )
                        componentsschemas_base_processor_base_processor = BaseProcessor(
                            _componentsschemas_base_processor_base_processor
                        )

                        return componentsschemas_base_processor_base_processor
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            base_processor = _parse_base_processor(d.pop("baseProcessor", UNSET))

            _at_ = "baseVersion"
            base_version = d.pop("baseVersion", UNSET)
            if not isinstance(base_version, str) and base_version is not UNSET:
                raise _JSONShapeError.wrong_type("a string", base_version)

            _at_ = "advancedOptions"
            _advanced_options = d.pop("advancedOptions", UNSET)
            advanced_options: ProcessorAdvancedOptions | Unset
            if isinstance(_advanced_options, Unset):
                advanced_options = UNSET
            else:
                advanced_options = ProcessorAdvancedOptions.from_dict(_advanced_options)

            _at_ = "parser"
            _parser = d.pop("parser", UNSET)
            parser: ParseConfig | Unset
            if isinstance(_parser, Unset):
                parser = UNSET
            else:
                parser = ParseConfig.from_dict(_parser)

            _at_ = "extractionRules"
            extraction_rules = d.pop("extractionRules", UNSET)
            if not isinstance(extraction_rules, str) and extraction_rules is not UNSET:
                raise _JSONShapeError.wrong_type("a string", extraction_rules)

            _at_ = "schema"
            _schema = d.pop("schema", UNSET)
            schema: ProcessorConfigSchema | Unset
            if isinstance(_schema, Unset):
                schema = UNSET
            else:
                schema = ProcessorConfigSchema.from_dict(_schema)

            _at_ = "fields"
            _fields = d.pop("fields", UNSET)
            fields: list[ExtractionField] | Unset = UNSET
            if not isinstance(_fields, Unset):
                if not isinstance(_fields, list):
                    raise _JSONShapeError.wrong_type("an array", _fields)
                fields = []
                for fields_item_index_, fields_item_data in enumerate(_fields):
                    try:
                        fields_item = ExtractionField.from_dict(fields_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(fields_item_index_) from None
                    fields.append(fields_item)

            _at_ = "classifications"
            _classifications = d.pop("classifications", UNSET)
            classifications: list[Classification] | Unset = UNSET
            if not isinstance(_classifications, Unset):
                if not isinstance(_classifications, list):
                    raise _JSONShapeError.wrong_type("an array", _classifications)
                classifications = []
                for classifications_item_index_, classifications_item_data in enumerate(
                    _classifications
                ):
                    try:
                        classifications_item = Classification.from_dict(classifications_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(classifications_item_index_) from None
                    classifications.append(classifications_item)

            _at_ = "classificationRules"
            classification_rules = d.pop("classificationRules", UNSET)
            if not isinstance(classification_rules, str) and classification_rules is not UNSET:
                raise _JSONShapeError.wrong_type("a string", classification_rules)

            _at_ = "splitClassifications"
            _split_classifications = d.pop("splitClassifications", UNSET)
            split_classifications: list[Classification] | Unset = UNSET
            if not isinstance(_split_classifications, Unset):
                if not isinstance(_split_classifications, list):
                    raise _JSONShapeError.wrong_type("an array", _split_classifications)
                split_classifications = []
                for split_classifications_item_index_, split_classifications_item_data in enumerate(
                    _split_classifications
                ):
                    try:
                        split_classifications_item = Classification.from_dict(
                            split_classifications_item_data
                        )

                    except _JSONShapeError as _error_:
                        raise _error_.within(split_classifications_item_index_) from None
                    split_classifications.append(split_classifications_item)

            _at_ = "splitRules"
            split_rules = d.pop("splitRules", UNSET)
            if not isinstance(split_rules, str) and split_rules is not UNSET:
                raise _JSONShapeError.wrong_type("a string", split_rules)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
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
