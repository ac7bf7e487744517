from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.parse_engine import ParseEngine
from ..models.parse_target import ParseTarget
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ParseConfig")


@_attrs_define(repr=False)
class ParseConfig:
    """How a file is parsed before it is processed (Extend's parse configuration); the defaults depend on the engine and
    its version. May gain new fields.

        Attributes:
            target (ParseTarget | None): The format parsed content is produced in. Open enum: new values may be added and
                must be
                accepted.

                - `markdown`: markdown in logical reading order (the best default for language models).
                - `spatial`: text laid out as on the page, using markdown elements for block types.
            chunking_strategy (ParseConfigChunkingStrategy | None): How a parsed document is divided into chunks. May gain
                new fields.
            engine (ParseEngine | None): The parsing engine. Open enum: new values may be added and must be accepted.

                - `parse_performance`: the full-featured, most accurate engine (the default).
                - `parse_light`: a lighter engine for high volumes at lower cost.
            engine_version (str | None): The engine version pinned for reproducibility; `latest` for the newest stable one
                (API version 2026-02-09).
            block_options (ParseConfigBlockOptions | None): How each kind of block found while parsing is treated, one
                object per kind. May gain new fields (and new kinds).
            advanced_options (ParseConfigAdvancedOptions | None): Advanced options of the parse configuration. May gain new
                fields.
    """

    target: ParseTarget | None = None
    chunking_strategy: ParseConfigChunkingStrategy | None = None
    engine: ParseEngine | None = None
    engine_version: str | None = None
    block_options: ParseConfigBlockOptions | None = None
    advanced_options: ParseConfigAdvancedOptions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _target = UNSET if self.target is None else self.target
        target: str | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = _target.value

        _chunking_strategy = UNSET if self.chunking_strategy is None else self.chunking_strategy
        chunking_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(_chunking_strategy, Unset):
            chunking_strategy = _chunking_strategy.to_dict()

        _engine = UNSET if self.engine is None else self.engine
        engine: str | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = _engine.value

        _engine_version = UNSET if self.engine_version is None else self.engine_version
        engine_version = _engine_version

        _block_options = UNSET if self.block_options is None else self.block_options
        block_options: dict[str, Any] | Unset = UNSET
        if not isinstance(_block_options, Unset):
            block_options = _block_options.to_dict()

        _advanced_options = UNSET if self.advanced_options is None else self.advanced_options
        advanced_options: dict[str, Any] | Unset = UNSET
        if not isinstance(_advanced_options, Unset):
            advanced_options = _advanced_options.to_dict()

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
            _at_ = "target"

            def _parse_target(data: object) -> ParseTarget | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_parse_target_parse_target = data
                        if not isinstance(_componentsschemas_parse_target_parse_target, str):
                            raise _JSONShapeError.wrong_type(
                                "a string", _componentsschemas_parse_target_parse_target
                            )
                        componentsschemas_parse_target_parse_target = ParseTarget(
                            _componentsschemas_parse_target_parse_target
                        )

                        return componentsschemas_parse_target_parse_target
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            target = _parse_target(d.pop("target", UNSET))

            _at_ = "chunkingStrategy"
            _chunking_strategy = d.pop("chunkingStrategy", UNSET)
            chunking_strategy: ParseConfigChunkingStrategy | Unset
            if isinstance(_chunking_strategy, Unset):
                chunking_strategy = UNSET
            else:
                chunking_strategy = ParseConfigChunkingStrategy.from_dict(_chunking_strategy)

            _at_ = "engine"

            def _parse_engine(data: object) -> ParseEngine | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_parse_engine_parse_engine = data
                        if not isinstance(_componentsschemas_parse_engine_parse_engine, str):
                            raise _JSONShapeError.wrong_type(
                                "a string", _componentsschemas_parse_engine_parse_engine
                            )
                        componentsschemas_parse_engine_parse_engine = ParseEngine(
                            _componentsschemas_parse_engine_parse_engine
                        )

                        return componentsschemas_parse_engine_parse_engine
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            engine = _parse_engine(d.pop("engine", UNSET))

            _at_ = "engineVersion"
            engine_version = d.pop("engineVersion", UNSET)
            if not isinstance(engine_version, str) and engine_version is not UNSET:
                raise _JSONShapeError.wrong_type("a string", engine_version)

            _at_ = "blockOptions"
            _block_options = d.pop("blockOptions", UNSET)
            block_options: ParseConfigBlockOptions | Unset
            if isinstance(_block_options, Unset):
                block_options = UNSET
            else:
                block_options = ParseConfigBlockOptions.from_dict(_block_options)

            _at_ = "advancedOptions"
            _advanced_options = d.pop("advancedOptions", UNSET)
            advanced_options: ParseConfigAdvancedOptions | Unset
            if isinstance(_advanced_options, Unset):
                advanced_options = UNSET
            else:
                advanced_options = ParseConfigAdvancedOptions.from_dict(_advanced_options)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            target=None if isinstance(target, Unset) else target,
            chunking_strategy=None if isinstance(chunking_strategy, Unset) else chunking_strategy,
            engine=None if isinstance(engine, Unset) else engine,
            engine_version=None if isinstance(engine_version, Unset) else engine_version,
            block_options=None if isinstance(block_options, Unset) else block_options,
            advanced_options=None if isinstance(advanced_options, Unset) else advanced_options,
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
            ("target", self.target),
            ("chunking_strategy", self.chunking_strategy),
            ("engine", self.engine),
            ("engine_version", self.engine_version),
            ("block_options", self.block_options),
            ("advanced_options", self.advanced_options),
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
from ..models.parse_config_advanced_options import ParseConfigAdvancedOptions  # noqa: E402
from ..models.parse_config_block_options import ParseConfigBlockOptions  # noqa: E402
from ..models.parse_config_chunking_strategy import ParseConfigChunkingStrategy  # noqa: E402
