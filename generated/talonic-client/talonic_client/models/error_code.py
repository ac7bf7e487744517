from enum import StrEnum

from .._drift import unknown_enum_value as _unknown_enum_value


class ErrorCode(StrEnum):
    """Machine-readable error code of the nested error form. Open enum: the page documents
    these four codes; other codes can appear and must be accepted.

    - `validation_error` (400): invalid job ID format; it must be a UUID.
    - `unauthorized` (401): missing or invalid API key.
    - `not_found` (404): no job with this ID exists for your organization.
    - `rate_limited` (429): too many requests; retry after the `Retry-After` period.
    """

    NOT_FOUND = "not_found"
    RATE_LIMITED = "rate_limited"
    UNAUTHORIZED = "unauthorized"
    VALIDATION_ERROR = "validation_error"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ErrorCode | None":
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
