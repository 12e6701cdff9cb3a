"""`kg articles`: the articles of each page as JSON (headline, reporters, event date, offsets, text)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.ingest.pages import load_page
from kg.runner import run_over_pages
from kg.sinks.jsonout import article_json, write_json_atomic


def add_page_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="FILE_OR_DIR", help="page .txt files or folders of them")
    parser.add_argument("--issue-date", help="ISO date of the issue, for pages without a masthead")


def register(sub) -> None:
    parser = sub.add_parser("articles", help="split pages into articles (JSON)", description=__doc__)
    add_page_arguments(parser)
    parser.add_argument("--out", type=Path, help="folder for <stem>.json files (default: JSON lines on stdout)")
    parser.set_defaults(func=run)


def run(args) -> int:
    def step(path: Path) -> None:
        page = load_page(path, args.issue_date)
        data = {"source": page.source, "issue_date": page.issue_date,
                "articles": [article_json(a) for a in page.articles]}
        if args.out:
            write_json_atomic(args.out / f"{path.stem}.json", data)
        else:
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")

    return run_over_pages(args.inputs, step, args.quiet)
