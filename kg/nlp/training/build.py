"""`kg models build`: corpus -> split -> pkuseg segmenter -> NER members -> one pipeline directory with its scores."""
from __future__ import annotations

import logging
import random
import shutil
import tempfile
import time
from pathlib import Path
from typing import Callable

import numpy as np
import spacy
from spacy.language import Language

import kg.nlp.person_suffixes  # noqa: F401  (registers the component the build adds)
from kg.nlp.ner_vote import MEMBERS, NER_MODEL, all_but_one
from kg.nlp.training import evaluate
from kg.nlp.training.augment import recut_names, title_name_verb, with_other_names
from kg.nlp.training.corpus import CORPUS_NAME, Sentence, Split, fetch_corpus, read_corpus, split
from kg.nlp.training.ner import train_ner
from kg.nlp.training.segmenter import PRUNE_BELOW, train_segmenter

log = logging.getLogger(__name__)

SEED = 1998
TEST_SHARE = 0.1
DEV_SHARE = 0.05
TEMPLATE_SHARE = 0.13  # "title name verb" sentences per training sentence


def corpus_split(cache: Path, seed: int = SEED) -> Split:
    """The deterministic split that build and eval share."""
    return split(read_corpus(fetch_corpus(cache)), seed, dev_share=DEV_SHARE, test_share=TEST_SHARE)


def sampled(parts: Split, sample: int | None, seed: int) -> Split:
    """A small deterministic sample for quick builds: `sample` train sentences, a tenth as many for dev/test."""
    if not sample:
        return parts
    rng = random.Random(seed)
    small = max(sample // 10, 20)
    return Split(rng.sample(parts.train, sample), rng.sample(parts.dev, small), rng.sample(parts.test, small))


def augmented(train: list[Sentence], seed: int) -> list[Sentence]:
    """The training sentences, copies with other names (one-character given names before one-character words too),
    "title name verb" sentences."""
    templates = title_name_verb(train, round(len(train) * TEMPLATE_SHARE), seed)
    return train + with_other_names(train, seed) + with_other_names(train, seed, short_given=True) + templates


def blank_pipeline(pkuseg_dir: Path) -> Language:
    """A Chinese pipeline whose tokenizer carries the pkuseg model (serialised with the pipeline)."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    nlp.tokenizer.initialize(pkuseg_model=str(pkuseg_dir))
    # pkuseg's default post-processing merges words of its own dictionary, another standard than the corpus's:
    # off, and its word lists emptied so that they are not stored with the pipeline.
    postprocesser = nlp.tokenizer.pkuseg_seg.postprocesser
    postprocesser.do_process = False
    postprocesser.common_words, postprocesser.other_words = set(), set()
    return nlp


def compress_weights(pipeline_dir: Path) -> None:
    """Store the pkuseg weights zipped (pkuseg reads either form)."""
    weights = pipeline_dir / "tokenizer" / "pkuseg_model" / "weights.npz"
    npz = np.load(weights)
    arrays = {name: npz[name] for name in npz.files}
    np.savez_compressed(weights, **arrays)


def dev_person_f1(dev: list[Sentence]) -> Callable[[Language], float]:
    """The NER's epochs are chosen by what kg needs most: PERSON F1 end to end (segmenter included) on dev."""
    return lambda nlp: evaluate.ner_scores(nlp, dev)["PERSON"].f1


def reused_segmenter(pipeline_dir: Path) -> Language:
    """A pipeline's tokenizer alone: the segmenter of a build repeats byte for byte, so an NER can be retrained
    on it without the 21 minutes of pkuseg training."""
    nlp = spacy.load(pipeline_dir)
    for name in list(nlp.pipe_names):
        nlp.remove_pipe(name)
    return nlp


def train_members(nlp: Language, parts: Split, epochs: int, seed: int, members: int) -> list[dict]:
    """Train `members` NERs, member k from seed + k (its own copies with swapped and re-cut names, its own
    shuffles), each keeping its best epoch on dev, and put them in `nlp` as one `kg_ner_vote` pipe named `ner`
    that keeps what all of them but one find; returns each member's dev scores."""
    trained, bests = [], []
    for k in range(members):
        member_seed = seed + k
        log.info("NER member %d of %d (seed %d)", k + 1, members, member_seed)
        # The re-cut names are the NER's alone: the segmenter must keep the corpus's cut.
        train = augmented(parts.train, member_seed) + recut_names(parts.train, member_seed)
        best = train_ner(nlp, train, parts.dev, epochs, member_seed, select=dev_person_f1(parts.dev))
        bests.append({"seed": member_seed, "sentences": len(train), **best})
        trained.append(nlp.get_pipe("ner").to_bytes(exclude=["vocab"]))
        nlp.remove_pipe("ner")
    vote = nlp.add_pipe("kg_ner_vote", name="ner", first=True,
                        config={"members": members, "quorum": all_but_one(members)})
    vote.load_members(trained)
    vote.from_bytes(vote.to_bytes())  # the members as stored, with 8-bit weights: the scores are the pipeline's
    return bests


def test_scores(nlp: Language, parts: Split) -> dict:
    seg = evaluate.segmentation_score(nlp, parts.test)
    ner = evaluate.ner_scores(nlp, parts.test)
    ner_gold_tokens = evaluate.ner_scores(nlp, parts.test, gold_tokens=True)
    probes = evaluate.probe_names(nlp)
    return {
        "segmentation": seg.as_dict(),
        "ner": {label: score.as_dict() for label, score in ner.items()},
        "ner_on_corpus_words": {label: score.as_dict() for label, score in ner_gold_tokens.items()},
        "name_probes": {k: v for k, v in probes.items() if k != "misses"},
    }


def build(out: Path, cache: Path, sample: int | None, iterations: int, epochs: int, seed: int = SEED,
          segmenter_from: Path | None = None, members: int = MEMBERS) -> dict:
    """Train both models (or the NER members alone on the segmenter of `segmenter_from`), evaluate on the test
    split and write the pipeline to `out`; returns meta["kg"]."""
    started = time.time()
    parts = sampled(corpus_split(cache, seed), sample, seed)
    log.info("sentences: train %d, dev %d, test %d", len(parts.train), len(parts.dev), len(parts.test))
    if segmenter_from:
        nlp = reused_segmenter(segmenter_from)
        iterations = nlp.meta["kg"]["training"]["pkuseg_iterations"]
    else:
        with tempfile.TemporaryDirectory() as tmp:
            train = augmented(parts.train, seed)
            nlp = blank_pipeline(train_segmenter(train, parts.dev, Path(tmp), iterations, seed))
    seg_minutes = (time.time() - started) / 60
    nlp.add_pipe("kg_person_suffixes")
    bests = train_members(nlp, parts, epochs, seed, members)
    log.info("evaluating on %d test sentences", len(parts.test))
    kg_meta = {
        "corpus": CORPUS_NAME,
        "split": {"unit": "sentence", "seed": seed, "dev_share": DEV_SHARE, "test_share": TEST_SHARE,
                  "sample": sample, "train": len(parts.train),
                  "template_share": TEMPLATE_SHARE,
                  "dev": len(parts.dev), "test": len(parts.test)},
        "training": {"pkuseg_iterations": iterations, "pkuseg_prune_below": PRUNE_BELOW,
                     "segmenter_reused": segmenter_from is not None,
                     "ner_members": members, "ner_quorum": all_but_one(members),
                     "ner_epochs": epochs, "ner_selected_by": "dev PERSON F1 end to end", "ner_best": bests,
                     "ner_model": NER_MODEL,
                     "minutes_segmenter": round(seg_minutes, 1),
                     "minutes_total": round((time.time() - started) / 60, 1)},
        "scores_test": test_scores(nlp, parts),
    }
    nlp.meta.update({"name": "kg", "version": "0.1.0", "description": "kg: pkuseg segmenter + NER (PERSON, LOC, ORG) "
                     "trained on the People's Daily 1998-01 corpus", "kg": kg_meta})
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    compress_weights(out)
    return kg_meta
