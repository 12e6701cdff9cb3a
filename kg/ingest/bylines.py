"""Reporters from bylines: `本报讯（记者 钮晓岑 魏利军）`, `本报记者 邬锋`, a closing `（冼文罡）`."""
from __future__ import annotations

import re

# Words that name a byline role rather than a person.
ROLE_WORDS = ("特约记者", "见习记者", "首席记者", "记者", "实习生", "通讯员", "摄影", "摄像", "编辑",
              "评论员", "本报", "文/图", "文图", "图/文", "文", "图")
_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
_ROLE_PREFIX = re.compile("^(?:" + "|".join(re.escape(w) for w in ROLE_WORDS) + ")")

# `本报讯（记者 …）` at the start of a body paragraph.
LEAD = re.compile(r"^本报讯\s*(?:[(（]([^()（）]{0,40})[)）])?")
# Who a byline's reporter writes for: the paper or a named outlet; or a media centre (`融媒记者`,
# `某县融媒体中心记者`), whose bylines must name someone (`致敬全市融媒记者` is a headline).
_OUTLET = r"本报|《[^》]{2,12}》|[\u4e00-\u9fff]{2,8}(?:日报|晚报|新闻网)|新华社"
_MEDIA_CENTRE = r"(?:[\u4e00-\u9fff]{0,6}[县市区旗])?(?:融媒体中心|融媒|全媒体)"
_REPORTER = r"(?:特约|见习|首席)?(?:记者|评论员|通讯员)"
_NAMES = r"(?:\s+[\u4e00-\u9fff·]{2,5})"
# A byline standing alone: `本报记者 邬锋`, `《青川日报》记者 鞠凡明`, `《青川日报》评论员`, `融媒记者 甲　乙`.
BYLINE = re.compile(rf"^(?:(?:{_OUTLET})?\s*{_REPORTER}{_NAMES}*|{_MEDIA_CENTRE}\s*{_REPORTER}{_NAMES}+)\s*$")
# A closing credit at the end of a paragraph: `……满意。（民声轩）`.
CLOSING_CREDIT = re.compile(r"[(（]((?:(?:通讯员|记者|见习记者|特约记者|实习生)\s*)?[\u4e00-\u9fff·]{2,5}"
                            r"(?:[\s、]+(?:(?:通讯员|记者|实习生)\s*)?[\u4e00-\u9fff·]{2,5})*)[)）]\s*$")
# Credits that are not people: `（转自《青川日报》）`, `（下转第二版）`.
NOT_A_NAME = re.compile(r"转自|下转|上接|接第|转第|综合|据|版$|报$")


def names_in(credit: str) -> list[str]:
    """The person names in a credit such as `记者 甄琳 蓝彦雨` or `记者娄莹莹 实习生 郦书雅岚`."""
    names = []
    for token in re.split(r"[\s,，、/]+", credit):
        while token and (stripped := _ROLE_PREFIX.sub("", token)) != token:
            token = stripped
        if _NAME.match(token) and not NOT_A_NAME.search(token):
            names.append(token)
    return names


def lead_reporters(paragraph: str) -> list[str]:
    found = LEAD.match(paragraph)
    return names_in(found.group(1)) if found and found.group(1) else []


def byline_reporters(line: str) -> list[str]:
    """Names of a stand-alone byline; the paper's name in front is not a person."""
    line = re.sub(rf"^(?:{_OUTLET}|{_MEDIA_CENTRE})", "", line.strip())
    return names_in(line)


def closing_reporters(paragraph: str) -> list[str]:
    """Names of a closing credit: `（冼文罡）`, `（通讯员 何某 王某）`."""
    found = CLOSING_CREDIT.search(paragraph)
    if found and not NOT_A_NAME.search(found.group(1)):
        return names_in(found.group(1))
    return []
