"""Split the classified blocks of a page into articles.

Paragraph pages print a headline before its article; column pages print it
after the body, and sometimes gather several headlines at the foot of the page.
There each headline goes to the headline-less article it follows, or else to
the one whose opening shares most character pairs with it. A headline printed
inside running text (the sentence before it goes on after it) belongs to the
article around it, or opens a new one where a caption marked the seam.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.ingest import bylines
from kg.ingest.blocks import Kind, Unit, ends_with_kicker, split_kicker
from kg.ingest.dates import event_date
from kg.ingest.layout import SENTENCE_END, Layout
from kg.ingest.normalize import MappedText
from kg.records import Article, Note, Span

_CONTINUATION = re.compile(r"[(（]((?:下|上)?转第?[一二三四五六七八九十\d]+版|转\d+版)[)）]")
# A headline must share at least this share of its character pairs with an article it did not follow.
MIN_HEADLINE_OVERLAP = 0.3
# What printing right after an article adds to a headline's claim on it.
ADJACENCY_BONUS = 0.5
OPENING_CHARS = 400


@dataclass
class Headline:
    units: list[Unit]  # one unit, or a kicker unit and its main title
    subtitles: list[Unit] = field(default_factory=list)
    bylines: list[Unit] = field(default_factory=list)
    follows: int | None = None  # column pages: the article printed right before it

    @property
    def text(self) -> MappedText:
        return MappedText.join([u.text for u in self.units], " ")

    def parts(self) -> tuple[str | None, str]:
        if len(self.units) == 2:
            return self.units[0].plain, self.units[1].plain
        return split_kicker(self.units[0].plain)


@dataclass
class Draft:
    headline: Headline | None = None
    paragraphs: list[Unit] = field(default_factory=list)
    bylines: list[Unit] = field(default_factory=list)  # bylines and closing credits printed apart
    captions: list[Unit] = field(default_factory=list)

    def opening(self) -> str:
        return "".join(p.plain for p in self.paragraphs)[:OPENING_CHARS]


def group_headlines(run: list[Unit]) -> tuple[list[Headline], list[Unit]]:
    """Headlines of a run of headline-ish units, and the bylines that precede any headline."""
    groups: list[Headline] = []
    loose: list[Unit] = []
    for unit in run:
        if unit.kind is Kind.HEADLINE:
            last = groups[-1] if groups else None
            if last and len(last.units) == 1 and not last.subtitles and ends_with_kicker(last.units[0].plain):
                last.units.append(unit)
            else:
                groups.append(Headline([unit]))
        elif unit.kind is Kind.SUBTITLE and groups:
            groups[-1].subtitles.append(unit)
        elif unit.kind is Kind.BYLINE:
            (groups[-1].bylines if groups else loose).append(unit)
    return groups, loose


def _pairs(text: str) -> set[str]:
    text = re.sub(r"[\s\W_]", "", text)
    return {text[i:i + 2] for i in range(len(text) - 1)}


def overlap(headline: str, text: str) -> float:
    """Share of the headline's character pairs that the text also has."""
    wanted = _pairs(headline)
    return len(wanted & _pairs(text)) / len(wanted) if wanted else 0.0


def _split_unit(unit: Unit, at: int) -> Unit:
    """Cut `unit` at `at`; the tail, with what it carries, is returned as a new unit."""
    tail = Unit(Kind.BODY, unit.text[at:], unit.lines,
                [j - at for j in unit.soft_joins if j > at],
                [(pos - at, run) for pos, run in unit.floating if pos > at])
    unit.text = unit.text[:at]
    unit.soft_joins = [j for j in unit.soft_joins if j < at]
    unit.floating = [(pos, run) for pos, run in unit.floating if pos <= at]
    return tail


def _place_floating(drafts: list[Draft], unit: Unit) -> None:
    """Give a headline printed inside `unit` to its article (see the module docstring)."""
    while unit.floating:
        pos, run = unit.floating.pop(0)
        groups, _ = group_headlines(run)
        if not groups:
            continue
        draft = drafts[-1]
        if draft.headline is None:
            draft.headline = groups[-1]
            continue
        # The seam: the last join over a caption before the headline, else the headline itself.
        seam = None
        for n in range(len(draft.paragraphs) - 1, -1, -1):
            para = draft.paragraphs[n]
            joins = [j for j in para.soft_joins if para is not unit or j <= pos]
            if joins:
                seam = (n, joins[-1])
                break
        n, at = seam or (draft.paragraphs.index(unit), pos)
        cut = draft.paragraphs[n]
        tail = _split_unit(cut, at)
        moved = [tail] + draft.paragraphs[n + 1:]
        del draft.paragraphs[n + 1:]
        if not cut.plain.strip():
            draft.paragraphs.pop(n)
        drafts.append(Draft(groups[-1], moved))
        if cut is unit:
            unit = tail


def _attach_credit(drafts: list[Draft], unit: Unit) -> None:
    if drafts:
        drafts[-1].bylines.append(unit)


# An earlier headline of a run is the article's, not the last one, when it shares this much more of its
# wording with the article's opening: the last is then a deck under it (`…推介会举行` / `现场签约项目16个`).
# Lines stacked without a blank line are one headline for sure: there a smaller margin decides, on the lead's
# first sentence without its quotes (a theme quoted in the lead is a kicker's wording, not the news).
DECK_MARGIN = 0.3
STACKED_MARGIN = 0.1
MIN_MAIN_OVERLAP = 0.5


def main_headline(groups: list[Headline], opening: str) -> Headline:
    """The headline of a run printed before an article: the last, or an earlier one with its decks."""
    stacked = all(g.units[0].stacked for g in groups[1:])
    if stacked:
        opening = re.sub(r"“[^”]*”", "", re.split(f"[{SENTENCE_END}]", opening)[0])
    scores = [overlap(g.text.text, opening) for g in groups]
    best = max(range(len(groups)), key=lambda i: (scores[i], i))
    margin = STACKED_MARGIN if stacked else DECK_MARGIN
    if best == len(groups) - 1 or scores[best] < MIN_MAIN_OVERLAP or scores[best] < scores[-1] + margin:
        return groups[-1]
    main = groups[best]
    for deck in groups[best + 1:]:
        main.subtitles.extend(deck.units + deck.subtitles)
        main.bylines.extend(deck.bylines)
    return main


def assemble_paragraph_page(units: list[Unit]) -> list[Draft]:
    drafts: list[Draft] = []
    pending: list[Unit] = []
    for unit in units:
        if unit.kind in (Kind.HEADLINE, Kind.SUBTITLE, Kind.BYLINE, Kind.BOX):
            pending.append(unit)
            continue
        if unit.kind is Kind.CREDIT:
            _attach_credit(drafts, unit)
            continue
        groups, loose = group_headlines(pending)
        pending = []
        current = drafts[-1] if drafts else None
        if groups:
            drafts.append(Draft(main_headline(groups, unit.plain), bylines=loose))
        elif loose and (current is None or current.paragraphs):
            drafts.append(Draft(bylines=loose))
        elif unit.kind is Kind.LEAD and (current is None or current.paragraphs):
            drafts.append(Draft())
        elif current is None:
            continue  # text before the first article: page furniture
        drafts[-1].paragraphs.append(unit)
        if unit.floating:
            _place_floating(drafts, unit)
    return drafts


def assemble_column_page(units: list[Unit]) -> list[Draft]:
    drafts: list[Draft] = []
    headlines: list[Headline] = []
    pending: list[Unit] = []
    open_draft = False

    def close_run() -> None:
        nonlocal open_draft, pending
        groups, loose = group_headlines(pending)
        if groups and open_draft:
            groups[0].follows = len(drafts) - 1
        if loose and drafts:
            drafts[-1].bylines.extend(loose)
        headlines.extend(groups)
        if groups:
            open_draft = False
        pending = []

    for unit in units:
        if unit.kind in (Kind.HEADLINE, Kind.SUBTITLE, Kind.BYLINE, Kind.BOX):
            pending.append(unit)
            continue
        if pending:
            close_run()
        if unit.kind is Kind.CREDIT:
            _attach_credit(drafts, unit)
            continue
        if unit.kind is Kind.LEAD or not open_draft:
            drafts.append(Draft())
            open_draft = True
        drafts[-1].paragraphs.append(unit)
        if unit.floating:
            _place_floating(drafts, unit)
    close_run()
    _assign_headlines(drafts, headlines)
    return drafts


def _assign_headlines(drafts: list[Draft], headlines: list[Headline]) -> None:
    """Greedy matching of headlines to headline-less articles: adjacency first, then shared wording."""
    scored = []
    for h, headline in enumerate(headlines):
        for d, draft in enumerate(drafts):
            score = overlap(headline.text.text, draft.opening())
            if headline.follows == d:
                score += ADJACENCY_BONUS
            elif score < MIN_HEADLINE_OVERLAP:
                continue
            scored.append((score, h, d))
    used_h, used_d = set(), set()
    for _, h, d in sorted(scored, reverse=True):
        if h in used_h or d in used_d or drafts[d].headline is not None:
            continue
        drafts[d].headline = headlines[h]
        used_h.add(h)
        used_d.add(d)


def attach_captions(drafts: list[Draft], captions: list[tuple[Unit, list[int]]]) -> None:
    """A caption goes to the neighbouring article whose text it shares most wording with."""
    for caption, neighbours in captions:
        candidates = [d for d in neighbours if 0 <= d < len(drafts)]
        if candidates:
            best = max(candidates, key=lambda d: overlap(caption.plain, "".join(p.plain for p in drafts[d].paragraphs)))
            drafts[best].captions.append(caption)


def _spans(text: MappedText, original: str) -> list[Span]:
    """Maximal runs of the original that hold `text`, bridging only whitespace."""
    spans: list[Span] = []
    for pos in text.origin:
        if spans and (pos == spans[-1].end or (pos > spans[-1].end and not original[spans[-1].end:pos].strip())):
            spans[-1] = Span(spans[-1].start, pos + 1)
        elif spans and pos < spans[-1].end:
            continue
        else:
            spans.append(Span(pos, pos + 1))
    return spans


def _unit_reporters(unit: Unit) -> list[str]:
    if unit.kind is Kind.CREDIT:
        return bylines.closing_reporters(unit.plain)
    return bylines.byline_reporters(unit.plain)


def to_article(draft: Draft, index: int, source: str, stem: str, original: str,
               issue_date: str | None, fallback_year: int | None) -> Article:
    body = MappedText.join([p.text for p in draft.paragraphs], "\n")
    headline = draft.headline
    title_text = headline.text if headline else MappedText("", [])
    kicker, main = headline.parts() if headline else (None, "")
    printed_apart = (headline.bylines if headline else []) + draft.bylines
    reporters = [name for unit in printed_apart for name in _unit_reporters(unit)]
    if draft.paragraphs:
        reporters = bylines.lead_reporters(draft.paragraphs[0].plain) + reporters
        for para in draft.paragraphs[-1:]:
            last_line = para.plain.rstrip().split("\n")[-1]
            reporters.extend(bylines.closing_reporters(last_line))
    continuation = _CONTINUATION.search(body.text)
    return Article(
        id=f"{stem}#{index}",
        source=source,
        index=index,
        title=title_text.text,
        main_title=main if kicker else None,
        kicker=kicker,
        subtitle=" ".join(s.plain for s in headline.subtitles) if headline and headline.subtitles else None,
        reporters=list(dict.fromkeys(reporters)),
        event_date=event_date(body.text[:OPENING_CHARS // 4], issue_date, fallback_year),
        text=body.text,
        origin=body.origin,
        headline_spans=_spans(title_text, original),
        body_spans=_spans(body, original),
        continuation=continuation.group(1) if continuation else None,
        notes=[Note(u.plain, u.text.origin, "caption") for u in draft.captions]
        + [Note(u.plain, u.text.origin, u.kind.value) for u in printed_apart],
    )


def split_articles(units: list[Unit], captions: list[tuple[int, Unit]], layout: Layout) -> list[Draft]:
    """Drafts of the articles of a page, in reading order."""
    drafts = assemble_column_page(units) if layout is Layout.COLUMNS else assemble_paragraph_page(units)
    drafts = [d for d in drafts if d.paragraphs]
    owner = {id(p): n for n, d in enumerate(drafts) for p in d.paragraphs}

    def draft_near(index: int, step: int) -> int | None:
        while 0 <= index < len(units):
            if id(units[index]) in owner:
                return owner[id(units[index])]
            index += step
        return None

    attach_captions(drafts, [(cap, [d for d in (draft_near(i - 1, -1), draft_near(i, 1)) if d is not None])
                             for i, cap in captions])
    return drafts
