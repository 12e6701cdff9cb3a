"""Generic word lists (data files beside the code), loaded once, and regex alternations of them."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# A firm's legal form, the end of its registered name (`某某食品有限公司`).
LEGAL_FORMS = "股份有限公司|有限责任公司|有限公司"
# A wish someone states (`他希望某集团…`, `表示希望`, `强调，希望某局…`, a sentence of a speech that opens with it)
# comes before a name; a brand may hold 希望 (`金希望…有限公司`) or open with it after a comma (`，希望之光…`).
WISH = r"(?:^|(?<=[。！？!?“\n他她们我也还并示时家切心])|(?<=强调[,，])|(?<=指出[,，])|(?<=表示[,，])|(?<=要求[,，])" \
       r"|(?<=说[,，]))希望"


@cache
def words(name: str) -> tuple[str, ...]:
    """The words of `data/<name>.txt`: whitespace-separated, `#` starts a comment."""
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    return tuple(dict.fromkeys(w for line in text.splitlines() for w in line.split("#")[0].split()))


@cache
def alternation(name: str) -> str:
    """A regex alternation of a word list, longest words first so that the longest match wins."""
    return "|".join(re.escape(w) for w in sorted(words(name), key=len, reverse=True))


@cache
def triggers() -> dict[str, tuple[str, ...]]:
    """Trigger words by relation type, from `data/triggers.txt` (`TYPE word word …` lines)."""
    table = {}
    for line in (DATA / "triggers.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split("#")[0].split()
        if fields:
            table[fields[0]] = tuple(fields[1:])
    return table
