"""`kg extract`: for each page, `OUT/<stem>.json` in the format of the gold guidelines."""
from __future__ import annotations

from pathlib import Path

from kg.commands.articles import add_page_arguments
from kg.ingest.pages import load_page
from kg.records import PageRecords
from kg.runner import run_over_pages
from kg.sinks.jsonout import page_json, write_json_atomic


def register(sub) -> None:
    parser = sub.add_parser("extract", help="extract entities and relations of pages (gold-format JSON)",
                            description=__doc__)
    add_page_arguments(parser)
    parser.add_argument("--out", type=Path, required=True, help="folder for <stem>.json files")
    parser.set_defaults(func=run)


def run(args) -> int:
    def step(path: Path) -> None:
        records = PageRecords(load_page(path, args.issue_date))
        write_json_atomic(args.out / f"{path.stem}.json", page_json(records))

    return run_over_pages(args.inputs, step, args.quiet)
