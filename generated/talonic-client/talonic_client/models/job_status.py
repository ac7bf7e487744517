from enum import StrEnum

from .._drift import unknown_enum_value as _unknown_enum_value


class JobStatus(StrEnum):
    """The status of a job. Open enum: the page lists `complete`, `processing` and `failed`
    followed by "etc."; Talonic's published schema adds `pending` and `queued`, and its
    job-list page `cancelled`. Other values can appear and must be accepted.

    - `pending`: the job was created and has not started (every job starts here).
    - `queued`: the job is waiting to run.
    - `processing`: the job is still running; rows are available progressively as each
      phase flushes to the database.
    - `complete`: every pipeline phase has finished; the rows are final (the API reports
      its internal `completed` as `complete`).
    - `failed`: the job failed.
    - `cancelled`: the job was cancelled.
    """

    CANCELLED = "cancelled"
    COMPLETE = "complete"
    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"
    QUEUED = "queued"

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
