from enum import StrEnum

from .._drift import unknown_enum_value as _unknown_enum_value


class JobStatus(StrEnum):
    """The status of a job. Open enum: the page lists `complete`, `processing` and `failed`
    followed by "etc.", so other values can appear and must be accepted.

    - `complete`: every pipeline phase has finished; the rows are final.
    - `processing`: the job is still running; rows are available progressively as each
      phase flushes to the database.
    - `failed`: the job failed.
    """

    COMPLETE = "complete"
    FAILED = "failed"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "JobStatus | None":
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
