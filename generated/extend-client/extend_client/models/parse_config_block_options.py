from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ParseConfigBlockOptions")


@_attrs_define(repr=False)
class ParseConfigBlockOptions:
    """How each kind of block found while parsing is treated, one object per kind. May gain new fields (and new kinds).

    Attributes:
        figures (ParseConfigBlockOptionsFigures | None): How figures are parsed. May gain new fields.
        tables (ParseConfigBlockOptionsTables | None): How tables are parsed. May gain new fields.
        text (ParseConfigBlockOptionsText | None): How text is parsed. May gain new fields.
        key_value (ParseConfigBlockOptionsKeyValue | None): How key-value pairs are parsed. May gain new fields.
        barcodes (ParseConfigBlockOptionsBarcodes | None): How barcodes are parsed. May gain new fields.
        formulas (ParseConfigBlockOptionsFormulas | None): How formulas are parsed. May gain new fields.
    """

    figures: ParseConfigBlockOptionsFigures | None = None
    tables: ParseConfigBlockOptionsTables | None = None
    text: ParseConfigBlockOptionsText | None = None
    key_value: ParseConfigBlockOptionsKeyValue | None = None
    barcodes: ParseConfigBlockOptionsBarcodes | None = None
    formulas: ParseConfigBlockOptionsFormulas | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _figures = UNSET if self.figures is None else self.figures
        figures: dict[str, Any] | Unset = UNSET
        if not isinstance(_figures, Unset):
            figures = _figures.to_dict()

        _tables = UNSET if self.tables is None else self.tables
        tables: dict[str, Any] | Unset = UNSET
        if not isinstance(_tables, Unset):
            tables = _tables.to_dict()

        _text = UNSET if self.text is None else self.text
        text: dict[str, Any] | Unset = UNSET
        if not isinstance(_text, Unset):
            text = _text.to_dict()

        _key_value = UNSET if self.key_value is None else self.key_value
        key_value: dict[str, Any] | Unset = UNSET
        if not isinstance(_key_value, Unset):
            key_value = _key_value.to_dict()

        _barcodes = UNSET if self.barcodes is None else self.barcodes
        barcodes: dict[str, Any] | Unset = UNSET
        if not isinstance(_barcodes, Unset):
            barcodes = _barcodes.to_dict()

        _formulas = UNSET if self.formulas is None else self.formulas
        formulas: dict[str, Any] | Unset = UNSET
        if not isinstance(_formulas, Unset):
            formulas = _formulas.to_dict()

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
            _at_ = "figures"
            _figures = d.pop("figures", UNSET)
            figures: ParseConfigBlockOptionsFigures | Unset
            if isinstance(_figures, Unset):
                figures = UNSET
            else:
                figures = ParseConfigBlockOptionsFigures.from_dict(_figures)

            _at_ = "tables"
            _tables = d.pop("tables", UNSET)
            tables: ParseConfigBlockOptionsTables | Unset
            if isinstance(_tables, Unset):
                tables = UNSET
            else:
                tables = ParseConfigBlockOptionsTables.from_dict(_tables)

            _at_ = "text"
            _text = d.pop("text", UNSET)
            text: ParseConfigBlockOptionsText | Unset
            if isinstance(_text, Unset):
                text = UNSET
            else:
                text = ParseConfigBlockOptionsText.from_dict(_text)

            _at_ = "keyValue"
            _key_value = d.pop("keyValue", UNSET)
            key_value: ParseConfigBlockOptionsKeyValue | Unset
            if isinstance(_key_value, Unset):
                key_value = UNSET
            else:
                key_value = ParseConfigBlockOptionsKeyValue.from_dict(_key_value)

            _at_ = "barcodes"
            _barcodes = d.pop("barcodes", UNSET)
            barcodes: ParseConfigBlockOptionsBarcodes | Unset
            if isinstance(_barcodes, Unset):
                barcodes = UNSET
            else:
                barcodes = ParseConfigBlockOptionsBarcodes.from_dict(_barcodes)

            _at_ = "formulas"
            _formulas = d.pop("formulas", UNSET)
            formulas: ParseConfigBlockOptionsFormulas | Unset
            if isinstance(_formulas, Unset):
                formulas = UNSET
            else:
                formulas = ParseConfigBlockOptionsFormulas.from_dict(_formulas)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            figures=None if isinstance(figures, Unset) else figures,
            tables=None if isinstance(tables, Unset) else tables,
            text=None if isinstance(text, Unset) else text,
            key_value=None if isinstance(key_value, Unset) else key_value,
            barcodes=None if isinstance(barcodes, Unset) else barcodes,
            formulas=None if isinstance(formulas, Unset) else formulas,
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
            ("figures", self.figures),
            ("tables", self.tables),
            ("text", self.text),
            ("key_value", self.key_value),
            ("barcodes", self.barcodes),
            ("formulas", self.formulas),
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
from ..models.parse_config_block_options_barcodes import ParseConfigBlockOptionsBarcodes  # noqa: E402
from ..models.parse_config_block_options_figures import ParseConfigBlockOptionsFigures  # noqa: E402
from ..models.parse_config_block_options_formulas import ParseConfigBlockOptionsFormulas  # noqa: E402
from ..models.parse_config_block_options_key_value import ParseConfigBlockOptionsKeyValue  # noqa: E402
from ..models.parse_config_block_options_tables import ParseConfigBlockOptionsTables  # noqa: E402
from ..models.parse_config_block_options_text import ParseConfigBlockOptionsText  # noqa: E402
