"""The segmentation model: spacy-pkuseg's own CRF trainer on the corpus words, then pruned.

pkuseg keeps a weight for every (feature, tag) pair it has seen; most end near
zero. Dropping the features whose weights are all near zero shrinks the model
several times over at no measurable cost in F1 and keeps the pipeline small.
"""
from __future__ import annotations

import contextlib
import logging
import random
import sys
from pathlib import Path

import numpy as np
import srsly

from kg.nlp.training.corpus import Sentence

log = logging.getLogger(__name__)

PRUNE_BELOW = 0.05  # |weight| under which a feature counts as unused


def write_words(sentences: list[Sentence], path: Path) -> Path:
    """The pkuseg training format: one sentence a line, words separated by spaces (whitespace words left out)."""
    with path.open("w", encoding="utf-8") as fh:
        for sentence in sentences:
            fh.write(" ".join(word for word in sentence.words if not word.isspace()) + "\n")
    return path


def train_segmenter(train: list[Sentence], dev: list[Sentence], out_dir: Path, iterations: int, seed: int) -> Path:
    """Train with spacy_pkuseg.train (its progress goes to stderr) and prune the result.

    The trainer shuffles the sentences with Python's global `random` each
    iteration; seeding it makes a build repeat its segmenter exactly.
    """
    import spacy_pkuseg

    work = out_dir / "data"
    work.mkdir(parents=True, exist_ok=True)
    train_file = write_words(train, work / "train.txt")
    dev_file = write_words(dev, work / "dev.txt")
    model_dir = out_dir / "model"
    log.info("training pkuseg on %d sentences, %d iterations", len(train), iterations)
    random.seed(seed)
    with contextlib.redirect_stdout(sys.stderr):
        spacy_pkuseg.train(str(train_file), str(dev_file), str(model_dir), train_iter=iterations)
    prune(model_dir)
    return model_dir


def prune(model_dir: Path, threshold: float = PRUNE_BELOW) -> None:
    """Drop features whose weights are all below `threshold` and renumber the rest, in place."""
    features = srsly.read_msgpack(model_dir / "features.msgpack")
    npz = np.load(model_dir / "weights.npz")
    n_tag, n_feature = (int(x) for x in npz["sizes"])
    weights = npz["w"]
    node = weights[: n_feature * n_tag].reshape(n_feature, n_tag)
    transitions = weights[n_feature * n_tag:]
    keep = np.abs(node).max(axis=1) >= threshold
    keep[0] = True  # feature 0 is the bias every character has
    new_index = np.cumsum(keep) - 1
    features["feature_to_idx"] = {
        name: int(new_index[idx]) for name, idx in features["feature_to_idx"].items() if keep[idx]
    }
    features["bigram"] = []  # only the trainer reads the bigram list
    kept = int(keep.sum())
    log.info("pruned pkuseg features %d -> %d", n_feature, kept)
    srsly.write_msgpack(model_dir / "features.msgpack", features)
    np.savez(model_dir / "weights.npz", sizes=np.array([n_tag, kept]),
             w=np.concatenate([node[keep].ravel(), transitions]))
