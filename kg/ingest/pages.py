"""From a page file to a `Page` with its masthead and articles: the ingest stage's one entry point."""
from __future__ import annotations

from pathlib import Path

from kg.ingest.articles import split_articles, to_article
from kg.ingest.blocks import classify, repair_breaks
from kg.ingest.dates import likely_year
from kg.ingest.layout import page_blocks
from kg.ingest.masthead import date_in_file_name, find_masthead
from kg.ingest.read import read_page_text
from kg.records import Page


def parse_page(text: str, path: Path, encoding: str = "utf_8", issue_date: str | None = None) -> Page:
    """Articles of a decoded page. The issue date: the caller's, else the masthead's, else the file name's."""
    blocks, layout = page_blocks(text)
    masthead, skip = find_masthead(blocks)
    issue_date = issue_date or (masthead and masthead.issue_date) or date_in_file_name(path.stem)
    units, captions = repair_breaks(classify(blocks[skip:]))
    fallback_year = None if issue_date else likely_year(text)
    drafts = split_articles(units, captions, layout)
    articles = [to_article(d, n, path.name, path.stem, text, issue_date, fallback_year)
                for n, d in enumerate(drafts)]
    return Page(path=str(path), source=path.name, encoding=encoding, text=text,
                masthead=masthead, issue_date=issue_date, articles=articles)


def load_page(path: Path, issue_date: str | None = None) -> Page:
    """Read, decode and split one page file; raises `PageError` for input that is not a page."""
    text, encoding = read_page_text(path)
    return parse_page(text, path, encoding, issue_date)
