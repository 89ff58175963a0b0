"""Write report tables to an .xlsx workbook a journalist can read, filter and trust.

Only writing happens here (the tables come from ``auditor.report.tables``). Each sheet gets a bold
filled header, a frozen header row, an autofilter, capped column widths with wrapped long text,
row fills by sourcing class (Claims) and severity (Findings). A stacked bar chart of the sourcing
mix per article goes on its own "Chart" sheet, and images (e.g. the provenance graph) on sheets of
their own. Text from articles is never executed: a cell starting with = + - @ is stored as a
string with Excel's quote prefix, and characters XML cannot carry are replaced. The file is
written to a temporary sibling and renamed, so a failure never leaves a half-written workbook.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from copy import copy
from io import BytesIO
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl.chart import BarChart, Reference
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from auditor.report import tables as t
from auditor.report.jsonout import atomic_path

CHART_SHEET = "Chart"
MAX_CELL_CHARS = 32_767  # Excel's limit; longer text is cut with a visible marker
TRUNCATION_MARK = " […]"
MAX_WIDTH = 60  # characters; wider text columns wrap instead
MIN_WIDTH = 8
MAX_IMAGE_WIDTH = 1400  # pixels shown; larger images are scaled down, not cropped

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")

# Light tints for rows; the chart uses the strong variant of the same hue so colours mean one thing.
SOURCING_FILLS = {
    "named": PatternFill("solid", fgColor="C6EFCE"),  # green
    "anonymous": PatternFill("solid", fgColor="FFEB9C"),  # amber
    "unattributed": PatternFill("solid", fgColor="F2DCDB"),  # grey-red
}
SOURCING_CHART_COLOURS = {t.COL_NAMED: "4E9A52", t.COL_ANONYMOUS: "E3A21A", t.COL_UNATTRIBUTED: "A5645F"}
SEVERITY_FILLS = {
    "error": PatternFill("solid", fgColor="FFC7CE"),
    "warning": PatternFill("solid", fgColor="FFEB9C"),
    "info": PatternFill("solid", fgColor="DDEBF7"),
}
NUMBER_FORMATS = {**dict.fromkeys(t.SHARE_COLUMNS, "0.0%"), "Similarity": "0.00"}

# Characters XML 1.0 (hence xlsx) cannot hold: most C0 controls, surrogates, U+FFFE/U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_FORMULA_START = ("=", "+", "-", "@")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def excel_text(value: str) -> str:
    """Text as it can be stored in a cell: XML-illegal characters become U+FFFD, overlong text is cut."""
    value = _NOT_XML.sub("\ufffd", value)
    if len(value) > MAX_CELL_CHARS:
        value = value[: MAX_CELL_CHARS - len(TRUNCATION_MARK)] + TRUNCATION_MARK
    return value


def sheet_title(name: str, used: set[str]) -> str:
    """A valid, unique (case-insensitively) Excel sheet name close to ``name``."""
    base = _BAD_SHEET_CHARS.sub("_", name).strip("'").strip() or "Sheet"
    title, n = base[:31], 1
    while title.lower() in used:
        n += 1
        suffix = f" ({n})"
        title = base[: 31 - len(suffix)] + suffix
    used.add(title.lower())
    return title


def _clean(frame: pd.DataFrame) -> pd.DataFrame:
    """Copy of ``frame`` with every text cell made storable (see :func:`excel_text`)."""
    frame = frame.copy()
    for column in frame.columns:
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column].dtype):
            frame[column] = frame[column].map(lambda v: excel_text(v) if isinstance(v, str) else v)
    return frame


def _display_len(value: Any) -> int:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return 0
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def _column_layout(frame: pd.DataFrame) -> list[tuple[float, bool]]:
    """(width, wrap) per column: fit the header and the longest line (sampled), capped at MAX_WIDTH."""
    sample = frame.head(2000)  # long batches: the first rows are representative enough for widths
    layout = []
    for column in frame.columns:
        longest = max([_display_len(v) for v in sample[column]], default=0)
        header = max(len(word) for word in str(column).split()) if str(column).strip() else 0
        width = min(MAX_WIDTH, max(MIN_WIDTH, header + 2, longest + 2))
        layout.append((float(width), longest + 2 > MAX_WIDTH))
    return layout


def _style_sheet(ws: Worksheet, frame: pd.DataFrame, name: str) -> None:
    rows, cols = len(frame) + 1, max(1, len(frame.columns))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(cols)}{rows}"
    for cell in ws[1]:
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT
        cell.border = None
    ws.row_dimensions[1].height = 30
    layout = _column_layout(frame)
    for index, (width, _) in enumerate(layout, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    wraps = [wrap for _, wrap in layout]
    formats = [NUMBER_FORMATS.get(str(column)) for column in frame.columns]
    row_key, fills = _row_fills(frame, name)
    # Assigning a style object to a cell hashes it against the workbook's style table, which
    # dominates run time on big batches; so each distinct combination is styled once and its
    # style-id array copied to the other cells.
    styles: dict[tuple[bool, str | None, str | None, bool], StyleArray] = {}
    for r, row in enumerate(ws.iter_rows(min_row=2, max_row=rows, max_col=cols)):
        fill_key = row_key[r] if row_key is not None and row_key[r] in fills else None
        for c, cell in enumerate(row):
            value = cell.value
            quoted = isinstance(value, str) and value.startswith(_FORMULA_START)
            number_format = formats[c] if value is not None else None
            key = (wraps[c], fill_key, number_format, quoted)
            cached = styles.get(key)
            if cached is None:
                cell.alignment = WRAP if wraps[c] else TOP
                if fill_key is not None:
                    cell.fill = fills[fill_key]
                if number_format:
                    cell.number_format = number_format
                cell.quotePrefix = quoted
                styles[key] = copy(cell._style)
            else:
                cell._style = copy(cached)
            if quoted:
                _defuse(cell)


def _row_fills(frame: pd.DataFrame, name: str) -> tuple[list[Any] | None, Mapping[str, PatternFill]]:
    """Which column colours the rows of this sheet, and the fill for each of its values."""
    if name == t.CLAIMS and t.COL_SOURCING in frame.columns:
        return list(frame[t.COL_SOURCING]), SOURCING_FILLS
    if name == t.FINDINGS and t.COL_SEVERITY in frame.columns:
        return list(frame[t.COL_SEVERITY]), SEVERITY_FILLS
    return None, {}


def _defuse(cell: Any) -> None:
    """Make text that looks like a formula inert: a string cell with Excel's quote prefix.

    openpyxl turns any str starting with "=" into a formula; flipping the type back to "s" stores
    the exact text, and quotePrefix (set with the cell's style) keeps Excel from evaluating it
    when a user edits the cell.
    """
    cell.data_type = "s"


def _score_colours(ws: Worksheet, frame: pd.DataFrame) -> None:
    """Red-amber-green colour scale on the Score column (0 red, 50 amber, 100 green)."""
    if t.COL_SCORE not in frame.columns or frame.empty:
        return
    letter = get_column_letter(list(frame.columns).index(t.COL_SCORE) + 1)
    rule = ColorScaleRule(
        start_type="num", start_value=0, start_color="F8696B",
        mid_type="num", mid_value=50, mid_color="FFEB84",
        end_type="num", end_value=100, end_color="63BE7B",
    )  # fmt: skip
    ws.conditional_formatting.add(f"{letter}2:{letter}{len(frame) + 1}", rule)


def _add_chart(book: Workbook, summary: Worksheet, frame: pd.DataFrame) -> None:
    """A horizontal stacked bar per article: its named / anonymous / unattributed claim counts."""
    needed = (t.COL_ARTICLE, t.COL_NAMED, t.COL_ANONYMOUS, t.COL_UNATTRIBUTED)
    if frame.empty or not all(c in frame.columns for c in needed):
        return
    columns = list(frame.columns)
    last = len(frame) + 1
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = "Claims by sourcing, per article"
    chart.x_axis.title = "Article"
    chart.y_axis.title = "Claims"
    # Recent Excel hides axes that are not explicitly kept.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"  # first article on top, as in the Summary sheet
    for name in needed[1:]:
        col = columns.index(name) + 1
        chart.add_data(Reference(summary, min_col=col, min_row=1, max_row=last), titles_from_data=True)
        series = chart.series[-1]
        series.graphicalProperties.solidFill = SOURCING_CHART_COLOURS[name]
        series.graphicalProperties.line.solidFill = SOURCING_CHART_COLOURS[name]
    article_col = columns.index(t.COL_ARTICLE) + 1
    chart.set_categories(Reference(summary, min_col=article_col, min_row=2, max_row=last))
    chart.width = 24
    chart.height = max(7.5, 0.7 * len(frame) + 3)  # cm; keeps bars readable for big batches
    sheet = book.create_sheet(CHART_SHEET, index=book.sheetnames.index(summary.title) + 1)
    sheet.add_chart(chart, "A1")


def _add_image(book: Workbook, title: str, data: bytes) -> None:
    try:
        image = Image(BytesIO(data))
    except (OSError, ValueError) as exc:  # PIL.UnidentifiedImageError is an OSError
        raise ValueError(f"image for sheet {title!r} is not a readable PNG or JPEG: {exc}") from exc
    if image.width > MAX_IMAGE_WIDTH:
        scale = MAX_IMAGE_WIDTH / image.width
        image.width, image.height = MAX_IMAGE_WIDTH, round(image.height * scale)
    if title in book.sheetnames:  # beside the existing data rather than on top of it
        sheet = book[title]
        anchor = f"{get_column_letter(sheet.max_column + 2)}1"
    else:
        sheet, anchor = book.create_sheet(title), "A1"
    sheet.add_image(image, anchor)


def write_excel(
    tables: Mapping[str, pd.DataFrame], path: Path, *, images: Mapping[str, bytes] | None = None
) -> None:
    """Write ``tables`` (sheet name -> DataFrame, in order) to ``path`` as a styled workbook.

    ``images`` maps a sheet name to PNG/JPEG bytes shown on that sheet. Raises ValueError when
    there is nothing to write or an image is unreadable, OSError when ``path`` cannot be written;
    in every failure an existing file at ``path`` is left untouched.
    """
    if not tables and not images:
        raise ValueError("no tables to write: the workbook would be empty")
    used: set[str] = set()
    with atomic_path(Path(path)) as tmp, pd.ExcelWriter(tmp, engine="openpyxl") as writer:
        book = writer.book
        summary: tuple[Worksheet, pd.DataFrame] | None = None
        for name, frame in tables.items():
            title = sheet_title(name, used)
            cleaned = _clean(frame)
            cleaned.to_excel(writer, sheet_name=title, index=False, na_rep="")
            ws = writer.sheets[title]
            _style_sheet(ws, cleaned, name)
            if name == t.SUMMARY:
                summary = (ws, cleaned)
                _score_colours(ws, cleaned)
        if summary is not None and CHART_SHEET.lower() not in used:
            used.add(CHART_SHEET.lower())
            _add_chart(book, *summary)
        for name, data in (images or {}).items():
            existing = {s.lower(): s for s in book.sheetnames}
            title = existing.get(name.lower()) or sheet_title(name, used)
            _add_image(book, title, data)
        book.active = 0
