from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.parse_config_enrichment_format import ParseConfigEnrichmentFormat
from ..models.parse_config_excel_parsing_mode import ParseConfigExcelParsingMode
from ..models.parse_config_image_conversion_quality import ParseConfigImageConversionQuality
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ParseConfigAdvancedOptions")


@_attrs_define(repr=False)
class ParseConfigAdvancedOptions:
    """Advanced options of the parse configuration. May gain new fields.

    Attributes:
        page_rotation_enabled (bool | None): Whether rotated pages are detected and turned upright.
        agentic_ocr_enabled (bool | None): Whether a vision model corrects OCR errors (API version 2025-04-21;
            deprecated there in favour of the `agentic` options of `blockOptions`, gone in later versions).
        page_ranges (list[PageRange] | None): The page ranges to parse.
        excel_parsing_mode (ParseConfigExcelParsingMode | None): How spreadsheets are parsed. Open enum: new values may
            be added and must be accepted.

            - `basic`: fast and deterministic (always used for `.xls`).
            - `advanced`: with layout block detection (costs extra credits).
        excel_skip_hidden_content (bool | None): Whether hidden rows, columns and sheets are left out (API version
            2026-02-09).
        excel_use_raw_cell_values (bool | None): Whether cells give their raw computed values instead of locale-
            formatted ones (API version 2026-02-09).
        excel_skip_calculation (bool | None): Whether formulas are not recalculated on opening (API version 2026-02-09).
        excel_include_cell_metadata (bool | None): Whether cell references and formulas are reported (advanced mode; API
            version 2026-02-09).
        excel_include_cell_formatting (bool | None): Whether cell formatting (bold, italic, colours) is reported
            (advanced mode; API version 2026-02-09).
        vertical_grouping_threshold (float | None): How far apart vertically text may be and still count as one line, as
            a multiple of the default (0.1 to 5.0, default 1.0; `spatial` target only).
        return_ocr (ParseConfigReturnOcr | None): Which raw OCR data is returned with the parsed content. May gain new
            fields.
        always_convert_to_pdf (bool | None): Whether other file types are converted to PDF before parsing (API version
            2026-02-09).
        enrichment_format (ParseConfigEnrichmentFormat | None): How annotations (page numbers, barcode values) are
            marked in the output. Open enum: new
            values may be added and must be accepted.

            - `xml`: XML-style tags.
            - `bracket`: square-bracket notation.
        image_conversion_quality (ParseConfigImageConversionQuality | None): The quality of the conversion of images and
            documents to PDF. Open enum: new values may
            be added and must be accepted.

            - `high`: the best quality, slower on large documents.
            - `medium`: a balance of quality and speed.
            - `low`: smaller and faster.
        formatting_detection (list[ParseConfigFormattingDetection] | None): The kinds of formatting-based annotation to
            detect (API version 2026-02-09).
    """

    page_rotation_enabled: bool | None = None
    agentic_ocr_enabled: bool | None = None
    page_ranges: list[PageRange] | None = None
    excel_parsing_mode: ParseConfigExcelParsingMode | None = None
    excel_skip_hidden_content: bool | None = None
    excel_use_raw_cell_values: bool | None = None
    excel_skip_calculation: bool | None = None
    excel_include_cell_metadata: bool | None = None
    excel_include_cell_formatting: bool | None = None
    vertical_grouping_threshold: float | None = None
    return_ocr: ParseConfigReturnOcr | None = None
    always_convert_to_pdf: bool | None = None
    enrichment_format: ParseConfigEnrichmentFormat | None = None
    image_conversion_quality: ParseConfigImageConversionQuality | None = None
    formatting_detection: list[ParseConfigFormattingDetection] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _page_rotation_enabled = (
            UNSET if self.page_rotation_enabled is None else self.page_rotation_enabled
        )
        page_rotation_enabled = _page_rotation_enabled

        _agentic_ocr_enabled = (
            UNSET if self.agentic_ocr_enabled is None else self.agentic_ocr_enabled
        )
        agentic_ocr_enabled = _agentic_ocr_enabled

        _page_ranges = UNSET if self.page_ranges is None else self.page_ranges
        page_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_page_ranges, Unset):
            page_ranges = []
            for page_ranges_item_data in _page_ranges:
                page_ranges_item = page_ranges_item_data.to_dict()
                page_ranges.append(page_ranges_item)

        _excel_parsing_mode = UNSET if self.excel_parsing_mode is None else self.excel_parsing_mode
        excel_parsing_mode: str | Unset
        if isinstance(_excel_parsing_mode, Unset):
            excel_parsing_mode = UNSET
        else:
            excel_parsing_mode = _excel_parsing_mode.value

        _excel_skip_hidden_content = (
            UNSET if self.excel_skip_hidden_content is None else self.excel_skip_hidden_content
        )
        excel_skip_hidden_content = _excel_skip_hidden_content

        _excel_use_raw_cell_values = (
            UNSET if self.excel_use_raw_cell_values is None else self.excel_use_raw_cell_values
        )
        excel_use_raw_cell_values = _excel_use_raw_cell_values

        _excel_skip_calculation = (
            UNSET if self.excel_skip_calculation is None else self.excel_skip_calculation
        )
        excel_skip_calculation = _excel_skip_calculation

        _excel_include_cell_metadata = (
            UNSET if self.excel_include_cell_metadata is None else self.excel_include_cell_metadata
        )
        excel_include_cell_metadata = _excel_include_cell_metadata

        _excel_include_cell_formatting = (
            UNSET
            if self.excel_include_cell_formatting is None
            else self.excel_include_cell_formatting
        )
        excel_include_cell_formatting = _excel_include_cell_formatting

        _vertical_grouping_threshold = (
            UNSET if self.vertical_grouping_threshold is None else self.vertical_grouping_threshold
        )
        vertical_grouping_threshold = _vertical_grouping_threshold

        _return_ocr = UNSET if self.return_ocr is None else self.return_ocr
        return_ocr: dict[str, Any] | Unset = UNSET
        if not isinstance(_return_ocr, Unset):
            return_ocr = _return_ocr.to_dict()

        _always_convert_to_pdf = (
            UNSET if self.always_convert_to_pdf is None else self.always_convert_to_pdf
        )
        always_convert_to_pdf = _always_convert_to_pdf

        _enrichment_format = UNSET if self.enrichment_format is None else self.enrichment_format
        enrichment_format: str | Unset
        if isinstance(_enrichment_format, Unset):
            enrichment_format = UNSET
        else:
            enrichment_format = _enrichment_format.value

        _image_conversion_quality = (
            UNSET if self.image_conversion_quality is None else self.image_conversion_quality
        )
        image_conversion_quality: str | Unset
        if isinstance(_image_conversion_quality, Unset):
            image_conversion_quality = UNSET
        else:
            image_conversion_quality = _image_conversion_quality.value

        _formatting_detection = (
            UNSET if self.formatting_detection is None else self.formatting_detection
        )
        formatting_detection: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_formatting_detection, Unset):
            formatting_detection = []
            for formatting_detection_item_data in _formatting_detection:
                formatting_detection_item = formatting_detection_item_data.to_dict()
                formatting_detection.append(formatting_detection_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_rotation_enabled is not UNSET:
            field_dict["pageRotationEnabled"] = page_rotation_enabled
        if agentic_ocr_enabled is not UNSET:
            field_dict["agenticOcrEnabled"] = agentic_ocr_enabled
        if page_ranges is not UNSET:
            field_dict["pageRanges"] = page_ranges
        if excel_parsing_mode is not UNSET:
            field_dict["excelParsingMode"] = excel_parsing_mode
        if excel_skip_hidden_content is not UNSET:
            field_dict["excelSkipHiddenContent"] = excel_skip_hidden_content
        if excel_use_raw_cell_values is not UNSET:
            field_dict["excelUseRawCellValues"] = excel_use_raw_cell_values
        if excel_skip_calculation is not UNSET:
            field_dict["excelSkipCalculation"] = excel_skip_calculation
        if excel_include_cell_metadata is not UNSET:
            field_dict["excelIncludeCellMetadata"] = excel_include_cell_metadata
        if excel_include_cell_formatting is not UNSET:
            field_dict["excelIncludeCellFormatting"] = excel_include_cell_formatting
        if vertical_grouping_threshold is not UNSET:
            field_dict["verticalGroupingThreshold"] = vertical_grouping_threshold
        if return_ocr is not UNSET:
            field_dict["returnOcr"] = return_ocr
        if always_convert_to_pdf is not UNSET:
            field_dict["alwaysConvertToPdf"] = always_convert_to_pdf
        if enrichment_format is not UNSET:
            field_dict["enrichmentFormat"] = enrichment_format
        if image_conversion_quality is not UNSET:
            field_dict["imageConversionQuality"] = image_conversion_quality
        if formatting_detection is not UNSET:
            field_dict["formattingDetection"] = formatting_detection

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
            _at_ = "pageRotationEnabled"
            page_rotation_enabled = d.pop("pageRotationEnabled", UNSET)
            if not isinstance(page_rotation_enabled, bool) and page_rotation_enabled is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", page_rotation_enabled)

            _at_ = "agenticOcrEnabled"
            agentic_ocr_enabled = d.pop("agenticOcrEnabled", UNSET)
            if not isinstance(agentic_ocr_enabled, bool) and agentic_ocr_enabled is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", agentic_ocr_enabled)

            _at_ = "pageRanges"
            _page_ranges = d.pop("pageRanges", UNSET)
            page_ranges: list[PageRange] | Unset = UNSET
            if not isinstance(_page_ranges, Unset):
                if not isinstance(_page_ranges, list):
                    raise _JSONShapeError.wrong_type("an array", _page_ranges)
                page_ranges = []
                for page_ranges_item_index_, page_ranges_item_data in enumerate(_page_ranges):
                    try:
                        page_ranges_item = PageRange.from_dict(page_ranges_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(page_ranges_item_index_) from None
                    page_ranges.append(page_ranges_item)

            _at_ = "excelParsingMode"

            def _parse_excel_parsing_mode(data: object) -> ParseConfigExcelParsingMode | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_parse_config_excel_parsing_mode_parse_config_excel_parsing_mode = data
                        if not isinstance(
                            _componentsschemas_parse_config_excel_parsing_mode_parse_config_excel_parsing_mode,
                            str,
                        ):
                            raise _JSONShapeError.wrong_type(
                                "a string",
                                _componentsschemas_parse_config_excel_parsing_mode_parse_config_excel_parsing_mode,
                            )
                        componentsschemas_parse_config_excel_parsing_mode_parse_config_excel_parsing_mode = ParseConfigExcelParsingMode(
                            _componentsschemas_parse_config_excel_parsing_mode_parse_config_excel_parsing_mode
                        )

                        return componentsschemas_parse_config_excel_parsing_mode_parse_config_excel_parsing_mode
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            excel_parsing_mode = _parse_excel_parsing_mode(d.pop("excelParsingMode", UNSET))

            _at_ = "excelSkipHiddenContent"
            excel_skip_hidden_content = d.pop("excelSkipHiddenContent", UNSET)
            if (
                not isinstance(excel_skip_hidden_content, bool)
                and excel_skip_hidden_content is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a boolean", excel_skip_hidden_content)

            _at_ = "excelUseRawCellValues"
            excel_use_raw_cell_values = d.pop("excelUseRawCellValues", UNSET)
            if (
                not isinstance(excel_use_raw_cell_values, bool)
                and excel_use_raw_cell_values is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a boolean", excel_use_raw_cell_values)

            _at_ = "excelSkipCalculation"
            excel_skip_calculation = d.pop("excelSkipCalculation", UNSET)
            if not isinstance(excel_skip_calculation, bool) and excel_skip_calculation is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", excel_skip_calculation)

            _at_ = "excelIncludeCellMetadata"
            excel_include_cell_metadata = d.pop("excelIncludeCellMetadata", UNSET)
            if (
                not isinstance(excel_include_cell_metadata, bool)
                and excel_include_cell_metadata is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a boolean", excel_include_cell_metadata)

            _at_ = "excelIncludeCellFormatting"
            excel_include_cell_formatting = d.pop("excelIncludeCellFormatting", UNSET)
            if (
                not isinstance(excel_include_cell_formatting, bool)
                and excel_include_cell_formatting is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a boolean", excel_include_cell_formatting)

            _at_ = "verticalGroupingThreshold"
            vertical_grouping_threshold = d.pop("verticalGroupingThreshold", UNSET)
            if (
                not (
                    isinstance(vertical_grouping_threshold, (int, float))
                    and not isinstance(vertical_grouping_threshold, bool)
                )
                and vertical_grouping_threshold is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", vertical_grouping_threshold)

            _at_ = "returnOcr"
            _return_ocr = d.pop("returnOcr", UNSET)
            return_ocr: ParseConfigReturnOcr | Unset
            if isinstance(_return_ocr, Unset):
                return_ocr = UNSET
            else:
                return_ocr = ParseConfigReturnOcr.from_dict(_return_ocr)

            _at_ = "alwaysConvertToPdf"
            always_convert_to_pdf = d.pop("alwaysConvertToPdf", UNSET)
            if not isinstance(always_convert_to_pdf, bool) and always_convert_to_pdf is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", always_convert_to_pdf)

            _at_ = "enrichmentFormat"

            def _parse_enrichment_format(data: object) -> ParseConfigEnrichmentFormat | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_parse_config_enrichment_format_parse_config_enrichment_format = data
                        if not isinstance(
                            _componentsschemas_parse_config_enrichment_format_parse_config_enrichment_format,
                            str,
                        ):
                            raise _JSONShapeError.wrong_type(
                                "a string",
                                _componentsschemas_parse_config_enrichment_format_parse_config_enrichment_format,
                            )
                        componentsschemas_parse_config_enrichment_format_parse_config_enrichment_format = ParseConfigEnrichmentFormat(
                            _componentsschemas_parse_config_enrichment_format_parse_config_enrichment_format
                        )

                        return componentsschemas_parse_config_enrichment_format_parse_config_enrichment_format
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            enrichment_format = _parse_enrichment_format(d.pop("enrichmentFormat", UNSET))

            _at_ = "imageConversionQuality"

            def _parse_image_conversion_quality(
                data: object,
            ) -> ParseConfigImageConversionQuality | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_parse_config_image_conversion_quality_parse_config_image_conversion_quality = data
                        if not isinstance(
                            _componentsschemas_parse_config_image_conversion_quality_parse_config_image_conversion_quality,
                            str,
                        ):
                            raise _JSONShapeError.wrong_type(
                                "a string",
                                _componentsschemas_parse_config_image_conversion_quality_parse_config_image_conversion_quality,
                            )
                        componentsschemas_parse_config_image_conversion_quality_parse_config_image_conversion_quality = ParseConfigImageConversionQuality(
                            _componentsschemas_parse_config_image_conversion_quality_parse_config_image_conversion_quality
                        )

                        return componentsschemas_parse_config_image_conversion_quality_parse_config_image_conversion_quality
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            image_conversion_quality = _parse_image_conversion_quality(
                d.pop("imageConversionQuality", UNSET)
            )

            _at_ = "formattingDetection"
            _formatting_detection = d.pop("formattingDetection", UNSET)
            formatting_detection: list[ParseConfigFormattingDetection] | Unset = UNSET
            if not isinstance(_formatting_detection, Unset):
                if not isinstance(_formatting_detection, list):
                    raise _JSONShapeError.wrong_type("an array", _formatting_detection)
                formatting_detection = []
                for formatting_detection_item_index_, formatting_detection_item_data in enumerate(
                    _formatting_detection
                ):
                    try:
                        formatting_detection_item = ParseConfigFormattingDetection.from_dict(
                            formatting_detection_item_data
                        )

                    except _JSONShapeError as _error_:
                        raise _error_.within(formatting_detection_item_index_) from None
                    formatting_detection.append(formatting_detection_item)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            page_rotation_enabled=None
            if isinstance(page_rotation_enabled, Unset)
            else page_rotation_enabled,
            agentic_ocr_enabled=None
            if isinstance(agentic_ocr_enabled, Unset)
            else agentic_ocr_enabled,
            page_ranges=None if isinstance(page_ranges, Unset) else page_ranges,
            excel_parsing_mode=None
            if isinstance(excel_parsing_mode, Unset)
            else excel_parsing_mode,
            excel_skip_hidden_content=None
            if isinstance(excel_skip_hidden_content, Unset)
            else excel_skip_hidden_content,
            excel_use_raw_cell_values=None
            if isinstance(excel_use_raw_cell_values, Unset)
            else excel_use_raw_cell_values,
            excel_skip_calculation=None
            if isinstance(excel_skip_calculation, Unset)
            else excel_skip_calculation,
            excel_include_cell_metadata=None
            if isinstance(excel_include_cell_metadata, Unset)
            else excel_include_cell_metadata,
            excel_include_cell_formatting=None
            if isinstance(excel_include_cell_formatting, Unset)
            else excel_include_cell_formatting,
            vertical_grouping_threshold=None
            if isinstance(vertical_grouping_threshold, Unset)
            else vertical_grouping_threshold,
            return_ocr=None if isinstance(return_ocr, Unset) else return_ocr,
            always_convert_to_pdf=None
            if isinstance(always_convert_to_pdf, Unset)
            else always_convert_to_pdf,
            enrichment_format=None if isinstance(enrichment_format, Unset) else enrichment_format,
            image_conversion_quality=None
            if isinstance(image_conversion_quality, Unset)
            else image_conversion_quality,
            formatting_detection=None
            if isinstance(formatting_detection, Unset)
            else formatting_detection,
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
            ("page_rotation_enabled", self.page_rotation_enabled),
            ("agentic_ocr_enabled", self.agentic_ocr_enabled),
            ("page_ranges", self.page_ranges),
            ("excel_parsing_mode", self.excel_parsing_mode),
            ("excel_skip_hidden_content", self.excel_skip_hidden_content),
            ("excel_use_raw_cell_values", self.excel_use_raw_cell_values),
            ("excel_skip_calculation", self.excel_skip_calculation),
            ("excel_include_cell_metadata", self.excel_include_cell_metadata),
            ("excel_include_cell_formatting", self.excel_include_cell_formatting),
            ("vertical_grouping_threshold", self.vertical_grouping_threshold),
            ("return_ocr", self.return_ocr),
            ("always_convert_to_pdf", self.always_convert_to_pdf),
            ("enrichment_format", self.enrichment_format),
            ("image_conversion_quality", self.image_conversion_quality),
            ("formatting_detection", self.formatting_detection),
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
from ..models.page_range import PageRange  # noqa: E402
from ..models.parse_config_formatting_detection import ParseConfigFormattingDetection  # noqa: E402
from ..models.parse_config_return_ocr import ParseConfigReturnOcr  # noqa: E402
