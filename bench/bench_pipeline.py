"""Throughput of the committed pipeline (pkuseg + NER) against the bare pkuseg tokenizer, on the dev pages.

Prints characters per second; not a test. Usage:
    python bench/bench_pipeline.py [--model DIR] [--pages DIR] [--repeat N]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from kg.ingest.pages import load_page
from kg.nlp.extract import article_text
from kg.nlp.model import load_model

DEFAULT_PAGES = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"


def chars_per_second(run, texts: list[str], repeat: int) -> float:
    """Best of `repeat` passes over all texts."""
    chars = sum(len(t) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            run(text)
        best = min(best, time.perf_counter() - started)
    return chars / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="pipeline directory (default: settings.model)")
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="directory of *.txt pages")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    nlp = load_model(args.model)
    # The articles of the pages as kg reads them (wrapped lines rejoined, text folded).
    texts = [article_text(a)[0] for p in sorted(args.pages.glob("*.txt")) for a in load_page(p).articles]
    pkuseg = nlp.tokenizer.pkuseg_seg
    nlp(texts[0])  # warm up
    bare = chars_per_second(pkuseg.cut, texts, args.repeat)
    tokenizer = chars_per_second(nlp.tokenizer, texts, args.repeat)
    full = chars_per_second(nlp, texts, args.repeat)
    print(f"{len(texts)} articles, {sum(len(t) for t in texts)} characters, best of {args.repeat}")
    print(f"bare pkuseg cut          {bare:10.0f} chars/s")
    print(f"spaCy tokenizer (pkuseg) {tokenizer:10.0f} chars/s")
    print(f"pipeline (tokenizer+NER) {full:10.0f} chars/s  ({full / bare:.2f} x bare pkuseg)")


if __name__ == "__main__":
    main()
