from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="SourceCoordinates")


@_attrs_define(repr=False)
class SourceCoordinates:
    """A bounding box on a page of the document where an extracted value was found: the
    top-left corner (`top_x`, `top_y`) and the bottom-right corner (`bottom_x`, `bottom_y`),
    in pixels of the page image, measured from the page's top-left corner. The vendor
    gives no unit or origin: pixels from the top-left corner is this spec's reading. The
    vendor's published document calls this object `fieldSourceCoordinates`. Open object: the
    vendor may add properties.

        Attributes:
            top_x (float | None): Horizontal position of the box's top-left corner, in pixels from the page's left edge.
            top_y (float | None): Vertical position of the box's top-left corner, in pixels from the page's top edge.
            bottom_x (float | None): Horizontal position of the box's bottom-right corner, in pixels from the page's left
                edge.
            bottom_y (float | None): Vertical position of the box's bottom-right corner, in pixels from the page's top edge.
            page_number (int | None): The page of the document the box is on, counted from 0.
    """

    top_x: float | None = None
    top_y: float | None = None
    bottom_x: float | None = None
    bottom_y: float | None = None
    page_number: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _top_x = UNSET if self.top_x is None else self.top_x
        top_x = _top_x

        _top_y = UNSET if self.top_y is None else self.top_y
        top_y = _top_y

        _bottom_x = UNSET if self.bottom_x is None else self.bottom_x
        bottom_x = _bottom_x

        _bottom_y = UNSET if self.bottom_y is None else self.bottom_y
        bottom_y = _bottom_y

        _page_number = UNSET if self.page_number is None else self.page_number
        page_number = _page_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if top_x is not UNSET:
            field_dict["top_x"] = top_x
        if top_y is not UNSET:
            field_dict["top_y"] = top_y
        if bottom_x is not UNSET:
            field_dict["bottom_x"] = bottom_x
        if bottom_y is not UNSET:
            field_dict["bottom_y"] = bottom_y
        if page_number is not UNSET:
            field_dict["page_number"] = page_number

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
            _at_ = "top_x"
            top_x = d.pop("top_x", UNSET)
            if (
                not (isinstance(top_x, (int, float)) and not isinstance(top_x, bool))
                and top_x is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", top_x)

            _at_ = "top_y"
            top_y = d.pop("top_y", UNSET)
            if (
                not (isinstance(top_y, (int, float)) and not isinstance(top_y, bool))
                and top_y is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", top_y)

            _at_ = "bottom_x"
            bottom_x = d.pop("bottom_x", UNSET)
            if (
                not (isinstance(bottom_x, (int, float)) and not isinstance(bottom_x, bool))
                and bottom_x is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", bottom_x)

            _at_ = "bottom_y"
            bottom_y = d.pop("bottom_y", UNSET)
            if (
                not (isinstance(bottom_y, (int, float)) and not isinstance(bottom_y, bool))
                and bottom_y is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", bottom_y)

            _at_ = "page_number"
            page_number = d.pop("page_number", UNSET)
            if (
                not (isinstance(page_number, int) and not isinstance(page_number, bool))
                and page_number is not UNSET
            ):
                raise _JSONShapeError.wrong_type("an integer", page_number)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            top_x=None if isinstance(top_x, Unset) else top_x,
            top_y=None if isinstance(top_y, Unset) else top_y,
            bottom_x=None if isinstance(bottom_x, Unset) else bottom_x,
            bottom_y=None if isinstance(bottom_y, Unset) else bottom_y,
            page_number=None if isinstance(page_number, Unset) else page_number,
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
            ("top_x", self.top_x),
            ("top_y", self.top_y),
            ("bottom_x", self.bottom_x),
            ("bottom_y", self.bottom_y),
            ("page_number", self.page_number),
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
