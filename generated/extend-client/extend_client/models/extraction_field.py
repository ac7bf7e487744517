from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.extraction_field_type import ExtractionFieldType
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ExtractionField")


@_attrs_define(repr=False)
class ExtractionField:
    """One field to extract, in the older field-list form of an extraction configuration (Extend's `ExtractionField`, later
    `LegacyExtractionField`). May gain new fields.

        Attributes:
            id (str | None): The field's identifier; the key of its result in the older extraction output.
            name (str | None): The field's human-readable name.
            type_ (ExtractionFieldType | None): The kind of value an extraction field holds (in the field list and in its
                results). Open
                enum: new values may be added and must be accepted.
            description (str | None): What the field holds and in which format.
            schema (list[ExtractionField] | None): The nested fields of an `array` or `object` field.
            enum (list[EnumOption] | None): The values an `enum` field allows.
    """

    id: str | None = None
    name: str | None = None
    type_: ExtractionFieldType | None = None
    description: str | None = None
    schema: list[ExtractionField] | None = None
    enum: list[EnumOption] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _id = UNSET if self.id is None else self.id
        id = _id

        _name = UNSET if self.name is None else self.name
        name = _name

        _type_ = UNSET if self.type_ is None else self.type_
        type_: str | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _type_.value

        _description = UNSET if self.description is None else self.description
        description = _description

        _schema = UNSET if self.schema is None else self.schema
        schema: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_schema, Unset):
            schema = []
            for schema_item_data in _schema:
                schema_item = schema_item_data.to_dict()
                schema.append(schema_item)

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
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
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

            _at_ = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, str) and name is not UNSET:
                raise _JSONShapeError.wrong_type("a string", name)

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

            _at_ = "description"
            description = d.pop("description", UNSET)
            if not isinstance(description, str) and description is not UNSET:
                raise _JSONShapeError.wrong_type("a string", description)

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
            name=None if isinstance(name, Unset) else name,
            type_=None if isinstance(type_, Unset) else type_,
            description=None if isinstance(description, Unset) else description,
            schema=None if isinstance(schema, Unset) else schema,
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
            ("name", self.name),
            ("type_", self.type_),
            ("description", self.description),
            ("schema", self.schema),
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
