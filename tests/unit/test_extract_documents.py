"""Documents (extractors.documents.find_documents): titled policy documents, reports and laws
between 《》; newspapers and periodicals between 《》 are bodies (Organization).

Invented sentences in the style of municipal dailies. Cases that fail today sit in FAILING,
marked xfail(strict=True).

Comments `failed before b93b7f1` mark cases the extractors got wrong when this suite was written and
that commit fixed; `variant written after b93b7f1` marks new sentences for the same patterns, added
to check that the fixes generalise.
"""
import pytest

from extractors.documents import find_documents
from kg.ingest.normalize import fold


def titles(text: str) -> set[tuple[str, str]]:
    return {(f.type.value, f.name) for f in find_documents(fold(text))}


PASSING = [
    # two documents approved in a row, full-width brackets folded to half-width
    pytest.param("会议审议通过《青岚市城市管理条例（草案）》《关于加快数字经济发展的若干措施》。",
                 {("Document", "青岚市城市管理条例(草案)"), ("Document", "关于加快数字经济发展的若干措施")},
                 id="two-approved-documents"),
    # a law
    pytest.param("深入学习《中华人民共和国乡村振兴促进法》。", {("Document", "中华人民共和国乡村振兴促进法")}, id="law"),
    # a plan with quotes inside the title
    pytest.param("县政府印发《白鹭县“十四五”农业农村现代化规划》。", {("Document", "白鹭县“十四五”农业农村现代化规划")},
                 id="plan-with-quotes"),
    # government work report
    pytest.param("县长彭晓峰作《政府工作报告》。", {("Document", "政府工作报告")}, id="work-report"),
    # a notice with an inner title in 〈〉
    pytest.param("《关于印发〈青岚市河长制工作规则〉的通知》已下发。", {("Document", "关于印发〈青岚市河长制工作规则〉的通知")},
                 id="notice-with-inner-title"),
    # newspapers are bodies
    pytest.param("据《青岚日报》报道，《白鹭晚报》也作了转载。", {("Organization", "青岚日报"), ("Organization", "白鹭晚报")},
                 id="newspapers-are-bodies"),
    # failed before b93b7f1: documents._PERIODICAL only looks inside the title; a periodical marked by the
    #   word after 》 (杂志/期刊/栏目) is a Document
    pytest.param("《求是》杂志刊发评论员文章。", {("Organization", "求是")}, id="magazine-named-after-title"),
    # failed before b93b7f1: every 《》 title that is no periodical becomes a Document; songs, books and
    #   programmes (歌曲/电影/节目《…》) are not policy documents, reports or laws
    pytest.param("村民们演唱了歌曲《白鹭飞过的村庄》。", set(), id="neg-song-title"),
    # passing since the extractor fixes that followed the first run of these tests
    pytest.param('县委宣传部摄制的专题片《白鹭湖畔》在县电视台播出。', set(), id='neg-documentary-film'),
    # heldout5: a contingency plan is a document
    pytest.param("会议审议通过了《白鹭县冬春季保供稳价工作预案》。", {("Document", "白鹭县冬春季保供稳价工作预案")},
                 id="contingency-plan"),
    pytest.param("县电视台开设《委员说提案》栏目。", set(), id="neg-column-named-like-a-document"),
    pytest.param("县影剧院放映了电影《危机预案》。", set(), id="neg-film-named-like-a-document"),
    pytest.param("会议讨论了《青岚市国土空间总体规划（2021—2035年）（草案）》。",
                 {("Document", "青岚市国土空间总体规划(2021—2035年)(草案)")}, id="a-period-and-a-draft"),
]

FAILING: list = []


@pytest.mark.parametrize("text,expected", PASSING + FAILING)
def test_documents(text, expected):
    assert titles(text) == expected
