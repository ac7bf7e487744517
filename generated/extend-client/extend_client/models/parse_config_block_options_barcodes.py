from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ParseConfigBlockOptionsBarcodes")


@_attrs_define(repr=False)
class ParseConfigBlockOptionsBarcodes:
    """How barcodes are parsed. May gain new fields.

    Attributes:
        image_clipping_enabled (bool | None): Whether an image of each barcode is cut out.
        reading_enabled (bool | None): Whether barcode values are decoded.
    """

    image_clipping_enabled: bool | None = None
    reading_enabled: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _image_clipping_enabled = (
            UNSET if self.image_clipping_enabled is None else self.image_clipping_enabled
        )
        image_clipping_enabled = _image_clipping_enabled

        _reading_enabled = UNSET if self.reading_enabled is None else self.reading_enabled
        reading_enabled = _reading_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_clipping_enabled is not UNSET:
            field_dict["imageClippingEnabled"] = image_clipping_enabled
        if reading_enabled is not UNSET:
            field_dict["readingEnabled"] = reading_enabled

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
            _at_ = "imageClippingEnabled"
            image_clipping_enabled = d.pop("imageClippingEnabled", UNSET)
            if not isinstance(image_clipping_enabled, bool) and image_clipping_enabled is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", image_clipping_enabled)

            _at_ = "readingEnabled"
            reading_enabled = d.pop("readingEnabled", UNSET)
            if not isinstance(reading_enabled, bool) and reading_enabled is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", reading_enabled)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            image_clipping_enabled=None
            if isinstance(image_clipping_enabled, Unset)
            else image_clipping_enabled,
            reading_enabled=None if isinstance(reading_enabled, Unset) else reading_enabled,
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
            ("image_clipping_enabled", self.image_clipping_enabled),
            ("reading_enabled", self.reading_enabled),
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
