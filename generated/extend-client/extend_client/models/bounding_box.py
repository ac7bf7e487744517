from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="BoundingBox")


@_attrs_define(repr=False)
class BoundingBox:
    """A rectangle on a page, by its four edges. May gain new fields.

    Attributes:
        top (float | None): The top edge.
        left (float | None): The left edge.
        bottom (float | None): The bottom edge.
        right (float | None): The right edge.
    """

    top: float | None = None
    left: float | None = None
    bottom: float | None = None
    right: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _top = UNSET if self.top is None else self.top
        top = _top

        _left = UNSET if self.left is None else self.left
        left = _left

        _bottom = UNSET if self.bottom is None else self.bottom
        bottom = _bottom

        _right = UNSET if self.right is None else self.right
        right = _right

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if top is not UNSET:
            field_dict["top"] = top
        if left is not UNSET:
            field_dict["left"] = left
        if bottom is not UNSET:
            field_dict["bottom"] = bottom
        if right is not UNSET:
            field_dict["right"] = right

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
            _at_ = "top"
            top = d.pop("top", UNSET)
            if (
                not (isinstance(top, (int, float)) and not isinstance(top, bool))
                and top is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", top)

            _at_ = "left"
            left = d.pop("left", UNSET)
            if (
                not (isinstance(left, (int, float)) and not isinstance(left, bool))
                and left is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", left)

            _at_ = "bottom"
            bottom = d.pop("bottom", UNSET)
            if (
                not (isinstance(bottom, (int, float)) and not isinstance(bottom, bool))
                and bottom is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", bottom)

            _at_ = "right"
            right = d.pop("right", UNSET)
            if (
                not (isinstance(right, (int, float)) and not isinstance(right, bool))
                and right is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", right)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            top=None if isinstance(top, Unset) else top,
            left=None if isinstance(left, Unset) else left,
            bottom=None if isinstance(bottom, Unset) else bottom,
            right=None if isinstance(right, Unset) else right,
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
            ("top", self.top),
            ("left", self.left),
            ("bottom", self.bottom),
            ("right", self.right),
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
