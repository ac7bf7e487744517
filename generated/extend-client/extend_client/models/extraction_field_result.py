from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.extraction_field_type import ExtractionFieldType
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ExtractionFieldResult")


@_attrs_define(repr=False)
class ExtractionFieldResult:
    """The result of one field in the older extraction output (Extend's `ExtractionFieldResult`, later
    `LegacyExtractionFieldResult`). May gain new fields.

        Attributes:
            id (str | None): The field's identifier.
            type_ (ExtractionFieldType | None): The kind of value an extraction field holds (in the field list and in its
                results). Open
                enum: new values may be added and must be accepted.
            value (Any | Unset): The extracted value (any JSON value; its shape follows `type`).
            confidence (float | None): The confidence in the value, from 0 to 1.
            schema (list[ExtractionField] | None): The definitions of the nested fields (`array` and `object` fields).
            insights (list[Insight] | None): The model's reasoning about the value.
            references (list[ExtractionFieldReference] | None): Where the value was found in the document.
            enum (list[EnumOption] | None): The options of an `enum` field.
    """

    id: str | None = None
    type_: ExtractionFieldType | None = None
    value: Any | Unset = UNSET
    confidence: float | None = None
    schema: list[ExtractionField] | None = None
    insights: list[Insight] | None = None
    references: list[ExtractionFieldReference] | None = None
    enum: list[EnumOption] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _id = UNSET if self.id is None else self.id
        id = _id

        _type_ = UNSET if self.type_ is None else self.type_
        type_: str | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _type_.value

        value = self.value

        _confidence = UNSET if self.confidence is None else self.confidence
        confidence = _confidence

        _schema = UNSET if self.schema is None else self.schema
        schema: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_schema, Unset):
            schema = []
            for schema_item_data in _schema:
                schema_item = schema_item_data.to_dict()
                schema.append(schema_item)

        _insights = UNSET if self.insights is None else self.insights
        insights: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_insights, Unset):
            insights = []
            for insights_item_data in _insights:
                insights_item = insights_item_data.to_dict()
                insights.append(insights_item)

        _references = UNSET if self.references is None else self.references
        references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_references, Unset):
            references = []
            for references_item_data in _references:
                references_item = references_item_data.to_dict()
                references.append(references_item)

        _enum = UNSET if self.enum is None else self.enum
        enum: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_enum, Unset):
            enum = []
            for enum_item_data in _enum:
                enum_item = enum_item_data.to_dict()
                enum.append(enum_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if schema is not UNSET:
            field_dict["schema"] = schema
        if insights is not UNSET:
            field_dict["insights"] = insights
        if references is not UNSET:
            field_dict["references"] = references
        if enum is not UNSET:
            field_dict["enum"] = enum

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

            def _parse_type_(data: object) -> ExtractionFieldType | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_extraction_field_type_extraction_field_type = data
                        if not isinstance(
                            _componentsschemas_extraction_field_type_extraction_field_type, str
                        ):
                            raise _JSONShapeError.wrong_type(
                                "a string",
                                _componentsschemas_extraction_field_type_extraction_field_type,
                            )
                        componentsschemas_extraction_field_type_extraction_field_type = (
                            ExtractionFieldType(
                                _componentsschemas_extraction_field_type_extraction_field_type
                            )
                        )

                        return componentsschemas_extraction_field_type_extraction_field_type
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            type_ = _parse_type_(d.pop("type", UNSET))

            _at_ = "value"
            value = d.pop("value", UNSET)

            _at_ = "confidence"
            confidence = d.pop("confidence", UNSET)
            if (
                not (isinstance(confidence, (int, float)) and not isinstance(confidence, bool))
                and confidence is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", confidence)

            _at_ = "schema"
            _schema = d.pop("schema", UNSET)
            schema: list[ExtractionField] | Unset = UNSET
            if not isinstance(_schema, Unset):
                if not isinstance(_schema, list):
                    raise _JSONShapeError.wrong_type("an array", _schema)
                schema = []
                for schema_item_index_, schema_item_data in enumerate(_schema):
                    try:
                        schema_item = ExtractionField.from_dict(schema_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(schema_item_index_) from None
                    schema.append(schema_item)

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

            _at_ = "references"
            _references = d.pop("references", UNSET)
            references: list[ExtractionFieldReference] | Unset = UNSET
            if not isinstance(_references, Unset):
                if not isinstance(_references, list):
                    raise _JSONShapeError.wrong_type("an array", _references)
                references = []
                for references_item_index_, references_item_data in enumerate(_references):
                    try:
                        references_item = ExtractionFieldReference.from_dict(references_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(references_item_index_) from None
                    references.append(references_item)

            _at_ = "enum"
            _enum = d.pop("enum", UNSET)
            enum: list[EnumOption] | Unset = UNSET
            if not isinstance(_enum, Unset):
                if not isinstance(_enum, list):
                    raise _JSONShapeError.wrong_type("an array", _enum)
                enum = []
                for enum_item_index_, enum_item_data in enumerate(_enum):
                    try:
                        enum_item = EnumOption.from_dict(enum_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(enum_item_index_) from None
                    enum.append(enum_item)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            id=None if isinstance(id, Unset) else id,
            type_=None if isinstance(type_, Unset) else type_,
            value=value,
            confidence=None if isinstance(confidence, Unset) else confidence,
            schema=None if isinstance(schema, Unset) else schema,
            insights=None if isinstance(insights, Unset) else insights,
            references=None if isinstance(references, Unset) else references,
            enum=None if isinstance(enum, Unset) else enum,
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
            ("value", self.value),
            ("confidence", self.confidence),
            ("schema", self.schema),
            ("insights", self.insights),
            ("references", self.references),
            ("enum", self.enum),
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
from ..models.enum_option import EnumOption  # noqa: E402
from ..models.extraction_field import ExtractionField  # noqa: E402
from ..models.extraction_field_reference import ExtractionFieldReference  # noqa: E402
from ..models.insight import Insight  # noqa: E402
