from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CaseField")


@_attrs_define(repr=False)
class CaseField:
    """One cross-class field of a packet: a value consolidated from standard fields of the
    packet's documents. Open object: the vendor may add properties.

        Attributes:
            field_name (str | None): The cross-class field's name, converted to a valid Python variable name like every
                field name in this response (`due date` → `due_date`).
            value (Any | Unset): The consolidated value: any JSON value, depending on the field's type in the app.
                Like a document field's value, it may be the string `ERROR` when it failed.
            edit_history (list[EditHistoryEntry] | None): The human-review edits made to this cross-class field, oldest
                first. Availability:
                present when `include_review_results=true`.
            validations (CaseFieldValidations | None): Cross-class validation results for a packet-level field: data quality
                and consistency
                across the documents of the packet. Availability: present when
                `include_validation_results=true`. Open object: the vendor may add properties.
    """

    field_name: str | None = None
    value: Any | Unset = UNSET
    edit_history: list[EditHistoryEntry] | None = None
    validations: CaseFieldValidations | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _field_name = UNSET if self.field_name is None else self.field_name
        field_name = _field_name

        value = self.value

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
        if field_name is not UNSET:
            field_dict["field_name"] = field_name
        if value is not UNSET:
            field_dict["value"] = value
        if edit_history is not UNSET:
            field_dict["edit_history"] = edit_history
        if validations is not UNSET:
            field_dict["validations"] = validations

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

        _validations = d.pop("validations", UNSET)
        validations: CaseFieldValidations | Unset
        if isinstance(_validations, Unset):
            validations = UNSET
        else:
            validations = CaseFieldValidations.from_dict(_validations)

        _parsed = cls(
            field_name=None if isinstance(field_name, Unset) else field_name,
            value=value,
            edit_history=None if isinstance(edit_history, Unset) else edit_history,
            validations=None if isinstance(validations, Unset) else validations,
        )

        _parsed.additional_properties = d
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("field_name", self.field_name),
            ("value", self.value),
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
from ..models.edit_history_entry import EditHistoryEntry  # noqa: E402
