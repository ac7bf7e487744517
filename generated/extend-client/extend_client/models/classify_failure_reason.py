from enum import StrEnum

from .._drift import unknown_enum_value as _unknown_enum_value


class ClassifyFailureReason(StrEnum):
    """Why a classify run failed. Open enum: additional failure reasons may be added in the
    future; handle unknown values gracefully.

    - `ABORTED`: the run was aborted by the user.
    - `INTERNAL_ERROR`: an unexpected internal error occurred.
    - `FAILED_TO_PROCESS_FILE`: the file could not be processed (for example an OCR
      failure or a file access issue).
    - `INVALID_PROCESSOR`: the processor configuration is invalid.
    - `INVALID_CONFIGURATION`: the provided configuration is incompatible with the
      selected model.
    - `PARSING_ERROR`: the classification output could not be parsed.
    - `PRE_PROCESSING_FAILURE`: an error occurred during preprocessing.
    - `POST_PROCESSING_FAILURE`: an error occurred during postprocessing.
    - `OUT_OF_CREDITS`: there were insufficient credits to run the classification.
    """

    ABORTED = "ABORTED"
    FAILED_TO_PROCESS_FILE = "FAILED_TO_PROCESS_FILE"
    INTERNAL_ERROR = "INTERNAL_ERROR"
    INVALID_CONFIGURATION = "INVALID_CONFIGURATION"
    INVALID_PROCESSOR = "INVALID_PROCESSOR"
    OUT_OF_CREDITS = "OUT_OF_CREDITS"
    PARSING_ERROR = "PARSING_ERROR"
    POST_PROCESSING_FAILURE = "POST_PROCESSING_FAILURE"
    PRE_PROCESSING_FAILURE = "PRE_PROCESSING_FAILURE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ClassifyFailureReason | None":
        """Keep a value this version does not list instead of rejecting the response.

        Vendors add enum values without notice. An unknown string becomes a member of this enum
        that is not among the listed ones: it equals the plain string, `.value` is that string,
        and `to_dict()` writes it back unchanged. Listed values are the usual members.
        """
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        _unknown_enum_value(cls.__name__, value)
        return member
