"""Scores of a pipeline: segmentation and NER on held-out corpus sentences, names in context, dev pages.

All scores compare character spans of the sentence text. NER is scored end to
end (a name the segmenter cut wrongly counts as missed) and, to tell the two
models' errors apart, on the corpus's own words.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.ingest.normalize import fold
from kg.nlp.training.corpus import Sentence
from kg.nlp.training.ner import LABELS

# Local-paper sentences with invented names: a title before the name, a verb or a
# list mark after it. The segmenter must not glue the name to either side.
NAME_PROBES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("市委书记张建民主持召开会议。", ("张建民",)),
    ("副市长刘晓红、王立军参加会议。", ("刘晓红", "王立军")),
    ("市长赵海涛主持召开市政府常务会议。", ("赵海涛",)),
    ("市委副书记、市长陈丽娟出席并讲话。", ("陈丽娟",)),
    ("市人大常委会主任周文斌主持会议。", ("周文斌",)),
    ("市政协主席郑国强，副市长何静、马骏出席会议。", ("郑国强", "何静", "马骏")),
    ("常务副市长杨帆讲话。", ("杨帆",)),
    ("县委书记黄卫东带队检查安全生产工作。", ("黄卫东",)),
    ("市委常委、宣传部部长林淑芬参加调研。", ("林淑芬",)),
    ("区长吴磊主持召开专题会议。", ("吴磊",)),
    ("市委书记郭红梅在会上强调，要抓好项目建设。", ("郭红梅",)),
    ("本报讯（记者 梁晓燕）昨天上午，全市安全生产工作会议召开。", ("梁晓燕",)),
    ("市领导宋建国、韩雪、冯立新陪同考察。", ("宋建国", "韩雪", "冯立新")),
    ("副市长邓华调研重点项目建设情况。", ("邓华",)),
    ("市委书记曾庆丰会见了客人一行。", ("曾庆丰",)),
    ("市长彭亮指出，要坚持问题导向。", ("彭亮",)),
    ("镇党委书记谢明汇报了工作情况。", ("谢明",)),
    ("副县长孔令辉主持召开座谈会。", ("孔令辉",)),
)


@dataclass
class Score:
    """Precision, recall and F1 from counts of predicted, gold and matching spans."""

    predicted: int = 0
    gold: int = 0
    correct: int = 0

    def add(self, predicted: set, gold: set) -> None:
        self.predicted += len(predicted)
        self.gold += len(gold)
        self.correct += len(predicted & gold)

    @property
    def precision(self) -> float:
        return 100 * self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return 100 * self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"p": round(self.precision, 2), "r": round(self.recall, 2), "f": round(self.f1, 2)}


def word_spans(words: list[str]) -> set[tuple[int, int]]:
    spans, start = set(), 0
    for word in words:
        spans.add((start, start + len(word)))
        start += len(word)
    return spans


def segmentation_score(nlp: Language, sentences: list[Sentence]) -> Score:
    score = Score()
    for sentence, doc in zip(sentences, nlp.tokenizer.pipe(s.text for s in sentences)):
        score.add(word_spans([t.text for t in doc]), word_spans(sentence.words))
    return score


def ner_scores(nlp: Language, sentences: list[Sentence], gold_tokens: bool = False) -> dict[str, Score]:
    """Per label and "overall": end to end from the raw text, or (gold_tokens) on the corpus words."""
    scores = {label: Score() for label in (*LABELS, "overall")}
    inputs = ([Doc(nlp.vocab, words=s.words, spaces=[False] * len(s.words)) for s in sentences] if gold_tokens
              else [s.text for s in sentences])
    for sentence, doc in zip(sentences, nlp.pipe(inputs)):
        predicted = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        gold = set(sentence.char_entities())
        for label in LABELS:
            scores[label].add({x for x in predicted if x[2] == label}, {x for x in gold if x[2] == label})
        scores["overall"].add(predicted, gold)
    return scores


def probe_names(nlp: Language) -> dict:
    """How many probe names keep their token boundaries and come out as one PERSON entity."""
    total = segmented = tagged = 0
    misses = []
    for raw, names in NAME_PROBES:
        text = fold(raw)  # what kg feeds the model
        doc = nlp(text)
        boundaries = {t.idx for t in doc} | {len(text)}
        persons = {e.text for e in doc.ents if e.label_ == "PERSON"}
        for name in names:
            start = text.index(name)  # names have no characters that fold
            total += 1
            segmented += start in boundaries and start + len(name) in boundaries
            tagged += name in persons
            if name not in persons:
                misses.append(f"{name}: {' '.join(t.text for t in doc)} | {sorted(persons)}")
    return {"names": total, "segmented": segmented, "tagged": tagged, "misses": misses}


def page_person_share(nlp: Language, pages_dir: Path, gold_dir: Path) -> dict:
    """Share of gold Official/Person names of the pages that come out as exactly one PERSON entity."""
    from kg.ingest.pages import load_page
    from kg.nlp.extract import article_text

    found = total = 0
    misses: Counter = Counter()
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        page = pages_dir / gold["source"]
        # The pages as kg reads them: articles with their wrapped lines rejoined, captions and bylines.
        persons = {e.text for article in load_page(page).articles
                   for e in nlp(article_text(article)[0]).ents if e.label_ == "PERSON"}
        for entity in gold.get("entities", []):
            if entity["type"] in ("Official", "Person"):
                total += 1
                if fold(entity["name"]) in persons:
                    found += 1
                else:
                    misses[page.name] += 1
    return {"names": total, "found": found, "share": round(100 * found / total, 2) if total else 0.0,
            "misses_by_page": dict(misses)}
