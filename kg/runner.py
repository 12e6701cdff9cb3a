"""Run one step over many page files: a progress bar, one stderr line per bad file, an exit status.

A file that fails never stops the others; the status is 0 when every file
succeeded and 2 when some failed.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from tqdm import tqdm

from kg.ingest.read import PageError, find_pages

log = logging.getLogger("kg")
EXIT_OK = 0
EXIT_SOME_FAILED = 2


def report(error: Exception) -> None:
    print(f"kg: error: {error}", file=sys.stderr, flush=True)


def run_over_pages(inputs: list[str], step: Callable[[Path], None], quiet: bool = False) -> int:
    """Apply `step` to every page file under `inputs`; PageError and OSError are reported and skipped."""
    pages, errors = find_pages(inputs)
    for error in errors:
        report(error)
    failed = len(errors)
    for path in tqdm(pages, desc="pages", unit="page", disable=quiet or None, file=sys.stderr):
        try:
            step(path)
        except PageError as error:
            report(error)
            failed += 1
        except OSError as error:
            report(PageError(path, f"cannot write output: {error.strerror or error}"))
            failed += 1
    log.info("%d of %d pages done", len(pages) + len(errors) - failed, len(pages) + len(errors))
    return EXIT_SOME_FAILED if failed else EXIT_OK
