"""The plain typed records that every stage of kg shares.

Readers produce `Page` and `Article`; the NLP stage produces `Entity` and
`Relation` with `Evidence`; the resolver, the Neo4j writer, the RDF exporter and
the JSON writer all read these same records and never each other's output.
All offsets are character offsets into the original file as read (after
decoding), never into normalised text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class EntityType(str, Enum):
    OFFICIAL = "Official"
    PERSON = "Person"
    MEETING = "Meeting"
    COMPANY = "Company"
    PROJECT = "Project"
    ORGANIZATION = "Organization"
    DOCUMENT = "Document"


class RelationType(str, Enum):
    CHAIRED = "CHAIRED"
    ATTENDED = "ATTENDED"
    APPROVED = "APPROVED"
    INSPECTED = "INSPECTED"
    SIGNED_WITH = "SIGNED_WITH"


@dataclass(frozen=True)
class Span:
    """A half-open range [start, end) of characters in the original file."""

    start: int
    end: int


@dataclass
class Masthead:
    paper: str | None = None
    issue_date: str | None = None  # ISO date
    issue_number: int | None = None  # 总第8064期
    span: Span | None = None


@dataclass
class Note:
    """Text printed with an article but outside its body: a photo caption, a byline, a closing credit."""

    text: str
    origin: list[int]  # origin[i]: offset in the original file of text[i]
    kind: str  # "caption", "byline" or "credit"


@dataclass
class Article:
    """One news item of a page, with spans that cut it out of the original file."""

    id: str  # "<file stem>#<index>", stable across runs
    source: str  # file name of the page
    index: int  # reading order on the page, from 0
    title: str  # the headline as printed (kicker and main title joined)
    main_title: str | None
    kicker: str | None
    subtitle: str | None
    reporters: list[str]
    event_date: str | None  # ISO date of the reported event
    text: str  # normalised body, paragraphs joined by "\n"
    origin: list[int]  # origin[i]: offset in the original file of text[i]
    headline_spans: list[Span]
    body_spans: list[Span]
    continuation: str | None = None  # 下转第二版
    notes: list[Note] = field(default_factory=list)

    @property
    def starts_with(self) -> str:
        return self.text[:30]

    def original_span(self, start: int, end: int) -> Span:
        """Map a range of `text` to the range of the original file that holds it."""
        return Span(self.origin[start], self.origin[end - 1] + 1)


@dataclass
class Page:
    """A decoded page: original text plus what the layout stage found in it."""

    path: str
    source: str  # file name
    encoding: str
    text: str  # the original text as read
    masthead: Masthead | None
    issue_date: str | None
    articles: list[Article] = field(default_factory=list)


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the article, the sentence and its offsets in the original file."""

    source: str
    article_id: str
    sentence: str
    start: int
    end: int


@dataclass
class Mention:
    text: str
    article_id: str
    start: int  # offsets in the original file
    end: int


@dataclass
class Entity:
    """One thing named on a page; `key` is unique within the page."""

    key: str
    type: EntityType
    name: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # posts of an Official, as written
    role: str | None = None  # Person: journalist, entrepreneur, other
    date: str | None = None  # Meeting: ISO date
    organizer: str | None = None  # Meeting: key of the organising body
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Relation:
    head: str  # entity key
    type: RelationType
    tail: str  # entity key
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class PageRecords:
    """Everything extracted from one page: the unit the sinks consume."""

    page: Page
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
