"""Write extraction records as JSON in the gold format of the guidelines (plus offsets)."""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path

from kg.records import Article, Entity, PageRecords, Relation


def article_json(article: Article) -> dict:
    return {
        "id": article.id,
        "title": article.title,
        "main_title": article.main_title,
        "kicker": article.kicker,
        "subtitle": article.subtitle,
        "reporters": article.reporters,
        "event_date": article.event_date,
        "starts_with": article.starts_with,
        "headline_spans": [[s.start, s.end] for s in article.headline_spans],
        "body_spans": [[s.start, s.end] for s in article.body_spans],
        "continuation": article.continuation,
        "notes": [{"kind": note.kind, "text": note.text} for note in article.notes],
        "text": article.text,
    }


def entity_json(entity: Entity) -> dict:
    out = {"type": entity.type.value, "name": entity.name, "key": entity.key}
    if entity.aliases:
        out["aliases"] = entity.aliases
    if entity.titles:
        out["titles"] = entity.titles
    for name in ("role", "date", "organizer"):
        if getattr(entity, name) is not None:
            out[name] = getattr(entity, name)
    out["mentions"] = [[m.article_id, m.start, m.end] for m in entity.mentions]
    return out


def relation_json(relation: Relation, names: dict[str, str]) -> dict:
    return {"head": names[relation.head], "type": relation.type.value, "tail": names[relation.tail],
            "evidence": [asdict(e) for e in relation.evidence]}


def page_json(records: PageRecords) -> dict:
    page = records.page
    names = {e.key: e.name for e in records.entities}
    return {
        "source": page.source,
        "issue_date": page.issue_date,
        "paper": page.masthead.paper if page.masthead else None,
        "issue_number": page.masthead.issue_number if page.masthead else None,
        "encoding": page.encoding,
        "articles": [article_json(a) for a in page.articles],
        "entities": [entity_json(e) for e in records.entities],
        "relations": [relation_json(r, names) for r in records.relations],
    }


def write_json_atomic(path: Path, data: dict) -> None:
    """Write to a temporary file beside `path`, then rename: no half-written output is ever seen."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes files private; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
