from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ExtractionFieldReference")


@_attrs_define(repr=False)
class ExtractionFieldReference:
    """Where a field's value was found in the document. May gain new fields.

    Attributes:
        id (str | None): The field's identifier.
        field_name (str | None): The field's name.
        page (float | None): The page the boxes are on.
        bounding_boxes (list[BoundingBox] | None): The areas of the page the value was read from.
    """

    id: str | None = None
    field_name: str | None = None
    page: float | None = None
    bounding_boxes: list[BoundingBox] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _id = UNSET if self.id is None else self.id
        id = _id

        _field_name = UNSET if self.field_name is None else self.field_name
        field_name = _field_name

        _page = UNSET if self.page is None else self.page
        page = _page

        _bounding_boxes = UNSET if self.bounding_boxes is None else self.bounding_boxes
        bounding_boxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_bounding_boxes, Unset):
            bounding_boxes = []
            for bounding_boxes_item_data in _bounding_boxes:
                bounding_boxes_item = bounding_boxes_item_data.to_dict()
                bounding_boxes.append(bounding_boxes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if field_name is not UNSET:
            field_dict["fieldName"] = field_name
        if page is not UNSET:
            field_dict["page"] = page
        if bounding_boxes is not UNSET:
            field_dict["boundingBoxes"] = bounding_boxes

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
            _at_ = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, str) and id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", id)

            _at_ = "fieldName"
            field_name = d.pop("fieldName", UNSET)
            if not isinstance(field_name, str) and field_name is not UNSET:
                raise _JSONShapeError.wrong_type("a string", field_name)

            _at_ = "page"
            page = d.pop("page", UNSET)
            if (
                not (isinstance(page, (int, float)) and not isinstance(page, bool))
                and page is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", page)

            _at_ = "boundingBoxes"
            _bounding_boxes = d.pop("boundingBoxes", UNSET)
            bounding_boxes: list[BoundingBox] | Unset = UNSET
            if not isinstance(_bounding_boxes, Unset):
                if not isinstance(_bounding_boxes, list):
                    raise _JSONShapeError.wrong_type("an array", _bounding_boxes)
                bounding_boxes = []
                for bounding_boxes_item_index_, bounding_boxes_item_data in enumerate(
                    _bounding_boxes
                ):
                    try:
                        bounding_boxes_item = BoundingBox.from_dict(bounding_boxes_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(bounding_boxes_item_index_) from None
                    bounding_boxes.append(bounding_boxes_item)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            id=None if isinstance(id, Unset) else id,
            field_name=None if isinstance(field_name, Unset) else field_name,
            page=None if isinstance(page, Unset) else page,
            bounding_boxes=None if isinstance(bounding_boxes, Unset) else bounding_boxes,
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
            ("id", self.id),
            ("field_name", self.field_name),
            ("page", self.page),
            ("bounding_boxes", self.bounding_boxes),
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
from ..models.bounding_box import BoundingBox  # noqa: E402
