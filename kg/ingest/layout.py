"""Repair the layout of a page: lines -> blocks, with every character mapped to the original.

Pages come in two layouts. Hard-wrapped newspaper columns (about 13 characters a
line) split words and names across lines, and column breaks put blank lines
inside sentences. Paragraph text has one paragraph a line. A `Block` is a run of
non-blank lines; within a column block the lines are soft-wrapped and joined
without a separator, within a paragraph block each line stays a paragraph.
Spaced-out headlines (`市 政 府 召 开`) lose their spaces here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from statistics import median

from kg.ingest.normalize import MappedText

# A column line holds about 13 characters; paragraph text runs far longer.
COLUMN_LINE_MAX = 16
_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_SPACED_PAIR = re.compile(rf"[{_CJK}] (?=[{_CJK}“”（(])|[“”（(] (?=[{_CJK}])")
_CJK_PAIR = re.compile(rf"[{_CJK}](?=[{_CJK}])")
_LATIN_END = re.compile(r"[A-Za-z]$")  # words of Latin letters keep a space where a line breaks them apart
_LATIN_START = re.compile(r"^[A-Za-z]")

SENTENCE_END = "。！？!?…"
_CLOSERS = "”’」』)）]》"


class Layout(str, Enum):
    COLUMNS = "columns"
    PARAGRAPHS = "paragraphs"


@dataclass
class Block:
    """Consecutive non-blank lines of the page."""

    lines: list[MappedText]
    layout: Layout
    stacked: bool = False  # a line of a stacked headline, printed right under the line before it

    @property
    def text(self) -> MappedText:
        """The block as running text: column lines rejoined, paragraph lines kept apart by newlines."""
        if self.layout is Layout.PARAGRAPHS:
            return MappedText.join(self.lines, "\n")
        joined = self.lines[0]
        for line in self.lines[1:]:
            if _LATIN_END.search(joined.text) and _LATIN_START.search(line.text):
                joined = MappedText.join([joined, line], " ")
            else:
                joined = joined + line
        return joined

    @property
    def plain(self) -> str:
        return self.text.text

    @property
    def start(self) -> int:
        return self.lines[0].origin[0]


_SIGNATURE_DATE = re.compile(r"(?:^|\n)\d{4}年\d{1,2}月\d{1,2}日$")


def ends_sentence(text: str) -> bool:
    """True when text ends a sentence (closing quotes and brackets looked through).

    A notice that closes with its signature date on a line of its own is ended too.
    """
    text = text.rstrip()
    if _SIGNATURE_DATE.search(text):
        return True
    while text and text[-1] in _CLOSERS:
        if text[-1] in ")）" and re.search(r"[(（][^()（）]{1,12}[)）]$", text):
            return True  # a closing credit such as （冼文罡） or （下转第二版）
        text = text[:-1]
    return bool(text) and text[-1] in SENTENCE_END


def letter_spaced(line: MappedText) -> bool:
    """Whether the line was printed letter-spaced (`东 北 袜 业`): despacing left gaps in its offsets."""
    return len(line) > 3 and line.origin[-1] - line.origin[0] + 1 >= 1.5 * len(line)


def despace(line: MappedText) -> MappedText:
    """Undo letter-spacing (`东 北 袜 业 园`) where most neighbouring CJK characters are spaced."""
    spaced = len(_SPACED_PAIR.findall(line.text))
    tight = len(_CJK_PAIR.findall(line.text))
    if spaced < 3 or spaced < tight:
        return line
    keep = [i for i, c in enumerate(line.text)
            if not (c == " " and 0 < i < len(line.text) - 1
                    and not (_LATIN_END.search(line.text[i - 1]) and _LATIN_START.search(line.text[i + 1])))]
    return MappedText("".join(line.text[i] for i in keep), [line.origin[i] for i in keep])


def page_lines(original: str) -> list[MappedText]:
    """Every line of the page, folded and stripped (blank lines become empty)."""
    lines = []
    start = 0
    for raw in original.split("\n"):
        lines.append(despace(MappedText.fold(original, start, start + len(raw)).strip()))
        start += len(raw) + 1
    return lines


def detect_layout(lines: list[MappedText]) -> Layout:
    lengths = [len(line) for line in lines if len(line)]
    if lengths and median(lengths) <= COLUMN_LINE_MAX:
        return Layout.COLUMNS
    return Layout.PARAGRAPHS


def page_blocks(original: str) -> tuple[list[Block], Layout]:
    """Split a page into blocks of non-blank lines and tell its layout."""
    lines = page_lines(original)
    layout = detect_layout(lines)
    blocks: list[Block] = []
    current: list[MappedText] = []
    for line in lines + [MappedText("", [])]:
        if len(line):
            current.append(line)
        elif current:
            blocks.append(Block(current, layout))
            current = []
    return blocks, layout
