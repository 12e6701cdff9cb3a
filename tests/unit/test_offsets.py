"""Every article's offsets cut its headline and body out of the original file exactly."""
import pytest

from kg.ingest.normalize import fold, fold_char
from kg.ingest.pages import load_page


def squeeze(text: str) -> str:
    return "".join(text.split())


def cut(original: str, spans) -> str:
    return "".join(fold(original[s.start:s.end]) for s in spans)


@pytest.fixture(scope="module")
def pages(sample_pages):
    return [load_page(p) for p in sample_pages]


def test_every_page_has_articles(pages):
    assert [len(p.articles) for p in pages] == [8, 8, 8]


def test_spans_cut_headline_and_body(pages):
    for page in pages:
        for article in page.articles:
            assert squeeze(cut(page.text, article.headline_spans)) == squeeze(article.title), article.id
            assert squeeze(cut(page.text, article.body_spans)) == squeeze(article.text), article.id


def test_every_character_maps_to_its_original(pages):
    for page in pages:
        for article in page.articles:
            assert len(article.origin) == len(article.text)
            for char, pos in zip(article.text, article.origin):
                assert char == "\n" or char in fold_char(page.text[pos]), (article.id, char, pos)


def test_original_span_of_a_phrase(pages):
    page = pages[1]
    article = page.articles[0]
    start = article.text.index("主持召开")
    span = article.original_span(start, start + 4)
    assert squeeze(page.text[span.start:span.end]) == "主持召开"
