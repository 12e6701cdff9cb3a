"""`kg models build|eval`: train the Chinese models offline and score the committed pipeline."""
from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from kg import UsageError
from kg.config import STATE_DIR, load_settings

log = logging.getLogger(__name__)

DEFAULT_CACHE = STATE_DIR / "cache" / "corpus"


def register(subparsers: argparse._SubParsersAction) -> None:
    models = subparsers.add_parser("models", help="build or evaluate the segmentation and NER models")
    sub = models.add_subparsers(dest="models_command", required=True, metavar="ACTION")

    build = sub.add_parser("build", help="train segmenter + NER from the People's Daily 1998 corpus")
    build.add_argument("--out", type=Path, help="pipeline directory (default: settings.model)")
    build.add_argument("--sample", type=int, help="train on N sentences only (quick check)")
    build.add_argument("--iterations", type=int, default=15, help="pkuseg training iterations (default 15)")
    build.add_argument("--epochs", type=int, default=6,
                       help="epochs of each NER member; its best on dev is kept (default 6)")
    build.add_argument("--members", type=int,
                       help="NERs trained from seeds seed, seed+1, ...; an entity all of them but one find is kept "
                            "(default: kg.nlp.ner_vote.MEMBERS, 5)")
    build.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where the corpus download is kept")
    build.add_argument("--segmenter-from", type=Path, metavar="DIR",
                       help="train the NER alone, on the segmenter of the pipeline in DIR (built with the same seed; "
                            "--iterations is then that pipeline's)")
    build.set_defaults(func=run_build)

    evaluate = sub.add_parser("eval", help="score a pipeline on the held-out test split")
    evaluate.add_argument("--model", type=Path, help="pipeline directory (default: settings.model)")
    evaluate.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where the corpus download is kept")
    evaluate.add_argument("--pages", type=Path, help="also score person names on these pages (*.txt) ...")
    evaluate.add_argument("--gold", type=Path, help="... against the gold files (*.json) here")
    evaluate.set_defaults(func=run_eval)


def run_build(args: argparse.Namespace) -> int:
    from kg.nlp.ner_vote import MEMBERS
    from kg.nlp.training.build import build

    out = args.out or Path(load_settings().model)
    members = MEMBERS if args.members is None else args.members
    if members < 1:
        raise UsageError(f"--members must be at least 1, not {members}")
    meta = build(out, args.cache, args.sample, args.iterations, args.epochs, segmenter_from=args.segmenter_from,
                 members=members)
    log.info("wrote %s", out)
    print(json.dumps(meta["scores_test"], ensure_ascii=False, indent=2))
    return 0


def run_eval(args: argparse.Namespace) -> int:
    from kg.nlp.model import load_model
    from kg.nlp.training import evaluate
    from kg.nlp.training.build import corpus_split

    nlp = load_model(args.model)
    split_meta = nlp.meta["kg"]["split"]
    test = corpus_split(args.cache, split_meta["seed"]).test
    seg = evaluate.segmentation_score(nlp, test)
    print(f"test split: {len(test)} sentences (seed {split_meta['seed']})")
    print(f"segmentation  P {seg.precision:6.2f}  R {seg.recall:6.2f}  F1 {seg.f1:6.2f}")
    for gold_tokens, heading in ((False, "end to end"), (True, "on the corpus words")):
        print(f"NER {heading}:")
        for label, score in evaluate.ner_scores(nlp, test, gold_tokens).items():
            print(f"  {label:<8} P {score.precision:6.2f}  R {score.recall:6.2f}  F1 {score.f1:6.2f}  (gold {score.gold})")
    probes = evaluate.probe_names(nlp)
    print(f"name probes: {probes['segmented']}/{probes['names']} segmented apart, "
          f"{probes['tagged']}/{probes['names']} tagged PERSON")
    for miss in probes["misses"]:
        print(f"  missed {miss}")
    if args.pages and args.gold:
        share = evaluate.page_person_share(nlp, args.pages, args.gold)
        print(f"dev pages: {share['found']}/{share['names']} gold person names as one PERSON entity "
              f"({share['share']:.1f}%)")
    return 0
