from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..models.extract_chunk_selection_strategy import ExtractChunkSelectionStrategy
from ..models.extract_chunking_strategy import ExtractChunkingStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessorAdvancedOptionsChunkingOptions")


@_attrs_define
class ProcessorAdvancedOptionsChunkingOptions:
    """How a document is chunked for extraction. May gain new fields.

    Attributes:
        chunking_strategy (ExtractChunkingStrategy | Unset): How an extraction chunks a document. Open enum: new values
            may be added and must be
            accepted.

            - `standard`: by pages.
            - `semantic`: by meaning.
        page_chunk_size (int | Unset): The number of pages in a chunk.
        chunk_selection_strategy (ExtractChunkSelectionStrategy | Unset): How an extraction chooses between chunks. Open
            enum: new values may be added and must be
            accepted.

            - `intelligent`: the model decides.
            - `confidence`: the most confident chunk.
            - `take_first`, `take_last`: the first or the last chunk.
        custom_semantic_chunking_rules (str | Unset): Rules, in natural language, for semantic chunking.
    """

    chunking_strategy: ExtractChunkingStrategy | Unset = UNSET
    page_chunk_size: int | Unset = UNSET
    chunk_selection_strategy: ExtractChunkSelectionStrategy | Unset = UNSET
    custom_semantic_chunking_rules: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chunking_strategy: str | Unset
        if isinstance(self.chunking_strategy, Unset):
            chunking_strategy = UNSET
        else:
            chunking_strategy = self.chunking_strategy.value

        page_chunk_size = self.page_chunk_size

        chunk_selection_strategy: str | Unset
        if isinstance(self.chunk_selection_strategy, Unset):
            chunk_selection_strategy = UNSET
        else:
            chunk_selection_strategy = self.chunk_selection_strategy.value

        custom_semantic_chunking_rules = self.custom_semantic_chunking_rules

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_chunking_strategy(data: object) -> ExtractChunkingStrategy | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_extract_chunking_strategy_extract_chunking_strategy = (
                ExtractChunkingStrategy(data)
            )

            return componentsschemas_extract_chunking_strategy_extract_chunking_strategy

        chunking_strategy = _parse_chunking_strategy(d.pop("chunkingStrategy", UNSET))

        page_chunk_size = d.pop("pageChunkSize", UNSET)

        def _parse_chunk_selection_strategy(data: object) -> ExtractChunkSelectionStrategy | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_extract_chunk_selection_strategy_extract_chunk_selection_strategy = (
                ExtractChunkSelectionStrategy(data)
            )

            return (
                componentsschemas_extract_chunk_selection_strategy_extract_chunk_selection_strategy
            )

        chunk_selection_strategy = _parse_chunk_selection_strategy(
            d.pop("chunkSelectionStrategy", UNSET)
        )

        custom_semantic_chunking_rules = d.pop("customSemanticChunkingRules", UNSET)

        _parsed = cls(
            chunking_strategy=chunking_strategy,
            page_chunk_size=page_chunk_size,
            chunk_selection_strategy=chunk_selection_strategy,
            custom_semantic_chunking_rules=custom_semantic_chunking_rules,
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
