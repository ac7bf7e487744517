from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..models.array_citation_strategy import ArrayCitationStrategy
from ..models.classify_context import ClassifyContext
from ..models.excel_sheet_selection_strategy import ExcelSheetSelectionStrategy
from ..models.split_method import SplitMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessorAdvancedOptions")


@_attrs_define
class ProcessorAdvancedOptions:
    """Advanced options of a processor configuration. Extend types one set per processor type;
    like `ProcessorConfig`, this schema declares the fields of all three, each description
    naming the types that have it. May gain new fields.

        Attributes:
            context (ClassifyContext | Unset): How much context the classifier uses. Open enum: new values may be added and
                must be
                accepted.

                - `default`: the standard context.
                - `max`: the largest context.
            advanced_multimodal_enabled (bool | Unset): Whether visual elements get the advanced multimodal treatment
                (`CLASSIFY`, `EXTRACT`).
            fixed_page_limit (int | Unset): Only this many pages from the start are processed (all types; deprecated for
                `EXTRACT` in favour of `pageRanges`).
            page_ranges (list[PageRange] | Unset): The page ranges to process (all types).
            document_kind (str | Unset): Deprecated by Extend in favour of `extractionRules` (`EXTRACT`).
            key_definitions (str | Unset): Deprecated by Extend in favour of `extractionRules` (`EXTRACT`).
            model_reasoning_insights_enabled (bool | Unset): Whether the model's reasoning is returned as insights
                (`EXTRACT`).
            citations_enabled (bool | Unset): Whether extracted values carry citations (`EXTRACT`).
            array_citation_strategy (ArrayCitationStrategy | Unset): How finely array values are cited. Open enum: new
                values may be added and must be
                accepted.

                - `item`: one citation per array item.
                - `property`: one citation per property of each item.
            advanced_figure_parsing_enabled (bool | Unset): Whether figures get advanced parsing (`EXTRACT`).
            review_agent (ProcessorAdvancedOptionsReviewAgent | Unset): The review agent of an extraction (costs extra
                credits). May gain new fields.
            array_strategy (ProcessorAdvancedOptionsArrayStrategy | Unset): How an extraction handles very large arrays. May
                gain new fields.
            chunking_options (ProcessorAdvancedOptionsChunkingOptions | Unset): How a document is chunked for extraction.
                May gain new fields.
            excel_sheet_ranges (list[ExcelSheetRange] | Unset): The ranges of sheets to extract from spreadsheets
                (`EXTRACT`).
            excel_sheet_selection_strategy (ExcelSheetSelectionStrategy | Unset): Which sheets of a spreadsheet are read.
                Open enum: new values may be added and must be
                accepted.

                - `intelligent`: the sheets the model judges relevant.
                - `all`, `first`, `last`: every sheet, the first one, the last one.
            split_identifier_rules (str | Unset): Custom rules for finding split points (`SPLITTER`).
            split_method (SplitMethod | Unset): How a splitter splits. Open enum: new values may be added and must be
                accepted.

                - `high_precision`: more accurate, slower.
                - `low_latency`: faster.
            split_excel_documents_by_sheet_enabled (bool | Unset): Whether spreadsheets are split by worksheet (`SPLITTER`).
    """

    context: ClassifyContext | Unset = UNSET
    advanced_multimodal_enabled: bool | Unset = UNSET
    fixed_page_limit: int | Unset = UNSET
    page_ranges: list[PageRange] | Unset = UNSET
    document_kind: str | Unset = UNSET
    key_definitions: str | Unset = UNSET
    model_reasoning_insights_enabled: bool | Unset = UNSET
    citations_enabled: bool | Unset = UNSET
    array_citation_strategy: ArrayCitationStrategy | Unset = UNSET
    advanced_figure_parsing_enabled: bool | Unset = UNSET
    review_agent: ProcessorAdvancedOptionsReviewAgent | Unset = UNSET
    array_strategy: ProcessorAdvancedOptionsArrayStrategy | Unset = UNSET
    chunking_options: ProcessorAdvancedOptionsChunkingOptions | Unset = UNSET
    excel_sheet_ranges: list[ExcelSheetRange] | Unset = UNSET
    excel_sheet_selection_strategy: ExcelSheetSelectionStrategy | Unset = UNSET
    split_identifier_rules: str | Unset = UNSET
    split_method: SplitMethod | Unset = UNSET
    split_excel_documents_by_sheet_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context: str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        else:
            context = self.context.value

        advanced_multimodal_enabled = self.advanced_multimodal_enabled

        fixed_page_limit = self.fixed_page_limit

        page_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.page_ranges, Unset):
            page_ranges = []
            for page_ranges_item_data in self.page_ranges:
                page_ranges_item = page_ranges_item_data.to_dict()
                page_ranges.append(page_ranges_item)

        document_kind = self.document_kind

        key_definitions = self.key_definitions

        model_reasoning_insights_enabled = self.model_reasoning_insights_enabled

        citations_enabled = self.citations_enabled

        array_citation_strategy: str | Unset
        if isinstance(self.array_citation_strategy, Unset):
            array_citation_strategy = UNSET
        else:
            array_citation_strategy = self.array_citation_strategy.value

        advanced_figure_parsing_enabled = self.advanced_figure_parsing_enabled

        review_agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review_agent, Unset):
            review_agent = self.review_agent.to_dict()

        array_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.array_strategy, Unset):
            array_strategy = self.array_strategy.to_dict()

        chunking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chunking_options, Unset):
            chunking_options = self.chunking_options.to_dict()

        excel_sheet_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.excel_sheet_ranges, Unset):
            excel_sheet_ranges = []
            for excel_sheet_ranges_item_data in self.excel_sheet_ranges:
                excel_sheet_ranges_item = excel_sheet_ranges_item_data.to_dict()
                excel_sheet_ranges.append(excel_sheet_ranges_item)

        excel_sheet_selection_strategy: str | Unset
        if isinstance(self.excel_sheet_selection_strategy, Unset):
            excel_sheet_selection_strategy = UNSET
        else:
            excel_sheet_selection_strategy = self.excel_sheet_selection_strategy.value

        split_identifier_rules = self.split_identifier_rules

        split_method: str | Unset
        if isinstance(self.split_method, Unset):
            split_method = UNSET
        else:
            split_method = self.split_method.value

        split_excel_documents_by_sheet_enabled = self.split_excel_documents_by_sheet_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context is not UNSET:
            field_dict["context"] = context
        if advanced_multimodal_enabled is not UNSET:
            field_dict["advancedMultimodalEnabled"] = advanced_multimodal_enabled
        if fixed_page_limit is not UNSET:
            field_dict["fixedPageLimit"] = fixed_page_limit
        if page_ranges is not UNSET:
            field_dict["pageRanges"] = page_ranges
        if document_kind is not UNSET:
            field_dict["documentKind"] = document_kind
        if key_definitions is not UNSET:
            field_dict["keyDefinitions"] = key_definitions
        if model_reasoning_insights_enabled is not UNSET:
            field_dict["modelReasoningInsightsEnabled"] = model_reasoning_insights_enabled
        if citations_enabled is not UNSET:
            field_dict["citationsEnabled"] = citations_enabled
        if array_citation_strategy is not UNSET:
            field_dict["arrayCitationStrategy"] = array_citation_strategy
        if advanced_figure_parsing_enabled is not UNSET:
            field_dict["advancedFigureParsingEnabled"] = advanced_figure_parsing_enabled
        if review_agent is not UNSET:
            field_dict["reviewAgent"] = review_agent
        if array_strategy is not UNSET:
            field_dict["arrayStrategy"] = array_strategy
        if chunking_options is not UNSET:
            field_dict["chunkingOptions"] = chunking_options
        if excel_sheet_ranges is not UNSET:
            field_dict["excelSheetRanges"] = excel_sheet_ranges
        if excel_sheet_selection_strategy is not UNSET:
            field_dict["excelSheetSelectionStrategy"] = excel_sheet_selection_strategy
        if split_identifier_rules is not UNSET:
            field_dict["splitIdentifierRules"] = split_identifier_rules
        if split_method is not UNSET:
            field_dict["splitMethod"] = split_method
        if split_excel_documents_by_sheet_enabled is not UNSET:
            field_dict["splitExcelDocumentsBySheetEnabled"] = split_excel_documents_by_sheet_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_context(data: object) -> ClassifyContext | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_classify_context_classify_context = ClassifyContext(data)

            return componentsschemas_classify_context_classify_context

        context = _parse_context(d.pop("context", UNSET))

        advanced_multimodal_enabled = d.pop("advancedMultimodalEnabled", UNSET)

        fixed_page_limit = d.pop("fixedPageLimit", UNSET)

        _page_ranges = d.pop("pageRanges", UNSET)
        page_ranges: list[PageRange] | Unset = UNSET
        if _page_ranges is not UNSET:
            page_ranges = []
            for page_ranges_item_data in _page_ranges:
                page_ranges_item = PageRange.from_dict(page_ranges_item_data)

                page_ranges.append(page_ranges_item)

        document_kind = d.pop("documentKind", UNSET)

        key_definitions = d.pop("keyDefinitions", UNSET)

        model_reasoning_insights_enabled = d.pop("modelReasoningInsightsEnabled", UNSET)

        citations_enabled = d.pop("citationsEnabled", UNSET)

        def _parse_array_citation_strategy(data: object) -> ArrayCitationStrategy | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_array_citation_strategy_array_citation_strategy = (
                ArrayCitationStrategy(data)
            )

            return componentsschemas_array_citation_strategy_array_citation_strategy

        array_citation_strategy = _parse_array_citation_strategy(
            d.pop("arrayCitationStrategy", UNSET)
        )

        advanced_figure_parsing_enabled = d.pop("advancedFigureParsingEnabled", UNSET)

        _review_agent = d.pop("reviewAgent", UNSET)
        review_agent: ProcessorAdvancedOptionsReviewAgent | Unset
        if isinstance(_review_agent, Unset):
            review_agent = UNSET
        else:
            review_agent = ProcessorAdvancedOptionsReviewAgent.from_dict(_review_agent)

        _array_strategy = d.pop("arrayStrategy", UNSET)
        array_strategy: ProcessorAdvancedOptionsArrayStrategy | Unset
        if isinstance(_array_strategy, Unset):
            array_strategy = UNSET
        else:
            array_strategy = ProcessorAdvancedOptionsArrayStrategy.from_dict(_array_strategy)

        _chunking_options = d.pop("chunkingOptions", UNSET)
        chunking_options: ProcessorAdvancedOptionsChunkingOptions | Unset
        if isinstance(_chunking_options, Unset):
            chunking_options = UNSET
        else:
            chunking_options = ProcessorAdvancedOptionsChunkingOptions.from_dict(_chunking_options)

        _excel_sheet_ranges = d.pop("excelSheetRanges", UNSET)
        excel_sheet_ranges: list[ExcelSheetRange] | Unset = UNSET
        if _excel_sheet_ranges is not UNSET:
            excel_sheet_ranges = []
            for excel_sheet_ranges_item_data in _excel_sheet_ranges:
                excel_sheet_ranges_item = ExcelSheetRange.from_dict(excel_sheet_ranges_item_data)

                excel_sheet_ranges.append(excel_sheet_ranges_item)

        def _parse_excel_sheet_selection_strategy(
            data: object,
        ) -> ExcelSheetSelectionStrategy | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_excel_sheet_selection_strategy_excel_sheet_selection_strategy = (
                ExcelSheetSelectionStrategy(data)
            )

            return componentsschemas_excel_sheet_selection_strategy_excel_sheet_selection_strategy

        excel_sheet_selection_strategy = _parse_excel_sheet_selection_strategy(
            d.pop("excelSheetSelectionStrategy", UNSET)
        )

        split_identifier_rules = d.pop("splitIdentifierRules", UNSET)

        def _parse_split_method(data: object) -> SplitMethod | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_split_method_split_method = SplitMethod(data)

            return componentsschemas_split_method_split_method

        split_method = _parse_split_method(d.pop("splitMethod", UNSET))

        split_excel_documents_by_sheet_enabled = d.pop("splitExcelDocumentsBySheetEnabled", UNSET)

        _parsed = cls(
            context=context,
            advanced_multimodal_enabled=advanced_multimodal_enabled,
            fixed_page_limit=fixed_page_limit,
            page_ranges=page_ranges,
            document_kind=document_kind,
            key_definitions=key_definitions,
            model_reasoning_insights_enabled=model_reasoning_insights_enabled,
            citations_enabled=citations_enabled,
            array_citation_strategy=array_citation_strategy,
            advanced_figure_parsing_enabled=advanced_figure_parsing_enabled,
            review_agent=review_agent,
            array_strategy=array_strategy,
            chunking_options=chunking_options,
            excel_sheet_ranges=excel_sheet_ranges,
            excel_sheet_selection_strategy=excel_sheet_selection_strategy,
            split_identifier_rules=split_identifier_rules,
            split_method=split_method,
            split_excel_documents_by_sheet_enabled=split_excel_documents_by_sheet_enabled,
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
from ..models.excel_sheet_range import ExcelSheetRange  # noqa: E402
from ..models.page_range import PageRange  # noqa: E402
from ..models.processor_advanced_options_array_strategy import ProcessorAdvancedOptionsArrayStrategy  # noqa: E402
from ..models.processor_advanced_options_chunking_options import (
    ProcessorAdvancedOptionsChunkingOptions,  # noqa: E402
)
from ..models.processor_advanced_options_review_agent import ProcessorAdvancedOptionsReviewAgent  # noqa: E402
