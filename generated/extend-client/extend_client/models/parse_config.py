from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..models.parse_engine import ParseEngine
from ..models.parse_target import ParseTarget
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParseConfig")


@_attrs_define
class ParseConfig:
    """How a file is parsed before it is processed (Extend's parse configuration); the defaults depend on the engine and
    its version. May gain new fields.

        Attributes:
            target (ParseTarget | Unset): The format parsed content is produced in. Open enum: new values may be added and
                must be
                accepted.

                - `markdown`: markdown in logical reading order (the best default for language models).
                - `spatial`: text laid out as on the page, using markdown elements for block types.
            chunking_strategy (ParseConfigChunkingStrategy | Unset): How a parsed document is divided into chunks. May gain
                new fields.
            engine (ParseEngine | Unset): The parsing engine. Open enum: new values may be added and must be accepted.

                - `parse_performance`: the full-featured, most accurate engine (the default).
                - `parse_light`: a lighter engine for high volumes at lower cost.
            engine_version (str | Unset): The engine version pinned for reproducibility; `latest` for the newest stable one
                (API version 2026-02-09).
            block_options (ParseConfigBlockOptions | Unset): How each kind of block found while parsing is treated, one
                object per kind. May gain new fields (and new kinds).
            advanced_options (ParseConfigAdvancedOptions | Unset): Advanced options of the parse configuration. May gain new
                fields.
    """

    target: ParseTarget | Unset = UNSET
    chunking_strategy: ParseConfigChunkingStrategy | Unset = UNSET
    engine: ParseEngine | Unset = UNSET
    engine_version: str | Unset = UNSET
    block_options: ParseConfigBlockOptions | Unset = UNSET
    advanced_options: ParseConfigAdvancedOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target: str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target.value

        chunking_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chunking_strategy, Unset):
            chunking_strategy = self.chunking_strategy.to_dict()

        engine: str | Unset
        if isinstance(self.engine, Unset):
            engine = UNSET
        else:
            engine = self.engine.value

        engine_version = self.engine_version

        block_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block_options, Unset):
            block_options = self.block_options.to_dict()

        advanced_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced_options, Unset):
            advanced_options = self.advanced_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["target"] = target
        if chunking_strategy is not UNSET:
            field_dict["chunkingStrategy"] = chunking_strategy
        if engine is not UNSET:
            field_dict["engine"] = engine
        if engine_version is not UNSET:
            field_dict["engineVersion"] = engine_version
        if block_options is not UNSET:
            field_dict["blockOptions"] = block_options
        if advanced_options is not UNSET:
            field_dict["advancedOptions"] = advanced_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_target(data: object) -> ParseTarget | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_parse_target_parse_target = ParseTarget(data)

            return componentsschemas_parse_target_parse_target

        target = _parse_target(d.pop("target", UNSET))

        _chunking_strategy = d.pop("chunkingStrategy", UNSET)
        chunking_strategy: ParseConfigChunkingStrategy | Unset
        if isinstance(_chunking_strategy, Unset):
            chunking_strategy = UNSET
        else:
            chunking_strategy = ParseConfigChunkingStrategy.from_dict(_chunking_strategy)

        def _parse_engine(data: object) -> ParseEngine | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_parse_engine_parse_engine = ParseEngine(data)

            return componentsschemas_parse_engine_parse_engine

        engine = _parse_engine(d.pop("engine", UNSET))

        engine_version = d.pop("engineVersion", UNSET)

        _block_options = d.pop("blockOptions", UNSET)
        block_options: ParseConfigBlockOptions | Unset
        if isinstance(_block_options, Unset):
            block_options = UNSET
        else:
            block_options = ParseConfigBlockOptions.from_dict(_block_options)

        _advanced_options = d.pop("advancedOptions", UNSET)
        advanced_options: ParseConfigAdvancedOptions | Unset
        if isinstance(_advanced_options, Unset):
            advanced_options = UNSET
        else:
            advanced_options = ParseConfigAdvancedOptions.from_dict(_advanced_options)

        _parsed = cls(
            target=target,
            chunking_strategy=chunking_strategy,
            engine=engine,
            engine_version=engine_version,
            block_options=block_options,
            advanced_options=advanced_options,
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
from ..models.parse_config_advanced_options import ParseConfigAdvancedOptions  # noqa: E402
from ..models.parse_config_block_options import ParseConfigBlockOptions  # noqa: E402
from ..models.parse_config_chunking_strategy import ParseConfigChunkingStrategy  # noqa: E402
