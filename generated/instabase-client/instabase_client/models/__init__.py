"""Contains all the data models used in inputs/outputs"""

from .case_field import CaseField
from .case_field_validations import CaseFieldValidations
from .case_info import CaseInfo
from .classification_confidence import ClassificationConfidence
from .document_result import DocumentResult
from .document_validations import DocumentValidations
from .edit_history_entry import EditHistoryEntry
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .field_confidence import FieldConfidence
from .field_result import FieldResult
from .field_validations import FieldValidations
from .file_result import FileResult
from .file_validations import FileValidations
from .modification import Modification
from .page_layout import PageLayout
from .run_results import RunResults
from .run_status import RunStatus
from .source_coordinates import SourceCoordinates
from .validation_failure import ValidationFailure

__all__ = (
    "CaseField",
    "CaseFieldValidations",
    "CaseInfo",
    "ClassificationConfidence",
    "DocumentResult",
    "DocumentValidations",
    "EditHistoryEntry",
    "ErrorDetail",
    "ErrorResponse",
    "FieldConfidence",
    "FieldResult",
    "FieldValidations",
    "FileResult",
    "FileValidations",
    "Modification",
    "PageLayout",
    "RunResults",
    "RunStatus",
    "SourceCoordinates",
    "ValidationFailure",
)
