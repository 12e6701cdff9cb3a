"""Resolution of one page's mentions into entities (kg/nlp/merge.py)."""
import pytest

from extractors.found import Found
from kg.nlp.merge import Located, PageEntities, collapse_titles, meeting_key
from kg.records import EntityType


def located(kind: EntityType, name: str, **attrs) -> Located:
    return Located(Found(kind, 0, len(name), name, **attrs), "p#0", 0, len(name))


def entities(*items: Located) -> dict[str, tuple]:
    page = PageEntities(list(items))
    return {e.name: (e.type.value, e.titles, e.role, sorted(e.aliases)) for e in page.entities.values()}


def test_titles_keep_order_and_drop_a_shorter_form():
    assert collapse_titles(["市委书记", "书记", "市委 书记", "代表"]) == ["市委书记", "代表"]


def test_meeting_spellings_share_a_key():
    assert meeting_key("市委常委会2021年第十三次会议") == meeting_key("2021年市委常委会第十三次会议")
    assert meeting_key("全省“双争”大会") == meeting_key("全省“双争”会议")
    assert meeting_key("云渡县第十八届人民代表大会第五次会议").endswith(meeting_key("县十八届人大五次会议"))
    assert meeting_key("市政府2021年第七次常务会议") != meeting_key("市政府2022年第七次常务会议")


def test_a_name_that_is_an_official_anywhere_is_the_official():
    found = entities(located(EntityType.OFFICIAL, "钱立新", titles=["市长"]),
                     located(EntityType.PERSON, "钱立新", role="other"),
                     located(EntityType.OFFICIAL, "钱立新", titles=["市委副书记", "市长"]))
    assert found == {"钱立新": ("Official", ["市长", "市委副书记"], None, [])}


def test_a_partial_name_joins_the_one_full_name():
    found = entities(located(EntityType.PERSON, "欧阳明", role="journalist"),
                     located(EntityType.PERSON, "欧阳", role="other"))
    assert found == {"欧阳明": ("Person", [], "journalist", ["欧阳"])}


def test_a_short_body_name_joins_the_one_longer_name_it_ends():
    found = entities(located(EntityType.ORGANIZATION, "青岚市人民政府"), located(EntityType.ORGANIZATION, "市政府"),
                     located(EntityType.ORGANIZATION, "中共青岚市委"), located(EntityType.ORGANIZATION, "市委"))
    assert found == {"青岚市人民政府": ("Organization", [], None, ["市政府"]),
                     "中共青岚市委": ("Organization", [], None, ["市委"])}


def test_an_ambiguous_short_name_stays_apart():
    found = entities(located(EntityType.ORGANIZATION, "白鹭县政府"), located(EntityType.ORGANIZATION, "望川县政府"),
                     located(EntityType.ORGANIZATION, "县政府"))
    assert set(found) == {"白鹭县政府", "望川县政府", "县政府"}


def test_meeting_date_comes_from_a_dated_mention():
    found = PageEntities([located(EntityType.MEETING, "全县干部大会"),
                          located(EntityType.MEETING, "“营商环境提升年”全县干部大会", date="2021-02-22")])
    (meeting,) = found.entities.values()
    assert (meeting.name, meeting.date, meeting.aliases) == ("“营商环境提升年”全县干部大会", "2021-02-22", ["全县干部大会"])


def test_a_person_named_before_a_place_word_in_a_body_is_no_person():
    page = PageEntities([located(EntityType.PERSON, "桦溪", role="other"),
                         located(EntityType.ORGANIZATION, "桦溪社区"),
                         located(EntityType.PERSON, "石岭", role="other"),
                         located(EntityType.ORGANIZATION, "中共石岭县委"),
                         located(EntityType.PERSON, "林海", role="other"),
                         located(EntityType.COMPANY, "青岚林海木业有限公司"),
                         located(EntityType.PERSON, "竹岭", role="entrepreneur"),
                         located(EntityType.COMPANY, "竹岭家庭农场"),
                         located(EntityType.PERSON, "岳清", role="journalist"),
                         located(EntityType.PROJECT, "岳清村道路改造工程")])
    people = {e.name for e in page.entities.values() if e.type is EntityType.PERSON}
    assert people == {"林海", "竹岭", "岳清"}  # a name inside a firm's, an owner, a journalist stay
    assert page.key_of(Found(EntityType.PERSON, 0, 2, "桦溪")) is None  # no relation can reach it
    assert page.key_of(Found(EntityType.PERSON, 0, 2, "林海")) == "Person:林海"


def test_a_short_firm_name_joins_the_full_name_it_ends_before_the_legal_form():
    found = entities(located(EntityType.COMPANY, "白鹭县云峰茶业有限公司"), located(EntityType.COMPANY, "云峰茶业"),
                     located(EntityType.COMPANY, "江川恒达建设集团有限公司"), located(EntityType.COMPANY, "恒达建设集团"),
                     located(EntityType.COMPANY, "青岚云峰米业有限公司"))
    assert found == {"白鹭县云峰茶业有限公司": ("Company", [], None, ["云峰茶业"]),
                     "江川恒达建设集团有限公司": ("Company", [], None, ["恒达建设集团"]),
                     "青岚云峰米业有限公司": ("Company", [], None, [])}


def test_a_short_firm_name_with_its_brand_and_a_later_word_joins_the_full_name():
    found = entities(located(EntityType.COMPANY, "江川市恒达智能装备集团有限公司"), located(EntityType.COMPANY, "恒达集团"),
                     located(EntityType.COMPANY, "白鹭新岭光电科技有限公司"), located(EntityType.COMPANY, "新岭光电"),
                     located(EntityType.COMPANY, "云峰物流集团"))
    assert found == {"江川市恒达智能装备集团有限公司": ("Company", [], None, ["恒达集团"]),
                     "白鹭新岭光电科技有限公司": ("Company", [], None, ["新岭光电"]),
                     "云峰物流集团": ("Company", [], None, [])}
    province = entities(located(EntityType.COMPANY, "黑龙江兴岭重工机械有限公司"), located(EntityType.COMPANY, "兴岭重工"))
    assert province == {"黑龙江兴岭重工机械有限公司": ("Company", [], None, ["兴岭重工"])}
    province_and_city = entities(located(EntityType.COMPANY, "黑龙江省桦阳市华鑫重工机械有限公司"),
                                 located(EntityType.COMPANY, "华鑫重工"))
    assert province_and_city == {"黑龙江省桦阳市华鑫重工机械有限公司": ("Company", [], None, ["华鑫重工"])}


@pytest.mark.parametrize("full,short", [
    pytest.param("江川市恒达智能装备集团有限公司", "江川集团", id="the-place-is-no-brand"),
    pytest.param("中国建设银行股份有限公司", "中国银行", id="another-bank"),
    pytest.param("江川市恒达精密机械有限公司", "江川机械", id="place-and-trade"),
    pytest.param("青岚恒通新能源科技有限公司", "青岚能源", id="unmarked-place-and-trade"),
    pytest.param("华拓集团(江川)智能装备有限公司", "华拓集团", id="a-parent-is-not-its-branch"),
    pytest.param("华拓智能装备有限公司", "智能", id="a-word-is-no-short-name"),
])
def test_a_short_name_of_another_firm_stays_apart(full, short):
    assert set(entities(located(EntityType.COMPANY, full), located(EntityType.COMPANY, short))) == {full, short}


def test_firms_of_one_brand_with_other_legal_forms_stay_apart():
    found = entities(located(EntityType.COMPANY, "白鹭海川食品有限公司"), located(EntityType.COMPANY, "海川食品股份有限公司"),
                     located(EntityType.COMPANY, "恒通集团股份有限公司"), located(EntityType.COMPANY, "恒通集团有限公司"))
    assert set(found) == {"白鹭海川食品有限公司", "海川食品股份有限公司", "恒通集团股份有限公司", "恒通集团有限公司"}
