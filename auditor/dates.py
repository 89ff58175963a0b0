"""Finds and reads publication dates in page lines ("2024-10-14", "Oct. 13, 2024", "13 October 2024").

Patterns live in ``auditor/data/dates.txt`` (month names in ``months.txt``). A date without a year
("Oct. 13") is still found, so its text can be shown, but it has no ISO form.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from auditor.lexicon import entries, table

_SPECIAL = ("weekday", "prefix", "time")


@dataclass(frozen=True)
class DateMatch:
    """A date found in a string: its span there, the ISO date (None without a year) and the pattern."""

    start: int
    end: int
    iso: str | None
    label: str


def _split(line: str) -> tuple[str, str]:
    regex, label = line.rsplit(" | ", 1)
    return regex.strip(), label.strip()


@cache
def _months() -> dict[str, int]:
    return {name: int(fields[0]) for name, fields in table("months.txt").items()}


@cache
def _parts() -> tuple[dict[str, str], tuple[tuple[re.Pattern[str], str], ...]]:
    """The special fragments (weekday, prefix, time) and the compiled date patterns, in file order."""
    special: dict[str, str] = {}
    raw: list[tuple[str, str]] = []
    for line in entries("dates.txt"):
        regex, label = _split(line)
        if label in _SPECIAL:
            special[label] = regex
        else:
            raw.append((regex, label))
    month = "(?:" + "|".join(sorted(_months(), key=len, reverse=True)) + r")\b"
    compiled = tuple(
        (
            re.compile(
                r"(?<![\w])(?:"
                + regex.replace("{month}", month).replace("{weekday}", special.get("weekday", ""))
                + ")",
                re.IGNORECASE,
            ),
            label,
        )
        for regex, label in raw
    )
    return special, compiled


def _iso(match: re.Match[str], label: str) -> str | None:
    groups = match.groupdict()
    if groups.get("y") is None:
        return None
    year = int(groups["y"])
    if groups.get("mon"):
        month = _months().get(groups["mon"].lower().rstrip("."), 0)
        day = int(groups["d"])
    elif groups.get("a"):
        a, b = int(groups["a"]), int(groups["b"])
        # A number above 12 cannot be a month, which settles the order whatever the label says.
        day_first = a > 12 or (b <= 12 and label == "day-first")
        day, month = (a, b) if day_first else (b, a)
    else:
        month, day = int(groups["m"]), int(groups["d"])
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str, pos: int = 0) -> DateMatch | None:
    """The date starting exactly at ``pos`` in ``text`` (longest pattern wins), or None."""
    best: DateMatch | None = None
    for pattern, label in _parts()[1]:
        m = pattern.match(text, pos)
        if m and (best is None or m.end() > best.end):
            iso = _iso(m, label)
            if iso is None and m.groupdict().get("y") is not None:
                continue  # "31-02-2024": shaped like a date but not one
            best = DateMatch(m.start(), m.end(), iso, label)
    return best


def search_dates(text: str) -> list[DateMatch]:
    """Every date in ``text``, left to right, without overlaps."""
    out: list[DateMatch] = []
    pos = 0
    while pos < len(text):
        found = find_date(text, pos)
        if found is not None and found.end > pos:
            out.append(found)
            pos = found.end
        else:
            pos += 1
    return out


@cache
def prefix_pattern() -> re.Pattern[str]:
    """A dateline label in front of a date: "date", "Published:", "Updated on"."""
    return re.compile(_parts()[0].get("prefix", "(?!)"), re.IGNORECASE)


@cache
def time_pattern() -> re.Pattern[str]:
    """A clock time after a date: "T08:00:00Z", ", 10:30 a.m. ET"."""
    return re.compile(_parts()[0].get("time", "(?!)"), re.IGNORECASE)


def normalise_date(value: str) -> str | None:
    """ISO date of a metadata value ("2024-10-14T08:00:00Z", "Oct. 13, 2024"); None if unreadable."""
    value = value.strip()
    found = find_date(value, 0)
    return found.iso if found else None
