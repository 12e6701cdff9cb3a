"""Character normalisation that keeps a map back to the original text.

Folding is done one character at a time (NFKC width folding plus unified
quotes and dashes), so that every character of the normalised text knows the
original character it came from. The model trainer folds its corpus with the
same `fold` so that training and run time see the same characters.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Quotes and dashes that NFKC leaves alone but that the pages spell several ways.
_UNIFY = {
    "\u300c": "“", "\u300d": "”", "\u300e": "‘", "\u300f": "’",  # 「」『』 -> “”‘’
    "\u2012": "—", "\u2013": "—", "\u2014": "—", "\u2015": "—", "\u2500": "—",  # dashes
    "\u3000": " ",  # ideographic space
    "\u00a0": " ",
}
# Straight ASCII quotes stay as they are: whether one opens or closes is not decidable per character.


def fold_char(char: str) -> str:
    """The normalised form of one character (may be empty or several characters)."""
    if char in _UNIFY:
        return _UNIFY[char]
    folded = unicodedata.normalize("NFKC", char)
    return "".join(_UNIFY.get(c, c) for c in folded)


def fold(text: str) -> str:
    """Normalise a whole string the way kg does at run time (used by the model trainer too)."""
    return "".join(fold_char(c) for c in text)


@dataclass
class MappedText:
    """Normalised text with, for every character, its offset in the original text."""

    text: str
    origin: list[int]

    @classmethod
    def fold(cls, original: str, start: int = 0, end: int | None = None) -> "MappedText":
        """Fold original[start:end], remembering where each output character came from."""
        end = len(original) if end is None else end
        out: list[str] = []
        origin: list[int] = []
        for i in range(start, end):
            folded = fold_char(original[i])
            out.append(folded)
            origin.extend([i] * len(folded))
        return cls("".join(out), origin)

    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, item: slice) -> "MappedText":
        return MappedText(self.text[item], self.origin[item])

    def __add__(self, other: "MappedText") -> "MappedText":
        return MappedText(self.text + other.text, self.origin + other.origin)

    @classmethod
    def join(cls, parts: list["MappedText"], sep: str = "") -> "MappedText":
        """Join parts; a separator character maps to the original character just after it."""
        text: list[str] = []
        origin: list[int] = []
        for n, part in enumerate(parts):
            if n and sep:
                text.append(sep)
                origin.extend([part.origin[0] if part.origin else (origin[-1] if origin else 0)] * len(sep))
            text.append(part.text)
            origin.extend(part.origin)
        return cls("".join(text), origin)

    def strip(self) -> "MappedText":
        s = self.text
        lead = len(s) - len(s.lstrip())
        trail = len(s.rstrip())
        return self[lead:trail]

    def drop(self, chars: str) -> "MappedText":
        """Remove every character in `chars` (e.g. the spaces of a spaced-out headline)."""
        keep = [i for i, c in enumerate(self.text) if c not in chars]
        return MappedText("".join(self.text[i] for i in keep), [self.origin[i] for i in keep])
