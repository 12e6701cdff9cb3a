"""The pipeline's NER: several NERs trained alike from other seeds, and the entities most of them find.

One NER trained on the 1998 corpus invents or misses a few persons where its
evidence is thin (a name seen once, a word that opens with a surname
character); NERs trained from other seeds, on other copies of the corpus's
sentences with swapped names, err on other ones, so an entity that a quorum
of members finds is kept and one that fewer find is dropped. Each member runs
on every doc: the vote costs as many times one NER's time as it has members.

Each member is spaCy's transition-based `ner` on `kg.ZhCharEmbed.v1`
(`NER_MODEL`). The members are stored with 8-bit weights and zipped (6 MB
each instead of 24 MB), so that several fit the repository's 60 MB, and read
back into single precision. The component is registered as a spaCy factory
(entry point `spacy_factories`), so `spacy.load` builds it by name; the
committed pipeline names it `ner`.
"""
from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Iterator

import numpy
import srsly
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.language import Language
from spacy.pipeline.ner import EntityRecognizer, ner_score
from spacy.training import Example
from spacy.tokens import Doc, Span
from spacy.util import minibatch
from thinc.api import Model

import kg.nlp.char_embed  # noqa: F401  (registers kg.ZhCharEmbed.v1, the members' embedding)

WIDTH = 128
NER_MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 128,
    "maxout_pieces": 2,
    "use_upper": True,
    "tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "kg.ZhCharEmbed.v1",
            "width": WIDTH,
            "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
            "rows": [20000, 5000, 10000, 500],
            "positions": [1, -1],
            "char_width": 64,
            "char_rows": 5000,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": WIDTH,
            "depth": 4,
            "window_size": 1,
            "maxout_pieces": 3,
        },
    },
}
MEMBERS = 5
STORAGE = "uint8 rows"  # how `to_disk` stores the members' weights (`_packed`)


def all_but_one(members: int) -> int:
    """The default quorum: on the dev split it beat the majority with 5 members (PERSON end to end 95.94 against
    95.87) and is the majority with 3."""
    return max(1, members - 1)


QUORUM = all_but_one(MEMBERS)


@Language.factory("kg_ner_vote", default_config={"model": NER_MODEL, "members": MEMBERS, "quorum": QUORUM})
def make_ner_vote(nlp: Language, name: str, model: Model, members: int, quorum: int) -> "NerVote":
    if not 1 <= quorum <= members:
        raise ValueError(f"kg_ner_vote: quorum {quorum} must be between 1 and members ({members})")
    recognizers = [EntityRecognizer(nlp.vocab, model if i == 0 else model.copy(), name=f"{name}_member{i}")
                   for i in range(members)]
    return NerVote(name, recognizers, quorum)


def _quantized(value: numpy.ndarray) -> dict:
    """A weight matrix as 8-bit integers, each row's range from its lowest to its highest weight cut into 255
    steps; a vector (a bias) in half precision."""
    if value.ndim < 2:
        return {"half": value.astype("float16")}
    rows = value.reshape(-1, value.shape[-1])
    low = rows.min(axis=1, keepdims=True)
    step = (rows.max(axis=1, keepdims=True) - low) / 255
    step[step == 0] = 1.0
    return {"uint8": numpy.rint((rows - low) / step).astype("uint8"), "low": low.astype("float32"),
            "step": step.astype("float32"), "shape": list(value.shape)}


def _dequantized(stored: dict) -> numpy.ndarray:
    if "half" in stored:
        return stored["half"].astype("float32")
    return (stored["uint8"].astype("float32") * stored["step"] + stored["low"]).reshape(stored["shape"])


def _with_params(serialized: bytes, convert: Callable) -> bytes:
    """A serialized `ner` pipe (`to_bytes`) with `convert` applied to each of its weights."""
    pipe = srsly.msgpack_loads(serialized)
    model = srsly.msgpack_loads(pipe["model"])
    model["params"] = [{key: convert(value) for key, value in params.items()} for params in model["params"]]
    pipe["model"] = srsly.msgpack_dumps(model)
    return srsly.msgpack_dumps(pipe)


class NerVote:
    """Runs every member on a doc and keeps the entities (span and label) that at least `quorum` members find."""

    def __init__(self, name: str, members: list[EntityRecognizer], quorum: int):
        self.name = name
        self.members = members
        self.quorum = quorum

    @property
    def labels(self) -> tuple[str, ...]:
        return self.members[0].labels

    def load_members(self, serialized: list[bytes]) -> None:
        """Set the members from trained `ner` pipes (`EntityRecognizer.to_bytes(exclude=["vocab"])`)."""
        if len(serialized) != len(self.members):
            raise ValueError(f"{self.name}: {len(serialized)} trained members for {len(self.members)} places "
                             f"(the pipeline's config says members = {len(self.members)})")
        for member, data in zip(self.members, serialized):
            member.from_bytes(data, exclude=["vocab"])

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc], batch_size=1))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size):
            # Entities set before this component (by a ruler) are constraints for every member, as for one `ner`.
            preset = [doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID]) for doc in batch]
            votes: list[Counter] = [Counter() for _ in batch]
            for member in self.members:
                for doc, annotation in zip(batch, preset):
                    doc.from_array([ENT_IOB, ENT_TYPE, ENT_KB_ID], annotation)
                for tally, doc in zip(votes, member.pipe(batch)):
                    tally.update((ent.start, ent.end, ent.label_, ent.kb_id_) for ent in doc.ents)
            for doc, tally in zip(batch, votes):
                doc.ents = self._elected(doc, tally)
                yield doc

    def _elected(self, doc: Doc, tally: Counter) -> list[Span]:
        """Spans with a quorum, the most voted first where two overlap (possible only with a quorum of at most
        half the members)."""
        elected: list[Span] = []
        for (start, end, label, kb_id), count in sorted(tally.items(), key=lambda item: (-item[1], item[0])):
            if count >= self.quorum and all(end <= span.start or start >= span.end for span in elected):
                elected.append(Span(doc, start, end, label=label, kb_id=kb_id))
        return sorted(elected, key=lambda span: span.start)

    def score(self, examples: Iterable[Example], **kwargs) -> dict:
        return ner_score(examples, **kwargs)

    def set_error_handler(self, error_handler: Callable) -> None:
        for member in self.members:
            member.set_error_handler(error_handler)

    def get_error_handler(self) -> Callable:
        return self.members[0].get_error_handler()

    def _stored(self) -> dict[str, bytes]:
        """The members with 8-bit weights, zipped, and their count."""
        stored = {f"member{i}.bin.gz": gzip.compress(_with_params(member.to_bytes(exclude=["vocab"]), _quantized),
                                                     mtime=0)
                  for i, member in enumerate(self.members)}
        return {"cfg": srsly.json_dumps({"members": len(self.members), "storage": STORAGE}).encode(), **stored}

    def _restore(self, stored: dict[str, bytes], where: str) -> "NerVote":
        if "cfg" not in stored:
            raise ValueError(f"{where}: no cfg saying how many members are stored")
        count = srsly.json_loads(stored["cfg"])["members"]
        if count != len(self.members):
            raise ValueError(f"{where}: {count} stored members, the pipeline's config says members = "
                             f"{len(self.members)}")
        names = [f"member{i}.bin.gz" for i in range(count)]
        missing = [name for name in names if name not in stored]
        if missing:
            raise ValueError(f"{where}: no stored member {', '.join(missing)}")
        self.load_members([_with_params(gzip.decompress(stored[name]), _dequantized) for name in names])
        return self

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for old in path.glob("member*.bin.gz"):
            old.unlink()
        for name, data in self._stored().items():
            (path / name).write_bytes(data)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> "NerVote":
        path = Path(path)
        return self._restore({file.name: file.read_bytes() for file in path.iterdir()}, str(path))

    def to_bytes(self, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps(self._stored())

    def from_bytes(self, data: bytes, exclude: Iterable[str] = ()) -> "NerVote":
        return self._restore(srsly.msgpack_loads(data), self.name)
