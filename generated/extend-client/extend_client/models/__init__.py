"""Contains all the data models used in inputs/outputs"""

from .classifier import Classifier
from .classifier_version import ClassifierVersion
from .classify_failure_reason import ClassifyFailureReason
from .classify_output import ClassifyOutput
from .classify_run import ClassifyRun
from .error_response import ErrorResponse
from .processor_config import ProcessorConfig
from .processor_output import ProcessorOutput
from .processor_run import ProcessorRun
from .processor_run_edit import ProcessorRunEdit
from .processor_run_edits import ProcessorRunEdits
from .processor_run_file import ProcessorRunFile
from .processor_run_response import ProcessorRunResponse
from .processor_run_status import ProcessorRunStatus
from .processor_type import ProcessorType
from .run_metadata import RunMetadata
from .usage import Usage

__all__ = (
    "Classifier",
    "ClassifierVersion",
    "ClassifyFailureReason",
    "ClassifyOutput",
    "ClassifyRun",
    "ErrorResponse",
    "ProcessorConfig",
    "ProcessorOutput",
    "ProcessorRun",
    "ProcessorRunEdit",
    "ProcessorRunEdits",
    "ProcessorRunFile",
    "ProcessorRunResponse",
    "ProcessorRunStatus",
    "ProcessorType",
    "RunMetadata",
    "Usage",
)
