from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ParseConfigChunkingStrategyOptions")


@_attrs_define(repr=False)
class ParseConfigChunkingStrategyOptions:
    """Size limits of the chunks. May gain new fields.

    Attributes:
        min_characters (int | None): The fewest characters a chunk holds.
        max_characters (int | None): The most characters a chunk holds.
    """

    min_characters: int | None = None
    max_characters: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _min_characters = UNSET if self.min_characters is None else self.min_characters
        min_characters = _min_characters

        _max_characters = UNSET if self.max_characters is None else self.max_characters
        max_characters = _max_characters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_characters is not UNSET:
            field_dict["minCharacters"] = min_characters
        if max_characters is not UNSET:
            field_dict["maxCharacters"] = max_characters

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
            _at_ = "minCharacters"
            min_characters = d.pop("minCharacters", UNSET)
            if (
                not (isinstance(min_characters, int) and not isinstance(min_characters, bool))
                and min_characters is not UNSET
            ):
                raise _JSONShapeError.wrong_type("an integer", min_characters)

            _at_ = "maxCharacters"
            max_characters = d.pop("maxCharacters", UNSET)
            if (
                not (isinstance(max_characters, int) and not isinstance(max_characters, bool))
                and max_characters is not UNSET
            ):
                raise _JSONShapeError.wrong_type("an integer", max_characters)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            min_characters=None if isinstance(min_characters, Unset) else min_characters,
            max_characters=None if isinstance(max_characters, Unset) else max_characters,
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
            ("min_characters", self.min_characters),
            ("max_characters", self.max_characters),
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
