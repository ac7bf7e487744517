from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.extract_chunk_selection_strategy import ExtractChunkSelectionStrategy
from ..models.extract_chunking_strategy import ExtractChunkingStrategy
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ProcessorAdvancedOptionsChunkingOptions")


@_attrs_define(repr=False)
class ProcessorAdvancedOptionsChunkingOptions:
    """How a document is chunked for extraction. May gain new fields.

    Attributes:
        chunking_strategy (ExtractChunkingStrategy | None): How an extraction chunks a document. Open enum: new values
            may be added and must be
            accepted.

            - `standard`: by pages.
            - `semantic`: by meaning.
        page_chunk_size (int | None): The number of pages in a chunk.
        chunk_selection_strategy (ExtractChunkSelectionStrategy | None): How an extraction chooses between chunks. Open
            enum: new values may be added and must be
            accepted.

            - `intelligent`: the model decides.
            - `confidence`: the most confident chunk.
            - `take_first`, `take_last`: the first or the last chunk.
        custom_semantic_chunking_rules (str | None): Rules, in natural language, for semantic chunking.
    """

    chunking_strategy: ExtractChunkingStrategy | None = None
    page_chunk_size: int | None = None
    chunk_selection_strategy: ExtractChunkSelectionStrategy | None = None
    custom_semantic_chunking_rules: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _chunking_strategy = UNSET if self.chunking_strategy is None else self.chunking_strategy
        chunking_strategy: str | Unset
        if isinstance(_chunking_strategy, Unset):
            chunking_strategy = UNSET
        else:
            chunking_strategy = _chunking_strategy.value

        _page_chunk_size = UNSET if self.page_chunk_size is None else self.page_chunk_size
        page_chunk_size = _page_chunk_size

        _chunk_selection_strategy = (
            UNSET if self.chunk_selection_strategy is None else self.chunk_selection_strategy
        )
        chunk_selection_strategy: str | Unset
        if isinstance(_chunk_selection_strategy, Unset):
            chunk_selection_strategy = UNSET
        else:
            chunk_selection_strategy = _chunk_selection_strategy.value

        _custom_semantic_chunking_rules = (
            UNSET
            if self.custom_semantic_chunking_rules is None
            else self.custom_semantic_chunking_rules
        )
        custom_semantic_chunking_rules = _custom_semantic_chunking_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chunking_strategy is not UNSET:
            field_dict["chunkingStrategy"] = chunking_strategy
        if page_chunk_size is not UNSET:
            field_dict["pageChunkSize"] = page_chunk_size
        if chunk_selection_strategy is not UNSET:
            field_dict["chunkSelectionStrategy"] = chunk_selection_strategy
        if custom_semantic_chunking_rules is not UNSET:
            field_dict["customSemanticChunkingRules"] = custom_semantic_chunking_rules

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
            _at_ = "chunkingStrategy"

            def _parse_chunking_strategy(data: object) -> ExtractChunkingStrategy | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_extract_chunking_strategy_extract_chunking_strategy = (
                            data
                        )
                        if not isinstance(
                            _componentsschemas_extract_chunking_strategy_extract_chunking_strategy,
                            str,
                        ):
                            raise _JSONShapeError.wrong_type(
                                "a string",
                                _componentsschemas_extract_chunking_strategy_extract_chunking_strategy,
                            )
                        componentsschemas_extract_chunking_strategy_extract_chunking_strategy = ExtractChunkingStrategy(
                            _componentsschemas_extract_chunking_strategy_extract_chunking_strategy
                        )

                        return componentsschemas_extract_chunking_strategy_extract_chunking_strategy
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            chunking_strategy = _parse_chunking_strategy(d.pop("chunkingStrategy", UNSET))

            _at_ = "pageChunkSize"
            page_chunk_size = d.pop("pageChunkSize", UNSET)
            if (
                not (isinstance(page_chunk_size, int) and not isinstance(page_chunk_size, bool))
                and page_chunk_size is not UNSET
            ):
                raise _JSONShapeError.wrong_type("an integer", page_chunk_size)

            _at_ = "chunkSelectionStrategy"

            def _parse_chunk_selection_strategy(
                data: object,
            ) -> ExtractChunkSelectionStrategy | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_extract_chunk_selection_strategy_extract_chunk_selection_strategy = data
                        if not isinstance(
                            _componentsschemas_extract_chunk_selection_strategy_extract_chunk_selection_strategy,
                            str,
                        ):
                            raise _JSONShapeError.wrong_type(
                                "a string",
                                _componentsschemas_extract_chunk_selection_strategy_extract_chunk_selection_strategy,
                            )
                        componentsschemas_extract_chunk_selection_strategy_extract_chunk_selection_strategy = ExtractChunkSelectionStrategy(
                            _componentsschemas_extract_chunk_selection_strategy_extract_chunk_selection_strategy
                        )

                        return componentsschemas_extract_chunk_selection_strategy_extract_chunk_selection_strategy
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            chunk_selection_strategy = _parse_chunk_selection_strategy(
                d.pop("chunkSelectionStrategy", UNSET)
            )

            _at_ = "customSemanticChunkingRules"
            custom_semantic_chunking_rules = d.pop("customSemanticChunkingRules", UNSET)
            if (
                not isinstance(custom_semantic_chunking_rules, str)
                and custom_semantic_chunking_rules is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a string", custom_semantic_chunking_rules)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            chunking_strategy=None if isinstance(chunking_strategy, Unset) else chunking_strategy,
            page_chunk_size=None if isinstance(page_chunk_size, Unset) else page_chunk_size,
            chunk_selection_strategy=None
            if isinstance(chunk_selection_strategy, Unset)
            else chunk_selection_strategy,
            custom_semantic_chunking_rules=None
            if isinstance(custom_semantic_chunking_rules, Unset)
            else custom_semantic_chunking_rules,
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
            ("chunking_strategy", self.chunking_strategy),
            ("page_chunk_size", self.page_chunk_size),
            ("chunk_selection_strategy", self.chunk_selection_strategy),
            ("custom_semantic_chunking_rules", self.custom_semantic_chunking_rules),
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
