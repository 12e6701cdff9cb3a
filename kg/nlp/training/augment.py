"""Training-data augmentation: officials' names between titles and verbs.

A local paper names hundreds of officials the 1998 corpus never saw, right
between a title and a verb (`市委书记X主持`), and uses verbs the 1998 paper
hardly did (调研, 督导). Two kinds of extra sentences teach the segmenter and
the NER model the context rather than the names:

- every training sentence holding a Chinese name, copied with each such name
  swapped for a surname and a given name drawn apart from the corpus;
- every training sentence with a name right before a one-character word
  (`X伟在`, `X伟等`), copied with its names given one-character given names,
  so the segmenter learns where such a name ends rather than reading the
  given name and the next word as one word (`伟潜`, `宏与`);
- short sentences "title name(、name…) verb", built from generic title and
  verb words (segmented the corpus's way) and corpus names; some end right
  after the names with a paragraph break, as bylines and captions do.

Only corpus names are used.
"""
from __future__ import annotations

import random

from kg.nlp.training.corpus import Sentence

TITLES = (
    "市委 书记", "市委 副 书记", "市长", "副 市长", "常务 副 市长", "县委 书记", "县长", "副 县长", "区长",
    "副 区长", "市委 常委", "秘书长", "局长", "副 局长", "主任", "副 主任", "主席", "副 主席", "部长",
    "董事长", "总经理", "镇 党委书记", "镇长", "记者", "市 领导", "委员", "院长", "校长",
)
VERBS = (
    "主持 召开", "主持", "出席", "参加", "讲话", "强调", "指出", "表示", "调研", "督导", "督查", "检查",
    "考察", "视察", "陪同", "会见", "汇报", "介绍", "带队", "慰问", "看望", "部署", "要求", "宣布", "致辞",
    "发言", "在", "就", "对", "和", "等", "说", "一行", "主持 会议", "出席 会议 并 讲话",
)
OBJECTS = ("会议", "工作", "项目 建设", "座谈会", "活动", "情况", "")
PARAGRAPH_END = 0.2  # share of sentences that end with the name and a paragraph break, as bylines do


def chinese_names(sentence: Sentence) -> list[int]:
    """Start tokens of the names written as a one-character surname and a given name."""
    return [start for start, end, label in sentence.entities
            if label == "PERSON" and end - start == 2 and len(sentence.words[start]) == 1
            and sentence.tags[start + 1] == "nr"]


def name_parts(sentences: list[Sentence]) -> tuple[list[str], list[str]]:
    """Surnames and given names of the Chinese names, as often as the corpus has them."""
    surnames, given = [], []
    for sentence in sentences:
        for start in chinese_names(sentence):
            surnames.append(sentence.words[start])
            given.append(sentence.words[start + 1])
    return surnames, given


def before_short_word(sentence: Sentence, start: int) -> bool:
    """Whether the name at `start` is followed by a one-character word that is not punctuation."""
    after = start + 2
    return after < len(sentence.words) and len(sentence.words[after]) == 1 and sentence.tags[after] != "w"


def with_other_names(sentences: list[Sentence], seed: int, short_given: bool = False) -> list[Sentence]:
    """One copy of each sentence with a two-word name, every such name replaced by a random one.

    With `short_given`, only sentences with a name right before a one-character
    word are copied, and the given names drawn are of one character.
    """
    rng = random.Random(seed)
    surnames, given = name_parts(sentences)
    if short_given:
        given = [name for name in given if len(name) == 1]
    if not given:  # a small sample may hold no one-character given name to draw from
        return []
    copies = []
    for sentence in sentences:
        names = chinese_names(sentence)
        if not names or (short_given and not any(before_short_word(sentence, start) for start in names)):
            continue
        words = list(sentence.words)
        for start in names:
            words[start] = rng.choice(surnames)
            words[start + 1] = rng.choice(given)
        copies.append(Sentence(words, list(sentence.tags), list(sentence.entities)))
    return copies


def title_name_verb(sentences: list[Sentence], count: int, seed: int) -> list[Sentence]:
    """`count` sentences "title name(、name…) verb object。" (or "title name\\n\\n") with random corpus names."""
    rng = random.Random(seed)
    surnames, given = name_parts(sentences)
    made = []
    for _ in range(count):
        words = rng.choice(TITLES).split()
        tags = ["n"] * len(words)
        entities = []
        for n in range(rng.choice((1, 1, 1, 2, 3))):
            if n:
                words.append("、")
                tags.append("w")
            entities.append((len(words), len(words) + 2, "PERSON"))
            words += [rng.choice(surnames), rng.choice(given)]
            tags += ["nr", "nr"]
        if rng.random() < PARAGRAPH_END:
            made.append(Sentence(words + ["\n\n"], tags + ["w"], entities))
            continue
        tail = (rng.choice(VERBS) + " " + rng.choice(OBJECTS)).split() + ["。"]
        made.append(Sentence(words + tail, tags + ["v"] * (len(tail) - 1) + ["w"], entities))
    return made


def recut_names(sentences: list[Sentence], seed: int) -> list[Sentence]:
    """For the NER only: a copy of each sentence with a person, every name re-cut as the segmenter may cut it.

    The corpus cuts a name after the surname (`罗 更前`); pkuseg at run time
    often writes an unseen name as one word (`罗更前`) or one character a word
    (`罗 更 前`). Each name in the copy takes one of these two cuts at random,
    so the NER learns the name from its context and characters rather than
    from the corpus's cut. The segmenter never sees these copies.
    """
    rng = random.Random(seed)
    copies = []
    for sentence in sentences:
        person_end = {start: end for start, end, label in sentence.entities if label == "PERSON"}
        if not person_end:
            continue
        words, tags, moved_to = [], [], {}  # moved_to: old token index -> new one, at every entity edge
        i = 0
        while i < len(sentence.words):
            moved_to[i] = len(words)
            end = person_end.get(i, i + 1)
            text = "".join(sentence.words[i:end])
            pieces = list(text) if i in person_end and rng.random() >= 0.5 else [text]
            words += pieces
            tags += [sentence.tags[i]] * len(pieces)
            i = end
        moved_to[i] = len(words)
        entities = [(moved_to[start], moved_to[end], label) for start, end, label in sentence.entities]
        copies.append(Sentence(words, tags, entities))
    return copies
