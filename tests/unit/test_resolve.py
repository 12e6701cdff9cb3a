"""Resolution rules on invented pages: one node per real thing, keys that do not depend on what else is loaded."""
from __future__ import annotations

import pytest

from kg.ingest.pages import load_page
from kg.records import Article, Entity, EntityType, Evidence, Mention, Page, PageRecords, Relation, RelationType, Span
from kg.resolve import jurisdiction, merge_attrs, resolve


def page(stem: str, issue_date: str | None, text: str, event_date: str | None = None,
         entities: list[Entity] = (), relations: list[tuple[str, str, str]] = (), reporters=("林小禾",)):
    """One page holding one article whose body is `text`; mentions and evidence are found in the text."""
    article = Article(id=f"{stem}#0", source=f"{stem}.txt", index=0, title=text[:12], main_title=None, kicker=None,
                      subtitle=None, reporters=list(reporters), event_date=event_date, text=text,
                      origin=list(range(len(text))), headline_spans=[], body_spans=[Span(0, len(text))])
    for entity in entities:
        start = text.find(entity.name)
        entity.mentions = [Mention(entity.name, article.id, start, start + len(entity.name))] if start >= 0 else []
    sentences = text.split("。")
    keys = {e.name: e.key for e in entities}
    facts = []
    for head, kind, tail in relations:
        sentence = next(s for s in sentences if head in s and tail in s)
        start = text.find(sentence)
        facts.append(Relation(keys[head], RelationType(kind), keys[tail],
                              [Evidence(f"{stem}.txt", article.id, sentence, start, start + len(sentence))]))
    records_page = Page(path=f"{stem}.txt", source=f"{stem}.txt", encoding="utf_8", text=text, masthead=None,
                        issue_date=issue_date, articles=[article])
    return PageRecords(records_page, list(entities), facts)


def official(name: str, *titles: str) -> Entity:
    return Entity(key=name, type=EntityType.OFFICIAL, name=name, titles=list(titles))


def meeting(name: str, date: str | None = None) -> Entity:
    return Entity(key=name, type=EntityType.MEETING, name=name, date=date)


def labelled(graph, label: str) -> list[str]:
    return sorted(k for k, d in graph.nodes(data=True) if d["label"] == label)


def canonical(graph) -> tuple:
    """The graph with list properties as sets: list order records load order, which is not identity."""
    def plain(data):
        return {k: sorted(v) if isinstance(v, list) else v for k, v in data.items()}
    return (sorted((k, plain(d)) for k, d in graph.nodes(data=True)),
            sorted((u, v, k, plain(d)) for u, v, k, d in graph.edges(keys=True, data=True)))


@pytest.mark.parametrize("title, place", [
    ("市委常委", "市"), ("副市长", "市"), ("常务副市长", "市"), ("市长", "市"), ("市人大常委会主任", "市"),
    ("辽河市委书记", "市"), ("松岭区委书记", "松岭区"), ("区长", "区"), ("白鹭县县长", "白鹭县"),
    ("新兴村党支部书记", "新兴村"), ("青石镇党委书记", "青石镇"), ("青川省委常委", "省"),
    ("全国人大代表", "国"), ("代表", "市"), ("党组书记", "市"),
])
def test_jurisdiction_of_a_title(title, place):
    assert jurisdiction(title) == place


def test_one_official_across_pages_and_posts_over_time():
    first = page("p1", "2019-05-07", "市委副书记、副市长程嘉树到青禾新材料有限公司调研。", "2019-05-06",
                 [official("程嘉树", "市委副书记", "副市长")])
    second = page("p2", "2020-07-02", "市委副书记、市长程嘉树主持会议。", "2020-07-01",
                  [official("程嘉树", "市委副书记", "市长")])
    graph = resolve([first, second])
    assert labelled(graph, "Official") == ["official:程嘉树|市"]
    posts = {v: d for _, v, d in graph.out_edges("official:程嘉树|市", data=True)}
    assert sorted(posts) == ["post:副市长", "post:市委副书记", "post:市长"]
    deputy, held_both = posts["post:副市长"], posts["post:市委副书记"]
    assert (deputy["first_seen"], deputy["last_seen"], deputy["sources"]) == ("2019-05-06", "2019-05-06", ["p1#0"])
    assert (held_both["first_seen"], held_both["last_seen"]) == ("2019-05-06", "2020-07-01")
    assert held_both["sources"] == ["p1#0", "p2#0"] and held_both["title"] == "市委副书记"
    assert held_both["evidence"] == ["市委副书记、副市长程嘉树到青禾新材料有限公司调研。", "市委副书记、市长程嘉树主持会议。"]


def test_namesakes_in_unrelated_posts_stay_apart():
    city = page("p1", "2021-01-05", "副市长王一鸣出席会议。", entities=[official("王一鸣", "副市长")])
    village = page("p2", "2021-01-06", "新兴村党支部书记王一鸣介绍情况。", entities=[official("王一鸣", "新兴村党支部书记")])
    assert labelled(resolve([city, village]), "Official") == ["official:王一鸣|市", "official:王一鸣|新兴村"]


def test_official_is_placed_at_the_highest_of_their_posts():
    both = page("p1", "2021-01-05", "市委常委、松岭区委书记苏雅文参加。", entities=[official("苏雅文", "市委常委", "松岭区委书记")])
    city = page("p2", "2021-02-05", "市委常委苏雅文参加。", entities=[official("苏雅文", "市委常委")])
    assert labelled(resolve([both, city]), "Official") == ["official:苏雅文|市"]


def test_a_post_and_its_shorter_form_are_one_post():
    records = page("p1", "2021-01-05", "市委书记吕景川指出，书记吕景川强调。", entities=[official("吕景川", "市委书记", "书记")])
    graph = resolve([records])
    assert labelled(graph, "Post") == ["post:市委书记"]
    assert graph.nodes["official:吕景川|市"]["titles"] == ["市委书记"]


def test_meetings_resolve_by_normalised_name_and_date():
    numbered = "市政府2021年第三次常务会议"
    pages = [
        page("p1", "2021-03-03", f"程嘉树主持召开{numbered}。", "2021-03-02", [meeting(numbered, "2021-03-02")]),
        page("p2", "2021-03-09", f"{numbered}要求……", None, [meeting("市政府召开2021年第三次常务会议")]),
        page("p3", "2021-04-11", "全市安全生产工作会议召开。", "2021-04-10", [meeting("全市安全生产工作会议")]),
        page("p4", "2022-04-13", "全市安全生产 工作会议召开。", "2022-04-12", [meeting("全市安全生产 工作会议")]),
        page("p5", "2022-04-14", "全市安全生产工作会议要求……", None, [meeting("全市安全生产工作会议", "2022-04-12")]),
    ]
    graph = resolve(pages)
    assert labelled(graph, "Meeting") == ["meeting:全市安全生产工作会议|2021-04-10",
                                          "meeting:全市安全生产工作会议|2022-04-12", f"meeting:{numbered}|"]
    assert graph.nodes[f"meeting:{numbered}|"]["date"] == "2021-03-02"


def test_facts_carry_sources_evidence_and_dates():
    text = "市长程嘉树主持召开市政府2021年第三次常务会议。副市长韩立冬出席会议。"
    records = page("p1", "2021-03-03", text, "2021-03-02",
                   [official("程嘉树", "市长"), official("韩立冬", "副市长"), meeting("市政府2021年第三次常务会议")],
                   [("程嘉树", "CHAIRED", "市政府2021年第三次常务会议")])
    graph = resolve([records])
    chaired = graph.edges["official:程嘉树|市", "meeting:市政府2021年第三次常务会议|", "CHAIRED"]
    assert chaired["sources"] == ["p1#0"]
    assert chaired["evidence"] == ["市长程嘉树主持召开市政府2021年第三次常务会议"]
    assert chaired["evidence_at"] == ["p1#0@0-24"]
    assert (chaired["first_seen"], chaired["last_seen"]) == ("2021-03-02", "2021-03-02")
    assert graph.has_edge("article:p1#0", "official:韩立冬|市", "MENTIONS")
    assert graph.has_edge("person:journalist|林小禾", "article:p1#0", "WROTE")


def test_pages_resolve_the_same_in_any_order_together_or_one_run_at_a_time():
    pages = [
        page("p1", "2019-05-07", "副市长程嘉树到青禾新材料有限公司调研。", "2019-05-06",
             [official("程嘉树", "副市长"), Entity("青禾", EntityType.COMPANY, "青禾新材料有限公司")],
             [("程嘉树", "INSPECTED", "青禾新材料有限公司")], reporters=("林小禾", "周北")),
        page("p2", "2020-07-02", "市长程嘉树到青禾新材料有限公司调研。", "2020-07-01",
             [official("程嘉树", "市长"), Entity("青禾", EntityType.COMPANY, "青禾新材料有限公司")],
             [("程嘉树", "INSPECTED", "青禾新材料有限公司")], reporters=("周北",)),
    ]
    together = resolve(pages)
    assert canonical(together) == canonical(resolve(reversed(pages)))
    assert canonical(together) == canonical(resolve(pages[1:], resolve(pages[:1])))
    assert canonical(together) == canonical(resolve(pages, together))
    inspected = together.edges["official:程嘉树|市", "company:青禾新材料有限公司", "INSPECTED"]
    assert (inspected["first_seen"], inspected["last_seen"]) == ("2019-05-06", "2020-07-01")


def test_evidence_merges_in_step_with_where_it_was_read():
    old = {"sources": ["a#0"], "evidence": ["甲。"], "evidence_at": ["a#0@0-2"], "first_seen": "2020-01-02"}
    new = {"sources": ["a#0", "b#1"], "evidence": ["甲。", "乙。"], "evidence_at": ["a#0@0-2", "b#1@5-7"],
           "first_seen": "2019-12-31"}
    assert merge_attrs(old, new) == {"sources": ["a#0", "b#1"], "evidence": ["甲。", "乙。"],
                                     "evidence_at": ["a#0@0-2", "b#1@5-7"], "first_seen": "2019-12-31"}


def test_sample_pages_give_articles_and_their_journalists(sample_pages):
    graph = resolve(PageRecords(load_page(path)) for path in sample_pages)
    articles = labelled(graph, "Article")
    assert len(articles) == 24 and "article:000_9ab81756ae780e9d#0" in articles
    first = graph.nodes["article:000_9ab81756ae780e9d#0"]
    assert first["title"] == "市政府召开2019年第十次常务会议" and first["reporters"] == ["汪琳", "王彦雨"]
    assert graph.has_edge("person:journalist|汪琳", "article:000_9ab81756ae780e9d#0", "WROTE")
