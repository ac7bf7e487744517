from enum import StrEnum

from .._drift import unknown_enum_value as _unknown_enum_value


class ErrorResponseCode(StrEnum):
    """Machine-readable error code of the flat error envelope, in upper snake case. Open enum:
    these are the codes Talonic's published schema and error pages list; other codes can
    appear and must be accepted. The sources give a code's HTTP status only for
    `VALIDATION_ERROR` (400); the others are described by their names:

    - `VALIDATION_ERROR` (400): the request is invalid (here: the job ID is not a UUID).
    - `AUTH_REQUIRED`, `TOKEN_EXPIRED`: no valid credential was sent, or it has expired.
    - `INSUFFICIENT_PERMISSIONS`: the credential may not do this.
    - `RESOURCE_NOT_FOUND`: no such resource (here: no such job in your organization).
    - `QUOTA_EXCEEDED`, `INSUFFICIENT_CREDITS`: a plan limit or the credit balance is
      exhausted.
    - `RATE_LIMIT_EXCEEDED`: too many requests (the error page's rate-limit code).
    - `LLM_RATE_LIMITED`, `LLM_TIMEOUT`, `LLM_UNAVAILABLE`: the language model behind
      extraction is throttled, slow or down.
    - `OCR_FAILED`, `EXTRACTION_FAILED`, `EXTRACTION_TIMEOUT`: document processing failed
      or timed out.
    - `FILE_TOO_LARGE`, `DUPLICATE_RESOURCE`, `DATASPACE_RUN_FAILED`: errors of other
      operations (upload size, duplicates, dataspace runs).
    - `INTERNAL_ERROR`: an unexpected server failure.
    """

    AUTH_REQUIRED = "AUTH_REQUIRED"
    DATASPACE_RUN_FAILED = "DATASPACE_RUN_FAILED"
    DUPLICATE_RESOURCE = "DUPLICATE_RESOURCE"
    EXTRACTION_FAILED = "EXTRACTION_FAILED"
    EXTRACTION_TIMEOUT = "EXTRACTION_TIMEOUT"
    FILE_TOO_LARGE = "FILE_TOO_LARGE"
    INSUFFICIENT_CREDITS = "INSUFFICIENT_CREDITS"
    INSUFFICIENT_PERMISSIONS = "INSUFFICIENT_PERMISSIONS"
    INTERNAL_ERROR = "INTERNAL_ERROR"
    LLM_RATE_LIMITED = "LLM_RATE_LIMITED"
    LLM_TIMEOUT = "LLM_TIMEOUT"
    LLM_UNAVAILABLE = "LLM_UNAVAILABLE"
    OCR_FAILED = "OCR_FAILED"
    QUOTA_EXCEEDED = "QUOTA_EXCEEDED"
    RATE_LIMIT_EXCEEDED = "RATE_LIMIT_EXCEEDED"
    RESOURCE_NOT_FOUND = "RESOURCE_NOT_FOUND"
    TOKEN_EXPIRED = "TOKEN_EXPIRED"
    VALIDATION_ERROR = "VALIDATION_ERROR"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ErrorResponseCode | None":
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
