from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageCharge")


@_attrs_define
class UsageCharge:
    """One cost driver of a usage line item. May gain new fields.

    Attributes:
        product (str | Unset): The billable product.
        unit (str | Unset): The unit `quantity` is counted in.
        quantity (float | Unset): How many units were billed.
        credits_ (float | Unset): The credits this charge consumed (the rate is `credits / quantity`).
        pages (list[int] | Unset): The pages (from 1) the charge applied to, for add-ons billed only where they applied.
    """

    product: str | Unset = UNSET
    unit: str | Unset = UNSET
    quantity: float | Unset = UNSET
    credits_: float | Unset = UNSET
    pages: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product = self.product

        unit = self.unit

        quantity = self.quantity

        credits_ = self.credits_

        pages: list[int] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = self.pages

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product = d.pop("product", UNSET)

        unit = d.pop("unit", UNSET)

        quantity = d.pop("quantity", UNSET)

        credits_ = d.pop("credits", UNSET)

        pages = cast(list[int], d.pop("pages", UNSET))

        _parsed = cls(
            product=product,
            unit=unit,
            quantity=quantity,
            credits_=credits_,
            pages=pages,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

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
