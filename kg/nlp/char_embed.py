"""A word embedding for Chinese that also reads characters inside the word.

spaCy's MultiHashEmbed reads a word through lexical attributes: NORM, PREFIX
(the first character), SUFFIX (the last three) and SHAPE. A Chinese given name
is a word of two characters whose SUFFIX is the whole word, so an unseen given
name (`泽民`) shares nothing with the names the NER has seen, although its
characters are the usual characters of given names. This embedding adds
characters at given positions of each word (`positions`, Python indices:
1 the second character, -1 the last), each position in its own hash table,
so that the NER learns which characters names are made of. It is registered as
the architecture `kg.ZhCharEmbed.v1` (entry point `spacy_architectures`), so a
pipeline that uses it loads with `spacy.load` alone.
"""
from __future__ import annotations

from typing import Callable

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d


def char_slots(word: str, positions: list[int]) -> list[str]:
    """The characters of a word at `positions`, each marked by its place (2 the second, -1 the last); a position
    the word does not reach is a feature too."""
    return [f"{i + 1 if i >= 0 else i}{word[i] if -len(word) <= i < len(word) else ''}" for i in positions]


def char_features(attrs: list[str], positions: list[int]) -> Model[list[Doc], list[Ints2d]]:
    """Per doc, one row per token: the hashes of `attrs` (as spaCy's FeatureExtractor) and of the char slots."""
    return Model("zh_char_features", _features_forward, attrs={"columns": attrs, "positions": positions})


def _features_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
    positions = model.attrs["positions"]
    features = []
    for doc in docs:
        words = doc.to_array(model.attrs["columns"]).reshape((len(doc), -1))
        chars = numpy.array([[get_string_id(slot) for slot in char_slots(t.text, positions)] for t in doc],
                            dtype="uint64").reshape((len(doc), len(positions)))
        features.append(model.ops.asarray2i(numpy.hstack([words, chars]), dtype="uint64"))
    return features, lambda d_features: []  # hashes have no gradient


@registry.architectures("kg.ZhCharEmbed.v1")
def zh_char_embed(width: int, attrs: list[str], rows: list[int], positions: list[int], char_width: int,
                  char_rows: int) -> Model[list[Doc], list[Floats2d]]:
    """MultiHashEmbed over `attrs`, plus one character table of `char_width` per position, mixed by one maxout
    layer."""
    seed = 7  # as spaCy's MultiHashEmbed: the tables' hash seeds
    tables = [HashEmbed(width, n_rows, column=i, seed=seed + i, dropout=0.0) for i, n_rows in enumerate(rows)]
    tables += [HashEmbed(char_width, char_rows, column=len(rows) + j, seed=seed + len(rows) + j, dropout=0.0)
               for j in range(len(positions))]
    mixed_width = width * len(rows) + len(positions) * char_width
    return chain(
        char_features(attrs, positions),
        list2ragged(),
        with_array(concatenate(*tables)),
        with_array(Maxout(width, mixed_width, nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
