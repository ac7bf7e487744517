from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.array_citation_strategy import ArrayCitationStrategy
from ..models.classify_context import ClassifyContext
from ..models.excel_sheet_selection_strategy import ExcelSheetSelectionStrategy
from ..models.split_method import SplitMethod
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ProcessorAdvancedOptions")


@_attrs_define(repr=False)
class ProcessorAdvancedOptions:
    """Advanced options of a processor configuration. Extend types one set per processor type;
    like `ProcessorConfig`, this schema declares the fields of all three, each description
    naming the types that have it. May gain new fields.

        Attributes:
            context (ClassifyContext | None): How much context the classifier uses. Open enum: new values may be added and
                must be
                accepted.

                - `default`: the standard context.
                - `max`: the largest context.
            advanced_multimodal_enabled (bool | None): Whether visual elements get the advanced multimodal treatment
                (`CLASSIFY`, `EXTRACT`).
            fixed_page_limit (int | None): Only this many pages from the start are processed (all types; deprecated for
                `EXTRACT` in favour of `pageRanges`).
            page_ranges (list[PageRange] | None): The page ranges to process (all types).
            document_kind (str | None): Deprecated by Extend in favour of `extractionRules` (`EXTRACT`).
            key_definitions (str | None): Deprecated by Extend in favour of `extractionRules` (`EXTRACT`).
            model_reasoning_insights_enabled (bool | None): Whether the model's reasoning is returned as insights
                (`EXTRACT`).
            citations_enabled (bool | None): Whether extracted values carry citations (`EXTRACT`).
            array_citation_strategy (ArrayCitationStrategy | None): How finely array values are cited. Open enum: new values
                may be added and must be
                accepted.

                - `item`: one citation per array item.
                - `property`: one citation per property of each item.
            advanced_figure_parsing_enabled (bool | None): Whether figures get advanced parsing (`EXTRACT`).
            review_agent (ProcessorAdvancedOptionsReviewAgent | None): The review agent of an extraction (costs extra
                credits). May gain new fields.
            array_strategy (ProcessorAdvancedOptionsArrayStrategy | None): How an extraction handles very large arrays. May
                gain new fields.
            chunking_options (ProcessorAdvancedOptionsChunkingOptions | None): How a document is chunked for extraction. May
                gain new fields.
            excel_sheet_ranges (list[ExcelSheetRange] | None): The ranges of sheets to extract from spreadsheets
                (`EXTRACT`).
            excel_sheet_selection_strategy (ExcelSheetSelectionStrategy | None): Which sheets of a spreadsheet are read.
                Open enum: new values may be added and must be
                accepted.

                - `intelligent`: the sheets the model judges relevant.
                - `all`, `first`, `last`: every sheet, the first one, the last one.
            split_identifier_rules (str | None): Custom rules for finding split points (`SPLITTER`).
            split_method (SplitMethod | None): How a splitter splits. Open enum: new values may be added and must be
                accepted.

                - `high_precision`: more accurate, slower.
                - `low_latency`: faster.
            split_excel_documents_by_sheet_enabled (bool | None): Whether spreadsheets are split by worksheet (`SPLITTER`).
    """

    context: ClassifyContext | None = None
    advanced_multimodal_enabled: bool | None = None
    fixed_page_limit: int | None = None
    page_ranges: list[PageRange] | None = None
    document_kind: str | None = None
    key_definitions: str | None = None
    model_reasoning_insights_enabled: bool | None = None
    citations_enabled: bool | None = None
    array_citation_strategy: ArrayCitationStrategy | None = None
    advanced_figure_parsing_enabled: bool | None = None
    review_agent: ProcessorAdvancedOptionsReviewAgent | None = None
    array_strategy: ProcessorAdvancedOptionsArrayStrategy | None = None
    chunking_options: ProcessorAdvancedOptionsChunkingOptions | None = None
    excel_sheet_ranges: list[ExcelSheetRange] | None = None
    excel_sheet_selection_strategy: ExcelSheetSelectionStrategy | None = None
    split_identifier_rules: str | None = None
    split_method: SplitMethod | None = None
    split_excel_documents_by_sheet_enabled: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _context = UNSET if self.context is None else self.context
        context: str | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = _context.value

        _advanced_multimodal_enabled = (
            UNSET if self.advanced_multimodal_enabled is None else self.advanced_multimodal_enabled
        )
        advanced_multimodal_enabled = _advanced_multimodal_enabled

        _fixed_page_limit = UNSET if self.fixed_page_limit is None else self.fixed_page_limit
        fixed_page_limit = _fixed_page_limit

        _page_ranges = UNSET if self.page_ranges is None else self.page_ranges
        page_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_page_ranges, Unset):
            page_ranges = []
            for page_ranges_item_data in _page_ranges:
                page_ranges_item = page_ranges_item_data.to_dict()
                page_ranges.append(page_ranges_item)

        _document_kind = UNSET if self.document_kind is None else self.document_kind
        document_kind = _document_kind

        _key_definitions = UNSET if self.key_definitions is None else self.key_definitions
        key_definitions = _key_definitions

        _model_reasoning_insights_enabled = (
            UNSET
            if self.model_reasoning_insights_enabled is None
            else self.model_reasoning_insights_enabled
        )
        model_reasoning_insights_enabled = _model_reasoning_insights_enabled

        _citations_enabled = UNSET if self.citations_enabled is None else self.citations_enabled
        citations_enabled = _citations_enabled

        _array_citation_strategy = (
            UNSET if self.array_citation_strategy is None else self.array_citation_strategy
        )
        array_citation_strategy: str | Unset
        if isinstance(_array_citation_strategy, Unset):
            array_citation_strategy = UNSET
        else:
            array_citation_strategy = _array_citation_strategy.value

        _advanced_figure_parsing_enabled = (
            UNSET
            if self.advanced_figure_parsing_enabled is None
            else self.advanced_figure_parsing_enabled
        )
        advanced_figure_parsing_enabled = _advanced_figure_parsing_enabled

        _review_agent = UNSET if self.review_agent is None else self.review_agent
        review_agent: dict[str, Any] | Unset = UNSET
        if not isinstance(_review_agent, Unset):
            review_agent = _review_agent.to_dict()

        _array_strategy = UNSET if self.array_strategy is None else self.array_strategy
        array_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(_array_strategy, Unset):
            array_strategy = _array_strategy.to_dict()

        _chunking_options = UNSET if self.chunking_options is None else self.chunking_options
        chunking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(_chunking_options, Unset):
            chunking_options = _chunking_options.to_dict()

        _excel_sheet_ranges = UNSET if self.excel_sheet_ranges is None else self.excel_sheet_ranges
        excel_sheet_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_excel_sheet_ranges, Unset):
            excel_sheet_ranges = []
            for excel_sheet_ranges_item_data in _excel_sheet_ranges:
                excel_sheet_ranges_item = excel_sheet_ranges_item_data.to_dict()
                excel_sheet_ranges.append(excel_sheet_ranges_item)

        _excel_sheet_selection_strategy = (
            UNSET
            if self.excel_sheet_selection_strategy is None
            else self.excel_sheet_selection_strategy
        )
        excel_sheet_selection_strategy: str | Unset
        if isinstance(_excel_sheet_selection_strategy, Unset):
            excel_sheet_selection_strategy = UNSET
        else:
            excel_sheet_selection_strategy = _excel_sheet_selection_strategy.value

        _split_identifier_rules = (
            UNSET if self.split_identifier_rules is None else self.split_identifier_rules
        )
        split_identifier_rules = _split_identifier_rules

        _split_method = UNSET if self.split_method is None else self.split_method
        split_method: str | Unset
        if isinstance(_split_method, Unset):
            split_method = UNSET
        else:
            split_method = _split_method.value

        _split_excel_documents_by_sheet_enabled = (
            UNSET
            if self.split_excel_documents_by_sheet_enabled is None
            else self.split_excel_documents_by_sheet_enabled
        )
        split_excel_documents_by_sheet_enabled = _split_excel_documents_by_sheet_enabled

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
            _at_ = "context"

            def _parse_context(data: object) -> ClassifyContext | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_classify_context_classify_context = data
                        if not isinstance(
                            _componentsschemas_classify_context_classify_context, str
                        ):
                            raise _JSONShapeError.wrong_type(
                                "a string", _componentsschemas_classify_context_classify_context
                            )
                        componentsschemas_classify_context_classify_context = ClassifyContext(
                            _componentsschemas_classify_context_classify_context
                        )

                        return componentsschemas_classify_context_classify_context
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            context = _parse_context(d.pop("context", UNSET))

            _at_ = "advancedMultimodalEnabled"
            advanced_multimodal_enabled = d.pop("advancedMultimodalEnabled", UNSET)
            if (
                not isinstance(advanced_multimodal_enabled, bool)
                and advanced_multimodal_enabled is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a boolean", advanced_multimodal_enabled)

            _at_ = "fixedPageLimit"
            fixed_page_limit = d.pop("fixedPageLimit", UNSET)
            if (
                not (isinstance(fixed_page_limit, int) and not isinstance(fixed_page_limit, bool))
                and fixed_page_limit is not UNSET
            ):
                raise _JSONShapeError.wrong_type("an integer", fixed_page_limit)

            _at_ = "pageRanges"
            _page_ranges = d.pop("pageRanges", UNSET)
            page_ranges: list[PageRange] | Unset = UNSET
            if not isinstance(_page_ranges, Unset):
                if not isinstance(_page_ranges, list):
                    raise _JSONShapeError.wrong_type("an array", _page_ranges)
                page_ranges = []
                for page_ranges_item_index_, page_ranges_item_data in enumerate(_page_ranges):
                    try:
                        page_ranges_item = PageRange.from_dict(page_ranges_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(page_ranges_item_index_) from None
                    page_ranges.append(page_ranges_item)

            _at_ = "documentKind"
            document_kind = d.pop("documentKind", UNSET)
            if not isinstance(document_kind, str) and document_kind is not UNSET:
                raise _JSONShapeError.wrong_type("a string", document_kind)

            _at_ = "keyDefinitions"
            key_definitions = d.pop("keyDefinitions", UNSET)
            if not isinstance(key_definitions, str) and key_definitions is not UNSET:
                raise _JSONShapeError.wrong_type("a string", key_definitions)

            _at_ = "modelReasoningInsightsEnabled"
            model_reasoning_insights_enabled = d.pop("modelReasoningInsightsEnabled", UNSET)
            if (
                not isinstance(model_reasoning_insights_enabled, bool)
                and model_reasoning_insights_enabled is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a boolean", model_reasoning_insights_enabled)

            _at_ = "citationsEnabled"
            citations_enabled = d.pop("citationsEnabled", UNSET)
            if not isinstance(citations_enabled, bool) and citations_enabled is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", citations_enabled)

            _at_ = "arrayCitationStrategy"

            def _parse_array_citation_strategy(data: object) -> ArrayCitationStrategy | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_array_citation_strategy_array_citation_strategy = data
                        if not isinstance(
                            _componentsschemas_array_citation_strategy_array_citation_strategy, str
                        ):
                            raise _JSONShapeError.wrong_type(
                                "a string",
                                _componentsschemas_array_citation_strategy_array_citation_strategy,
                            )
                        componentsschemas_array_citation_strategy_array_citation_strategy = (
                            ArrayCitationStrategy(
                                _componentsschemas_array_citation_strategy_array_citation_strategy
                            )
                        )

                        return componentsschemas_array_citation_strategy_array_citation_strategy
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            array_citation_strategy = _parse_array_citation_strategy(
                d.pop("arrayCitationStrategy", UNSET)
            )

            _at_ = "advancedFigureParsingEnabled"
            advanced_figure_parsing_enabled = d.pop("advancedFigureParsingEnabled", UNSET)
            if (
                not isinstance(advanced_figure_parsing_enabled, bool)
                and advanced_figure_parsing_enabled is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a boolean", advanced_figure_parsing_enabled)

            _at_ = "reviewAgent"
            _review_agent = d.pop("reviewAgent", UNSET)
            review_agent: ProcessorAdvancedOptionsReviewAgent | Unset
            if isinstance(_review_agent, Unset):
                review_agent = UNSET
            else:
                review_agent = ProcessorAdvancedOptionsReviewAgent.from_dict(_review_agent)

            _at_ = "arrayStrategy"
            _array_strategy = d.pop("arrayStrategy", UNSET)
            array_strategy: ProcessorAdvancedOptionsArrayStrategy | Unset
            if isinstance(_array_strategy, Unset):
                array_strategy = UNSET
            else:
                array_strategy = ProcessorAdvancedOptionsArrayStrategy.from_dict(_array_strategy)

            _at_ = "chunkingOptions"
            _chunking_options = d.pop("chunkingOptions", UNSET)
            chunking_options: ProcessorAdvancedOptionsChunkingOptions | Unset
            if isinstance(_chunking_options, Unset):
                chunking_options = UNSET
            else:
                chunking_options = ProcessorAdvancedOptionsChunkingOptions.from_dict(
                    _chunking_options
                )

            _at_ = "excelSheetRanges"
            _excel_sheet_ranges = d.pop("excelSheetRanges", UNSET)
            excel_sheet_ranges: list[ExcelSheetRange] | Unset = UNSET
            if not isinstance(_excel_sheet_ranges, Unset):
                if not isinstance(_excel_sheet_ranges, list):
                    raise _JSONShapeError.wrong_type("an array", _excel_sheet_ranges)
                excel_sheet_ranges = []
                for excel_sheet_ranges_item_index_, excel_sheet_ranges_item_data in enumerate(
                    _excel_sheet_ranges
                ):
                    try:
                        excel_sheet_ranges_item = ExcelSheetRange.from_dict(
                            excel_sheet_ranges_item_data
                        )

                    except _JSONShapeError as _error_:
                        raise _error_.within(excel_sheet_ranges_item_index_) from None
                    excel_sheet_ranges.append(excel_sheet_ranges_item)

            _at_ = "excelSheetSelectionStrategy"

            def _parse_excel_sheet_selection_strategy(
                data: object,
            ) -> ExcelSheetSelectionStrategy | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_excel_sheet_selection_strategy_excel_sheet_selection_strategy = data
                        if not isinstance(
                            _componentsschemas_excel_sheet_selection_strategy_excel_sheet_selection_strategy,
                            str,
                        ):
                            raise _JSONShapeError.wrong_type(
                                "a string",
                                _componentsschemas_excel_sheet_selection_strategy_excel_sheet_selection_strategy,
                            )
                        componentsschemas_excel_sheet_selection_strategy_excel_sheet_selection_strategy = ExcelSheetSelectionStrategy(
                            _componentsschemas_excel_sheet_selection_strategy_excel_sheet_selection_strategy
                        )

                        return componentsschemas_excel_sheet_selection_strategy_excel_sheet_selection_strategy
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            excel_sheet_selection_strategy = _parse_excel_sheet_selection_strategy(
                d.pop("excelSheetSelectionStrategy", UNSET)
            )

            _at_ = "splitIdentifierRules"
            split_identifier_rules = d.pop("splitIdentifierRules", UNSET)
            if not isinstance(split_identifier_rules, str) and split_identifier_rules is not UNSET:
                raise _JSONShapeError.wrong_type("a string", split_identifier_rules)

            _at_ = "splitMethod"

            def _parse_split_method(data: object) -> SplitMethod | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_split_method_split_method = data
                        if not isinstance(_componentsschemas_split_method_split_method, str):
                            raise _JSONShapeError.wrong_type(
                                "a string", _componentsschemas_split_method_split_method
                            )
                        componentsschemas_split_method_split_method = SplitMethod(
                            _componentsschemas_split_method_split_method
                        )

                        return componentsschemas_split_method_split_method
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            split_method = _parse_split_method(d.pop("splitMethod", UNSET))

            _at_ = "splitExcelDocumentsBySheetEnabled"
            split_excel_documents_by_sheet_enabled = d.pop(
                "splitExcelDocumentsBySheetEnabled", UNSET
            )
            if (
                not isinstance(split_excel_documents_by_sheet_enabled, bool)
                and split_excel_documents_by_sheet_enabled is not UNSET
            ):
                raise _JSONShapeError.wrong_type(
                    "a boolean", split_excel_documents_by_sheet_enabled
                )

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            context=None if isinstance(context, Unset) else context,
            advanced_multimodal_enabled=None
            if isinstance(advanced_multimodal_enabled, Unset)
            else advanced_multimodal_enabled,
            fixed_page_limit=None if isinstance(fixed_page_limit, Unset) else fixed_page_limit,
            page_ranges=None if isinstance(page_ranges, Unset) else page_ranges,
            document_kind=None if isinstance(document_kind, Unset) else document_kind,
            key_definitions=None if isinstance(key_definitions, Unset) else key_definitions,
            model_reasoning_insights_enabled=None
            if isinstance(model_reasoning_insights_enabled, Unset)
            else model_reasoning_insights_enabled,
            citations_enabled=None if isinstance(citations_enabled, Unset) else citations_enabled,
            array_citation_strategy=None
            if isinstance(array_citation_strategy, Unset)
            else array_citation_strategy,
            advanced_figure_parsing_enabled=None
            if isinstance(advanced_figure_parsing_enabled, Unset)
            else advanced_figure_parsing_enabled,
            review_agent=None if isinstance(review_agent, Unset) else review_agent,
            array_strategy=None if isinstance(array_strategy, Unset) else array_strategy,
            chunking_options=None if isinstance(chunking_options, Unset) else chunking_options,
            excel_sheet_ranges=None
            if isinstance(excel_sheet_ranges, Unset)
            else excel_sheet_ranges,
            excel_sheet_selection_strategy=None
            if isinstance(excel_sheet_selection_strategy, Unset)
            else excel_sheet_selection_strategy,
            split_identifier_rules=None
            if isinstance(split_identifier_rules, Unset)
            else split_identifier_rules,
            split_method=None if isinstance(split_method, Unset) else split_method,
            split_excel_documents_by_sheet_enabled=None
            if isinstance(split_excel_documents_by_sheet_enabled, Unset)
            else split_excel_documents_by_sheet_enabled,
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
            ("context", self.context),
            ("advanced_multimodal_enabled", self.advanced_multimodal_enabled),
            ("fixed_page_limit", self.fixed_page_limit),
            ("page_ranges", self.page_ranges),
            ("document_kind", self.document_kind),
            ("key_definitions", self.key_definitions),
            ("model_reasoning_insights_enabled", self.model_reasoning_insights_enabled),
            ("citations_enabled", self.citations_enabled),
            ("array_citation_strategy", self.array_citation_strategy),
            ("advanced_figure_parsing_enabled", self.advanced_figure_parsing_enabled),
            ("review_agent", self.review_agent),
            ("array_strategy", self.array_strategy),
            ("chunking_options", self.chunking_options),
            ("excel_sheet_ranges", self.excel_sheet_ranges),
            ("excel_sheet_selection_strategy", self.excel_sheet_selection_strategy),
            ("split_identifier_rules", self.split_identifier_rules),
            ("split_method", self.split_method),
            ("split_excel_documents_by_sheet_enabled", self.split_excel_documents_by_sheet_enabled),
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
from ..models.excel_sheet_range import ExcelSheetRange  # noqa: E402
from ..models.page_range import PageRange  # noqa: E402
from ..models.processor_advanced_options_array_strategy import ProcessorAdvancedOptionsArrayStrategy  # noqa: E402
from ..models.processor_advanced_options_chunking_options import (
    ProcessorAdvancedOptionsChunkingOptions,  # noqa: E402
)
from ..models.processor_advanced_options_review_agent import ProcessorAdvancedOptionsReviewAgent  # noqa: E402
