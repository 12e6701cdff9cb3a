"""People without a post (extractors.persons): named after a word for a person, where the model or the text backs it.

Sentences are invented in the style of municipal dailies. `starts` stands for the NER model's
PERSON spans (start -> end), so that the rules are tested without the model.
"""
from extractors.persons import introduced_persons


def people(text: str, *spans: tuple[str, int]) -> list[tuple[str, str]]:
    """(name, role) of the people found; each span is a (text, occurrence) the model would tag PERSON."""
    starts = {}
    for name, _ in spans:
        at = text.index(name)
        starts[at] = at + len(name)
    return [(f.name, f.role) for f in introduced_persons(text, starts, [])]


def test_a_villager_the_model_tags_is_a_person():
    assert people("村民柏青松说，今年的玉米收成不错。", ("柏青松", 0)) == [("柏青松", "other")]


def test_an_entrepreneur_by_role_word():
    assert people("董事长邝立平介绍了新生产线的情况。", ("邝立平", 0)) == [("邝立平", "entrepreneur")]


def test_a_verb_with_its_particle_after_a_person_word_is_no_name():
    # 老人 is a person word and 戴 a surname; the model may tag 戴着, but 着 is in no name.
    assert people("阅览室里，几位老人戴着花镜读报。", ("戴着", 0)) == []
