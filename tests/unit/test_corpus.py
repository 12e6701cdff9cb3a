"""Parsing of People's Daily corpus lines into words and entities, the augmentation and the split."""
from kg.nlp.training.augment import recut_names, title_name_verb, with_other_names
from kg.nlp.training.corpus import Sentence, parse_line, person_spans, sentences_of, split


def entity_texts(sentence: Sentence) -> list[tuple[str, str]]:
    return [("".join(sentence.words[s:e]), label) for s, e, label in sentence.entities]


def test_surname_and_given_name_make_one_person():
    sentence = parse_line("国家/n  主席/n  江/nr  泽民/nr  发表/v")
    assert entity_texts(sentence) == [("江泽民", "PERSON")]
    assert sentence.words == ["国家", "主席", "江", "泽民", "发表"]


def test_consecutive_chinese_names_are_cut_into_pairs():
    sentence = parse_line("（/w  孟/nr  西安/nr  祁/nr  勇/nr  ）/w")
    assert entity_texts(sentence) == [("孟西安", "PERSON"), ("祁勇", "PERSON")]


def test_compound_surname_takes_the_given_name():
    assert person_spans(["欧阳", "海"]) == [(0, 2)]


def test_foreign_names_in_consecutive_nr_are_one_person():
    assert entity_texts(parse_line("首相/n  桥本/nr  龙太郎/nr  访问/v")) == [("桥本龙太郎", "PERSON")]
    assert entity_texts(parse_line("总统/n  克林顿/nr  、/w  叶利钦/nr")) == [("克林顿", "PERSON"), ("叶利钦", "PERSON")]


def test_a_foreign_name_does_not_swallow_a_following_chinese_name():
    assert person_spans(["克林顿", "江", "泽民"]) == [(0, 1), (1, 3)]


def test_bracketed_nt_compound_is_one_org_and_its_place_name_no_entity():
    sentence = parse_line("[中国/ns  人民/n  银行/n]nt  行长/n  戴/nr  相龙/nr")
    assert entity_texts(sentence) == [("中国人民银行", "ORG"), ("戴相龙", "PERSON")]


def test_bracketed_ns_compound_is_one_loc():
    assert entity_texts(parse_line("[香港/ns  特别/a  行政区/n]ns  政府/n")) == [("香港特别行政区", "LOC")]


def test_unbracketed_place_before_organisation_words_stays_loc():
    sentence = parse_line("北京/ns  大学/n  新华社/nt")
    assert entity_texts(sentence) == [("北京", "LOC"), ("新华社", "ORG")]


def test_words_are_width_folded():
    sentence = parse_line("１９９８年/t  ＣＤＭＡ/nx  ５０％/m")
    assert sentence.words == ["1998年", "CDMA", "50%"]


def test_paragraph_is_cut_into_sentences_with_their_entities():
    first, second = sentences_of("李/nr  鹏/nr  讲话/v  。/w  他/r  到/v  北京/ns  。/w")
    assert entity_texts(first) == [("李鹏", "PERSON")]
    assert entity_texts(second) == [("北京", "LOC")]
    assert second.char_entities() == [(2, 4, "LOC")]


def test_split_is_deterministic_and_disjoint():
    sentences = [Sentence([f"词{i}"], ["n"]) for i in range(200)]
    a, b = split(sentences, seed=7), split(sentences, seed=7)
    assert [s.text for s in a.test] == [s.text for s in b.test]
    assert len(a.test) == 20
    texts = [s.text for s in a.train + a.dev + a.test]
    assert len(set(texts)) == 200
    assert [s.text for s in split(sentences, seed=8).test] != [s.text for s in a.test]


def test_lone_surname_with_honorific_is_one_person():
    assert entity_texts(parse_line("市民/n  王/nr  先生/n  反映/v")) == [("王先生", "PERSON")]
    assert entity_texts(parse_line("王/nr  小明/nr  先生/n")) == [("王小明", "PERSON")]


def test_augmented_copies_swap_names_but_keep_words_and_entities_aligned():
    corpus = [parse_line("市长/n  李/nr  鹏/nr  讲话/v  。/w"), parse_line("王/nr  小明/nr  主持/v  。/w")]
    for copy in with_other_names(corpus, seed=1) + title_name_verb(corpus, 20, seed=1):
        for start, end, label in copy.entities:
            assert label == "PERSON" and copy.tags[start:end] == ["nr", "nr"]
            assert copy.words[start] in {"李", "王"} and copy.words[start + 1] in {"鹏", "小明"}


def test_short_given_names_are_copied_only_where_a_one_character_word_follows_the_name():
    corpus = [parse_line("王/nr  小明/nr  在/p  会/n  上/f  讲话/v  。/w"),  # a name before a one-character word
              parse_line("王/nr  小明/nr  主持/v  。/w"),  # before a longer word: not copied
              parse_line("记者/n  王/nr  小明/nr  。/w"),  # before punctuation: not copied
              parse_line("李/nr  鹏/nr  讲话/v")]  # the source of one-character given names
    copies = with_other_names(corpus, seed=2, short_given=True)
    assert [copy.text[2:] for copy in copies] == ["在会上讲话。"]
    assert copies[0].words[0] in {"李", "王"} and copies[0].words[1] == "鹏"
    assert copies[0].entities == corpus[0].entities and copies[0].tags == corpus[0].tags


def test_short_given_names_make_no_copies_when_the_corpus_has_no_one_character_given_name():
    assert with_other_names([parse_line("王/nr  小明/nr  在/p  会/n  上/f  讲话/v  。/w")], seed=2, short_given=True) == []


def test_recut_names_keep_the_text_and_every_entity_but_cut_names_anew():
    corpus = [parse_line("新华社/nt  记者/n  罗/nr  更前/nr  摄/v  [北京/ns  大学/n]nt  江/nr  泽民/nr")] * 20
    copies = recut_names(corpus + [parse_line("会议/n  召开/v")], seed=3)
    assert len(copies) == 20  # only sentences with a person are copied
    cuts = set()
    for copy in copies:
        assert copy.text == corpus[0].text
        assert entity_texts(copy) == entity_texts(corpus[0])
        for start, end, label in copy.entities:
            if label == "PERSON":
                pieces = copy.words[start:end]
                assert len(pieces) == 1 or all(len(piece) == 1 for piece in pieces)
                cuts.add(len(pieces))
    assert cuts == {1, 3}  # both cuts occur: the whole name, one character a word
