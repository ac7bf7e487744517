from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="DocumentResult")


@_attrs_define(repr=False)
class DocumentResult:
    """One document: part or all of an input file, classified into a class, with the fields
    extracted from it. The vendor's published document calls this object `document`. Open
    object: the vendor may add properties.

        Attributes:
            class_name (None | str | Unset): The class the document was classified as; `null` when classification does not
                apply
                to it.
            page_numbers (list[int] | None): The numbers of the input file's pages that make up this document (the vendor's
                example counts from 1, while `page_layouts` and `source_coordinates` count from 0).
                Availability: in responses since March 2025.
            doc_id (int | None): Deprecated: a numeric document ID the vendor published until March 2025 and then
                removed. Declared only so bodies of that shape still parse into typed attributes.
            fields (list[FieldResult] | None): The fields extracted from the document.
            review_completed (bool | None): Whether the document has completed human review. Availability: present when
                `include_review_results=true`.
            class_edit_history (list[EditHistoryEntry] | None): The human-review edits made to the document's
                classification, oldest first.
                Availability: present when `include_review_results=true`.
            classification_confidence (ClassificationConfidence | None): Confidence scores for the document's
                classification, from 0 (none) to 1 (certain); the
                vendor gives no range, the 0-1 scale is this spec's reading. Availability: present
                when `include_confidence_scores=true`. Open object: the vendor may add properties.
            validations (DocumentValidations | None): Document-level validation results. Availability: present when
                `include_validation_results=true`. Open object: the vendor may add properties.
            post_processed_paths (list[str] | None): Paths to the post-processed images generated from the document
                (Instabase file
                system paths). Availability: present when `include_source_info=true`.
            post_processed_pdf_path (list[str] | str | None): Path to a PDF generated from this document; documents split
                during classification
                each get their own PDF. A string in the current shape; from March to June 2025 the
                vendor published it as a list of paths, which is still accepted. Availability:
                present when `include_source_info=true` and the app setting
                `settings/runtime_config/generate_post_process_pdf` is `true`.
            page_layouts (list[PageLayout] | None): Layout information for the document's pages, one entry per page.
                Availability:
                present when `include_source_info=true`.
    """

    class_name: None | str | Unset = UNSET
    page_numbers: list[int] | None = None
    doc_id: int | None = None
    fields: list[FieldResult] | None = None
    review_completed: bool | None = None
    class_edit_history: list[EditHistoryEntry] | None = None
    classification_confidence: ClassificationConfidence | None = None
    validations: DocumentValidations | None = None
    post_processed_paths: list[str] | None = None
    post_processed_pdf_path: list[str] | str | None = None
    page_layouts: list[PageLayout] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        class_name: None | str | Unset
        if isinstance(self.class_name, Unset):
            class_name = UNSET
        else:
            class_name = self.class_name

        _page_numbers = UNSET if self.page_numbers is None else self.page_numbers
        page_numbers: list[int] | Unset = UNSET
        if not isinstance(_page_numbers, Unset):
            page_numbers = _page_numbers

        _doc_id = UNSET if self.doc_id is None else self.doc_id
        doc_id = _doc_id

        _fields = UNSET if self.fields is None else self.fields
        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_fields, Unset):
            fields = []
            for fields_item_data in _fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        _review_completed = UNSET if self.review_completed is None else self.review_completed
        review_completed = _review_completed

        _class_edit_history = UNSET if self.class_edit_history is None else self.class_edit_history
        class_edit_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_class_edit_history, Unset):
            class_edit_history = []
            for class_edit_history_item_data in _class_edit_history:
                class_edit_history_item = class_edit_history_item_data.to_dict()
                class_edit_history.append(class_edit_history_item)

        _classification_confidence = (
            UNSET if self.classification_confidence is None else self.classification_confidence
        )
        classification_confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(_classification_confidence, Unset):
            classification_confidence = _classification_confidence.to_dict()

        _validations = UNSET if self.validations is None else self.validations
        validations: dict[str, Any] | Unset = UNSET
        if not isinstance(_validations, Unset):
            validations = _validations.to_dict()

        _post_processed_paths = (
            UNSET if self.post_processed_paths is None else self.post_processed_paths
        )
        post_processed_paths: list[str] | Unset = UNSET
        if not isinstance(_post_processed_paths, Unset):
            post_processed_paths = _post_processed_paths

        _post_processed_pdf_path = (
            UNSET if self.post_processed_pdf_path is None else self.post_processed_pdf_path
        )
        post_processed_pdf_path: list[str] | str | Unset
        if isinstance(_post_processed_pdf_path, Unset):
            post_processed_pdf_path = UNSET
        elif isinstance(_post_processed_pdf_path, list):
            post_processed_pdf_path = _post_processed_pdf_path

        else:
            post_processed_pdf_path = _post_processed_pdf_path

        _page_layouts = UNSET if self.page_layouts is None else self.page_layouts
        page_layouts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_page_layouts, Unset):
            page_layouts = []
            for page_layouts_item_data in _page_layouts:
                page_layouts_item = page_layouts_item_data.to_dict()
                page_layouts.append(page_layouts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if class_name is not UNSET:
            field_dict["class_name"] = class_name
        if page_numbers is not UNSET:
            field_dict["page_numbers"] = page_numbers
        if doc_id is not UNSET:
            field_dict["doc_id"] = doc_id
        if fields is not UNSET:
            field_dict["fields"] = fields
        if review_completed is not UNSET:
            field_dict["review_completed"] = review_completed
        if class_edit_history is not UNSET:
            field_dict["class_edit_history"] = class_edit_history
        if classification_confidence is not UNSET:
            field_dict["classification_confidence"] = classification_confidence
        if validations is not UNSET:
            field_dict["validations"] = validations
        if post_processed_paths is not UNSET:
            field_dict["post_processed_paths"] = post_processed_paths
        if post_processed_pdf_path is not UNSET:
            field_dict["post_processed_pdf_path"] = post_processed_pdf_path
        if page_layouts is not UNSET:
            field_dict["page_layouts"] = page_layouts

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
            _at_ = "class_name"

            def _parse_class_name(data: object) -> None | str | Unset:
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

            class_name = _parse_class_name(d.pop("class_name", UNSET))

            _at_ = "page_numbers"
            _page_numbers = d.pop("page_numbers", UNSET)
            page_numbers: list[int] | Unset = UNSET
            if not isinstance(_page_numbers, Unset):
                if not isinstance(_page_numbers, list):
                    raise _JSONShapeError.wrong_type("an array", _page_numbers)
                for page_numbers_item_index_, page_numbers_item_data in enumerate(_page_numbers):
                    if not (
                        isinstance(page_numbers_item_data, int)
                        and not isinstance(page_numbers_item_data, bool)
                    ):
                        raise _JSONShapeError.wrong_type(
                            "an integer", page_numbers_item_data
                        ).within(page_numbers_item_index_)
                page_numbers = _page_numbers

            _at_ = "doc_id"
            doc_id = d.pop("doc_id", UNSET)
            if (
                not (isinstance(doc_id, int) and not isinstance(doc_id, bool))
                and doc_id is not UNSET
            ):
                raise _JSONShapeError.wrong_type("an integer", doc_id)

            _at_ = "fields"
            _fields = d.pop("fields", UNSET)
            fields: list[FieldResult] | Unset = UNSET
            if not isinstance(_fields, Unset):
                if not isinstance(_fields, list):
                    raise _JSONShapeError.wrong_type("an array", _fields)
                fields = []
                for fields_item_index_, fields_item_data in enumerate(_fields):
                    try:
                        fields_item = FieldResult.from_dict(fields_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(fields_item_index_) from None
                    fields.append(fields_item)

            _at_ = "review_completed"
            review_completed = d.pop("review_completed", UNSET)
            if not isinstance(review_completed, bool) and review_completed is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", review_completed)

            _at_ = "class_edit_history"
            _class_edit_history = d.pop("class_edit_history", UNSET)
            class_edit_history: list[EditHistoryEntry] | Unset = UNSET
            if not isinstance(_class_edit_history, Unset):
                if not isinstance(_class_edit_history, list):
                    raise _JSONShapeError.wrong_type("an array", _class_edit_history)
                class_edit_history = []
                for class_edit_history_item_index_, class_edit_history_item_data in enumerate(
                    _class_edit_history
                ):
                    try:
                        class_edit_history_item = EditHistoryEntry.from_dict(
                            class_edit_history_item_data
                        )

                    except _JSONShapeError as _error_:
                        raise _error_.within(class_edit_history_item_index_) from None
                    class_edit_history.append(class_edit_history_item)

            _at_ = "classification_confidence"
            _classification_confidence = d.pop("classification_confidence", UNSET)
            classification_confidence: ClassificationConfidence | Unset
            if isinstance(_classification_confidence, Unset):
                classification_confidence = UNSET
            else:
                classification_confidence = ClassificationConfidence.from_dict(
                    _classification_confidence
                )

            _at_ = "validations"
            _validations = d.pop("validations", UNSET)
            validations: DocumentValidations | Unset
            if isinstance(_validations, Unset):
                validations = UNSET
            else:
                validations = DocumentValidations.from_dict(_validations)

            _at_ = "post_processed_paths"
            _post_processed_paths = d.pop("post_processed_paths", UNSET)
            post_processed_paths: list[str] | Unset = UNSET
            if not isinstance(_post_processed_paths, Unset):
                if not isinstance(_post_processed_paths, list):
                    raise _JSONShapeError.wrong_type("an array", _post_processed_paths)
                for post_processed_paths_item_index_, post_processed_paths_item_data in enumerate(
                    _post_processed_paths
                ):
                    if not isinstance(post_processed_paths_item_data, str):
                        raise _JSONShapeError.wrong_type(
                            "a string", post_processed_paths_item_data
                        ).within(post_processed_paths_item_index_)
                post_processed_paths = _post_processed_paths

            _at_ = "post_processed_pdf_path"

            def _parse_post_processed_pdf_path(data: object) -> list[str] | str | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    return data
                if isinstance(data, list):
                    try:
                        _post_processed_pdf_path_type_1 = data
                        if not isinstance(_post_processed_pdf_path_type_1, list):
                            raise _JSONShapeError.wrong_type(
                                "an array", _post_processed_pdf_path_type_1
                            )
                        for (
                            post_processed_pdf_path_type_1_item_index_,
                            post_processed_pdf_path_type_1_item_data,
                        ) in enumerate(_post_processed_pdf_path_type_1):
                            if not isinstance(post_processed_pdf_path_type_1_item_data, str):
                                raise _JSONShapeError.wrong_type(
                                    "a string", post_processed_pdf_path_type_1_item_data
                                ).within(post_processed_pdf_path_type_1_item_index_)
                        post_processed_pdf_path_type_1 = _post_processed_pdf_path_type_1

                        return post_processed_pdf_path_type_1
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string or an array", data)

            post_processed_pdf_path = _parse_post_processed_pdf_path(
                d.pop("post_processed_pdf_path", UNSET)
            )

            _at_ = "page_layouts"
            _page_layouts = d.pop("page_layouts", UNSET)
            page_layouts: list[PageLayout] | Unset = UNSET
            if not isinstance(_page_layouts, Unset):
                if not isinstance(_page_layouts, list):
                    raise _JSONShapeError.wrong_type("an array", _page_layouts)
                page_layouts = []
                for page_layouts_item_index_, page_layouts_item_data in enumerate(_page_layouts):
                    try:
                        page_layouts_item = PageLayout.from_dict(page_layouts_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(page_layouts_item_index_) from None
                    page_layouts.append(page_layouts_item)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            class_name=class_name,
            page_numbers=None if isinstance(page_numbers, Unset) else page_numbers,
            doc_id=None if isinstance(doc_id, Unset) else doc_id,
            fields=None if isinstance(fields, Unset) else fields,
            review_completed=None if isinstance(review_completed, Unset) else review_completed,
            class_edit_history=None
            if isinstance(class_edit_history, Unset)
            else class_edit_history,
            classification_confidence=None
            if isinstance(classification_confidence, Unset)
            else classification_confidence,
            validations=None if isinstance(validations, Unset) else validations,
            post_processed_paths=None
            if isinstance(post_processed_paths, Unset)
            else post_processed_paths,
            post_processed_pdf_path=None
            if isinstance(post_processed_pdf_path, Unset)
            else post_processed_pdf_path,
            page_layouts=None if isinstance(page_layouts, Unset) else page_layouts,
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
            ("class_name", self.class_name),
            ("page_numbers", self.page_numbers),
            ("doc_id", self.doc_id),
            ("fields", self.fields),
            ("review_completed", self.review_completed),
            ("class_edit_history", self.class_edit_history),
            ("classification_confidence", self.classification_confidence),
            ("validations", self.validations),
            ("post_processed_paths", self.post_processed_paths),
            ("post_processed_pdf_path", self.post_processed_pdf_path),
            ("page_layouts", self.page_layouts),
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
from ..models.classification_confidence import ClassificationConfidence  # noqa: E402
from ..models.document_validations import DocumentValidations  # noqa: E402
from ..models.edit_history_entry import EditHistoryEntry  # noqa: E402
from ..models.field_result import FieldResult  # noqa: E402
from ..models.page_layout import PageLayout  # noqa: E402
