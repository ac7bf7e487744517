from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ProcessorRunEdit")


@_attrs_define(repr=False)
class ProcessorRunEdit:
    """One field's edit made during human review. May gain new fields.

    Attributes:
        original_value (Any | Unset): The field's value before the edit, as the processor produced it (any JSON value).
        edited_value (Any | Unset): The field's value after the edit (any JSON value).
        field_type (str | None): The type of the edited field (for example `currency`).
        notes (str | None): The reviewer's notes on the edit.
        page (float | None): The page number where the edit was made.
    """

    original_value: Any | Unset = UNSET
    edited_value: Any | Unset = UNSET
    field_type: str | None = None
    notes: str | None = None
    page: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_value = self.original_value

        edited_value = self.edited_value

        _field_type = UNSET if self.field_type is None else self.field_type
        field_type = _field_type

        _notes = UNSET if self.notes is None else self.notes
        notes = _notes

        _page = UNSET if self.page is None else self.page
        page = _page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_value is not UNSET:
            field_dict["originalValue"] = original_value
        if edited_value is not UNSET:
            field_dict["editedValue"] = edited_value
        if field_type is not UNSET:
            field_dict["fieldType"] = field_type
        if notes is not UNSET:
            field_dict["notes"] = notes
        if page is not UNSET:
            field_dict["page"] = page

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
            _at_ = "originalValue"
            original_value = d.pop("originalValue", UNSET)

            _at_ = "editedValue"
            edited_value = d.pop("editedValue", UNSET)

            _at_ = "fieldType"
            field_type = d.pop("fieldType", UNSET)
            if not isinstance(field_type, str) and field_type is not UNSET:
                raise _JSONShapeError.wrong_type("a string", field_type)

            _at_ = "notes"
            notes = d.pop("notes", UNSET)
            if not isinstance(notes, str) and notes is not UNSET:
                raise _JSONShapeError.wrong_type("a string", notes)

            _at_ = "page"
            page = d.pop("page", UNSET)
            if (
                not (isinstance(page, (int, float)) and not isinstance(page, bool))
                and page is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", page)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            original_value=original_value,
            edited_value=edited_value,
            field_type=None if isinstance(field_type, Unset) else field_type,
            notes=None if isinstance(notes, Unset) else notes,
            page=None if isinstance(page, Unset) else page,
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
            ("original_value", self.original_value),
            ("edited_value", self.edited_value),
            ("field_type", self.field_type),
            ("notes", self.notes),
            ("page", self.page),
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
