from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="Citation")


@_attrs_define(repr=False)
class Citation:
    """A place in the document an extracted value was read from. May gain new fields.

    Attributes:
        page (float | None): The page the text is on.
        reference_text (None | str | Unset): The text the value was read from; `null` when there is none.
        polygon (list[Point] | None): The corners of the area around the text, in page points.
        page_width (float | None): The page's width in points.
        page_height (float | None): The page's height in points.
    """

    page: float | None = None
    reference_text: None | str | Unset = UNSET
    polygon: list[Point] | None = None
    page_width: float | None = None
    page_height: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _page = UNSET if self.page is None else self.page
        page = _page

        reference_text: None | str | Unset
        if isinstance(self.reference_text, Unset):
            reference_text = UNSET
        else:
            reference_text = self.reference_text

        _polygon = UNSET if self.polygon is None else self.polygon
        polygon: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_polygon, Unset):
            polygon = []
            for polygon_item_data in _polygon:
                polygon_item = polygon_item_data.to_dict()
                polygon.append(polygon_item)

        _page_width = UNSET if self.page_width is None else self.page_width
        page_width = _page_width

        _page_height = UNSET if self.page_height is None else self.page_height
        page_height = _page_height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if reference_text is not UNSET:
            field_dict["referenceText"] = reference_text
        if polygon is not UNSET:
            field_dict["polygon"] = polygon
        if page_width is not UNSET:
            field_dict["pageWidth"] = page_width
        if page_height is not UNSET:
            field_dict["pageHeight"] = page_height

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
            _at_ = "page"
            page = d.pop("page", UNSET)
            if (
                not (isinstance(page, (int, float)) and not isinstance(page, bool))
                and page is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", page)

            _at_ = "referenceText"

            def _parse_reference_text(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    return data
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or a string", data)

            reference_text = _parse_reference_text(d.pop("referenceText", UNSET))

            _at_ = "polygon"
            _polygon = d.pop("polygon", UNSET)
            polygon: list[Point] | Unset = UNSET
            if not isinstance(_polygon, Unset):
                if not isinstance(_polygon, list):
                    raise _JSONShapeError.wrong_type("an array", _polygon)
                polygon = []
                for polygon_item_index_, polygon_item_data in enumerate(_polygon):
                    try:
                        polygon_item = Point.from_dict(polygon_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(polygon_item_index_) from None
                    polygon.append(polygon_item)

            _at_ = "pageWidth"
            page_width = d.pop("pageWidth", UNSET)
            if (
                not (isinstance(page_width, (int, float)) and not isinstance(page_width, bool))
                and page_width is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", page_width)

            _at_ = "pageHeight"
            page_height = d.pop("pageHeight", UNSET)
            if (
                not (isinstance(page_height, (int, float)) and not isinstance(page_height, bool))
                and page_height is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", page_height)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            page=None if isinstance(page, Unset) else page,
            reference_text=reference_text,
            polygon=None if isinstance(polygon, Unset) else polygon,
            page_width=None if isinstance(page_width, Unset) else page_width,
            page_height=None if isinstance(page_height, Unset) else page_height,
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
            ("page", self.page),
            ("reference_text", self.reference_text),
            ("polygon", self.polygon),
            ("page_width", self.page_width),
            ("page_height", self.page_height),
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
from ..models.point import Point  # noqa: E402
