"""IRIs of the exported resources, each a pure function of resolved keys, so any run on any machine gives the same.

A key becomes one path segment: letters and digits of any script stay as they are (IRIs allow them, so
`id/official/王一鸣%7C市` stays readable), every other character is percent-encoded as UTF-8. A segment that
would grow past MAX_SEGMENT keeps its start and ends in `~` and a hash of the whole key; `~` is encoded
everywhere else, so a cut segment never equals a whole one.
"""
from __future__ import annotations

import hashlib
import string
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from kg.rdf import ID

ASCII_KEPT = frozenset(string.ascii_letters + string.digits + "-_")  # "." would allow dot-segments ("..")
MAX_SEGMENT = 120
HASH_LENGTH = 32  # hex digits of SHA-256: 128 bits


def kept(char: str) -> bool:
    return char in ASCII_KEPT or (ord(char) > 0x7F and unicodedata.category(char)[0] in "LN")


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def segment(text: str) -> str:
    pieces = [char if kept(char) else quote(char, safe="") for char in text]
    if sum(map(len, pieces)) <= MAX_SEGMENT:
        return "".join(pieces)
    head, room = [], MAX_SEGMENT - HASH_LENGTH - 1
    for piece in pieces:
        room -= len(piece)
        if room < 0:
            break
        head.append(piece)
    return "".join(head) + "~" + digest(text)


def node_iri(key: str) -> URIRef:
    """`official:王一鸣|市` → id/official/王一鸣%7C市: the kind before the first colon, the rest encoded."""
    kind, _, rest = key.partition(":")
    return ID[f"{segment(kind)}/{segment(rest)}"]


def fact_iri(head: str, kind: str, tail: str) -> URIRef:
    """A fact is one (head, type, tail) of the graph; its IRI hashes the two keys, which may be long."""
    return ID[f"fact/{segment(kind.lower())}/{digest(head + chr(0) + tail)}"]


def excerpt_iri(located_at: str) -> URIRef:
    """An evidence sentence, by where it was read: `<article id>@<start>-<end>`."""
    return ID[f"excerpt/{segment(located_at)}"]


def day_iri(day: str) -> URIRef:
    return ID[f"day/{segment(day)}"]


def interval_iri(first: str, last: str) -> URIRef:
    return ID[f"interval/{segment(first)}/{segment(last)}"]
