from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="UsageCharge")


@_attrs_define(repr=False)
class UsageCharge:
    """One cost driver of a usage line item. May gain new fields.

    Attributes:
        product (str | None): The billable product.
        unit (str | None): The unit `quantity` is counted in.
        quantity (float | None): How many units were billed.
        credits_ (float | None): The credits this charge consumed (the rate is `credits / quantity`).
        pages (list[int] | None): The pages (from 1) the charge applied to, for add-ons billed only where they applied.
    """

    product: str | None = None
    unit: str | None = None
    quantity: float | None = None
    credits_: float | None = None
    pages: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _product = UNSET if self.product is None else self.product
        product = _product

        _unit = UNSET if self.unit is None else self.unit
        unit = _unit

        _quantity = UNSET if self.quantity is None else self.quantity
        quantity = _quantity

        _credits_ = UNSET if self.credits_ is None else self.credits_
        credits_ = _credits_

        _pages = UNSET if self.pages is None else self.pages
        pages: list[int] | Unset = UNSET
        if not isinstance(_pages, Unset):
            pages = _pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
        if unit is not UNSET:
            field_dict["unit"] = unit
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if pages is not UNSET:
            field_dict["pages"] = pages

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
            _at_ = "product"
            product = d.pop("product", UNSET)
            if not isinstance(product, str) and product is not UNSET:
                raise _JSONShapeError.wrong_type("a string", product)

            _at_ = "unit"
            unit = d.pop("unit", UNSET)
            if not isinstance(unit, str) and unit is not UNSET:
                raise _JSONShapeError.wrong_type("a string", unit)

            _at_ = "quantity"
            quantity = d.pop("quantity", UNSET)
            if (
                not (isinstance(quantity, (int, float)) and not isinstance(quantity, bool))
                and quantity is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", quantity)

            _at_ = "credits"
            credits_ = d.pop("credits", UNSET)
            if (
                not (isinstance(credits_, (int, float)) and not isinstance(credits_, bool))
                and credits_ is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", credits_)

            _at_ = "pages"
            _pages = d.pop("pages", UNSET)
            pages: list[int] | Unset = UNSET
            if not isinstance(_pages, Unset):
                if not isinstance(_pages, list):
                    raise _JSONShapeError.wrong_type("an array", _pages)
                for pages_item_index_, pages_item_data in enumerate(_pages):
                    if not (
                        isinstance(pages_item_data, int) and not isinstance(pages_item_data, bool)
                    ):
                        raise _JSONShapeError.wrong_type("an integer", pages_item_data).within(
                            pages_item_index_
                        )
                pages = _pages

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            product=None if isinstance(product, Unset) else product,
            unit=None if isinstance(unit, Unset) else unit,
            quantity=None if isinstance(quantity, Unset) else quantity,
            credits_=None if isinstance(credits_, Unset) else credits_,
            pages=None if isinstance(pages, Unset) else pages,
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
            ("product", self.product),
            ("unit", self.unit),
            ("quantity", self.quantity),
            ("credits_", self.credits_),
            ("pages", self.pages),
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
