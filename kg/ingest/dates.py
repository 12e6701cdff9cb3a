"""Dates of reported events: `8月29日` completed with the year of the issue."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

_DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


def complete_year(month: int, issue_date: str | None, fallback_year: int | None) -> int | None:
    """The year of a month-day date: the issue's, except a December event in a January issue."""
    if issue_date:
        issue = date.fromisoformat(issue_date)
        return issue.year - 1 if month == 12 and issue.month == 1 else issue.year
    return fallback_year


def to_iso(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def event_date(text: str, issue_date: str | None, fallback_year: int | None = None) -> str | None:
    """The first full or month-day date in `text`, as an ISO date."""
    found = _DATE.search(text)
    if not found:
        return None
    year, month, day = found.groups()
    month, day = int(month), int(day)
    return to_iso(int(year) if year else complete_year(month, issue_date, fallback_year), month, day)


def likely_year(text: str) -> int | None:
    """The year a page without an issue date most likely reports in: its most mentioned `20xx年`
    (the later one on a tie)."""
    years = Counter(int(y) for y in _YEAR.findall(text))
    return max(years, key=lambda y: (years[y], y)) if years else None
