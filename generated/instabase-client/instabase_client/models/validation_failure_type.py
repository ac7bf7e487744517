from enum import StrEnum

from .._drift import unknown_enum_value as _unknown_enum_value


class ValidationFailureType(StrEnum):
    """The kind of cross-class validation rule that failed. The vendor names `lambda_code` and
    `all_inputs_match` as examples, not as a complete list. Open enum: any other string is accepted
    too; handle
    unknown values gracefully.
    """

    ALL_INPUTS_MATCH = "all_inputs_match"
    LAMBDA_CODE = "lambda_code"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ValidationFailureType | None":
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
