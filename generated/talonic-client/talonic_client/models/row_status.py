from enum import StrEnum

from .._drift import unknown_enum_value as _unknown_enum_value


class RowStatus(StrEnum):
    """The processing status of one result row. Open enum: the page's example shows
    `approved` and `review`; Talonic's published schema names `complete`, `partial` and
    `failed` as examples. Neither lists every value, so other values can appear and must be
    accepted.

    - `approved`: the row's values were accepted.
    - `review`: the row needs manual review (for example it has validation flags or a low
      confidence score).
    - `complete`, `partial`, `failed`: the published schema's examples, without stated
      meanings; read from their names, the row was fully processed, partly processed, or
      not processed.
    """

    APPROVED = "approved"
    COMPLETE = "complete"
    FAILED = "failed"
    PARTIAL = "partial"
    REVIEW = "review"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RowStatus | None":
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
