from enum import StrEnum

from .._drift import unknown_enum_value as _unknown_enum_value


class RunStatus(StrEnum):
    """Status of the run:

    - `CANCELLED`: a user cancelled the run.
    - `COMPLETE`: the run successfully completed, and a human review completed if one was
      required. Results are retrievable, but some fields may have failed and have the value
      `ERROR`.
    - `FAILED`: the run failed to complete.
    - `PAUSED`: reserved for future use.
    - `RUNNING`: the run is in progress and is not paused.
    - `STOPPED_AT_CHECKPOINT`: a validation error has paused the run for human review.

    Open enum: the vendor may add statuses, so any other string is accepted too; handle
    unknown values gracefully.
    """

    CANCELLED = "CANCELLED"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"
    PAUSED = "PAUSED"
    RUNNING = "RUNNING"
    STOPPED_AT_CHECKPOINT = "STOPPED_AT_CHECKPOINT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RunStatus | None":
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
