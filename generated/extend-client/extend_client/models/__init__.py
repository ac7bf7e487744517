"""Contains all the data models used in inputs/outputs"""

from .array_citation_strategy import ArrayCitationStrategy
from .array_strategy_type import ArrayStrategyType
from .base_processor import BaseProcessor
from .bounding_box import BoundingBox
from .citation import Citation
from .classification import Classification
from .classifier import Classifier
from .classifier_version import ClassifierVersion
from .classify_advanced_options import ClassifyAdvancedOptions
from .classify_config import ClassifyConfig
from .classify_context import ClassifyContext
from .classify_failure_reason import ClassifyFailureReason
from .classify_output import ClassifyOutput
from .classify_run import ClassifyRun
from .created_by import CreatedBy
from .creator_type import CreatorType
from .enum_option import EnumOption
from .error_code import ErrorCode
from .error_response import ErrorResponse
from .excel_sheet_range import ExcelSheetRange
from .excel_sheet_selection_strategy import ExcelSheetSelectionStrategy
from .extract_chunk_selection_strategy import ExtractChunkSelectionStrategy
from .extract_chunking_strategy import ExtractChunkingStrategy
from .extraction_field import ExtractionField
from .extraction_field_metadata import ExtractionFieldMetadata
from .extraction_field_reference import ExtractionFieldReference
from .extraction_field_result import ExtractionFieldResult
from .extraction_field_type import ExtractionFieldType
from .file_contents import FileContents
from .file_contents_page import FileContentsPage
from .file_contents_section import FileContentsSection
from .file_contents_sheet import FileContentsSheet
from .file_metadata import FileMetadata
from .file_summary import FileSummary
from .file_type import FileType
from .insight import Insight
from .insight_type import InsightType
from .merged_processor import MergedProcessor
from .object_type import ObjectType
from .page_range import PageRange
from .parent_split import ParentSplit
from .parse_config import ParseConfig
from .parse_config_advanced_options import ParseConfigAdvancedOptions
from .parse_config_agentic_options import ParseConfigAgenticOptions
from .parse_config_block_options import ParseConfigBlockOptions
from .parse_config_block_options_barcodes import ParseConfigBlockOptionsBarcodes
from .parse_config_block_options_figures import ParseConfigBlockOptionsFigures
from .parse_config_block_options_formulas import ParseConfigBlockOptionsFormulas
from .parse_config_block_options_key_value import ParseConfigBlockOptionsKeyValue
from .parse_config_block_options_tables import ParseConfigBlockOptionsTables
from .parse_config_block_options_tables_target_format import (
    ParseConfigBlockOptionsTablesTargetFormat,
)
from .parse_config_block_options_text import ParseConfigBlockOptionsText
from .parse_config_chunking_strategy import ParseConfigChunkingStrategy
from .parse_config_chunking_strategy_options import ParseConfigChunkingStrategyOptions
from .parse_config_chunking_strategy_type import ParseConfigChunkingStrategyType
from .parse_config_enrichment_format import ParseConfigEnrichmentFormat
from .parse_config_excel_parsing_mode import ParseConfigExcelParsingMode
from .parse_config_formatting_detection import ParseConfigFormattingDetection
from .parse_config_formatting_detection_type import ParseConfigFormattingDetectionType
from .parse_config_image_conversion_quality import ParseConfigImageConversionQuality
from .parse_config_return_ocr import ParseConfigReturnOcr
from .parse_engine import ParseEngine
from .parse_target import ParseTarget
from .point import Point
from .processor_advanced_options import ProcessorAdvancedOptions
from .processor_advanced_options_array_strategy import ProcessorAdvancedOptionsArrayStrategy
from .processor_advanced_options_chunking_options import ProcessorAdvancedOptionsChunkingOptions
from .processor_advanced_options_review_agent import ProcessorAdvancedOptionsReviewAgent
from .processor_config import ProcessorConfig
from .processor_config_schema import ProcessorConfigSchema
from .processor_output import ProcessorOutput
from .processor_output_metadata import ProcessorOutputMetadata
from .processor_output_value import ProcessorOutputValue
from .processor_run import ProcessorRun
from .processor_run_edit import ProcessorRunEdit
from .processor_run_edits import ProcessorRunEdits
from .processor_run_file import ProcessorRunFile
from .processor_run_response import ProcessorRunResponse
from .processor_run_status import ProcessorRunStatus
from .processor_run_usage import ProcessorRunUsage
from .processor_type import ProcessorType
from .run_metadata import RunMetadata
from .split import Split
from .split_method import SplitMethod
from .usage import Usage
from .usage_breakdown_entry import UsageBreakdownEntry
from .usage_charge import UsageCharge

__all__ = (
    "ArrayCitationStrategy",
    "ArrayStrategyType",
    "BaseProcessor",
    "BoundingBox",
    "Citation",
    "Classification",
    "Classifier",
    "ClassifierVersion",
    "ClassifyAdvancedOptions",
    "ClassifyConfig",
    "ClassifyContext",
    "ClassifyFailureReason",
    "ClassifyOutput",
    "ClassifyRun",
    "CreatedBy",
    "CreatorType",
    "EnumOption",
    "ErrorCode",
    "ErrorResponse",
    "ExcelSheetRange",
    "ExcelSheetSelectionStrategy",
    "ExtractChunkingStrategy",
    "ExtractChunkSelectionStrategy",
    "ExtractionField",
    "ExtractionFieldMetadata",
    "ExtractionFieldReference",
    "ExtractionFieldResult",
    "ExtractionFieldType",
    "FileContents",
    "FileContentsPage",
    "FileContentsSection",
    "FileContentsSheet",
    "FileMetadata",
    "FileSummary",
    "FileType",
    "Insight",
    "InsightType",
    "MergedProcessor",
    "ObjectType",
    "PageRange",
    "ParentSplit",
    "ParseConfig",
    "ParseConfigAdvancedOptions",
    "ParseConfigAgenticOptions",
    "ParseConfigBlockOptions",
    "ParseConfigBlockOptionsBarcodes",
    "ParseConfigBlockOptionsFigures",
    "ParseConfigBlockOptionsFormulas",
    "ParseConfigBlockOptionsKeyValue",
    "ParseConfigBlockOptionsTables",
    "ParseConfigBlockOptionsTablesTargetFormat",
    "ParseConfigBlockOptionsText",
    "ParseConfigChunkingStrategy",
    "ParseConfigChunkingStrategyOptions",
    "ParseConfigChunkingStrategyType",
    "ParseConfigEnrichmentFormat",
    "ParseConfigExcelParsingMode",
    "ParseConfigFormattingDetection",
    "ParseConfigFormattingDetectionType",
    "ParseConfigImageConversionQuality",
    "ParseConfigReturnOcr",
    "ParseEngine",
    "ParseTarget",
    "Point",
    "ProcessorAdvancedOptions",
    "ProcessorAdvancedOptionsArrayStrategy",
    "ProcessorAdvancedOptionsChunkingOptions",
    "ProcessorAdvancedOptionsReviewAgent",
    "ProcessorConfig",
    "ProcessorConfigSchema",
    "ProcessorOutput",
    "ProcessorOutputMetadata",
    "ProcessorOutputValue",
    "ProcessorRun",
    "ProcessorRunEdit",
    "ProcessorRunEdits",
    "ProcessorRunFile",
    "ProcessorRunResponse",
    "ProcessorRunStatus",
    "ProcessorRunUsage",
    "ProcessorType",
    "RunMetadata",
    "Split",
    "SplitMethod",
    "Usage",
    "UsageBreakdownEntry",
    "UsageCharge",
)
