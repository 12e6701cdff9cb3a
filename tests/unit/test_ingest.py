"""Pages to articles on invented pages: layouts, mastheads, bylines, dates, captions, continuations."""
from pathlib import Path

import pytest

from kg.ingest.bylines import byline_reporters, closing_reporters, lead_reporters
from kg.ingest.dates import event_date, likely_year
from kg.ingest.layout import Layout, despace, ends_sentence, page_blocks
from kg.ingest.masthead import date_in_file_name
from kg.ingest.normalize import MappedText, fold
from kg.ingest.pages import parse_page

PARAGRAPH_PAGE = """


青岚日报

QING LAN RI BAO

2021年1月4日 星期一

总第9123期 今日8版

国内统一刊号:CN99-0001 E-mail:news@example.com

中共青岚市委主管主办 青岚日报社出版

市政府召开2020年第二十次常务会议

本报讯(记者 林晓 郑平)12月31日,市长杜文澜主持召开市政府2020年第二十次常务会议。副市长葛文涛、钱明参加会议。

会议审议通过了《青岚市城市更新实施方案》。

聚焦项目建设 推动高质量发展

副市长葛文涛到白鹭县调研时强调 抓好项目 稳住投资

本报讯(记者 林晓)1月2日上午,副市长葛文涛深入白鹭县调研重点项目建设情况,先后察看了青岚光伏发电项目、

2月3日,副市长葛文涛在白鹭县调研。图为葛文涛在项目现场。本报记者 程远 摄

华拓新材料二期项目。(下转第二版)
"""

COLUMN_PAGE = """
本报讯（记者 孟凡 程远）
3月8日，县长吴启明主持
召开县政府常务会议，研
究部署春耕生产工作。

会议强调，各乡镇要抓
好春耕备耕，确保农业生
产稳定。

副县长田丰参加会议。

（孟凡）

白 鹭 县 部 署
春 耕 生 产 工 作

本报讯 近日，柳塘镇召开
全镇干部大会，安排部署
全年工作。

（郑平）

柳塘镇部署全年工作
"""


def page(text: str, name: str = "page.txt", issue_date: str | None = None):
    return parse_page(text, Path(name), issue_date=issue_date)


def test_paragraph_page_masthead_and_articles():
    result = page(PARAGRAPH_PAGE)
    assert result.masthead.paper == "青岚日报"
    assert result.masthead.issue_number == 9123
    assert result.issue_date == "2021-01-04"
    titles = [a.title for a in result.articles]
    assert titles == ["市政府召开2020年第二十次常务会议",
                      "副市长葛文涛到白鹭县调研时强调 抓好项目 稳住投资"]
    first, second = result.articles
    assert first.reporters == ["林晓", "郑平"]
    assert first.event_date == "2020-12-31"  # a December event in a January issue
    assert second.kicker == "副市长葛文涛到白鹭县调研时强调"
    assert second.main_title == "抓好项目 稳住投资"
    assert second.event_date == "2021-01-02"
    assert second.continuation == "下转第二版"


def test_a_caption_inside_a_broken_sentence_is_a_note_and_the_sentence_is_rejoined():
    second = page(PARAGRAPH_PAGE).articles[1]
    assert "先后察看了青岚光伏发电项目、华拓新材料二期项目。" in second.text
    assert [n.kind for n in second.notes] == ["caption"]
    assert second.notes[0].text.startswith("2月3日,副市长葛文涛在白鹭县调研。图为")


def test_column_page_headlines_after_their_bodies():
    result = page(COLUMN_PAGE, issue_date="2022-03-10")
    assert [a.title for a in result.articles] == ["白鹭县部署春耕生产工作", "柳塘镇部署全年工作"]
    first, second = result.articles
    assert first.reporters == ["孟凡", "程远"]
    assert first.text.startswith("本报讯(记者 孟凡 程远)3月8日,县长吴启明主持召开县政府常务会议,研究部署春耕生产工作。")
    assert first.event_date == "2022-03-08"
    assert second.reporters == ["郑平"]
    assert "全镇干部大会" in second.text


def test_column_layout_is_detected():
    assert page_blocks(COLUMN_PAGE)[1] is Layout.COLUMNS
    assert page_blocks(PARAGRAPH_PAGE)[1] is Layout.PARAGRAPHS


def test_page_without_masthead_has_no_issue_date_unless_given_or_named():
    assert page(COLUMN_PAGE).issue_date is None
    assert page(COLUMN_PAGE, "bailu_2022-03-10_p1.txt").issue_date == "2022-03-10"
    assert page(COLUMN_PAGE, issue_date="2022-03-11").issue_date == "2022-03-11"


def test_spaced_out_headline_loses_its_spaces():
    line = MappedText.fold("市 政 府 召 开 常 务 会 议")
    assert despace(line).text == "市政府召开常务会议"
    assert despace(MappedText.fold("记者 孟凡 程远")).text == "记者 孟凡 程远"


@pytest.mark.parametrize("text,names", [
    ("本报讯(记者 林晓 郑平)3月1日", ["林晓", "郑平"]),
    ("本报讯(记者林晓 实习生 郑平)首届", ["林晓", "郑平"]),
    ("本报讯(通讯员 欧阳明)近日", ["欧阳明"]),
    ("本报讯 近日", []),
])
def test_lead_reporters(text, names):
    assert lead_reporters(fold(text)) == names


def test_byline_and_closing_credit():
    assert byline_reporters("本报记者 林晓") == ["林晓"]
    assert byline_reporters("《青岚日报》记者 郑平") == ["郑平"]
    assert byline_reporters("《青岚日报》评论员") == []
    assert closing_reporters("市民表示满意。(郑平)") == ["郑平"]
    assert closing_reporters("市民表示满意。(通讯员 郑平 林晓)") == ["郑平", "林晓"]
    assert closing_reporters("(转自《青岚日报》)") == []
    assert closing_reporters("谁家遇到事,(下转第二版)") == []


@pytest.mark.parametrize("text,issue,fallback,expected", [
    ("8月29日上午,市委召开", "2019-08-30", None, "2019-08-29"),
    ("12月30日,县委召开", "2020-01-02", None, "2019-12-30"),
    ("2018年5月4日,", "2019-08-30", None, "2018-05-04"),
    ("5月4日,", None, 2021, "2021-05-04"),
    ("5月4日,", None, None, None),
    ("近日,", "2019-08-30", None, None),
])
def test_event_date(text, issue, fallback, expected):
    assert event_date(text, issue, fallback) == expected


def test_likely_year_is_the_most_mentioned():
    assert likely_year("2019年…2018年度…2019年…") == 2019
    assert likely_year("没有年份") is None


def test_date_in_file_name():
    assert date_in_file_name("lyrb_20200706_p1") == "2020-07-06"
    assert date_in_file_name("000_9ab81756ae780e9d") is None


@pytest.mark.parametrize("text,ended", [
    ("会议还研究了其他事项。", True),
    ("他说:“好。”", True),
    ("市民表示满意。(郑平)", True),
    ("二〇二一年\n2021年6月11日", True),
    ("推动项目建设实现", False),
])
def test_ends_sentence(text, ended):
    assert ends_sentence(text) is ended


INSIDE_PAGE = """2022年11月7日　星期一　　　　综合新闻　3
青岚日报　　责任编辑：林晓　　版式：郑平

青岚市（深圳）产业招商推介会举行
现场签约项目16个 总投资132亿元

本报讯（记者 孟凡）11月4日，青岚市（深圳）产业招商推介会在深圳举行。市长吴启明作城市推介。

推介会上，16个项目现场集中签约。

全民健身 乐享金秋
2022白鹭湖半程马拉松鸣枪开跑

本报讯（记者 程远）11月6日，2022白鹭湖半程马拉松在市体育中心鸣枪开跑。
"""


def test_an_inside_page_header_gives_the_issue_date():
    """One header block with the date and 责任编辑 is enough: an inside page has no masthead."""
    assert page(INSIDE_PAGE).issue_date == "2022-11-07"


def test_a_headline_printed_over_its_deck_on_a_page_of_paragraphs():
    titles = [a.title for a in page(INSIDE_PAGE).articles]
    assert titles == ["青岚市(深圳)产业招商推介会举行", "2022白鹭湖半程马拉松鸣枪开跑"]


STACKED_MAIN_OVER_DECK = """2023年11月18日　星期六　　　　综合新闻　2
白鹭日报　　责任编辑：林晓　　版式：郑平

市政协召开月度协商会
聚焦预制菜产业高质量发展

本报讯（记者 程远）11月15日下午，市政协召开“推动预制菜产业高质量发展”月度协商会。市政协主席柏文主持会议。

会议指出，要坚持规划引领，完善标准体系，推动预制菜产业集群发展。
"""


def test_of_two_stacked_headline_lines_the_one_the_lead_echoes_more_is_the_title():
    """Both lines read as headlines; printed without a blank line between them they are one headline, and the
    first shares more of its wording with the lead's first sentence (the second is a deck) by more than the margin."""
    assert [a.title for a in page(STACKED_MAIN_OVER_DECK).articles] == ["市政协召开月度协商会"]


COUNTY_MASTHEAD = """白鹭报

BAILU BAO

2024年4月26日　星期五
农历甲辰年三月十八

中共白鹭县委主管　白鹭县融媒体中心主办

第1682期　今日4版

县人大常委会举行第十九次会议

本报讯（记者 程远）4月25日，县十八届人大常委会第十九次会议举行。县人大常委会主任柏文主持会议。

会议表决通过了人事任免事项，要求新任命的同志依法履职、勤勉尽责。
"""


def test_a_county_masthead_with_its_cues_in_other_wordings():
    """A two-word pinyin name, 主管 and 主办 apart, an issue number without 总: each a cue of its own block."""
    result = page(COUNTY_MASTHEAD)
    assert (result.issue_date, result.masthead.issue_number) == ("2024-04-26", 1682)
    assert [a.title for a in result.articles] == ["县人大常委会举行第十九次会议"]


STACKED_KICKER_OVER_MAIN = """2024年5月6日　星期一　　　　综合新闻　2
白鹭日报　　责任编辑：林晓　　版式：郑平

弘扬劳模精神 争做时代先锋
我县举行庆祝五一国际劳动节表彰大会

本报讯（记者 程远）4月29日，我县庆祝五一国际劳动节表彰大会在县会议中心举行，大会以“弘扬劳模精神 争做时代先锋”为主题。

会上宣读了表彰决定，与会领导为受表彰的先进集体和个人颁奖。
"""


def test_a_kicker_the_lead_quotes_as_its_theme_stays_a_kicker():
    assert [a.title for a in page(STACKED_KICKER_OVER_MAIN).articles] == ["我县举行庆祝五一国际劳动节表彰大会"]


SCHEDULE_IN_FIRST_STORY = """2024年5月6日　星期一

我县表彰十佳融媒记者

本报讯（记者 程远）5月5日，县委组织部举办乡镇年轻干部培训班，分三期进行。

第1期 5月6日至10日 乡镇年轻干部

第2期 5月13日至17日 村党组织书记

县委宣传部开展新闻作品评选

本报讯（记者 林晓）近日，县委宣传部开展年度新闻作品评选活动。
"""


def test_cues_inside_a_story_make_no_masthead_and_a_headline_about_reporters_is_no_byline():
    result = page(SCHEDULE_IN_FIRST_STORY)
    assert result.masthead is None
    assert [a.title for a in result.articles] == ["我县表彰十佳融媒记者", "县委宣传部开展新闻作品评选"]


DATE_ON_ITS_OWN_LINE = """白鹭日报

2021年1月4日
星期一　农历腊月廿一

总第9123期

国内统一刊号 CN22-0001

全县经济工作会议召开

本报讯（记者 程远）1月3日，全县经济工作会议召开。县委书记柏文出席会议并讲话。

会议总结了去年工作，部署了今年任务。
"""


def test_a_masthead_whose_date_stands_on_a_line_of_its_own():
    """A lone date line looks like a notice's closing date, but no story has begun before the masthead ends."""
    result = page(DATE_ON_ITS_OWN_LINE)
    assert (result.issue_date, result.masthead.issue_number) == ("2021-01-04", 9123)
    assert [a.title for a in result.articles] == ["全县经济工作会议召开"]


APP_LINE_AND_PHRASE_KICKER = """


青岚日报

QINGLAN RIBAO

2025年4月18日　星期五
农历乙巳年三月廿一

中共青岚市委主管主办　青岚日报社出版

国内统一刊号：CN99-0001

第15208期　今日8版

青岚日报客户端　“青岚发布”微信公众号

市委常委会召开2025年第九次（扩大）会议
研究部署优化营商环境和森林草原防灭火等工作

本报讯（记者 林晓）4月17日，市委书记杜文澜主持召开市委常委会2025年第九次（扩大）会议，研究部署优化营商环境等工作。

会议指出，企业的感受是检验营商环境的“试金石”。全市各级领导干部要带头当好“服务员”，主动靠前服务企业。

会议还研究了其他事项。

抓项目 稳运行 促发展
葛文涛到东湖区西山县调研企业生产和项目建设

本报讯（记者 郑平）4月15日，市委副书记、市长葛文涛到东湖区、西山县调研工业企业生产经营和重点项目建设情况。
"""


def test_the_papers_app_line_is_masthead_and_a_kicker_of_phrases_is_no_name_list():
    articles = page(APP_LINE_AND_PHRASE_KICKER).articles
    assert [a.title for a in articles] == ["市委常委会召开2025年第九次(扩大)会议", "葛文涛到东湖区西山县调研企业生产和项目建设"]
