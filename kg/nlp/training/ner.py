"""Training one NER (a member of `kg_ner_vote`): spaCy's transition-based `ner` on a character-aware tok2vec.

Chinese words are short and most names are unseen, so the embedding
(`kg.ZhCharEmbed.v1`, kg/nlp/char_embed.py) reads the first character
(PREFIX), the last three (SUFFIX) and the shape (length) of each word besides
its NORM, and the second and the last character in tables of their own, which
is what a given name is made of; a window of one word each side over four
layers sees a title before a name and the verb after it. Training uses the
corpus words as tokens; the epoch kept is the one that `select` (a score of
the whole pipeline on the dev split) likes best.
"""
from __future__ import annotations

import logging
import random
import time
from typing import Callable

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import minibatch
from thinc.api import Adam

from kg.nlp.ner_vote import NER_MODEL
from kg.nlp.training.corpus import Sentence

log = logging.getLogger(__name__)

LABELS = ("PERSON", "LOC", "ORG")
BATCH = 64  # sentences


def gold_doc(nlp: Language, sentence: Sentence) -> Doc:
    """The sentence's own words as tokens, with its entities."""
    doc = Doc(nlp.vocab, words=sentence.words, spaces=[False] * len(sentence.words))
    doc.ents = [doc.char_span(s, e, label=label) for s, e, label in sentence.char_entities()]
    return doc


def examples_of(nlp: Language, sentences: list[Sentence]) -> list[Example]:
    return [Example(Doc(nlp.vocab, words=s.words, spaces=[False] * len(s.words)), gold_doc(nlp, s))
            for s in sentences]


def train_ner(nlp: Language, train: list[Sentence], dev: list[Sentence], epochs: int, seed: int,
              select: Callable[[Language], float]) -> dict:
    """Add and train the `ner` pipe on `nlp` in place (before any other pipe), keeping the epoch with the highest
    `select(nlp)`; returns that epoch's dev scores."""
    spacy.util.fix_random_seed(seed)
    ner = nlp.add_pipe("ner", config={"model": NER_MODEL}, first=True)
    for label in LABELS:
        ner.add_label(label)
    train_examples = examples_of(nlp, train)
    dev_examples = examples_of(nlp, dev)
    # Only the pipe: nlp.initialize() would also reset the tokenizer and drop its pkuseg model.
    ner.initialize(lambda: train_examples[:2000], nlp=nlp)
    optimizer = Adam(learn_rate=0.001, L2=0.01, grad_clip=1.0, use_averages=True)
    rng = random.Random(seed)
    best: tuple[float, bytes, dict] | None = None
    for epoch in range(epochs):
        started = time.time()
        rng.shuffle(train_examples)
        losses: dict = {}
        for n, batch in enumerate(minibatch(train_examples, size=BATCH), 1):
            nlp.update(batch, sgd=optimizer, losses=losses, drop=0.1)
            if n % 100 == 0:
                log.info("ner epoch %d: %d/%d sentences, loss %.0f", epoch + 1, n * BATCH, len(train_examples),
                         losses["ner"])
        with ner.model.use_params(optimizer.averages):
            with nlp.select_pipes(enable=["ner"]):
                scores = nlp.evaluate(dev_examples)
            selected = select(nlp)
            weights = ner.to_bytes()
        log.info("ner epoch %d: loss %.0f, dev F1 on corpus words %.2f, selection score %.2f (%.0fs)", epoch + 1,
                 losses.get("ner", 0.0), 100 * scores["ents_f"], selected, time.time() - started)
        if best is None or selected > best[0]:
            best = (selected, weights, {"epoch": epoch + 1, "dev_ents_f": round(100 * scores["ents_f"], 2),
                                        "dev_selection_score": round(selected, 2)})
    ner.from_bytes(best[1])
    return best[2]
