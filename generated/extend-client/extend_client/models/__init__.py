"""Contains all the data models used in inputs/outputs"""

from .array_citation_strategy import ArrayCitationStrategy
from .base_processor import BaseProcessor
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
from .error_code import ErrorCode
from .error_response import ErrorResponse
from .excel_sheet_selection_strategy import ExcelSheetSelectionStrategy
from .extraction_field_metadata import ExtractionFieldMetadata
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
from .parse_config_block_options import ParseConfigBlockOptions
from .parse_config_chunking_strategy import ParseConfigChunkingStrategy
from .parse_engine import ParseEngine
from .parse_target import ParseTarget
from .point import Point
from .processor_advanced_options import ProcessorAdvancedOptions
from .processor_advanced_options_array_strategy import ProcessorAdvancedOptionsArrayStrategy
from .processor_advanced_options_chunking_options import ProcessorAdvancedOptionsChunkingOptions
from .processor_advanced_options_excel_sheet_ranges_item import (
    ProcessorAdvancedOptionsExcelSheetRangesItem,
)
from .processor_advanced_options_review_agent import ProcessorAdvancedOptionsReviewAgent
from .processor_config import ProcessorConfig
from .processor_config_fields_item import ProcessorConfigFieldsItem
from .processor_config_schema import ProcessorConfigSchema
from .processor_output import ProcessorOutput
from .processor_output_metadata import ProcessorOutputMetadata
from .processor_output_value import ProcessorOutputValue
from .processor_run import ProcessorRun
from .processor_run_edit import ProcessorRunEdit
from .processor_run_edits import ProcessorRunEdits
from .processor_run_file import ProcessorRunFile
from .processor_run_file_contents import ProcessorRunFileContents
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
    "BaseProcessor",
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
    "ErrorCode",
    "ErrorResponse",
    "ExcelSheetSelectionStrategy",
    "ExtractionFieldMetadata",
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
    "ParseConfigBlockOptions",
    "ParseConfigChunkingStrategy",
    "ParseEngine",
    "ParseTarget",
    "Point",
    "ProcessorAdvancedOptions",
    "ProcessorAdvancedOptionsArrayStrategy",
    "ProcessorAdvancedOptionsChunkingOptions",
    "ProcessorAdvancedOptionsExcelSheetRangesItem",
    "ProcessorAdvancedOptionsReviewAgent",
    "ProcessorConfig",
    "ProcessorConfigFieldsItem",
    "ProcessorConfigSchema",
    "ProcessorOutput",
    "ProcessorOutputMetadata",
    "ProcessorOutputValue",
    "ProcessorRun",
    "ProcessorRunEdit",
    "ProcessorRunEdits",
    "ProcessorRunFile",
    "ProcessorRunFileContents",
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
