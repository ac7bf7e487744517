from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="FieldResult")


@_attrs_define(repr=False)
class FieldResult:
    """One field extracted from a document. The vendor's published document calls this object
    `documentField`. Open object: the vendor may add properties.

        Attributes:
            field_name (str | None): The field's name, converted to a valid Python variable name, so it can differ from
                the name in the automation project: `due date` → `due_date`, `driver's license` →
                `driver_s_license`, `3rd category` → `_3rd_category`, `secret_id` → `secret__id`.
            value (str | None): The extracted value, as a string. The string `ERROR` when extraction of this field
                failed (see `error_msg`); this can happen in a `COMPLETE` run.
            type_ (str | None): The field's type in the app, for example `TEXT`. The vendor does not list the
                possible types.
            error_msg (str | None): Why extraction of this field failed; `value` is then the string `ERROR`.
                Availability: present only when such an error occurred (the response status is still
                200).
            edit_history (list[EditHistoryEntry] | None): The human-review edits made to this field, oldest first.
                Availability: present when
                `include_review_results=true`.
            confidence (FieldConfidence | None): Extraction confidence scores for a field, from 0 (none) to 1 (certain); the
                vendor
                gives no range, the 0-1 scale is this spec's reading. Availability: present when
                `include_confidence_scores=true`. Open object: the vendor may add properties.
            validations (FieldValidations | None): Validation results for a field. Availability: present when
                `include_validation_results=true`. Open object: the vendor may add properties.
            source_coordinates (list[SourceCoordinates] | None): Where the value was found in the document: one bounding box
                per region it came from
                (a value can span several lines or pages); empty when no location is known.
                Availability: present when `include_source_info=true`.
    """

    field_name: str | None = None
    value: str | None = None
    type_: str | None = None
    error_msg: str | None = None
    edit_history: list[EditHistoryEntry] | None = None
    confidence: FieldConfidence | None = None
    validations: FieldValidations | None = None
    source_coordinates: list[SourceCoordinates] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _field_name = UNSET if self.field_name is None else self.field_name
        field_name = _field_name

        _value = UNSET if self.value is None else self.value
        value = _value

        _type_ = UNSET if self.type_ is None else self.type_
        type_ = _type_

        _error_msg = UNSET if self.error_msg is None else self.error_msg
        error_msg = _error_msg

        _edit_history = UNSET if self.edit_history is None else self.edit_history
        edit_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_edit_history, Unset):
            edit_history = []
            for edit_history_item_data in _edit_history:
                edit_history_item = edit_history_item_data.to_dict()
                edit_history.append(edit_history_item)

        _confidence = UNSET if self.confidence is None else self.confidence
        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(_confidence, Unset):
            confidence = _confidence.to_dict()

        _validations = UNSET if self.validations is None else self.validations
        validations: dict[str, Any] | Unset = UNSET
        if not isinstance(_validations, Unset):
            validations = _validations.to_dict()

        _source_coordinates = UNSET if self.source_coordinates is None else self.source_coordinates
        source_coordinates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_source_coordinates, Unset):
            source_coordinates = []
            for source_coordinates_item_data in _source_coordinates:
                source_coordinates_item = source_coordinates_item_data.to_dict()
                source_coordinates.append(source_coordinates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_name is not UNSET:
            field_dict["field_name"] = field_name
        if value is not UNSET:
            field_dict["value"] = value
        if type_ is not UNSET:
            field_dict["type"] = type_
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if edit_history is not UNSET:
            field_dict["edit_history"] = edit_history
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if validations is not UNSET:
            field_dict["validations"] = validations
        if source_coordinates is not UNSET:
            field_dict["source_coordinates"] = source_coordinates

        return field_dict

    @classmethod
    def from_dict(cls: type[_T], src_dict: Mapping[str, Any]) -> _T:
        """Parse a JSON object (a dict as `json.loads` gives it) into this model.

        Raises `errors.JSONShapeError` (a `TypeError`) when `src_dict` is not a JSON object, a
        value has the wrong JSON type or a required property is missing; its `path` says where.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _JSONShapeError.wrong_type("an object", src_dict)
        d = dict(src_dict)
        _at_ = ""
        try:
            _at_ = "field_name"
            field_name = d.pop("field_name", UNSET)
            if not isinstance(field_name, str) and field_name is not UNSET:
                raise _JSONShapeError.wrong_type("a string", field_name)

            _at_ = "value"
            value = d.pop("value", UNSET)
            if not isinstance(value, str) and value is not UNSET:
                raise _JSONShapeError.wrong_type("a string", value)

            _at_ = "type"
            type_ = d.pop("type", UNSET)
            if not isinstance(type_, str) and type_ is not UNSET:
                raise _JSONShapeError.wrong_type("a string", type_)

            _at_ = "error_msg"
            error_msg = d.pop("error_msg", UNSET)
            if not isinstance(error_msg, str) and error_msg is not UNSET:
                raise _JSONShapeError.wrong_type("a string", error_msg)

            _at_ = "edit_history"
            _edit_history = d.pop("edit_history", UNSET)
            edit_history: list[EditHistoryEntry] | Unset = UNSET
            if not isinstance(_edit_history, Unset):
                if not isinstance(_edit_history, list):
                    raise _JSONShapeError.wrong_type("an array", _edit_history)
                edit_history = []
                for edit_history_item_index_, edit_history_item_data in enumerate(_edit_history):
                    try:
                        edit_history_item = EditHistoryEntry.from_dict(edit_history_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(edit_history_item_index_) from None
                    edit_history.append(edit_history_item)

            _at_ = "confidence"
            _confidence = d.pop("confidence", UNSET)
            confidence: FieldConfidence | Unset
            if isinstance(_confidence, Unset):
                confidence = UNSET
            else:
                confidence = FieldConfidence.from_dict(_confidence)

            _at_ = "validations"
            _validations = d.pop("validations", UNSET)
            validations: FieldValidations | Unset
            if isinstance(_validations, Unset):
                validations = UNSET
            else:
                validations = FieldValidations.from_dict(_validations)

            _at_ = "source_coordinates"
            _source_coordinates = d.pop("source_coordinates", UNSET)
            source_coordinates: list[SourceCoordinates] | Unset = UNSET
            if not isinstance(_source_coordinates, Unset):
                if not isinstance(_source_coordinates, list):
                    raise _JSONShapeError.wrong_type("an array", _source_coordinates)
                source_coordinates = []
                for source_coordinates_item_index_, source_coordinates_item_data in enumerate(
                    _source_coordinates
                ):
                    try:
                        source_coordinates_item = SourceCoordinates.from_dict(
                            source_coordinates_item_data
                        )

                    except _JSONShapeError as _error_:
                        raise _error_.within(source_coordinates_item_index_) from None
                    source_coordinates.append(source_coordinates_item)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            field_name=None if isinstance(field_name, Unset) else field_name,
            value=None if isinstance(value, Unset) else value,
            type_=None if isinstance(type_, Unset) else type_,
            error_msg=None if isinstance(error_msg, Unset) else error_msg,
            edit_history=None if isinstance(edit_history, Unset) else edit_history,
            confidence=None if isinstance(confidence, Unset) else confidence,
            validations=None if isinstance(validations, Unset) else validations,
            source_coordinates=None
            if isinstance(source_coordinates, Unset)
            else source_coordinates,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                additional = prop_dict

            except _JSONShapeError as _error_:
                raise _error_.within(prop_name) from None
            additional_properties[prop_name] = additional

        _parsed.additional_properties = additional_properties
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("field_name", self.field_name),
            ("value", self.value),
            ("type_", self.type_),
            ("error_msg", self.error_msg),
            ("edit_history", self.edit_history),
            ("confidence", self.confidence),
            ("validations", self.validations),
            ("source_coordinates", self.source_coordinates),
        )
        shown = [
            f"{name}={value!r}"
            for name, value in fields
            if value is not None and not isinstance(value, Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

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
from ..models.field_confidence import FieldConfidence  # noqa: E402
from ..models.field_validations import FieldValidations  # noqa: E402
from ..models.source_coordinates import SourceCoordinates  # noqa: E402
