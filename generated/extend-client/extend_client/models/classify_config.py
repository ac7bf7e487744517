from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.base_processor import BaseProcessor
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ClassifyConfig")


@_attrs_define(repr=False)
class ClassifyConfig:
    """The configuration of a classify run. May gain new fields.

    Attributes:
        base_processor (BaseProcessor | None): The base processor (model family) a configuration uses. Open enum: new
            values may be
            added and must be accepted.

            - `extraction_performance`, `extraction_light`: for extraction.
            - `classification_performance`, `classification_light`: for classification.
            - `splitting_performance`, `splitting_light`: for splitting.
        base_version (str | None): The base processor's version; the latest stable one when not given.
        classifications (list[Classification] | None): The classes a document can be assigned to.
        classification_rules (str | None): Custom classification rules in natural language.
        advanced_options (ClassifyAdvancedOptions | None): Advanced options of a classify run's configuration. May gain
            new fields.
        parse_config (ParseConfig | None): How a file is parsed before it is processed (Extend's parse configuration);
            the defaults depend on the engine and its version. May gain new fields.
    """

    base_processor: BaseProcessor | None = None
    base_version: str | None = None
    classifications: list[Classification] | None = None
    classification_rules: str | None = None
    advanced_options: ClassifyAdvancedOptions | None = None
    parse_config: ParseConfig | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _base_processor = UNSET if self.base_processor is None else self.base_processor
        base_processor: str | Unset
        if isinstance(_base_processor, Unset):
            base_processor = UNSET
        else:
            base_processor = _base_processor.value

        _base_version = UNSET if self.base_version is None else self.base_version
        base_version = _base_version

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

        _advanced_options = UNSET if self.advanced_options is None else self.advanced_options
        advanced_options: dict[str, Any] | Unset = UNSET
        if not isinstance(_advanced_options, Unset):
            advanced_options = _advanced_options.to_dict()

        _parse_config = UNSET if self.parse_config is None else self.parse_config
        parse_config: dict[str, Any] | Unset = UNSET
        if not isinstance(_parse_config, Unset):
            parse_config = _parse_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_processor is not UNSET:
            field_dict["baseProcessor"] = base_processor
        if base_version is not UNSET:
            field_dict["baseVersion"] = base_version
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if classification_rules is not UNSET:
            field_dict["classificationRules"] = classification_rules
        if advanced_options is not UNSET:
            field_dict["advancedOptions"] = advanced_options
        if parse_config is not UNSET:
            field_dict["parseConfig"] = parse_config

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

            _at_ = "advancedOptions"
            _advanced_options = d.pop("advancedOptions", UNSET)
            advanced_options: ClassifyAdvancedOptions | Unset
            if isinstance(_advanced_options, Unset):
                advanced_options = UNSET
            else:
                advanced_options = ClassifyAdvancedOptions.from_dict(_advanced_options)

            _at_ = "parseConfig"
            _parse_config = d.pop("parseConfig", UNSET)
            parse_config: ParseConfig | Unset
            if isinstance(_parse_config, Unset):
                parse_config = UNSET
            else:
                parse_config = ParseConfig.from_dict(_parse_config)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            base_processor=None if isinstance(base_processor, Unset) else base_processor,
            base_version=None if isinstance(base_version, Unset) else base_version,
            classifications=None if isinstance(classifications, Unset) else classifications,
            classification_rules=None
            if isinstance(classification_rules, Unset)
            else classification_rules,
            advanced_options=None if isinstance(advanced_options, Unset) else advanced_options,
            parse_config=None if isinstance(parse_config, Unset) else parse_config,
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
            ("base_processor", self.base_processor),
            ("base_version", self.base_version),
            ("classifications", self.classifications),
            ("classification_rules", self.classification_rules),
            ("advanced_options", self.advanced_options),
            ("parse_config", self.parse_config),
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
from ..models.classify_advanced_options import ClassifyAdvancedOptions  # noqa: E402
from ..models.parse_config import ParseConfig  # noqa: E402
