"""Find a page's masthead (paper name, issue date, issue number) and dates in file names."""
from __future__ import annotations

import re
from datetime import date

from kg.ingest.bylines import LEAD
from kg.ingest.layout import SENTENCE_END, Block, ends_sentence
from kg.records import Masthead, Span

# `总第8064期`, or `第1682期` opening a line: the issue number, a cue of its own.
_ISSUE_NUMBER = re.compile(r"总第\s*(\d+)\s*期|^第\s*(\d+)\s*期(?:\s|$)", re.M)
# Lines that only a masthead carries.
_MASTHEAD_CUES = [
    re.compile(r"\d{4}年\d{1,2}月\d{1,2}日\s*星期"),
    _ISSUE_NUMBER,
    re.compile(r"国内统一刊号|CN\s*\d{2}\s*-\s*\d{4}"),
    re.compile(r"E-?mail", re.I),
    re.compile(r"新闻热线|编辑部电话"),
    re.compile(r"责任编辑|责编|校对|美编|版式设计"),
    re.compile(r"主管主办|主办单位|报社出版|^\S+主管\s+\S+主办$"),
    re.compile(r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年|农历"),
    re.compile(r"^[A-Z]{2,}(?: [A-Z]{2,})+$"),  # the paper's name in pinyin capitals
]
_ISSUE_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_PAPER = [re.compile(r"([\u4e00-\u9fff]{2,8}?报)社(?:出版|主办)"), re.compile(r"《([\u4e00-\u9fff]{2,8}报)》")]
_FILE_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")
# A masthead sits in the first blocks of a page and shows at least this many cues (in as many blocks, or all in
# the first block: an inside page's header).
MASTHEAD_SEARCH_BLOCKS = 15
MASTHEAD_MIN_CUES = 2


def iso_date(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_masthead(blocks: list[Block]) -> tuple[Masthead | None, int]:
    """The masthead and the number of leading blocks it occupies (0 when there is none): cues count only
    before the first article's lead or sentence (`第1期 5月6日至10日` in a story is no issue number)."""
    searched = blocks[:MASTHEAD_SEARCH_BLOCKS]
    story = next((i for i, block in enumerate(searched) if LEAD.match(block.plain)
                  or any(line.text.rstrip().endswith(tuple(SENTENCE_END)) for line in block.lines)), len(searched))
    cue_blocks = [i for i, block in enumerate(searched[:story]) if cues_in(block)]
    if len(cue_blocks) < MASTHEAD_MIN_CUES and not page_header(blocks):
        return None, 0
    end = cue_blocks[-1] + 1
    # Lines right after the last cue that look like contact details (a site, a phone, the paper's app or
    # public account) still belong to it.
    while end < len(blocks) and re.search(r"https?://|www\.|电话|热线|信息港|客户端|公众号|微博", blocks[end].plain) \
            and len(blocks[end].plain) < 60:
        end += 1
    text = "\n".join(block.plain for block in blocks[:end])
    masthead = Masthead(span=Span(blocks[0].start, blocks[end - 1].lines[-1].origin[-1] + 1))
    if found := _ISSUE_DATE.search(text):
        masthead.issue_date = iso_date(*map(int, found.groups()))
    if found := _ISSUE_NUMBER.search(text):
        masthead.issue_number = int(found.group(1) or found.group(2))
    for pattern in _PAPER:
        if found := pattern.search(text):
            masthead.paper = found.group(1)
            break
    return masthead, end


def page_header(blocks: list[Block]) -> bool:
    """An inside page's header: the page's first block, no sentence, with the cues of a masthead
    (`2022年11月7日 星期一 综合新闻 3` / `某某日报 责任编辑:某某`)."""
    first = blocks[0] if blocks else None
    return first is not None and not any(ends_sentence(line.text) for line in first.lines) \
        and cues_in(first) >= MASTHEAD_MIN_CUES


def cues_in(block: Block) -> int:
    """How many kinds of masthead cue the block shows."""
    return sum(any(cue.search(line.text) for line in block.lines) for cue in _MASTHEAD_CUES)


def date_in_file_name(stem: str) -> str | None:
    """An issue date carried by a file name such as `lyrb_2020-07-06_p1`."""
    for found in _FILE_DATE.finditer(stem):
        if iso := iso_date(*map(int, found.groups())):
            return iso
    return None
