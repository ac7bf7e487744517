from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParseConfigBlockOptions")


@_attrs_define
class ParseConfigBlockOptions:
    """How each kind of block found while parsing is treated, one object per kind. May gain new fields (and new kinds).

    Attributes:
        figures (ParseConfigBlockOptionsFigures | Unset): How figures are parsed. May gain new fields.
        tables (ParseConfigBlockOptionsTables | Unset): How tables are parsed. May gain new fields.
        text (ParseConfigBlockOptionsText | Unset): How text is parsed. May gain new fields.
        key_value (ParseConfigBlockOptionsKeyValue | Unset): How key-value pairs are parsed. May gain new fields.
        barcodes (ParseConfigBlockOptionsBarcodes | Unset): How barcodes are parsed. May gain new fields.
        formulas (ParseConfigBlockOptionsFormulas | Unset): How formulas are parsed. May gain new fields.
    """

    figures: ParseConfigBlockOptionsFigures | Unset = UNSET
    tables: ParseConfigBlockOptionsTables | Unset = UNSET
    text: ParseConfigBlockOptionsText | Unset = UNSET
    key_value: ParseConfigBlockOptionsKeyValue | Unset = UNSET
    barcodes: ParseConfigBlockOptionsBarcodes | Unset = UNSET
    formulas: ParseConfigBlockOptionsFormulas | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        figures: dict[str, Any] | Unset = UNSET
        if not isinstance(self.figures, Unset):
            figures = self.figures.to_dict()

        tables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tables, Unset):
            tables = self.tables.to_dict()

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        key_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.key_value, Unset):
            key_value = self.key_value.to_dict()

        barcodes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.barcodes, Unset):
            barcodes = self.barcodes.to_dict()

        formulas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.formulas, Unset):
            formulas = self.formulas.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if figures is not UNSET:
            field_dict["figures"] = figures
        if tables is not UNSET:
            field_dict["tables"] = tables
        if text is not UNSET:
            field_dict["text"] = text
        if key_value is not UNSET:
            field_dict["keyValue"] = key_value
        if barcodes is not UNSET:
            field_dict["barcodes"] = barcodes
        if formulas is not UNSET:
            field_dict["formulas"] = formulas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _figures = d.pop("figures", UNSET)
        figures: ParseConfigBlockOptionsFigures | Unset
        if isinstance(_figures, Unset):
            figures = UNSET
        else:
            figures = ParseConfigBlockOptionsFigures.from_dict(_figures)

        _tables = d.pop("tables", UNSET)
        tables: ParseConfigBlockOptionsTables | Unset
        if isinstance(_tables, Unset):
            tables = UNSET
        else:
            tables = ParseConfigBlockOptionsTables.from_dict(_tables)

        _text = d.pop("text", UNSET)
        text: ParseConfigBlockOptionsText | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = ParseConfigBlockOptionsText.from_dict(_text)

        _key_value = d.pop("keyValue", UNSET)
        key_value: ParseConfigBlockOptionsKeyValue | Unset
        if isinstance(_key_value, Unset):
            key_value = UNSET
        else:
            key_value = ParseConfigBlockOptionsKeyValue.from_dict(_key_value)

        _barcodes = d.pop("barcodes", UNSET)
        barcodes: ParseConfigBlockOptionsBarcodes | Unset
        if isinstance(_barcodes, Unset):
            barcodes = UNSET
        else:
            barcodes = ParseConfigBlockOptionsBarcodes.from_dict(_barcodes)

        _formulas = d.pop("formulas", UNSET)
        formulas: ParseConfigBlockOptionsFormulas | Unset
        if isinstance(_formulas, Unset):
            formulas = UNSET
        else:
            formulas = ParseConfigBlockOptionsFormulas.from_dict(_formulas)

        _parsed = cls(
            figures=figures,
            tables=tables,
            text=text,
            key_value=key_value,
            barcodes=barcodes,
            formulas=formulas,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

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
from ..models.parse_config_block_options_barcodes import ParseConfigBlockOptionsBarcodes  # noqa: E402
from ..models.parse_config_block_options_figures import ParseConfigBlockOptionsFigures  # noqa: E402
from ..models.parse_config_block_options_formulas import ParseConfigBlockOptionsFormulas  # noqa: E402
from ..models.parse_config_block_options_key_value import ParseConfigBlockOptionsKeyValue  # noqa: E402
from ..models.parse_config_block_options_tables import ParseConfigBlockOptionsTables  # noqa: E402
from ..models.parse_config_block_options_text import ParseConfigBlockOptionsText  # noqa: E402
