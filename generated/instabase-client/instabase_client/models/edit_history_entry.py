from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="EditHistoryEntry")


@_attrs_define(repr=False)
class EditHistoryEntry:
    """One human-review edit: who made it, when, and what changed. The vendor's published
    document calls this object `modificationObject`. Open object: the vendor may add
    properties.

        Attributes:
            timestamp (str | None): When the edit was made. The vendor calls it a date-time string without naming a
                format; its examples use `MM/DD/YYYY HH:MM:SS` (for example `11/23/2026 10:15:30`,
                no time zone), not RFC 3339, so no `format` is declared and the string is kept as
                sent.
            user_id (str | None): The ID of the user who made the edit.
            modifications (list[Modification] | None): The changes made in this edit.
    """

    timestamp: str | None = None
    user_id: str | None = None
    modifications: list[Modification] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _timestamp = UNSET if self.timestamp is None else self.timestamp
        timestamp = _timestamp

        _user_id = UNSET if self.user_id is None else self.user_id
        user_id = _user_id

        _modifications = UNSET if self.modifications is None else self.modifications
        modifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_modifications, Unset):
            modifications = []
            for modifications_item_data in _modifications:
                modifications_item = modifications_item_data.to_dict()
                modifications.append(modifications_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if modifications is not UNSET:
            field_dict["modifications"] = modifications

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
            _at_ = "timestamp"
            timestamp = d.pop("timestamp", UNSET)
            if not isinstance(timestamp, str) and timestamp is not UNSET:
                raise _JSONShapeError.wrong_type("a string", timestamp)

            _at_ = "user_id"
            user_id = d.pop("user_id", UNSET)
            if not isinstance(user_id, str) and user_id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", user_id)

            _at_ = "modifications"
            _modifications = d.pop("modifications", UNSET)
            modifications: list[Modification] | Unset = UNSET
            if not isinstance(_modifications, Unset):
                if not isinstance(_modifications, list):
                    raise _JSONShapeError.wrong_type("an array", _modifications)
                modifications = []
                for modifications_item_index_, modifications_item_data in enumerate(_modifications):
                    try:
                        modifications_item = Modification.from_dict(modifications_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(modifications_item_index_) from None
                    modifications.append(modifications_item)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            timestamp=None if isinstance(timestamp, Unset) else timestamp,
            user_id=None if isinstance(user_id, Unset) else user_id,
            modifications=None if isinstance(modifications, Unset) else modifications,
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
            ("timestamp", self.timestamp),
            ("user_id", self.user_id),
            ("modifications", self.modifications),
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
from ..models.modification import Modification  # noqa: E402
