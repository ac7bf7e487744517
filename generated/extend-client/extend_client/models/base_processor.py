from enum import StrEnum

from .._drift import unknown_enum_value as _unknown_enum_value


class BaseProcessor(StrEnum):
    """The base processor (model family) a configuration uses. Open enum: new values may be
    added and must be accepted.

    - `extraction_performance`, `extraction_light`: for extraction.
    - `classification_performance`, `classification_light`: for classification.
    - `splitting_performance`, `splitting_light`: for splitting.
    """

    CLASSIFICATION_LIGHT = "classification_light"
    CLASSIFICATION_PERFORMANCE = "classification_performance"
    EXTRACTION_LIGHT = "extraction_light"
    EXTRACTION_PERFORMANCE = "extraction_performance"
    SPLITTING_LIGHT = "splitting_light"
    SPLITTING_PERFORMANCE = "splitting_performance"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BaseProcessor | None":
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
