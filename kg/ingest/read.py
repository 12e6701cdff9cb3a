"""Read page files: find them, decode them, and refuse what is not a text page.

Every refusal is a `PageError` naming the file and the reason, so that a run can
report it on one line and go on with the other files.
"""
from __future__ import annotations

import logging
from pathlib import Path

from charset_normalizer import from_bytes

log = logging.getLogger(__name__)

# Magic numbers of the binary files that end up in folders of pages.
_BINARY_SIGNATURES = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}
# Encodings a Chinese page may come in; charset-normalizer is asked to choose among these.
_CANDIDATE_ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16", "utf_32"]


class PageError(Exception):
    """A page that cannot be read; str() is the one line a user sees."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def find_pages(inputs: list[str]) -> tuple[list[Path], list[PageError]]:
    """Expand files and folders (recursively, `*.txt`) in a stable order."""
    pages: list[Path] = []
    errors: list[PageError] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not found:
                errors.append(PageError(path, "folder holds no .txt pages"))
            pages.extend(found)
        elif path.exists():
            pages.append(path)
        else:
            errors.append(PageError(path, "no such file or folder"))
    return pages, errors


def decode(data: bytes, path: Path | str = "<bytes>") -> tuple[str, str]:
    """Decode page bytes, returning (text, encoding name)."""
    if not data:
        raise PageError(path, "empty file")
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise PageError(path, f"binary file ({kind}), not a text page")
    has_bom = data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:3] == b"\xef\xbb\xbf"
    if b"\x00" in data[:4096] and not has_bom:
        raise PageError(path, "binary file (contains NUL bytes), not a text page")
    best = from_bytes(data, cp_isolation=_CANDIDATE_ENCODINGS).best()
    if best is None:
        raise PageError(path, "not decodable as UTF-8, GB18030 or UTF-16 text")
    text = str(best)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise PageError(path, "only whitespace, no text")
    return text, best.encoding


def read_page_text(path: Path) -> tuple[str, str]:
    """Read and decode one page file: (text, encoding)."""
    try:
        data = path.read_bytes()
    except PermissionError:
        raise PageError(path, "permission denied, cannot read") from None
    except IsADirectoryError:
        raise PageError(path, "is a folder, not a file") from None
    except OSError as err:
        raise PageError(path, f"cannot read: {err.strerror or err}") from None
    text, encoding = decode(data, path)
    # Universal newlines, as a text-mode read would give: offsets count "\n" once.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    log.debug("%s: %s, %d characters", path, encoding, len(text))
    return text, encoding
