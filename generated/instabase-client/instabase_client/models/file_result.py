from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="FileResult")


@_attrs_define(repr=False)
class FileResult:
    """The results for one input file: the documents it was split into and classified as.
    The vendor's published document calls this object `fileWithDocuments`. Open object: the
    vendor may add properties.

        Attributes:
            original_file_name (str | None): The name of the input file as it was uploaded.
            input_file_path (str | None): The path of the input file in the Instabase file system. Availability: in
                responses
                since March 2025.
            documents (list[DocumentResult] | None): The documents found in this file. A file can be split into several
                documents during
                classification, each with its own class and fields.
            validations (FileValidations | None): File-level validation results, as described by the older revision of the
                vendor's page
                (`files/validations/final_result_pass`). Current responses report this per document
                (`DocumentResult.validations`); kept so older responses still parse.
                Availability: present when `include_validation_results=true`, in older responses only.
                Open object: the vendor may add properties.
    """

    original_file_name: str | None = None
    input_file_path: str | None = None
    documents: list[DocumentResult] | None = None
    validations: FileValidations | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _original_file_name = UNSET if self.original_file_name is None else self.original_file_name
        original_file_name = _original_file_name

        _input_file_path = UNSET if self.input_file_path is None else self.input_file_path
        input_file_path = _input_file_path

        _documents = UNSET if self.documents is None else self.documents
        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_documents, Unset):
            documents = []
            for documents_item_data in _documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        _validations = UNSET if self.validations is None else self.validations
        validations: dict[str, Any] | Unset = UNSET
        if not isinstance(_validations, Unset):
            validations = _validations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_file_name is not UNSET:
            field_dict["original_file_name"] = original_file_name
        if input_file_path is not UNSET:
            field_dict["input_file_path"] = input_file_path
        if documents is not UNSET:
            field_dict["documents"] = documents
        if validations is not UNSET:
            field_dict["validations"] = validations

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
            _at_ = "original_file_name"
            original_file_name = d.pop("original_file_name", UNSET)
            if not isinstance(original_file_name, str) and original_file_name is not UNSET:
                raise _JSONShapeError.wrong_type("a string", original_file_name)

            _at_ = "input_file_path"
            input_file_path = d.pop("input_file_path", UNSET)
            if not isinstance(input_file_path, str) and input_file_path is not UNSET:
                raise _JSONShapeError.wrong_type("a string", input_file_path)

            _at_ = "documents"
            _documents = d.pop("documents", UNSET)
            documents: list[DocumentResult] | Unset = UNSET
            if not isinstance(_documents, Unset):
                if not isinstance(_documents, list):
                    raise _JSONShapeError.wrong_type("an array", _documents)
                documents = []
                for documents_item_index_, documents_item_data in enumerate(_documents):
                    try:
                        documents_item = DocumentResult.from_dict(documents_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(documents_item_index_) from None
                    documents.append(documents_item)

            _at_ = "validations"
            _validations = d.pop("validations", UNSET)
            validations: FileValidations | Unset
            if isinstance(_validations, Unset):
                validations = UNSET
            else:
                validations = FileValidations.from_dict(_validations)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            original_file_name=None
            if isinstance(original_file_name, Unset)
            else original_file_name,
            input_file_path=None if isinstance(input_file_path, Unset) else input_file_path,
            documents=None if isinstance(documents, Unset) else documents,
            validations=None if isinstance(validations, Unset) else validations,
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
            ("original_file_name", self.original_file_name),
            ("input_file_path", self.input_file_path),
            ("documents", self.documents),
            ("validations", self.validations),
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
from ..models.document_result import DocumentResult  # noqa: E402
from ..models.file_validations import FileValidations  # noqa: E402
