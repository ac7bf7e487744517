from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="Usage")


@_attrs_define(repr=False)
class Usage:
    """The usage credits a classify run consumed: Extend's RunUsage object. May gain new fields.

    Attributes:
        credits_ (float | None): The credits consumed by the run's own work.
        total_credits (float | None): The credits of the run and of every run it caused (for example the parse run an
            upload triggers). Availability: on runs stored on or after 2026-05-14.
        breakdown (list[UsageBreakdownEntry] | None): The chargeable resources that make up `totalCredits`, the run
            itself included when it has its own line item. Availability: on runs stored on or after 2026-05-14.
    """

    credits_: float | None = None
    total_credits: float | None = None
    breakdown: list[UsageBreakdownEntry] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _credits_ = UNSET if self.credits_ is None else self.credits_
        credits_ = _credits_

        _total_credits = UNSET if self.total_credits is None else self.total_credits
        total_credits = _total_credits

        _breakdown = UNSET if self.breakdown is None else self.breakdown
        breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_breakdown, Unset):
            breakdown = []
            for breakdown_item_data in _breakdown:
                breakdown_item = breakdown_item_data.to_dict()
                breakdown.append(breakdown_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if total_credits is not UNSET:
            field_dict["totalCredits"] = total_credits
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown

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
            _at_ = "credits"
            credits_ = d.pop("credits", UNSET)
            if (
                not (isinstance(credits_, (int, float)) and not isinstance(credits_, bool))
                and credits_ is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", credits_)

            _at_ = "totalCredits"
            total_credits = d.pop("totalCredits", UNSET)
            if (
                not (
                    isinstance(total_credits, (int, float)) and not isinstance(total_credits, bool)
                )
                and total_credits is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", total_credits)

            _at_ = "breakdown"
            _breakdown = d.pop("breakdown", UNSET)
            breakdown: list[UsageBreakdownEntry] | Unset = UNSET
            if not isinstance(_breakdown, Unset):
                if not isinstance(_breakdown, list):
                    raise _JSONShapeError.wrong_type("an array", _breakdown)
                breakdown = []
                for breakdown_item_index_, breakdown_item_data in enumerate(_breakdown):
                    try:
                        breakdown_item = UsageBreakdownEntry.from_dict(breakdown_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(breakdown_item_index_) from None
                    breakdown.append(breakdown_item)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            credits_=None if isinstance(credits_, Unset) else credits_,
            total_credits=None if isinstance(total_credits, Unset) else total_credits,
            breakdown=None if isinstance(breakdown, Unset) else breakdown,
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
            ("credits_", self.credits_),
            ("total_credits", self.total_credits),
            ("breakdown", self.breakdown),
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
from ..models.usage_breakdown_entry import UsageBreakdownEntry  # noqa: E402
