"""Whole invented pages through parse_page + extract_page with the rules-only pipeline.

Page A: a city daily, full-width punctuation, one paragraph per block (meeting with approved
documents, an inspection tour, a signing). Page B: a county paper, half-width punctuation,
narrow columns with the headline printed after its article (a people's congress session, a town
visiting firms, a village secretary, a national leader; generic phrases that must stay out).

Expected values follow GUIDELINES.md. Entities the guidelines call borderline (bare place
names, bodies named only inside a post such as 县委 of 县委书记) are OPTIONAL: predicting them is
neither required nor an error, as in the scorer. Each (page, entity type) and (page, relation
type) is one test, so a failure points at one extractor; those failing today are xfail(strict=True).
"""
import unicodedata
from pathlib import Path

import pytest

from kg.ingest.pages import parse_page
from kg.nlp.extract import extract_page
from kg.nlp.pipeline import build_pipeline
from kg.records import EntityType, PageRecords

PAGE_A = """QING LAN RI BAO

2021年4月9日 星期五 辛丑年二月廿八

总第9876期 中共青岚市委主管主办 青岚日报社出版

市政府召开2021年第九次常务会议

本报讯（记者 周晓岚 方若溪）4月8日上午，市长杜文澜主持召开市政府2021年第九次常务会议，研究部署一季度经济运行和安全生产等工作。

会议审议通过《青岚市物业管理办法》《青岚市城乡供水一体化实施方案》。

会议强调，各级党委政府和全市各部门要加快推进重点项目建设，确保全年50个重点项目按期开工。

常务副市长韩立群，副市长葛文涛、邵明远参加会议，市卫健委、市财政局、市生态环境局负责人列席会议。

郑国栋到白鹭县调研时强调 以项目建设新成效推动高质量发展

本报讯（记者 方若溪）4月7日，市委书记郑国栋深入白鹭县，先后来到青岚华拓新材料科技有限公司、滨江大道拓宽改造工程，察看企业生产和项目建设情况。

郑国栋强调，要以更实举措服务企业，全力推动全县高质量发展。

市领导钟毅、简文博，白鹭县委书记雷鸣参加调研。

鼎盛置业与恒川投资集团签约

本报讯（记者 周晓岚）4月7日下午，青岚鼎盛置业有限公司与上海恒川投资集团签订战略合作协议。县委常委、副县长温海峰见证签约。
"""

PAGE_B = """BAI LU XIN WEN

2021年1月13日 星期三 庚子年腊月初一

总第3456期 中共白鹭县委主管主办

本报讯(记者 沈雨桐)1月
12日上午,白鹭县第十八届人
民代表大会第五次会议在县会议
中心开幕。县委书记雷鸣,县委
副书记、县长彭晓峰,县人大常
委会党组书记、主任廖德昌,县
政协主席卜国庆在主席台前排就
座。

大会由廖德昌主持。彭晓峰代表
县人民政府作《政府工作报告》
。大会审议通过《白鹭县第十八
届人民代表大会第五次会议议程
》。

报告指出,要深入学习贯彻闻世
雄总书记重要讲话精神,做大做
强白鹭袜业,全年实施亿元以上
项目32个。各级党委政府要扛
起责任,确保重点项目建设取得
新突破。

白鹭县第十八届人民代表大会第五次会议开幕

本报讯(通讯员 侯佳宁)近日
,柳塘镇党委书记秦志刚带领镇
村干部走访锦程袜业、宏达机械
厂,了解企业用工需求。

石桥村党支部书记苗福顺说:“
村里的袜机有三百多台,去年人
均收入又涨了一截。”

柳塘镇 小袜子织出致富路
"""

MEETING_A = "市政府2021年第九次常务会议"
FIRM_A = "青岚华拓新材料科技有限公司"
WORKS_A = "滨江大道拓宽改造工程"
MEETING_B = "白鹭县第十八届人民代表大会第五次会议"

EXPECTED = {
    "A": {
        "articles": [("市政府召开2021年第九次常务会议", ["周晓岚", "方若溪"]),
                     ("郑国栋到白鹭县调研时强调以项目建设新成效推动高质量发展", ["方若溪"]),
                     ("鼎盛置业与恒川投资集团签约", ["周晓岚"])],
        "Official": {("杜文澜", ("市长",)), ("韩立群", ("常务副市长",)), ("葛文涛", ("副市长",)),
                     ("邵明远", ("副市长",)), ("郑国栋", ("市委书记",)), ("钟毅", ("市领导",)),
                     ("简文博", ("市领导",)), ("雷鸣", ("白鹭县委书记",)), ("温海峰", ("县委常委", "副县长"))},
        "Person": {("周晓岚", "journalist"), ("方若溪", "journalist")},
        "Meeting": {(MEETING_A, "2021-04-08")},
        "Company": {FIRM_A, "青岚鼎盛置业有限公司", "上海恒川投资集团"},
        "Project": {WORKS_A},  # not 重点项目(建设) nor 50个重点项目
        "Organization": {"市卫健委", "市财政局", "市生态环境局"},  # not 各级党委政府 nor 全市各部门
        "Document": {"青岚市物业管理办法", "青岚市城乡供水一体化实施方案"},
        "optional": {"市政府", "市委", "白鹭县", "白鹭县委", "县委"},
        "CHAIRED": {("杜文澜", MEETING_A)},
        "ATTENDED": {("韩立群", MEETING_A), ("葛文涛", MEETING_A), ("邵明远", MEETING_A)},
        "APPROVED": {(MEETING_A, "青岚市物业管理办法"), (MEETING_A, "青岚市城乡供水一体化实施方案")},
        # the leaders who 参加调研 took part in the visit, as in the gold pages
        "INSPECTED": {(who, what) for who in ("郑国栋", "钟毅", "简文博", "雷鸣") for what in (FIRM_A, WORKS_A)},
        "SIGNED_WITH": {("青岚鼎盛置业有限公司", "上海恒川投资集团")},
    },
    "B": {
        "articles": [("白鹭县第十八届人民代表大会第五次会议开幕", ["沈雨桐"]), ("柳塘镇小袜子织出致富路", ["侯佳宁"])],
        # 彭晓峰代表县人民政府: 代表 is a verb here, not his post
        "Official": {("雷鸣", ("县委书记",)), ("彭晓峰", ("县委副书记", "县长")),
                     ("廖德昌", ("县人大常委会党组书记", "县人大常委会主任")), ("卜国庆", ("县政协主席",)),
                     ("闻世雄", ("总书记",)), ("秦志刚", ("柳塘镇党委书记",)), ("苗福顺", ("石桥村党支部书记",))},
        "Person": {("沈雨桐", "journalist"), ("侯佳宁", "journalist")},
        "Meeting": {(MEETING_B, "2021-01-12")},
        "Company": {"锦程袜业", "宏达机械厂"},  # 白鹭袜业 is the county's industry here
        "Project": set(),  # 亿元以上项目32个, 重点项目建设 are generic
        "Organization": {"县人民政府"},
        "Document": {"政府工作报告", "白鹭县第十八届人民代表大会第五次会议议程"},
        "optional": {"县委", "县人大常委会", "县政协", "县会议中心", "白鹭县", "柳塘镇", "柳塘镇党委", "石桥村",
                     "石桥村党支部"},
        "CHAIRED": {("廖德昌", MEETING_B)},  # 大会由廖德昌主持
        "ATTENDED": {("雷鸣", MEETING_B), ("彭晓峰", MEETING_B), ("卜国庆", MEETING_B)},  # 在主席台就座
        "APPROVED": {(MEETING_B, "白鹭县第十八届人民代表大会第五次会议议程")},
        "INSPECTED": {("秦志刚", "锦程袜业"), ("秦志刚", "宏达机械厂")},
        "SIGNED_WITH": set(),
    },
}

ENTITY_TYPES = ["Official", "Person", "Meeting", "Company", "Project", "Organization", "Document"]
RELATION_TYPES = ["CHAIRED", "ATTENDED", "APPROVED", "INSPECTED", "SIGNED_WITH"]


def norm(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).split())


@pytest.fixture(scope="module")
def records() -> dict[str, PageRecords]:
    nlp = build_pipeline("blank")
    return {key: extract_page(parse_page(text, Path("x.txt")), nlp) for key, text in (("A", PAGE_A), ("B", PAGE_B))}


def entity_view(record: PageRecords, kind: str, optional: set[str]) -> set:
    out = set()
    for e in record.entities:
        if e.type.value != kind or norm(e.name) in optional:
            continue
        if e.type is EntityType.OFFICIAL:
            out.add((norm(e.name), tuple(norm(t) for t in e.titles)))
        elif e.type is EntityType.PERSON:
            out.add((norm(e.name), e.role))
        elif e.type is EntityType.MEETING:
            out.add((norm(e.name), e.date))
        else:
            out.add(norm(e.name))
    return out


def relation_view(record: PageRecords, kind: str, optional: set[str]) -> set[tuple[str, str]]:
    names = {e.key: norm(e.name) for e in record.entities}
    pairs = {(names.get(r.head, r.head), names.get(r.tail, r.tail)) for r in record.relations if r.type.value == kind}
    return {(h, t) for h, t in pairs if h not in optional and t not in optional}


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


KNOWN_FAILURES: dict[tuple[str, str], str] = {}
# Fixed in b93b7f1: A-Organization (市财政局 dropped by _NOT_A_BUREAU), B-Meeting (白鹭县 could not start a
# meeting name, nested 人民代表大会, no date from `…会议在…开幕`), B-APPROVED (resolved to the nested meeting).

CASES = [pytest.param(page, kind, id=f"{page}-{kind}",
                      marks=[xfail(KNOWN_FAILURES[page, kind])] if (page, kind) in KNOWN_FAILURES else [])
         for page in ("A", "B") for kind in ENTITY_TYPES + RELATION_TYPES]
PASSING = [c for c in CASES if not c.marks]
FAILING = [c for c in CASES if c.marks]


@pytest.mark.parametrize("page", ["A", "B"])
def test_articles(records, page):
    """A precondition of the other tests: the page splits into its articles with their bylines."""
    got = [(norm(a.title), a.reporters) for a in records[page].page.articles]
    assert got == EXPECTED[page]["articles"]


@pytest.mark.parametrize("page,kind", PASSING + FAILING)
def test_page(records, page, kind):
    expected = EXPECTED[page]
    optional = {norm(n) for n in expected["optional"]}
    if kind in ENTITY_TYPES:
        assert entity_view(records[page], kind, optional) == expected[kind]
    else:
        got = relation_view(records[page], kind, optional)
        if kind == "SIGNED_WITH":  # scored in either direction
            got = {tuple(sorted(p)) for p in got}
            assert got == {tuple(sorted(p)) for p in expected[kind]}
        else:
            assert got == expected[kind]
