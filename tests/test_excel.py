"""Tests for auditor.report.excel: round trip, layout, colours, chart, images, injection, atomicity."""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from report_samples import FORMULA_TEXT, empty_provenance_report, sample_report

from auditor.report import tables as t
from auditor.report.excel import (
    CHART_SHEET,
    MAX_CELL_CHARS,
    MAX_WIDTH,
    SEVERITY_FILLS,
    SOURCING_FILLS,
    TRUNCATION_MARK,
    excel_text,
    sheet_title,
    write_excel,
)
from auditor.report.tables import report_tables


def _png(width: int = 40, height: int = 30) -> bytes:
    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "white").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def sample_tables() -> dict[str, pd.DataFrame]:
    return report_tables(sample_report())


@pytest.fixture(scope="module")
def workbook_path(tmp_path_factory: pytest.TempPathFactory, sample_tables: dict[str, pd.DataFrame]) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "audit.xlsx"
    write_excel(sample_tables, path, images={"Provenance graph": _png()})
    return path


@pytest.fixture(scope="module")
def book(workbook_path: Path) -> Any:
    return openpyxl.load_workbook(workbook_path)


def _plain(value: Any) -> Any:
    """Normalise a cell value for comparison: blanks (None/NaN/NA) to None, numpy scalars to Python."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def test_round_trip_same_sheets_columns_and_rows(
    workbook_path: Path, sample_tables: dict[str, pd.DataFrame]
) -> None:
    read = pd.read_excel(workbook_path, sheet_name=None)
    expected_sheets = [t.SUMMARY, CHART_SHEET, *list(sample_tables)[1:], "Provenance graph"]
    assert list(read) == expected_sheets
    for name, frame in sample_tables.items():
        back = read[name]
        assert list(back.columns) == list(frame.columns), name
        assert len(back) == len(frame), name
        for column in frame.columns:
            got = [_plain(v) for v in back[column]]
            want = [_plain(v) for v in frame[column]]
            if frame[column].dtype.kind == "f":
                assert all(
                    (g is None and w is None) or math.isclose(g, w) for g, w in zip(got, want, strict=True)
                ), (name, column)
            else:
                assert got == want, (name, column)


def test_every_data_sheet_has_frozen_header_and_autofilter(
    book: Any, sample_tables: dict[str, pd.DataFrame]
) -> None:
    for name, frame in sample_tables.items():
        ws = book[name]
        assert ws.freeze_panes == "A2", name
        last = openpyxl.utils.get_column_letter(len(frame.columns))
        assert ws.auto_filter.ref == f"A1:{last}{len(frame) + 1}", name
        header = ws[1][0]
        assert header.font.b, name
        assert header.fill.fgColor.rgb.endswith("1F4E78"), name


def test_column_widths_are_capped_and_long_text_wraps(book: Any) -> None:
    ws = book[t.CLAIMS]
    widths = [d.width for d in ws.column_dimensions.values() if d.width]
    assert widths and max(widths) <= MAX_WIDTH
    sentence_col = [c.value for c in ws[1]].index("Sentence") + 1
    assert ws.cell(row=2, column=sentence_col).alignment.wrap_text
    article_col = [c.value for c in ws[1]].index("Article") + 1
    assert not ws.cell(row=2, column=article_col).alignment.wrap_text


def test_claim_rows_are_filled_by_sourcing(book: Any) -> None:
    ws = book[t.CLAIMS]
    headers = [c.value for c in ws[1]]
    sourcing_col = headers.index("Sourcing")
    seen = set()
    for row in ws.iter_rows(min_row=2):
        sourcing = row[sourcing_col].value
        expected = SOURCING_FILLS[sourcing].fgColor.rgb
        assert {cell.fill.fgColor.rgb for cell in row} == {expected}, sourcing
        seen.add(sourcing)
    assert seen == {"named", "anonymous", "unattributed"}
    assert len({f.fgColor.rgb for f in SOURCING_FILLS.values()}) == 3


def test_finding_rows_are_filled_by_severity(book: Any) -> None:
    ws = book[t.FINDINGS]
    severity_col = [c.value for c in ws[1]].index("Severity")
    for row in ws.iter_rows(min_row=2):
        assert row[0].fill.fgColor.rgb == SEVERITY_FILLS[row[severity_col].value].fgColor.rgb


def test_other_sheets_have_no_row_fill(book: Any) -> None:
    assert book[t.SOURCES]["A2"].fill.fill_type is None


def test_shares_are_formatted_as_percentages(book: Any) -> None:
    ws = book[t.SUMMARY]
    col = [c.value for c in ws[1]].index("Named share") + 1
    assert ws.cell(row=2, column=col).number_format == "0.0%"
    assert ws.cell(row=2, column=col).value == pytest.approx(0.6)
    assert ws.cell(row=4, column=col).value is None  # article without claims: blank, not 0 %


def test_stacked_sourcing_chart_per_article(book: Any) -> None:
    assert book.sheetnames[1] == CHART_SHEET
    charts = book[CHART_SHEET]._charts
    assert len(charts) == 1
    chart = charts[0]
    assert chart.grouping == "stacked"
    assert chart.x_axis.scaling.orientation == "maxMin"  # articles top-down in Summary order
    assert len(chart.series) == 3  # named, anonymous, unattributed
    refs = [s.val.numRef.f for s in chart.series]
    assert all(ref.startswith("'Summary'!") or ref.startswith("Summary!") for ref in refs)
    assert chart.series[0].cat is not None


def test_score_has_a_colour_scale(book: Any) -> None:
    ranges = [str(r.sqref) for r in book[t.SUMMARY].conditional_formatting]
    score_col = [c.value for c in book[t.SUMMARY][1]].index("Score") + 1
    letter = openpyxl.utils.get_column_letter(score_col)
    assert ranges == [f"{letter}2:{letter}4"]


def test_no_chart_without_articles(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    write_excel(report_tables(sample_report().model_copy(update={"articles": ()})), path)
    assert CHART_SHEET not in openpyxl.load_workbook(path).sheetnames


def test_image_goes_on_its_own_sheet(book: Any) -> None:
    assert len(book["Provenance graph"]._images) == 1


def test_image_on_existing_sheet_goes_beside_the_data(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_excel(report_tables(sample_report()), path, images={"Links": _png()})
    ws = openpyxl.load_workbook(path)["Links"]
    assert len(ws._images) == 1
    assert ws["A1"].value == "Source article"  # data intact


def test_big_image_is_scaled_down(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_excel({"Summary": pd.DataFrame({"a": [1]})}, path, images={"Graph": _png(3000, 1500)})
    image = openpyxl.load_workbook(path)["Graph"]._images[0]
    emu_per_pixel = 9525
    assert image.anchor.ext.cx == 1400 * emu_per_pixel
    assert image.anchor.ext.cy == 700 * emu_per_pixel  # aspect ratio kept


def test_formula_like_article_text_is_stored_as_text(book: Any) -> None:
    ws = book[t.ESCALATIONS]
    col = [c.value for c in ws[1]].index("Sentence") + 1
    cell = ws.cell(row=2, column=col)
    assert cell.value.startswith('=HYPERLINK("http://example.invalid")')
    assert cell.data_type == "s"
    assert cell.quotePrefix


@pytest.mark.parametrize(
    "text",
    ["=1+1", "+1", "-1", "@SUM(A1)", "=cmd|' /C calc'!A0", '=HYPERLINK("http://x.invalid","click")', "-"],
)
def test_formula_injection_round_trip(tmp_path: Path, text: str) -> None:
    path = tmp_path / "inj.xlsx"
    write_excel({"Claims": pd.DataFrame({"Sentence": [text], "Sourcing": ["named"]})}, path)
    cell = openpyxl.load_workbook(path)["Claims"]["A2"]
    assert cell.value == text
    assert cell.data_type == "s"


def test_numbers_stay_numbers(tmp_path: Path) -> None:
    path = tmp_path / "n.xlsx"
    write_excel({"Sheet": pd.DataFrame({"n": [-5], "s": ["ordinary text"]})}, path)
    ws = openpyxl.load_workbook(path)["Sheet"]
    assert (ws["A2"].value, ws["A2"].data_type) == (-5, "n")
    assert not ws["B2"].quotePrefix


def test_text_xml_cannot_hold_is_replaced_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "c.xlsx"
    write_excel({"S": pd.DataFrame({"x": ["a\x00b\x0bc\ufffe"]})}, path)
    assert openpyxl.load_workbook(path)["S"]["A2"].value == "a\ufffdb\ufffdc\ufffd"


def test_overlong_text_is_cut_with_a_visible_mark() -> None:
    text = excel_text("x" * 40_000)
    assert len(text) == MAX_CELL_CHARS and text.endswith(TRUNCATION_MARK)
    assert excel_text("short") == "short"


def test_sheet_titles_are_valid_and_unique() -> None:
    used: set[str] = set()
    assert sheet_title("Summary", used) == "Summary"
    assert sheet_title("summary", used) == "summary (2)"
    long = sheet_title("A very long sheet name: with [bad] chars?", used)
    assert len(long) <= 31 and not set("[]:*?/\\") & set(long)


def test_empty_provenance_sheets_have_headers(tmp_path: Path) -> None:
    path = tmp_path / "e.xlsx"
    write_excel(report_tables(empty_provenance_report()), path)
    read = pd.read_excel(path, sheet_name=None)
    for name in (t.LINKS, t.QUOTE_DRIFT, t.ESCALATIONS, t.UNIQUE_CONTENT):
        assert read[name].empty
        assert list(read[name].columns) == list(report_tables(empty_provenance_report())[name].columns)


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    path = tmp_path / "audit.xlsx"
    path.write_bytes(b"previous complete workbook")
    with pytest.raises(ValueError, match="not a readable PNG"):
        write_excel(report_tables(sample_report()), path, images={"Graph": b"not an image"})
    assert path.read_bytes() == b"previous complete workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.xlsx"]


def test_unwritable_directory_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_excel(report_tables(sample_report()), tmp_path / "missing" / "audit.xlsx")


def test_nothing_to_write_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="empty"):
        write_excel({}, tmp_path / "x.xlsx")


# Text a cell can hold exactly: no characters outside XML 1.0 and none of openpyxl's illegal controls.
XML_SAFE_TEXT = st.one_of(st.text(max_size=40), FORMULA_TEXT).map(
    lambda s: ILLEGAL_CHARACTERS_RE.sub("", excel_text(s))
)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(XML_SAFE_TEXT.filter(bool), min_size=1, max_size=30))
def test_any_text_round_trips_exactly(tmp_path: Path, texts: list[str]) -> None:
    path = tmp_path / "prop.xlsx"
    write_excel({"Claims": pd.DataFrame({"Sentence": texts})}, path)
    ws = openpyxl.load_workbook(path)["Claims"]
    cells = [row[0] for row in ws.iter_rows(min_row=2)]
    assert [c.value for c in cells] == texts
    assert all(c.data_type == "s" for c in cells)
