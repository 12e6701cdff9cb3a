"""Reading a Chinese personal name at a position of running text.

A name is a surname (one character, or a compound surname) and one or two
given characters, and it must be followed by a boundary: punctuation, the end,
or a word that typically follows a name in news (a verb such as 主持, a
function word such as 在). Where the NER model marks a PERSON starting at the
position, its span decides.
"""
from __future__ import annotations

import re
from functools import cache

from extractors.lexicon import words

_CJK = re.compile(r"[\u4e00-\u9fff]")
# Characters that do not occur in names but do in the words around them.
_NOT_IN_NAMES = set("副市县区省局委会的了着是在对等及与和于其这那我你他她们各该每")


@cache
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    all_surnames = words("surnames")
    return frozenset(s for s in all_surnames if len(s) == 1), frozenset(s for s in all_surnames if len(s) == 2)


@cache
def _boundary() -> re.Pattern:
    followers = "|".join(re.escape(w) for w in sorted(words("boundary_words"), key=len, reverse=True))
    return re.compile(rf"(?:{followers})|[^\u4e00-\u9fff]|$")


# A given name may end in 和 (`钟允和出席`) where the 和 joins nothing: an act of the person or punctuation follows.
_AFTER_A_NAME_ENDING_HE = re.compile(r"(?:出席|主持(?!人)|列席|讲话|致辞|表示|指出|强调|说(?!明)|介绍(?!人))|[,，。、;；]")
# One-character words after which a two-character name is likelier than a three-character one (戴瑞说).
_CLEAR_FOLLOWERS = set("说在是等对到向把被将从给也都还又就的")


def is_boundary(text: str, pos: int) -> bool:
    return bool(_boundary().match(text, pos))


def starts_boundary_word(text: str, pos: int) -> bool:
    """A word of two or more characters that follows names starts here (强调, 主持): no name starts here."""
    found = _boundary().match(text, pos)
    return bool(found) and len(found.group()) >= 2


def surname_length(text: str, pos: int) -> int:
    single, double = _surnames()
    if text[pos:pos + 2] in double:
        return 2
    return 1 if text[pos:pos + 1] in single else 0


MIN_NAME_CHARS, MAX_NAME_CHARS = 2, 4  # a Chinese personal name, surname included


def plausible_name(name: str) -> bool:
    return MIN_NAME_CHARS <= len(name) <= MAX_NAME_CHARS and all(_CJK.match(c) for c in name) \
        and not (set(name[1:]) & _NOT_IN_NAMES)


def read_name(text: str, pos: int, person_starts: dict[int, int] | None = None) -> int | None:
    """End of a personal name starting at `pos`, or None.

    Evidence, strongest first: a two-character reading followed by a word that
    follows names (`覃岳率队`); the NER model's PERSON span or a reading of two or
    three characters followed by a boundary; the NER span alone (`覃岳实事求是地`).
    """
    surname = surname_length(text, pos)
    ner_end = (person_starts or {}).get(pos)
    if ner_end is not None and not plausible_name(text[pos:ner_end]):
        ner_end = None
    if (not surname and ner_end is None) or starts_boundary_word(text, pos):
        return None
    ends = [pos + surname + given for given in (2, 1)] if surname else []
    ends = [end for end in ends if end <= len(text) and plausible_name(text[pos:end])]
    short = pos + surname + 1
    if short in ends and short < len(text) and (starts_boundary_word(text, short) or text[short] in _CLEAR_FOLLOWERS):
        return short
    full = pos + surname + 2
    if surname and full <= len(text) and text[full - 1] == "和" and plausible_name(text[pos:full - 1]) \
            and (full == len(text) or _AFTER_A_NAME_ENDING_HE.match(text, full)):
        return full  # `钟允和出席`: 和 ends the given name, not a list
    for end in ([ner_end] if ner_end else []) + ends:
        if is_boundary(text, end):
            return end
    return ner_end


@cache
def _before_name() -> re.Pattern:
    return re.compile(rf"(?:{'|'.join(re.escape(w) for w in sorted(words('before_name_words'), key=len, reverse=True))})$")


def read_name_before(text: str, end: int, person_ends: dict[int, int] | None = None) -> int | None:
    """Start of a personal name ending at `end` (for posts printed after the name, `习近平总书记`), or None.

    Without the NER model, the name must stand where a name can begin: after punctuation
    or at the start, or after a word that often precedes a leader's name (学习, 贯彻)."""
    if person_ends and end in person_ends and plausible_name(text[person_ends[end]:end]):
        return person_ends[end]
    for length in (3, 2):
        start = end - length
        if start >= 0 and plausible_name(text[start:end]) and surname_length(text, start) \
                and (start == 0 or not _CJK.match(text[start - 1]) or _before_name().search(text, 0, start)):
            return start
    return None
