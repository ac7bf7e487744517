from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="PageLayout")


@_attrs_define(repr=False)
class PageLayout:
    """The size of one page of a document. The vendor's published document calls this object
    `pageLayout`. Open object: the vendor may add properties.

        Attributes:
            page_number (int | None): The page's number, counted from 0.
            width (float | None): The width of the page (the vendor gives no unit; read as pixels of the page image,
                the unit of `source_coordinates`).
            height (float | None): The height of the page (the vendor gives no unit; read as pixels of the page image,
                the unit of `source_coordinates`).
    """

    page_number: int | None = None
    width: float | None = None
    height: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _page_number = UNSET if self.page_number is None else self.page_number
        page_number = _page_number

        _width = UNSET if self.width is None else self.width
        width = _width

        _height = UNSET if self.height is None else self.height
        height = _height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_number is not UNSET:
            field_dict["page_number"] = page_number
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height

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
            _at_ = "page_number"
            page_number = d.pop("page_number", UNSET)
            if (
                not (isinstance(page_number, int) and not isinstance(page_number, bool))
                and page_number is not UNSET
            ):
                raise _JSONShapeError.wrong_type("an integer", page_number)

            _at_ = "width"
            width = d.pop("width", UNSET)
            if (
                not (isinstance(width, (int, float)) and not isinstance(width, bool))
                and width is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", width)

            _at_ = "height"
            height = d.pop("height", UNSET)
            if (
                not (isinstance(height, (int, float)) and not isinstance(height, bool))
                and height is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", height)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            page_number=None if isinstance(page_number, Unset) else page_number,
            width=None if isinstance(width, Unset) else width,
            height=None if isinstance(height, Unset) else height,
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
            ("page_number", self.page_number),
            ("width", self.width),
            ("height", self.height),
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
