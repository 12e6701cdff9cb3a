"""Companies: names ending in an enterprise word (有限公司, 集团, 总厂), or a brand with an
industry word (`金羚袜业`, `某某纺织有限公司`). A brand that is a place or a level
(`西南袜业`, `全市袜业`) names an industry, not a firm."""
from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from extractors.found import Found, found, segments_words, word_edges
from extractors.lexicon import WISH, alternation
from extractors.spans import Candidate, balanced, candidates, longest
from kg.records import EntityType

# Words before a firm's name; 一家 after a verb is a count (`引进一家…公司`: the firm is what follows), and a brand
# that opens with 一家 after a verb is cut the same way, as rare as it is (`引进一家人餐饮…`); 原 (former), but not
# where it ends a place with its level (`桦原市某公司`, `太原市…`); 有 but not in 国有资产, 国有资本 (`某县国有资产投资…集团`).
_STOP = re.compile(r"深入|走进|来到|察看|查看|抽查|抽检|调研|考察|参观|先后|走访|看望|实地|前往|推动|支持|帮助|引进|落户|助推|推进|促进|带动"
                   r"|打造|构建|塑造|加快|强化|依托|围绕|壮大|培育|扶持|成立|带领|所属|组建|实行|这批|签约|签署|合资|投资建设"
                   r"|董事长|总经理|总裁|欢迎|感谢|鼓励|邀请|祝贺|会见|接见|引入|交给|交由|我市|我县|我区|本市"
                   r"|单位|今年|明年|去年|做好|抓好|提前|确保|" + WISH +
                   r"|(?<=[建开办设立有成进中了])一[座家个所批]|[在的了和与及是把对到向从为要将由等]|有(?!(?<=国有)资[产本])"
                   r"|原(?![省市县区州])")
# Stop characters that may open a brand (`和润集团`, `为民超市`); the others never do (`的茶厂`).
_BRAND_OPENERS = re.compile(r"[和与及原由为有对向从到]")
# A brand that is a place, a level or a generic word names an industry (西南袜业, 全市袜业), not a firm.
_NOT_A_BRAND = re.compile(r"^(?:[东西南北中]{1,2}|全|我|各|该|这|那|一|多|小|大|新|老|传统)"
                          r"|[省市县区镇乡村]|本地|当地|国内|国际|中国|全国|周边|部分")
# Words that say what kind of firm, not which (`由专业公司运维`, `引进龙头企业`): no brand.
_GENERIC_BRAND = re.compile(r"^(?:专业|物业|平台|国有|上市|龙头|民营|外资|合资|施工|运营|管理|服务|第三方|相关|有关|其他|骨干"
                            r"|重点|规上|规模以上|子|分|母|各类|一批|工程|绿色|有机|生态|特色|奶牛|肉牛|生猪|养殖|种植|污水处理"
                            r"|垃圾处理)$")
# A count is no brand (`8家家庭农场`, `三家超市`); a brand may open with one (`一家人餐饮`, `三家子镇`).
_COUNT = re.compile(r"^[\d几两一二三四五六七八九十]+[家个座所批](?:家庭|专业|农民)*$")
# An enterprise word that is the start of a longer word is none: 厂 of 厂房 or 厂区.
_WORD_GOES_ON = re.compile(r"[房区长矿]|(?<=重工)业")  # 重工 of 重工业 (heavy industry) too
_PLACE_WITH_LEVEL = re.compile(r"([\u4e00-\u9fff]{2})[省市县区](?![委长])")
# A place with its level before a kind of firm (`柞林区污水处理厂`) still names no firm in particular.
_LEADING_PLACE = re.compile(r"^(?!都市|城乡|城市)[\u4e00-\u9fff]{2,4}?[省市县区镇](?=.)")
# A hotel where guests are received or a meeting held (`在某宾馆会见`) is a venue, not a firm in the story
# (`在某酒店调研` visits it).
_VENUE = re.compile(r"(?:宾馆|酒店|饭店)$")
_HOSTING = re.compile(r"会见|会晤|接见|宴请|召开|举行|举办|主持")
MIN_BRAND_CHARS = 2
MAX_BARE_BRAND_CHARS = 4


@cache
def _patterns() -> dict[str, re.Pattern]:
    suffix = alternation("company_suffixes")
    return {
        "any": re.compile(rf"(?:{alternation('industry_words')})?(?:{suffix})|{alternation('firm_words')}"),
        "suffixed": re.compile(rf"(?:{suffix})$"),
        "bare": re.compile(rf"(?:{alternation('firm_words')})$"),
        "firm_word": re.compile(rf"(?:{alternation('firm_words')}|{suffix})"),
    }


def only_a_kind(brand: str) -> bool:
    """A "brand" that says what kind of firm or how many (`专业`, `8家家庭`, `某区污水处理`), not which."""
    return bool(_GENERIC_BRAND.match(_LEADING_PLACE.sub("", brand)) or _COUNT.match(brand))


def company_name(text: str) -> bool:
    """A firm's name, not an industry (榆川袜业) or a generic phrase (标准化厂房)."""
    if not balanced(text):
        return False
    suffixed = _patterns()["suffixed"].search(text)
    if text.endswith(("工厂", "厂房", "车间")):
        return False
    if suffixed:
        brand = text[:suffixed.start()].strip("“”")
        return len(brand) >= MIN_BRAND_CHARS and not only_a_kind(brand)
    bare = _patterns()["bare"].search(text)
    brand = text[:bare.start()].strip("“”") if bare else ""
    return MIN_BRAND_CHARS <= len(brand) <= MAX_BARE_BRAND_CHARS and not _NOT_A_BRAND.search(brand) \
        and not only_a_kind(brand)


def find_companies(text: str, places: set[str] = frozenset(), token_ends: set[int] | None = None) -> list[Found]:
    """Firms in `text`; with token boundaries given, a name must end on one (厂 of 厂房 is no firm)."""
    out = []
    for candidate in candidates(text, _patterns()["any"].pattern, _STOP, max_chars=20):
        name = candidate.text
        if token_ends is not None and candidate.end not in token_ends or _WORD_GOES_ON.match(text, candidate.end):
            continue
        suffixed = _patterns()["suffixed"].search(name)
        if not company_name(name) and suffixed and candidate.start and _BRAND_OPENERS.fullmatch(text[candidate.start - 1]) \
                and not only_a_kind(name[:suffixed.start()]):
            name = text[candidate.start - 1:candidate.end]  # a brand that starts with a stop character: 和润集团
            candidate = Candidate(candidate.start - 1, candidate.end, name)
        place = max((p for p in places if p.endswith("原") and text.endswith(p, 0, candidate.start)), key=len, default=None)
        if place:  # 原 that ends a place of the page (`桦原` beside `桦原市`) stopped the name inside it
            candidate = Candidate(candidate.start - len(place), candidate.end, place + name)
            name = candidate.text
        bare = not _patterns()["suffixed"].search(name)
        if _VENUE.search(name) and text[candidate.start - 1:candidate.start] == "在" \
                and _HOSTING.match(text, candidate.end):
            continue  # `在某宾馆会见`: a venue
        if company_name(name) and not (bare and any(name.startswith(p) for p in places)):
            out.append(Found(EntityType.COMPANY, candidate.start, candidate.end, name))
    return longest(out)


@Language.factory("kg_companies", default_config={})
def make_companies(nlp: Language, name: str):
    return CompaniesComponent(segments_words(nlp))


class CompaniesComponent:
    def __init__(self, use_tokens: bool):
        self.use_tokens = use_tokens

    def __call__(self, doc: Doc) -> Doc:
        _, ends = word_edges(doc, self.use_tokens)
        found(doc).extend(find_companies(doc.text, places_of(doc), ends))
        return doc


def places_of(doc: Doc) -> set[str]:
    """Places that make `某某袜业` an industry: the model's where the text also uses them as places, not only as
    the brand of a firm (榆川 of 榆川袜业 stands alone elsewhere, 金羚 of 金羚袜业 does not), and names the text
    also writes with a level (某某 beside 某某市)."""
    places = {e.text for e in doc.ents if e.label_ == "LOC" and not _patterns()["firm_word"].match(doc.text, e.end_char)}
    return places | set(_PLACE_WITH_LEVEL.findall(doc.text))
