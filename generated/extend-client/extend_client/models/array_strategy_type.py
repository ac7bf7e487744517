from enum import StrEnum

from .._drift import unknown_enum_value as _unknown_enum_value


class ArrayStrategyType(StrEnum):
    """How an extraction handles very large arrays. Open enum: new values may be added and must
    be accepted.

    - `large_array_heuristics`: chunking, table and merging heuristics, for when latency
      matters.
    - `large_array_max_context`: several passes over the whole document, for accuracy at
      the cost of latency (costs extra credits).
    - `large_array_overlap_context`: every chunk keeps the pages around it as context.
    """

    LARGE_ARRAY_HEURISTICS = "large_array_heuristics"
    LARGE_ARRAY_MAX_CONTEXT = "large_array_max_context"
    LARGE_ARRAY_OVERLAP_CONTEXT = "large_array_overlap_context"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ArrayStrategyType | None":
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
