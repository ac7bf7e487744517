from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldResult")


@_attrs_define
class FieldResult:
    """One field extracted from a document. Open object: the vendor may add properties.

    Attributes:
        field_name (str | Unset): The field's name, converted to a valid Python variable name, so it can differ from
            the name in the automation project: `due date` → `due_date`, `driver's license` →
            `driver_s_license`, `3rd category` → `_3rd_category`, `secret_id` → `secret__id`.
        value (Any | Unset): The extracted value: any JSON value (string, number, boolean, object, array or null),
            depending on the field's type in the app. The string `ERROR` when extraction of this
            field failed (see `error`); this can happen in a `COMPLETE` run.
        edit_history (list[EditHistoryEntry] | Unset): The human-review edits made to this field, oldest first.
            Availability: present when
            `include_review_results=true`.
        confidence (FieldConfidence | Unset): Extraction confidence scores for a field, from 0 (none) to 1 (certain);
            the vendor's page
            gives no range, the 0-1 scale is this spec's reading. Availability: present when
            `include_confidence_scores=true`. Open object: the vendor may add properties.
        validations (FieldValidations | Unset): Validation results for a field. Availability: present when
            `include_validation_results=true`. Open object: the vendor may add properties.
        source_coordinates (list[SourceCoordinates] | Unset): Where the value was found in the document: one bounding
            box per region it came from
            (a value can span several lines or pages). Availability: present when
            `include_source_info=true`.
        error (ErrorDetail | Unset): Details of an error that occurred while processing a file, classifying a document
            or
            extracting a field. Such errors do not fail the request (the status is still 200). The
            vendor's page promises error details without defining them: an open object with an
            optional `message`.
    """

    field_name: str | Unset = UNSET
    value: Any | Unset = UNSET
    edit_history: list[EditHistoryEntry] | Unset = UNSET
    confidence: FieldConfidence | Unset = UNSET
    validations: FieldValidations | Unset = UNSET
    source_coordinates: list[SourceCoordinates] | Unset = UNSET
    error: ErrorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_name = self.field_name

        value = self.value

        edit_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.edit_history, Unset):
            edit_history = []
            for edit_history_item_data in self.edit_history:
                edit_history_item = edit_history_item_data.to_dict()
                edit_history.append(edit_history_item)

        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.to_dict()

        validations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validations, Unset):
            validations = self.validations.to_dict()

        source_coordinates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.source_coordinates, Unset):
            source_coordinates = []
            for source_coordinates_item_data in self.source_coordinates:
                source_coordinates_item = source_coordinates_item_data.to_dict()
                source_coordinates.append(source_coordinates_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_name is not UNSET:
            field_dict["field_name"] = field_name
        if value is not UNSET:
            field_dict["value"] = value
        if edit_history is not UNSET:
            field_dict["edit_history"] = edit_history
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if validations is not UNSET:
            field_dict["validations"] = validations
        if source_coordinates is not UNSET:
            field_dict["source_coordinates"] = source_coordinates
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_name = d.pop("field_name", UNSET)

        value = d.pop("value", UNSET)

        _edit_history = d.pop("edit_history", UNSET)
        edit_history: list[EditHistoryEntry] | Unset = UNSET
        if _edit_history is not UNSET:
            edit_history = []
            for edit_history_item_data in _edit_history:
                edit_history_item = EditHistoryEntry.from_dict(edit_history_item_data)

                edit_history.append(edit_history_item)

        _confidence = d.pop("confidence", UNSET)
        confidence: FieldConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = FieldConfidence.from_dict(_confidence)

        _validations = d.pop("validations", UNSET)
        validations: FieldValidations | Unset
        if isinstance(_validations, Unset):
            validations = UNSET
        else:
            validations = FieldValidations.from_dict(_validations)

        _source_coordinates = d.pop("source_coordinates", UNSET)
        source_coordinates: list[SourceCoordinates] | Unset = UNSET
        if _source_coordinates is not UNSET:
            source_coordinates = []
            for source_coordinates_item_data in _source_coordinates:
                source_coordinates_item = SourceCoordinates.from_dict(source_coordinates_item_data)

                source_coordinates.append(source_coordinates_item)

        _error = d.pop("error", UNSET)
        error: ErrorDetail | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorDetail.from_dict(_error)

        _parsed = cls(
            field_name=field_name,
            value=value,
            edit_history=edit_history,
            confidence=confidence,
            validations=validations,
            source_coordinates=source_coordinates,
            error=error,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models referred to above, imported after the class so that schemas referring to each
# other in a cycle import cleanly.
from ..models.edit_history_entry import EditHistoryEntry  # noqa: E402
from ..models.error_detail import ErrorDetail  # noqa: E402
from ..models.field_confidence import FieldConfidence  # noqa: E402
from ..models.field_validations import FieldValidations  # noqa: E402
from ..models.source_coordinates import SourceCoordinates  # noqa: E402
