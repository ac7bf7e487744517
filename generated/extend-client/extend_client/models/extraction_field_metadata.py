from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtractionFieldMetadata")


@_attrs_define(repr=False)
class ExtractionFieldMetadata:
    """Metadata about one extracted field. May gain new fields.

    Attributes:
        ocr_confidence (float | None | Unset): The OCR confidence for the field's text, when OCR was used.
        logprobs_confidence (float | None | Unset): A confidence score from the model's token probabilities.
        review_agent_score (int | None | Unset): The review agent's confidence from 1 (significant problems) to 5 (no
            issues); present when the review agent is enabled, `null` when it returned no score.
        citations (list[Citation] | None): Where the value was found in the document.
        insights (list[Insight] | None): The model's reasoning about the value.
    """

    ocr_confidence: float | None | Unset = UNSET
    logprobs_confidence: float | None | Unset = UNSET
    review_agent_score: int | None | Unset = UNSET
    citations: list[Citation] | None = None
    insights: list[Insight] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ocr_confidence: float | None | Unset
        if isinstance(self.ocr_confidence, Unset):
            ocr_confidence = UNSET
        else:
            ocr_confidence = self.ocr_confidence

        logprobs_confidence: float | None | Unset
        if isinstance(self.logprobs_confidence, Unset):
            logprobs_confidence = UNSET
        else:
            logprobs_confidence = self.logprobs_confidence

        review_agent_score: int | None | Unset
        if isinstance(self.review_agent_score, Unset):
            review_agent_score = UNSET
        else:
            review_agent_score = self.review_agent_score

        _citations = UNSET if self.citations is None else self.citations
        citations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_citations, Unset):
            citations = []
            for citations_item_data in _citations:
                citations_item = citations_item_data.to_dict()
                citations.append(citations_item)

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
        if ocr_confidence is not UNSET:
            field_dict["ocrConfidence"] = ocr_confidence
        if logprobs_confidence is not UNSET:
            field_dict["logprobsConfidence"] = logprobs_confidence
        if review_agent_score is not UNSET:
            field_dict["reviewAgentScore"] = review_agent_score
        if citations is not UNSET:
            field_dict["citations"] = citations
        if insights is not UNSET:
            field_dict["insights"] = insights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_ocr_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ocr_confidence = _parse_ocr_confidence(d.pop("ocrConfidence", UNSET))

        def _parse_logprobs_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        logprobs_confidence = _parse_logprobs_confidence(d.pop("logprobsConfidence", UNSET))

        def _parse_review_agent_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        review_agent_score = _parse_review_agent_score(d.pop("reviewAgentScore", UNSET))

        _citations = d.pop("citations", UNSET)
        citations: list[Citation] | Unset = UNSET
        if _citations is not UNSET:
            citations = []
            for citations_item_data in _citations:
                citations_item = Citation.from_dict(citations_item_data)

                citations.append(citations_item)

        _insights = d.pop("insights", UNSET)
        insights: list[Insight] | Unset = UNSET
        if _insights is not UNSET:
            insights = []
            for insights_item_data in _insights:
                insights_item = Insight.from_dict(insights_item_data)

                insights.append(insights_item)

        _parsed = cls(
            ocr_confidence=ocr_confidence,
            logprobs_confidence=logprobs_confidence,
            review_agent_score=review_agent_score,
            citations=None if isinstance(citations, Unset) else citations,
            insights=None if isinstance(insights, Unset) else insights,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("ocr_confidence", self.ocr_confidence),
            ("logprobs_confidence", self.logprobs_confidence),
            ("review_agent_score", self.review_agent_score),
            ("citations", self.citations),
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
from ..models.citation import Citation  # noqa: E402
from ..models.insight import Insight  # noqa: E402
