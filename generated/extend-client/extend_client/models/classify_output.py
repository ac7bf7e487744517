from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClassifyOutput")


@_attrs_define(repr=False)
class ClassifyOutput:
    """The class a classify run assigned to the document. May gain new fields.

    Attributes:
        id (str | None): The identifier of the assigned class.
        type_ (str | None): The type of the assigned class.
        confidence (float | None): The model's confidence in the class, from 0 to 1 (1 is the highest).
        insights (list[Insight] | None): The model's reasoning about the decision.
    """

    id: str | None = None
    type_: str | None = None
    confidence: float | None = None
    insights: list[Insight] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _id = UNSET if self.id is None else self.id
        id = _id

        _type_ = UNSET if self.type_ is None else self.type_
        type_ = _type_

        _confidence = UNSET if self.confidence is None else self.confidence
        confidence = _confidence

        _insights = UNSET if self.insights is None else self.insights
        insights: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_insights, Unset):
            insights = []
            for insights_item_data in _insights:
                insights_item = insights_item_data.to_dict()
                insights.append(insights_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if insights is not UNSET:
            field_dict["insights"] = insights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        confidence = d.pop("confidence", UNSET)

        _insights = d.pop("insights", UNSET)
        insights: list[Insight] | Unset = UNSET
        if _insights is not UNSET:
            insights = []
            for insights_item_data in _insights:
                insights_item = Insight.from_dict(insights_item_data)

                insights.append(insights_item)

        _parsed = cls(
            id=None if isinstance(id, Unset) else id,
            type_=None if isinstance(type_, Unset) else type_,
            confidence=None if isinstance(confidence, Unset) else confidence,
            insights=None if isinstance(insights, Unset) else insights,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("id", self.id),
            ("type_", self.type_),
            ("confidence", self.confidence),
            ("insights", self.insights),
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
from ..models.insight import Insight  # noqa: E402
