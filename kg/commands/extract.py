"""`kg extract`: for each page, `OUT/<stem>.json` in the format of the gold guidelines."""
from __future__ import annotations

import logging
from pathlib import Path

from kg.commands.articles import add_page_arguments
from kg.ingest.pages import load_page
from kg.runner import run_over_pages
from kg.sinks.jsonout import page_json, write_json_atomic

log = logging.getLogger("kg")


def add_model_argument(parser) -> None:
    parser.add_argument("--model", help="spaCy pipeline folder (default: the committed models/zh_kg; "
                                        "'blank' for rules without NER)")


def register(sub) -> None:
    parser = sub.add_parser("extract", help="extract entities and relations of pages (gold-format JSON)",
                            description=__doc__)
    add_page_arguments(parser)
    add_model_argument(parser)
    parser.add_argument("--out", type=Path, required=True, help="folder for <stem>.json files")
    parser.set_defaults(func=run)


def page_extractor(model: str | None):
    """A function page path -> PageRecords, with the pipeline loaded once."""
    from kg.nlp.extract import extract_page
    from kg.nlp.pipeline import build_pipeline

    nlp = build_pipeline(model)
    log.info("pipeline: %s", ", ".join(nlp.pipe_names))
    return lambda path, issue_date=None: extract_page(load_page(path, issue_date), nlp)


def run(args) -> int:
    extract = page_extractor(args.model)

    def step(path: Path) -> None:
        write_json_atomic(args.out / f"{path.stem}.json", page_json(extract(path, args.issue_date)))

    return run_over_pages(args.inputs, step, args.quiet)
