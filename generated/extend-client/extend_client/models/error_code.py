from enum import StrEnum

from .._drift import unknown_enum_value as _unknown_enum_value


class ErrorCode(StrEnum):
    """Machine-readable error code. Open enum: Extend lists these codes as returned by every
    endpoint, and says endpoints return domain-specific codes too; other values must be
    accepted.

    - `INVALID_REQUEST`: the request or its parameters are invalid.
    - `UNAUTHORIZED`: the API key is missing, malformed or invalid.
    - `NOT_FOUND`: the requested resource does not exist.
    - `RATE_LIMIT_EXCEEDED`: too many requests; back off and retry.
    - `USAGE_BLOCKED`: the organization's usage is blocked for lack of credits.
    - `ENDPOINT_REMOVED`: the endpoint was removed; the message names its replacement.
    - `INTERNAL_ERROR`: an unexpected server error; retrying may succeed.
    """

    ENDPOINT_REMOVED = "ENDPOINT_REMOVED"
    INTERNAL_ERROR = "INTERNAL_ERROR"
    INVALID_REQUEST = "INVALID_REQUEST"
    NOT_FOUND = "NOT_FOUND"
    RATE_LIMIT_EXCEEDED = "RATE_LIMIT_EXCEEDED"
    UNAUTHORIZED = "UNAUTHORIZED"
    USAGE_BLOCKED = "USAGE_BLOCKED"

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
