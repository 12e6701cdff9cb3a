"""Tell what each block of a page is: headline, byline, lead, body, caption, box.

Only generic newspaper conventions are used: `本报讯` leads, `本报记者 X` bylines,
`——` subtitles, `图为…`/`…摄` captions, countdown boxes, banners printed twice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from kg.ingest.bylines import BYLINE, LEAD
from kg.ingest.layout import Block, Layout, ends_sentence, letter_spaced
from kg.ingest.normalize import MappedText


class Kind(str, Enum):
    HEADLINE = "headline"
    SUBTITLE = "subtitle"  # `——…` line or a deck under a headline
    BYLINE = "byline"
    LEAD = "lead"  # a body paragraph that opens an article: `本报讯…`, `人物:…`
    BODY = "body"
    CREDIT = "credit"  # a closing credit alone: `（民声轩）`, `（转自《青川日报》）`
    CAPTION = "caption"
    BOX = "box"  # countdowns, banners, data boxes: not articles


HEADLINE_MAX_CHARS = 80
COLUMN_HEADLINE_MAX_LINES = 5  # a kicker and a main title may take two column lines each
PARAGRAPH_HEADLINE_LINE_MAX_CHARS = 40
# Short words apart, three or more: a list of names, not a headline line.
_NAME_LIST = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){2,}$")
_CAPTION = re.compile(r"图为|(?:记者|通讯员|摄影)\s*[\u4e00-\u9fff]{2,4}\s*摄$|\s[\u4e00-\u9fff]{2,4}\s+摄$|^[（(]?图片?[:：]")
_CREDIT_ONLY = re.compile(r"^[(（][^()（）]{1,20}[)）]$")
_OTHER_LEADS = re.compile(r"^人物[:：]")
_COUNTDOWN = re.compile(r"^距|^还有\s*\d+\s*天$|倒计时")
# A labelled field (`同期声:`, `人物:`) opens a paragraph of its own.
_LABELLED = re.compile(r"^[\u4e00-\u9fff]{2,4}[:：]")
_DATE_ONLY = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
_DATE_LEAD = re.compile(r"^\d{1,2}月\s*\d{1,2}日[,，]")
# Punctuation that a headline line does not carry but a deck or a sentence does.
_CLAUSE_PUNCT = re.compile(r"[,，;；。]|[:：](?![\u4e00-\u9fff“])")
# A colon is a headline's (`某镇:小袜子织出致富路`) when a short name stands before it on a line of its own.
_HEADLINE_COLON = re.compile(r"^[\u4e00-\u9fff“”]{2,8}[:：][\u4e00-\u9fff“][^\n]*$")
_NAME_BEFORE_COLON = re.compile(r"^[^:：]*[的有是为][^:：]*[:：]")
KICKER_VERBS = ("强调", "指出", "表示", "要求", "提出", "时说", "寄语")
_INLINE_KICKER = re.compile(r"^(.{4,}?(?:" + "|".join(KICKER_VERBS) + r"))\s+(\S.*)$")


@dataclass
class Unit:
    """A block with its kind; body text may grow as column breaks are repaired."""

    kind: Kind
    text: MappedText
    lines: int = 1
    soft_joins: list[int] = field(default_factory=list)  # where a join skipped a caption
    # Headline runs printed inside this text, with the position they interrupt.
    floating: list[tuple[int, list["Unit"]]] = field(default_factory=list)
    stacked: bool = False  # a headline line printed right under the line before it (Block.stacked)

    @property
    def plain(self) -> str:
        return self.text.text


def _is_doubled(text: str) -> bool:
    """A banner printed twice in a row (`项目观摩进行时项目观摩进行时`)."""
    half = len(text) // 2
    return len(text) % 2 == 0 and half >= 2 and text[:half] == text[half:]


def _kind(block: Block) -> Kind:
    text = block.plain.strip()
    if _CAPTION.search(text):
        return Kind.CAPTION
    if _CREDIT_ONLY.match(text):
        return Kind.CREDIT
    if BYLINE.match(text):
        return Kind.BYLINE
    if LEAD.match(text) or _OTHER_LEADS.match(text):
        return Kind.LEAD
    if text.startswith("—") and len(text) <= HEADLINE_MAX_CHARS:
        return Kind.SUBTITLE
    max_lines = 1 if block.layout is Layout.PARAGRAPHS else COLUMN_HEADLINE_MAX_LINES
    short = len(block.lines) <= max_lines and len(text.replace(" ", "")) <= HEADLINE_MAX_CHARS
    if short and (_COUNTDOWN.search(text) or _is_doubled(text)):
        return Kind.BOX
    colon_ok = ":" not in text or (len(block.lines) == 1 and _HEADLINE_COLON.match(text)
                                   and not _NAME_BEFORE_COLON.match(text))
    if short and not ends_sentence(text) and not _CLAUSE_PUNCT.search(text) and colon_ok:
        return Kind.HEADLINE
    return Kind.BODY


def _split_off_lines(blocks: list[Block]) -> list[Block]:
    """Lines printed without a blank line around them that are not part of the text beside them become
    blocks of their own: captions, bylines under a headline, `——` subtitles, the plain deck lines
    under a letter-spaced headline (`市 委 全 会 召 开` / `审议通过…`), and each line of a headline stacked
    over its kicker or deck on a page of paragraphs."""
    out = []
    for n, block in enumerate(blocks):
        if _stacked_headline(block, blocks[n + 1] if n + 1 < len(blocks) else None):
            out.extend(Block([line], block.layout, stacked=i > 0) for i, line in enumerate(block.lines))
            continue
        current: list = []
        for line in block.lines:
            alone = len(block.lines) > 1 and (_CAPTION.search(line.text) or BYLINE.match(line.text))
            after_spaced_title = current and letter_spaced(current[-1]) and not letter_spaced(line) \
                and len(current) <= COLUMN_HEADLINE_MAX_LINES and not LEAD.match(current[0].text) \
                and not _CLAUSE_PUNCT.search(current[-1].text)
            if alone:
                out.extend([Block(current, block.layout)] if current else [])
                out.append(Block([line], block.layout))
                current = []
            elif current and (line.text.startswith("—") or after_spaced_title) \
                    and len(current) <= COLUMN_HEADLINE_MAX_LINES:
                out.append(Block(current, block.layout))
                current = [line]
            else:
                current.append(line)
        if current:
            out.append(Block(current, block.layout))
    return out


def _stacked_headline(block: Block, following: Block | None) -> bool:
    """On a page of paragraphs (a paragraph is one line), a block of several short lines with no clause in them,
    right before a lead or a byline, is a headline with its kicker or deck (`某某推介会举行` / `现场签约项目16个
    总投资132亿元`, a kicker of three short phrases over the title); a list of names inside a story is none
    (`甲 乙 丙` on every line)."""
    return block.layout is Layout.PARAGRAPHS and len(block.lines) > 1 and following is not None \
        and bool(LEAD.match(following.plain) or BYLINE.match(following.plain)) and all(
            len(line.text.replace(" ", "")) <= PARAGRAPH_HEADLINE_LINE_MAX_CHARS and not ends_sentence(line.text)
            and not _CLAUSE_PUNCT.search(line.text) for line in block.lines) \
        and not all(_NAME_LIST.match(line.text) for line in block.lines)


def classify(blocks: list[Block]) -> list[Unit]:
    """Kinds of the blocks, with the context rules that a single block cannot decide."""
    split = _split_off_lines(blocks)
    units = [Unit(_kind(b), b.text, len(b.lines), stacked=b.stacked) for b in split]
    for n in range(1, len(units)):
        if units[n].kind is Kind.HEADLINE and units[n - 1].kind is Kind.HEADLINE \
                and all(letter_spaced(line) for line in split[n - 1].lines) \
                and not any(letter_spaced(line) for line in split[n].lines):
            units[n].kind = Kind.SUBTITLE  # a deck under a letter-spaced headline
    for i, unit in enumerate(units):
        prev = units[i - 1] if i else None
        nxt = units[i + 1] if i + 1 < len(units) else None
        short = unit.lines <= COLUMN_HEADLINE_MAX_LINES and len(unit.plain) <= HEADLINE_MAX_CHARS
        if unit.kind is Kind.BODY and short and nxt and nxt.kind in (Kind.SUBTITLE, Kind.BYLINE) \
                and "。" not in unit.plain:
            unit.kind = Kind.HEADLINE  # a headline ending in ? or ! announced by its subtitle or byline
        elif unit.kind is Kind.BODY and short and prev and prev.kind is Kind.HEADLINE \
                and not ends_sentence(unit.plain):
            unit.kind = Kind.SUBTITLE  # a deck: a clause under the headline
        elif unit.kind is Kind.HEADLINE and nxt and _DATE_ONLY.match(nxt.plain):
            unit.kind = Kind.BODY  # a notice's signature (the body that issued it, then the date)
        elif unit.kind is Kind.BODY and unit.lines == 1 and _DATE_LEAD.match(unit.plain) \
                and ends_sentence(unit.plain) and prev and prev.kind in (Kind.BODY, Kind.LEAD) \
                and not ends_sentence(prev.plain) and nxt and nxt.kind is Kind.BODY:
            unit.kind = Kind.CAPTION  # a dated photo caption printed inside a broken sentence
    return units


def split_kicker(title: str) -> tuple[str | None, str]:
    """`…时强调 加快…` -> (kicker, main title); a title without a kicker is its own main title."""
    found = _INLINE_KICKER.match(title)
    if found:
        return found.group(1), found.group(2)
    return None, title


def ends_with_kicker(text: str) -> bool:
    return text.rstrip().endswith(KICKER_VERBS)


def repair_breaks(units: list[Unit]) -> tuple[list[Unit], list[tuple[int, Unit]]]:
    """Join body text that column breaks, captions or a misplaced headline cut in two.

    Returns the units without captions, and each caption with the number of
    units printed before it.
    """
    out: list[Unit] = []
    captions: list[tuple[int, Unit]] = []
    skipped_caption = False
    for unit in units:
        if unit.kind is Kind.CAPTION:
            captions.append((len(out), unit))
            skipped_caption = True
            continue
        if unit.kind is Kind.BODY and not _LABELLED.match(unit.plain):
            k = len(out)
            while k and out[k - 1].kind in (Kind.HEADLINE, Kind.SUBTITLE, Kind.BYLINE):
                k -= 1
            prev = out[k - 1] if k else None
            if prev and prev.kind in (Kind.BODY, Kind.LEAD) and not ends_sentence(prev.plain):
                if run := out[k:]:
                    del out[k:]
                    prev.floating.append((len(prev.text), run))
                elif skipped_caption:
                    prev.soft_joins.append(len(prev.text))
                prev.text = prev.text + unit.text
                prev.lines += unit.lines
                skipped_caption = False
                continue
        out.append(unit)
        skipped_caption = False
    return out, captions
