from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.file_type import FileType
from ..models.object_type import ObjectType
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="FileSummary")


@_attrs_define(repr=False)
class FileSummary:
    """The file a classify run processed: Extend's FileSummary object (its File object without the download link and
    contents). May gain new fields.

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
            id (str | None): The file's identifier (for example `file_xK9mLPqRtN3vS8wF5hB2cQ`).
            name (str | None): The file's name (for example `Invoices.pdf`).
            type_ (FileType | None | Unset): The file's type; `null` (or absent) when it could not be determined.
            parent_file_id (None | str | Unset): The file this one was split from. Availability: present for files made by a
                splitter in a workflow.
            metadata (FileMetadata | None): Facts about a file. May gain new fields.
            created_at (str | None): When the file was created, an RFC 3339 timestamp.
            updated_at (str | None): When the file was last updated, an RFC 3339 timestamp.
    """

    object_: ObjectType | None = None
    id: str | None = None
    name: str | None = None
    type_: FileType | None | Unset = UNSET
    parent_file_id: None | str | Unset = UNSET
    metadata: FileMetadata | None = None
    created_at: str | None = None
    updated_at: str | None = None
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

        _name = UNSET if self.name is None else self.name
        name = _name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, FileType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        parent_file_id: None | str | Unset
        if isinstance(self.parent_file_id, Unset):
            parent_file_id = UNSET
        else:
            parent_file_id = self.parent_file_id

        _metadata = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata, Unset):
            metadata = _metadata.to_dict()

        _created_at = UNSET if self.created_at is None else self.created_at
        created_at = _created_at

        _updated_at = UNSET if self.updated_at is None else self.updated_at
        updated_at = _updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if parent_file_id is not UNSET:
            field_dict["parentFileId"] = parent_file_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

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

            _at_ = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, str) and name is not UNSET:
                raise _JSONShapeError.wrong_type("a string", name)

            _at_ = "type"

            def _parse_type_(data: object) -> FileType | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_file_type_file_type = data
                        if not isinstance(_componentsschemas_file_type_file_type, str):
                            raise _JSONShapeError.wrong_type(
                                "a string", _componentsschemas_file_type_file_type
                            )
                        componentsschemas_file_type_file_type = FileType(
                            _componentsschemas_file_type_file_type
                        )

                        return componentsschemas_file_type_file_type
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or a string", data)

            type_ = _parse_type_(d.pop("type", UNSET))

            _at_ = "parentFileId"

            def _parse_parent_file_id(data: object) -> None | str | Unset:
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

            parent_file_id = _parse_parent_file_id(d.pop("parentFileId", UNSET))

            _at_ = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: FileMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = FileMetadata.from_dict(_metadata)

            _at_ = "createdAt"
            created_at = d.pop("createdAt", UNSET)
            if not isinstance(created_at, str) and created_at is not UNSET:
                raise _JSONShapeError.wrong_type("a string", created_at)

            _at_ = "updatedAt"
            updated_at = d.pop("updatedAt", UNSET)
            if not isinstance(updated_at, str) and updated_at is not UNSET:
                raise _JSONShapeError.wrong_type("a string", updated_at)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            object_=None if isinstance(object_, Unset) else object_,
            id=None if isinstance(id, Unset) else id,
            name=None if isinstance(name, Unset) else name,
            type_=type_,
            parent_file_id=parent_file_id,
            metadata=None if isinstance(metadata, Unset) else metadata,
            created_at=None if isinstance(created_at, Unset) else created_at,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
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
            ("name", self.name),
            ("type_", self.type_),
            ("parent_file_id", self.parent_file_id),
            ("metadata", self.metadata),
            ("created_at", self.created_at),
            ("updated_at", self.updated_at),
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
from ..models.file_metadata import FileMetadata  # noqa: E402
