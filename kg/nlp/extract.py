"""From a page's articles to records: run the pipeline over each article, map what the
components found back to the original file, and resolve it into the page's entities."""
from __future__ import annotations

from spacy.language import Language

from extractors.found import ArticleContext, FoundRelation
from kg.nlp.merge import Located, PageEntities
from kg.records import Article, Evidence, Page, PageRecords, Relation


def article_text(article: Article) -> tuple[str, list[int]]:
    """The body and the captions of an article as one text, with the offset of each character."""
    text, origin = article.text, list(article.origin)
    for note in article.notes:
        text += "\n" + note.text
        origin += [note.origin[0] if note.origin else (origin[-1] if origin else 0)] + note.origin
    return text, origin


def _locate(page: Page, article_id: str, found, origin: list[int]) -> Located:
    if found.start >= 0:
        return Located(found, article_id, origin[found.start], origin[found.end - 1] + 1)
    at = page.text.find(found.name)  # a byline name printed outside the body
    return Located(found, article_id, at, at + len(found.name) if at >= 0 else -1)


def extract_page(page: Page, nlp: Language) -> PageRecords:
    located: list[Located] = []
    found_relations: list[tuple[str, str, list[int], FoundRelation]] = []
    for article in page.articles:
        text, origin = article_text(article)
        if not text.strip():
            continue
        doc = nlp.make_doc(text)
        doc._.kg_context = ArticleContext(article.id, article.event_date, article.reporters)
        doc = nlp(doc)
        located.extend(_locate(page, article.id, f, origin) for f in doc._.kg_found or [])
        found_relations.extend((article.id, text, origin, r) for r in doc._.kg_relations or [])
    entities = PageEntities(located)
    relations: dict[tuple[str, str, str], Relation] = {}
    for article_id, text, origin, rel in found_relations:
        head, tail = entities.key_of(rel.head), entities.key_of(rel.tail)
        if head is None or tail is None or head == tail:
            continue
        start, end = rel.sentence
        evidence = Evidence(page.source, article_id, text[start:end].strip(), origin[start], origin[end - 1] + 1)
        relation = relations.setdefault((head, rel.type.value, tail), Relation(head, rel.type, tail))
        if evidence not in relation.evidence:
            relation.evidence.append(evidence)
    return PageRecords(page, list(entities.entities.values()), list(relations.values()))
