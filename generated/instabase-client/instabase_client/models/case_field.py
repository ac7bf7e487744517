from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="CaseField")


@_attrs_define(repr=False)
class CaseField:
    """One cross-class field of a packet: a value consolidated from standard fields of the
    packet's documents. The vendor's published document calls this object `caseInfoField`.
    Open object: the vendor may add properties.

        Attributes:
            name (str | None): The cross-class field's name (the vendor's example keeps upper-case letters, as in
                `Employee_Address`).
            value (str | None): The consolidated value, as a string. Like a document field's value, it may be the
                string `ERROR` when it failed (see `error_msg`).
            input_fields (list[CaseInputField] | None): For ranked cross-class fields only: the candidate values a reviewer
                can choose from,
                each pointing at a field of one of the packet's documents.
            chosen_field (CaseInputField | None | Unset): For ranked cross-class fields only: the candidate of
                `input_fields` whose value was
                chosen; `null` when none was.
            error_msg (str | None): Why this cross-class field failed. Availability: present only when it failed.
            edit_history (list[EditHistoryEntry] | None): The human-review edits made to this cross-class field, oldest
                first. Availability:
                present when `include_review_results=true`.
            validations (CaseFieldValidations | None): Cross-class validation results for a packet-level field: data quality
                and consistency
                across the documents of the packet. Availability: present when
                `include_validation_results=true`. Open object: the vendor may add properties.
    """

    name: str | None = None
    value: str | None = None
    input_fields: list[CaseInputField] | None = None
    chosen_field: CaseInputField | None | Unset = UNSET
    error_msg: str | None = None
    edit_history: list[EditHistoryEntry] | None = None
    validations: CaseFieldValidations | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _name = UNSET if self.name is None else self.name
        name = _name

        _value = UNSET if self.value is None else self.value
        value = _value

        _input_fields = UNSET if self.input_fields is None else self.input_fields
        input_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_input_fields, Unset):
            input_fields = []
            for input_fields_item_data in _input_fields:
                input_fields_item = input_fields_item_data.to_dict()
                input_fields.append(input_fields_item)

        chosen_field: dict[str, Any] | None | Unset
        if isinstance(self.chosen_field, Unset):
            chosen_field = UNSET
        elif isinstance(self.chosen_field, CaseInputField):
            chosen_field = self.chosen_field.to_dict()
        else:
            chosen_field = self.chosen_field

        _error_msg = UNSET if self.error_msg is None else self.error_msg
        error_msg = _error_msg

        _edit_history = UNSET if self.edit_history is None else self.edit_history
        edit_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_edit_history, Unset):
            edit_history = []
            for edit_history_item_data in _edit_history:
                edit_history_item = edit_history_item_data.to_dict()
                edit_history.append(edit_history_item)

        _validations = UNSET if self.validations is None else self.validations
        validations: dict[str, Any] | Unset = UNSET
        if not isinstance(_validations, Unset):
            validations = _validations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if input_fields is not UNSET:
            field_dict["input_fields"] = input_fields
        if chosen_field is not UNSET:
            field_dict["chosen_field"] = chosen_field
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if edit_history is not UNSET:
            field_dict["edit_history"] = edit_history
        if validations is not UNSET:
            field_dict["validations"] = validations

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
            _at_ = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, str) and name is not UNSET:
                raise _JSONShapeError.wrong_type("a string", name)

            _at_ = "value"
            value = d.pop("value", UNSET)
            if not isinstance(value, str) and value is not UNSET:
                raise _JSONShapeError.wrong_type("a string", value)

            _at_ = "input_fields"
            _input_fields = d.pop("input_fields", UNSET)
            input_fields: list[CaseInputField] | Unset = UNSET
            if not isinstance(_input_fields, Unset):
                if not isinstance(_input_fields, list):
                    raise _JSONShapeError.wrong_type("an array", _input_fields)
                input_fields = []
                for input_fields_item_index_, input_fields_item_data in enumerate(_input_fields):
                    try:
                        input_fields_item = CaseInputField.from_dict(input_fields_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(input_fields_item_index_) from None
                    input_fields.append(input_fields_item)

            _at_ = "chosen_field"

            def _parse_chosen_field(data: object) -> CaseInputField | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, dict):
                    try:
                        chosen_field_type_0 = CaseInputField.from_dict(data)

                        return chosen_field_type_0
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or an object", data)

            chosen_field = _parse_chosen_field(d.pop("chosen_field", UNSET))

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

            _at_ = "validations"
            _validations = d.pop("validations", UNSET)
            validations: CaseFieldValidations | Unset
            if isinstance(_validations, Unset):
                validations = UNSET
            else:
                validations = CaseFieldValidations.from_dict(_validations)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            name=None if isinstance(name, Unset) else name,
            value=None if isinstance(value, Unset) else value,
            input_fields=None if isinstance(input_fields, Unset) else input_fields,
            chosen_field=chosen_field,
            error_msg=None if isinstance(error_msg, Unset) else error_msg,
            edit_history=None if isinstance(edit_history, Unset) else edit_history,
            validations=None if isinstance(validations, Unset) else validations,
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
            ("name", self.name),
            ("value", self.value),
            ("input_fields", self.input_fields),
            ("chosen_field", self.chosen_field),
            ("error_msg", self.error_msg),
            ("edit_history", self.edit_history),
            ("validations", self.validations),
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
from ..models.case_field_validations import CaseFieldValidations  # noqa: E402
from ..models.case_input_field import CaseInputField  # noqa: E402
from ..models.edit_history_entry import EditHistoryEntry  # noqa: E402
