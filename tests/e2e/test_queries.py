"""Every question of the analysts' library (cypher/*.cypher), asked of the invented city and answered row by row."""
from __future__ import annotations

from collections import Counter

import pytest
from test_graph_load import (BEICHEN, BRIDGE, DATABASE, MEETING_2021, PLAN, QINGHE, SAFETY_MEETING, city_pages,
                             settled)

from kg.cli import main
from kg.resolve import resolve
from kg.sinks.neo4j import Neo4jWriter, library_files, read_cypher

pytestmark = pytest.mark.neo4j
CHENG, HAN, LV = "official:程嘉树|市", "official:韩立冬|市", "official:吕景川|市"
WANG_CITY, WANG_VILLAGE = "official:王一鸣|市", "official:王一鸣|新兴村"
LIBRARY = [p.stem for p in library_files()]


@pytest.fixture(scope="module")
def city(neo4j_driver):
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=DATABASE)
    graph = resolve(city_pages())
    Neo4jWriter(neo4j_driver, DATABASE).write(graph)
    return graph


def ask(driver, query: str, parameters: dict | None = None) -> list[tuple]:
    records, _, _ = driver.execute_query(read_cypher(query), parameters or {}, database_=DATABASE)
    return [tuple(settled(v) for v in record.values()) for record in records]


ANSWERS = {
    ("posts_of_official", (("name", "程嘉树"),)): [
        (CHENG, "市长", "2021-03-02", "2021-04-11", 2), (CHENG, "市委副书记", "2021-04-11", "2021-04-11", 1)],
    ("holder_of_post_on_date", (("post", "市长"), ("date", "2022-08-01"))): [
        ("韩立冬", HAN, "2022-07-01", "2022-09-09", True), ("程嘉树", CHENG, "2021-03-02", "2021-04-11", False)],
    ("holder_of_post_on_date", (("post", "市长"), ("date", "2021-04-01"))): [
        ("程嘉树", CHENG, "2021-03-02", "2021-04-11", True)],
    ("meetings_chaired_by", (("name", "吕景川"),)): [(SAFETY_MEETING, "2022-07-01", ["mc3#0"])],
    ("meeting_participants", (("meeting", MEETING_2021),)): [
        ("2021-03-02", "CHAIRED", "程嘉树", "Official"), ("2021-03-02", "ATTENDED", "王一鸣", "Official"),
        ("2021-03-02", "ATTENDED", "韩立冬", "Official")],
    ("inspections", ()): [
        (BRIDGE, "Project", "吕景川", "2021-04-11", "2022-07-01", ["mc2#0", "mc3#0"]),
        (BRIDGE, "Project", "程嘉树", "2021-04-11", "2021-04-11", ["mc2#0"]),
        (QINGHE, "Company", "吕景川", "2021-04-11", "2022-09-09", ["mc2#0", "mc4#0"]),
        (QINGHE, "Company", "韩立冬", "2022-09-09", "2022-09-09", ["mc4#0"])],
    ("signing_partners", (("company", QINGHE),)): [(BEICHEN, "2021-04-11", ["mc2#0"])],
    ("signing_partners", (("company", BEICHEN),)): [(QINGHE, "2021-04-11", ["mc2#0"])],
    ("projects_by_year", (("per_year", 5),)): [("2021", BRIDGE, 1), ("2022", BRIDGE, 1)],
    ("evidence_for_fact", (("head", "程嘉树"), ("type", "CHAIRED"), ("tail", MEETING_2021))): [
        ("mc1#0", "3月2日，市长程嘉树主持召开", "2021-03-02", f"3月2日，市长程嘉树主持召开{MEETING_2021}。",
         "mc1#0@0-30")],
    ("evidence_for_fact", (("head", "韩立冬"), ("type", "HOLDS_POSITION"), ("tail", "市长"))): [
        ("mc3#0", "7月1日，市委书记吕景川主持", "2022-07-01", "市长韩立冬、新兴村党支部书记王一鸣参加会议。",
         "mc3#0@27-49"),
        ("mc4#0", "9月9日，市委书记吕景川、市", "2022-09-09", f"9月9日，市委书记吕景川、市长韩立冬到{QINGHE}调研。",
         "mc4#0@0-31")],
    ("officials_together", (("limit", 1),)): [("吕景川", "韩立冬", 2)],
    ("documents_approved", (("from", "2021-01-01"), ("to", "2021-12-31"))): [
        ("2021-03-02", MEETING_2021, PLAN, ["程嘉树"])],
    ("documents_approved", (("from", "2022-01-01"), ("to", "2022-12-31"))): [],
    ("articles_by_journalist", (("name", "林小禾"),)): [
        ("mc1#0", "2021-03-03", "3月2日，市长程嘉树主持召开", ["周北", "林小禾"]),
        ("mc3#0", "2022-07-02", "7月1日，市委书记吕景川主持", ["林小禾"])],
    ("official_timeline", (("name", "韩立冬"),)): [
        ("2021-03-02", "mc1#0", "3月2日，市长程嘉树主持召开", HAN, ["副市长"]),
        ("2022-07-01", "mc3#0", "7月1日，市委书记吕景川主持", HAN, ["市长"]),
        ("2022-09-09", "mc4#0", "9月9日，市委书记吕景川、市", HAN, ["市长"])],
    ("official_timeline", (("name", "王一鸣"),)): [
        ("2021-03-02", "mc1#0", "3月2日，市长程嘉树主持召开", WANG_CITY, ["副市长"]),
        ("2022-07-01", "mc3#0", "7月1日，市委书记吕景川主持", WANG_VILLAGE, ["新兴村党支部书记"])],
    ("meetings_between", (("from", "2021-03-01"), ("to", "2021-03-31"))): [
        ("2021-03-02", MEETING_2021, ["程嘉树"], 2)],
    ("label_counts", ()): [("Article", 4), ("Company", 2), ("Document", 1), ("Meeting", 2), ("Official", 5),
                           ("Person", 2), ("Post", 5), ("Project", 1)],
}


@pytest.mark.parametrize("name, parameters", list(ANSWERS), ids=lambda v: v if isinstance(v, str) else "")
def test_library_answer(city, neo4j_driver, name, parameters):
    assert ask(neo4j_driver, name, dict(parameters)) == ANSWERS[name, parameters]


def test_co_attendance_links_officials_met_at_one_meeting(city, neo4j_driver):
    rows = ask(neo4j_driver, "co_attendance")
    assert {frozenset((a, b)) for a, _, b, _, _, _ in rows} == {frozenset(pair) for pair in [
        (CHENG, WANG_CITY), (CHENG, HAN), (WANG_CITY, HAN), (LV, WANG_VILLAGE), (LV, HAN), (WANG_VILLAGE, HAN)]}
    assert {meetings for *_, meetings, _ in rows} == {1}


def test_relationship_counts_are_those_of_the_graph(city, neo4j_driver):
    assert dict(ask(neo4j_driver, "relationship_counts")) == dict(Counter(k for _, _, k in city.edges(keys=True)))


def test_kg_stats_writes_centrality_that_central_officials_reads(city, neo4j_driver, neo4j_settings, monkeypatch,
                                                                capsys):
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.neo4j_uri)
    if neo4j_settings.neo4j_password:
        monkeypatch.setenv("NEO4J_PASSWORD", neo4j_settings.neo4j_password)
    assert main(["stats", "--write"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith(HAN)  # the one who links the two meetings
    rows = ask(neo4j_driver, "central_officials", {"limit": 2})
    assert [(name, key, degree) for name, key, degree, _, _ in rows][0] == ("韩立冬", HAN, 1.0)
    assert rows[0][3] > rows[1][3]


def test_every_library_query_is_asked_here():
    asked = {name for name, _ in ANSWERS} | {"co_attendance", "relationship_counts", "central_officials"}
    assert asked == set(LIBRARY)
