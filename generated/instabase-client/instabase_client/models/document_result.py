from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentResult")


@_attrs_define(repr=False)
class DocumentResult:
    """One document: part or all of an input file, classified into a class, with the fields
    extracted from it. Open object: the vendor may add properties.

        Attributes:
            class_name (str | None): The class the document was classified as.
            fields (list[FieldResult] | None): The fields extracted from the document.
            review_completed (bool | None): Whether the document has completed human review. Availability: present when
                `include_review_results=true`.
            class_edit_history (list[EditHistoryEntry] | None): The human-review edits made to the document's
                classification, oldest first.
                Availability: present when `include_review_results=true`.
            classification_confidence (ClassificationConfidence | None): Confidence scores for the document's
                classification, from 0 (none) to 1 (certain); the
                vendor's page gives no range, the 0-1 scale is this spec's reading. Availability: present
                when `include_confidence_scores=true`. Open object: the vendor may add properties.
            validations (DocumentValidations | None): Document-level validation results. Availability: present when
                `include_validation_results=true`. Open object: the vendor may add properties.
            post_processed_paths (list[str] | None): Paths to the post-processed images generated from the document
                (Instabase file
                system paths). Availability: present when `include_source_info=true`.
            post_processed_pdf_path (str | None): Path to a PDF generated from this document; documents split during
                classification
                each get their own PDF. Availability: present when `include_source_info=true` and the
                app setting `settings/runtime_config/generate_post_process_pdf` is `true`.
            page_layouts (list[PageLayout] | None): Layout information for the document's pages. The vendor's page names
                this property
                but does not define its items, so each item is an open object (any JSON object).
                Availability: present when `include_source_info=true`.
            error (ErrorDetail | None): Details of an error that occurred while processing a file, classifying a document or
                extracting a field. Such errors do not fail the request (the status is still 200). The
                vendor's page promises error details without defining them: an open object with an
                optional `message`.
    """

    class_name: str | None = None
    fields: list[FieldResult] | None = None
    review_completed: bool | None = None
    class_edit_history: list[EditHistoryEntry] | None = None
    classification_confidence: ClassificationConfidence | None = None
    validations: DocumentValidations | None = None
    post_processed_paths: list[str] | None = None
    post_processed_pdf_path: str | None = None
    page_layouts: list[PageLayout] | None = None
    error: ErrorDetail | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _class_name = UNSET if self.class_name is None else self.class_name
        class_name = _class_name

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
        post_processed_pdf_path = _post_processed_pdf_path

        _page_layouts = UNSET if self.page_layouts is None else self.page_layouts
        page_layouts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_page_layouts, Unset):
            page_layouts = []
            for page_layouts_item_data in _page_layouts:
                page_layouts_item = page_layouts_item_data.to_dict()
                page_layouts.append(page_layouts_item)

        _error = UNSET if self.error is None else self.error
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(_error, Unset):
            error = _error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if class_name is not UNSET:
            field_dict["class_name"] = class_name
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
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        class_name = d.pop("class_name", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[FieldResult] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = FieldResult.from_dict(fields_item_data)

                fields.append(fields_item)

        review_completed = d.pop("review_completed", UNSET)

        _class_edit_history = d.pop("class_edit_history", UNSET)
        class_edit_history: list[EditHistoryEntry] | Unset = UNSET
        if _class_edit_history is not UNSET:
            class_edit_history = []
            for class_edit_history_item_data in _class_edit_history:
                class_edit_history_item = EditHistoryEntry.from_dict(class_edit_history_item_data)

                class_edit_history.append(class_edit_history_item)

        _classification_confidence = d.pop("classification_confidence", UNSET)
        classification_confidence: ClassificationConfidence | Unset
        if isinstance(_classification_confidence, Unset):
            classification_confidence = UNSET
        else:
            classification_confidence = ClassificationConfidence.from_dict(
                _classification_confidence
            )

        _validations = d.pop("validations", UNSET)
        validations: DocumentValidations | Unset
        if isinstance(_validations, Unset):
            validations = UNSET
        else:
            validations = DocumentValidations.from_dict(_validations)

        post_processed_paths = cast(list[str], d.pop("post_processed_paths", UNSET))

        post_processed_pdf_path = d.pop("post_processed_pdf_path", UNSET)

        _page_layouts = d.pop("page_layouts", UNSET)
        page_layouts: list[PageLayout] | Unset = UNSET
        if _page_layouts is not UNSET:
            page_layouts = []
            for page_layouts_item_data in _page_layouts:
                page_layouts_item = PageLayout.from_dict(page_layouts_item_data)

                page_layouts.append(page_layouts_item)

        _error = d.pop("error", UNSET)
        error: ErrorDetail | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorDetail.from_dict(_error)

        _parsed = cls(
            class_name=None if isinstance(class_name, Unset) else class_name,
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
            error=None if isinstance(error, Unset) else error,
        )

        _parsed.additional_properties = d
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("class_name", self.class_name),
            ("fields", self.fields),
            ("review_completed", self.review_completed),
            ("class_edit_history", self.class_edit_history),
            ("classification_confidence", self.classification_confidence),
            ("validations", self.validations),
            ("post_processed_paths", self.post_processed_paths),
            ("post_processed_pdf_path", self.post_processed_pdf_path),
            ("page_layouts", self.page_layouts),
            ("error", self.error),
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
from ..models.error_detail import ErrorDetail  # noqa: E402
from ..models.field_result import FieldResult  # noqa: E402
from ..models.page_layout import PageLayout  # noqa: E402
