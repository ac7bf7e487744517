"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .error_code import ErrorCode
from .error_detail import ErrorDetail
from .error_response_code import ErrorResponseCode
from .job_results import JobResults
from .job_results_links import JobResultsLinks
from .job_schema import JobSchema
from .job_status import JobStatus
from .result_row import ResultRow
from .row_status import RowStatus
from .row_values import RowValues
from .validation_flag import ValidationFlag

__all__ = (
    "Error",
    "ErrorCode",
    "ErrorDetail",
    "ErrorResponseCode",
    "JobResults",
    "JobResultsLinks",
    "JobSchema",
    "JobStatus",
    "ResultRow",
    "RowStatus",
    "RowValues",
    "ValidationFlag",
)
