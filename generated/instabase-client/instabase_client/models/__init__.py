"""Contains all the data models used in inputs/outputs"""

from .alert_level import AlertLevel
from .alert_location import AlertLocation
from .case_field import CaseField
from .case_field_validations import CaseFieldValidations
from .case_info import CaseInfo
from .case_input_field import CaseInputField
from .classification_confidence import ClassificationConfidence
from .custom_keys import CustomKeys
from .document_result import DocumentResult
from .document_validations import DocumentValidations
from .edit_history_entry import EditHistoryEntry
from .error_response import ErrorResponse
from .field_confidence import FieldConfidence
from .field_result import FieldResult
from .field_validation_alert import FieldValidationAlert
from .field_validations import FieldValidations
from .file_result import FileResult
from .file_validations import FileValidations
from .modification import Modification
from .page_layout import PageLayout
from .run_keys import RunKeys
from .run_results import RunResults
from .run_status import RunStatus
from .source_coordinates import SourceCoordinates
from .validation_failure import ValidationFailure
from .validation_failure_type import ValidationFailureType

__all__ = (
    "AlertLevel",
    "AlertLocation",
    "CaseField",
    "CaseFieldValidations",
    "CaseInfo",
    "CaseInputField",
    "ClassificationConfidence",
    "CustomKeys",
    "DocumentResult",
    "DocumentValidations",
    "EditHistoryEntry",
    "ErrorResponse",
    "FieldConfidence",
    "FieldResult",
    "FieldValidationAlert",
    "FieldValidations",
    "FileResult",
    "FileValidations",
    "Modification",
    "PageLayout",
    "RunKeys",
    "RunResults",
    "RunStatus",
    "SourceCoordinates",
    "ValidationFailure",
    "ValidationFailureType",
)
