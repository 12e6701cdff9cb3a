"""Shared mechanics of the name-by-suffix extractors (meetings, bodies, firms, projects).

A candidate is a run of name characters ending in a type's suffix word. Its
left edge is cut after the last stop (punctuation outside quotes, or a stop
word such as 召开 or 深入), and may be moved right to where a name can start.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from extractors.found import Found

_QUOTED = re.compile(r"“[^“”]{1,20}”")
# Inside 《》 lie titles of documents, whose words are not mentions of their own.
_BOOK_TITLE = re.compile(r"《[^《》]*》")


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    at_stop: bool = True  # False: the left edge is only where the search window began


def masked(text: str) -> str:
    """The text with quoted phrases made opaque (no stop or separator inside quotes) and 《》 blanked."""
    text = _QUOTED.sub(lambda m: "“" + "\uff3f" * (len(m.group()) - 2) + "”", text)
    return _BOOK_TITLE.sub(lambda m: "\u3000" * len(m.group()), text)


@cache
def _edge(stop: re.Pattern) -> re.Pattern:
    """What cuts a name on its left: punctuation and other non-name characters, or a stop word."""
    return re.compile(rf"[^\u4e00-\u9fff0-9A-Za-z“”+·()（）\uff3f—-]|{stop.pattern}")


def left_edge(view: str, stop: re.Pattern, pos: int, lo: int) -> int:
    """Where a name ending after `pos` may begin: after the last stop in view[lo:pos], else at `lo`."""
    cut = lo
    for piece in _edge(stop).finditer(view, lo, pos):
        cut = piece.end()
    return cut


def candidates(text: str, suffixes: str, stop: re.Pattern, max_chars: int = 30) -> Iterable[Candidate]:
    """Runs of name characters ending with one of `suffixes`, cut after the last stop on their left."""
    view = masked(text)
    for match in re.finditer(rf"(?:{suffixes})", view):
        lo = max(0, match.start() - max_chars)
        cut = left_edge(view, stop, match.start(), lo)
        yield Candidate(cut, match.end(), text[cut:match.end()], at_stop=cut > lo or lo == 0)


def trim_to(candidate: Candidate, starts: re.Pattern) -> Candidate | None:
    """Move the left edge to the first place where `starts` matches (None if nowhere)."""
    for pos in range(candidate.start, candidate.end):
        if starts.match(candidate.text, pos - candidate.start):
            return Candidate(pos, candidate.end, candidate.text[pos - candidate.start:])
    return None


def balanced(text: str) -> bool:
    return text.count("“") == text.count("”") and text.count("(") == text.count(")") \
        and text.count("（") == text.count("）")


def longest(spans: list[Found]) -> list[Found]:
    """Drop a name that lies inside a longer one of the same kind (市委 in 市委常委会)."""
    return [f for f in spans
            if not any(o is not f and o.start <= f.start and f.end <= o.end and (o.end - o.start) > (f.end - f.start)
                       for o in spans)]
