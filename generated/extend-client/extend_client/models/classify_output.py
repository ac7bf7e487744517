from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ClassifyOutput")


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

            _at_ = "type"
            type_ = d.pop("type", UNSET)
            if not isinstance(type_, str) and type_ is not UNSET:
                raise _JSONShapeError.wrong_type("a string", type_)

            _at_ = "confidence"
            confidence = d.pop("confidence", UNSET)
            if (
                not (isinstance(confidence, (int, float)) and not isinstance(confidence, bool))
                and confidence is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", confidence)

            _at_ = "insights"
            _insights = d.pop("insights", UNSET)
            insights: list[Insight] | Unset = UNSET
            if not isinstance(_insights, Unset):
                if not isinstance(_insights, list):
                    raise _JSONShapeError.wrong_type("an array", _insights)
                insights = []
                for insights_item_index_, insights_item_data in enumerate(_insights):
                    try:
                        insights_item = Insight.from_dict(insights_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(insights_item_index_) from None
                    insights.append(insights_item)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            id=None if isinstance(id, Unset) else id,
            type_=None if isinstance(type_, Unset) else type_,
            confidence=None if isinstance(confidence, Unset) else confidence,
            insights=None if isinstance(insights, Unset) else insights,
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
