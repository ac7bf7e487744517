from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.object_type import ObjectType
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ClassifierVersion")


@_attrs_define(repr=False)
class ClassifierVersion:
    """The classifier version a classify run used: Extend's ClassifierVersionSummary object. May gain new fields.

    Attributes:
        object_ (ObjectType | None): The type of an Extend object, in its `object` field. Open enum: these are the
            values
            Extend's SDK publishes for the objects these operations return or refer to; other values
            can appear and must be accepted.

            - `document_processor_run`: a processor run.
            - `classify_run`: a classify run.
            - `classifier`, `classifier_version`: a classifier and one of its versions.
            - `file`: a file.
            - `extract_run`, `split_run`, `parse_run`, `edit_run`, `form_detection_run`: the runs
              a usage breakdown can name (newer generation of the API).
        id (str | None): The version's identifier (for example `clv_xK9mLPqRtN3vS8wF5hB2cQ`).
        description (None | str | Unset): A description of the version, or `null`.
        version (str | None): The version's number (for example `1.0` or `2.1`); `draft` for the draft.
        classifier_id (str | None): The identifier of the classifier the version belongs to.
        created_at (str | None): When the version was created, an RFC 3339 timestamp.
        created_by (CreatedBy | None | Unset): Who created the version; `null` for versions created before Extend
            recorded it.
    """

    object_: ObjectType | None = None
    id: str | None = None
    description: None | str | Unset = UNSET
    version: str | None = None
    classifier_id: str | None = None
    created_at: str | None = None
    created_by: CreatedBy | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _object_ = UNSET if self.object_ is None else self.object_
        object_: str | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = _object_.value

        _id = UNSET if self.id is None else self.id
        id = _id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        _version = UNSET if self.version is None else self.version
        version = _version

        _classifier_id = UNSET if self.classifier_id is None else self.classifier_id
        classifier_id = _classifier_id

        _created_at = UNSET if self.created_at is None else self.created_at
        created_at = _created_at

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, CreatedBy):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if version is not UNSET:
            field_dict["version"] = version
        if classifier_id is not UNSET:
            field_dict["classifierId"] = classifier_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

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
            _at_ = "object"

            def _parse_object_(data: object) -> ObjectType | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_object_type_object_type = data
                        if not isinstance(_componentsschemas_object_type_object_type, str):
                            raise _JSONShapeError.wrong_type(
                                "a string", _componentsschemas_object_type_object_type
                            )
                        componentsschemas_object_type_object_type = ObjectType(
                            _componentsschemas_object_type_object_type
                        )

                        return componentsschemas_object_type_object_type
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            object_ = _parse_object_(d.pop("object", UNSET))

            _at_ = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, str) and id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", id)

            _at_ = "description"

            def _parse_description(data: object) -> None | str | Unset:
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

            description = _parse_description(d.pop("description", UNSET))

            _at_ = "version"
            version = d.pop("version", UNSET)
            if not isinstance(version, str) and version is not UNSET:
                raise _JSONShapeError.wrong_type("a string", version)

            _at_ = "classifierId"
            classifier_id = d.pop("classifierId", UNSET)
            if not isinstance(classifier_id, str) and classifier_id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", classifier_id)

            _at_ = "createdAt"
            created_at = d.pop("createdAt", UNSET)
            if not isinstance(created_at, str) and created_at is not UNSET:
                raise _JSONShapeError.wrong_type("a string", created_at)

            _at_ = "createdBy"

            def _parse_created_by(data: object) -> CreatedBy | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, dict):
                    try:
                        created_by_type_0 = CreatedBy.from_dict(data)

                        return created_by_type_0
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or an object", data)

            created_by = _parse_created_by(d.pop("createdBy", UNSET))

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            object_=None if isinstance(object_, Unset) else object_,
            id=None if isinstance(id, Unset) else id,
            description=description,
            version=None if isinstance(version, Unset) else version,
            classifier_id=None if isinstance(classifier_id, Unset) else classifier_id,
            created_at=None if isinstance(created_at, Unset) else created_at,
            created_by=created_by,
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
            ("object_", self.object_),
            ("id", self.id),
            ("description", self.description),
            ("version", self.version),
            ("classifier_id", self.classifier_id),
            ("created_at", self.created_at),
            ("created_by", self.created_by),
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
from ..models.created_by import CreatedBy  # noqa: E402
