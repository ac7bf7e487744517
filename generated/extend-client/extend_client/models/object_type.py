from enum import StrEnum

from .._drift import unknown_enum_value as _unknown_enum_value


class ObjectType(StrEnum):
    """The type of an Extend object, in its `object` field. Open enum: these are the values
    Extend's SDK publishes for the objects these operations return or refer to; other values
    can appear and must be accepted.

    - `document_processor_run`: a processor run.
    - `classify_run`: a classify run.
    - `classifier`, `classifier_version`: a classifier and one of its versions.
    - `file`: a file.
    - `extract_run`, `split_run`, `parse_run`, `edit_run`, `form_detection_run`: the runs
      a usage breakdown can name (newer generation of the API).
    """

    CLASSIFIER = "classifier"
    CLASSIFIER_VERSION = "classifier_version"
    CLASSIFY_RUN = "classify_run"
    DOCUMENT_PROCESSOR_RUN = "document_processor_run"
    EDIT_RUN = "edit_run"
    EXTRACT_RUN = "extract_run"
    FILE = "file"
    FORM_DETECTION_RUN = "form_detection_run"
    PARSE_RUN = "parse_run"
    SPLIT_RUN = "split_run"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ObjectType | None":
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
