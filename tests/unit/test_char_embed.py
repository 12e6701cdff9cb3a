"""kg.ZhCharEmbed.v1: word features plus characters at fixed positions inside the word."""
import numpy
import spacy
from spacy.tokens import Doc

from kg.nlp.char_embed import char_slots, zh_char_embed

POSITIONS = [1, 2, -2, -1]


def test_slots_mark_each_character_by_its_position_and_an_unreached_position_is_empty():
    assert char_slots("帕斯曼诺夫", POSITIONS) == ["2斯", "3曼", "-2诺", "-1夫"]
    assert char_slots("泽民", POSITIONS) == ["2民", "3", "-2泽", "-1民"]
    assert char_slots("江", POSITIONS) == ["2", "3", "-2", "-1江"]


def embedded(words: list[str], attrs: tuple[str, ...] = ("NORM", "PREFIX")) -> numpy.ndarray:
    model = zh_char_embed(width=16, attrs=list(attrs), rows=[100] * len(attrs), positions=POSITIONS,
                          char_width=8, char_rows=50)
    doc = Doc(spacy.blank("zh").vocab, words=words, spaces=[False] * len(words))
    model.initialize(X=[doc])
    return model.predict([doc])[0]


def test_one_vector_of_the_width_per_word():
    assert embedded(["市长", "张", "建民", "主持"]).shape == (4, 16)


def test_words_that_word_features_cannot_tell_apart_differ_by_their_characters():
    """With the first character as the only word feature, 建民 and 建国 differ through the character tables."""
    vectors = embedded(["建民", "建国", "建民"], attrs=("PREFIX",))
    assert not numpy.allclose(vectors[0], vectors[1])
    assert numpy.allclose(vectors[0], vectors[2])


def test_the_layer_is_found_by_its_registered_name():
    assert spacy.registry.architectures.get("kg.ZhCharEmbed.v1") is zh_char_embed
