from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ExtractionFieldMetadata")


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
            _at_ = "ocrConfidence"

            def _parse_ocr_confidence(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or a number", data)

            ocr_confidence = _parse_ocr_confidence(d.pop("ocrConfidence", UNSET))

            _at_ = "logprobsConfidence"

            def _parse_logprobs_confidence(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return data
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or a number", data)

            logprobs_confidence = _parse_logprobs_confidence(d.pop("logprobsConfidence", UNSET))

            _at_ = "reviewAgentScore"

            def _parse_review_agent_score(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or an integer", data)

            review_agent_score = _parse_review_agent_score(d.pop("reviewAgentScore", UNSET))

            _at_ = "citations"
            _citations = d.pop("citations", UNSET)
            citations: list[Citation] | Unset = UNSET
            if not isinstance(_citations, Unset):
                if not isinstance(_citations, list):
                    raise _JSONShapeError.wrong_type("an array", _citations)
                citations = []
                for citations_item_index_, citations_item_data in enumerate(_citations):
                    try:
                        citations_item = Citation.from_dict(citations_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(citations_item_index_) from None
                    citations.append(citations_item)

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
            ocr_confidence=ocr_confidence,
            logprobs_confidence=logprobs_confidence,
            review_agent_score=review_agent_score,
            citations=None if isinstance(citations, Unset) else citations,
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
