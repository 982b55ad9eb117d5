"""hd46a (绍兴市上虞区交通运输局, a deputy's suggestion 关于加强崧谢公路两侧绿化的建议, --type B, the base four of the bureau's
replies 2019–2021 and a news page): the draft opened 您提出的《…》（第35号）已收悉。该建议由我局主办。现将有关情况答复如下：
though all four replies open 您在区人大一届三次会议上提出的《…》收悉。经研究，现答复如下： (F3); with no work in the base its part
one still claimed 近年来，我局立足工作职责，围绕崧谢公路两侧绿化积极开展工作 (F1); its 发文字号 copied 虞交建〔2019〕12号 while the newer
2021 reply printed no number, unsaid (F8). The pages are the bureau's own (seeds/ of hd46a), their bodies abridged."""

from __future__ import annotations

import docx
from helpers import comments_on, distil, seeds_draft, unit_workspace

from drafter.compose.form import opening_says, opening_words
from drafter.model import REPLY, SourceMeta

HEADER = ("当前位置 : 首页\n>>交通运输局 >>政策文件 >>政策文件\n索引号: 002590059/2019-{index} 公开方式: 主动公开\n"
          "文 号: 虞交建〔2019〕{serial}号 公开日期: 2019-12-23 09:33\n发布单位: 区交通运输局 有效性:\n\n")
SIGNED = "\n\n承办人:谢以凡\n\n联系电话:82218902\n\n绍兴市上虞区交通运输局\n\n2019年5月9日\n"
# seeds/2019-05-09_58号章镇丰惠公交.txt
REPLY_58 = HEADER.format(index=57337, serial=12) + (
    "关于区人大一届三次会议第58号建议的答复\n\n虞交建[2019]12号\n\n樊德洪代表:\n\n"
    "您在区人大一届三次会议上提出的《关于增开章镇至丰惠双向对开公交车的建议》收悉。经研究,现答复如下:\n\n"
    "我区于2013年12月完成公交公营化改革任务以来,依照区委区政府“五个城乡一体化”总体部署,持续改善城乡公交运营条件、完善城乡公交运营网络。"
    "五年多时间,我局牵头规划布设了51条城乡二级公交线网(其中,章镇布设13条、丰惠布设6条)。\n\n"
    "非常感谢您对我区交通运输事业的关心与支持!") + SIGNED
# seeds/2019-05-09_61号汤浦夜公交.txt (its title's 》 before 的建议)
REPLY_61 = HEADER.format(index=57341, serial=13) + (
    "关于区人大一届三次会议第61号建议的答复\n\n虞交建[2019]13号\n\n刘世群代表:\n\n"
    "您在区人大一届三次会议上提出的《关于扶持汤浦童装产业增开汤浦晚班公交》的建议收悉。经研究,现答复如下:\n\n"
    "我区实现城乡公交一体化运营以来,城乡公交运营条件持续改善、城乡公交运营网络日趋完善。其中,小越、东关、丰惠、崧厦夜公交较早开通,"
    "章镇夜公交于2014年开通,道墟夜公交于2017年开通,盖北和沥海夜公交刚于2019年4月开通。\n\n"
    "非常感谢您对我区交通运输事业的关心与支持!") + SIGNED
# seeds/2021-05-18_39号梁湖梁岙道路.txt: no 文号, 收悉 misprinted 悉
REPLY_39 = (
    "当前位置 : 首页\n>>交通运输局 >>建议提案\n索引号: 002590059/2021-69439 公开方式: 主动公开\n文号: 公开日期: 2021-08-10 09:24\n"
    "发布单位: 区交通运输局\n名称 关于区一届人大五次会议第39号建议的答复\n创建时间\n正文内容\n\n樊德洪代表:\n\n"
    "您在区一届人大五次会议上提出的《关于打通梁湖梁岙至上浦夏家埠之间道路并建设成为县道的建议》悉。经研究,现答复如下:\n\n"
    "二、2021年4月13日举行的上虞区2021年年度农村公路工作对接会议上,梁湖梁岙至上浦夏家埠之间道路的打通工作已经重新安排在了下阶段的"
    "农村公路建设中,被列入了断头路三年打通计划。\n\n衷心感谢您对交通事业和关心、支持和理解!欢迎多提宝贵的意见和建议。\n\n"
    "承办人:郑艳伟\n\n联系电话:82180951\n\n绍兴市上虞区交通运输局\n\n2021年5月18日\n")
# seeds/2019-05-13_54号石厦线.txt, the page flattened into table rows (its body one line after the number and addressee)
REPLY_54 = (
    "索引号: | 002590059/2019-57355 | 公开方式: | 主动公开 |\n文 号: | 虞交建〔2019〕18号 | 公开日期: | 2019-12-23 09:41 |\n"
    "发布单位: | 区交通运输局 | 有效性: |\n关于区人大一届三次会议第54号建议的答复 | ||\n|\n"
    "虞交建[2019]18号 陈江芬代表: 您在区人大一届三次会议上提出的《关于将石厦线提升为县道管理的建议》悉,经研究,现答复如下: 首先,感谢您对"
    "我区交通规划和道路建设工作的重视。乡道石厦线(Y032)全长1.331公里,是陈溪乡对外连接重要交通通道。 最后,感谢您对交通建设的关心和支持。 "
    "承办人:李建军 联系电话:82212132 绍兴市上虞区交通运输局 2019年5月13日 |\n")
SUGGESTION = "关于加强崧谢公路两侧绿化的建议\n\n建议加强崧谢公路两侧的绿化。\n"
TITLE = "关于加强崧谢公路两侧绿化的建议"
OPENED = "{you}在{session}上提出的《{title}》收悉。经研究，现答复如下："


def _shangyu(tmp_path):
    return unit_workspace(tmp_path / "ws", "绍兴市上虞区交通运输局", "区交通运输局", "上虞区")


def test_a_replys_opening_words_are_learned_its_items_particulars_slots(tmp_path):
    """What distil keeps of a reply's opening: its words from the sentence naming the item to the transmittal (…现答复如下：),
    the reader, session and title slots — the title's 的建议 after its 》 inside the slot (61), the addressee and number a
    flattened page ran into it left (54)."""
    ws = _shangyu(tmp_path)
    assert distil(tmp_path, ws, REPLY_58, "58.txt").source.opened == OPENED
    assert distil(tmp_path, ws, REPLY_61, "61.txt").source.opened == OPENED
    assert distil(tmp_path, ws, REPLY_54, "54.txt").source.opened == "{you}在{session}上提出的《{title}》悉，经研究，现答复如下："


def _draft(tmp_path, seeds: dict[str, str], *options: str):
    _, out = seeds_draft(tmp_path, _shangyu(tmp_path), seeds, "35", TITLE, SUGGESTION, "--deputy", "胡九英", "--type", "B",
                         "--date", "2022-06-08", *options)
    return out, [p.text for p in docx.Document(str(out)).paragraphs]


def test_a_draft_opens_in_the_words_its_bureaus_replies_open_alike(tmp_path):
    """Two of the bureau's replies opening alike (58, 61; 39 says 悉): the draft opens in their words, the session named as
    given, no 该建议由我局主办 they never say (F3); its part one, the base holding no work on the matter, asks for the matter's
    present state instead of claiming work done (F1); its 发文字号, copied from a 2019 reply, says the 2021 one printed none (F8)."""
    out, paragraphs = _draft(tmp_path, {"58.txt": REPLY_58, "61.txt": REPLY_61, "39.txt": REPLY_39},
                             "--session", "区二届人大一次会议")
    at = paragraphs.index("胡九英代表：") + 1
    assert paragraphs[at] == "您在区二届人大一次会议上提出的《关于加强崧谢公路两侧绿化的建议》收悉。经研究，现答复如下：", paragraphs
    assert not any("主办" in p or "积极开展工作" in p for p in paragraphs), paragraphs
    assert paragraphs[at + 1] == "【待补充：崧谢公路两侧绿化方面的现状（基本情况、存在的问题）】", paragraphs
    number = next(p for p in paragraphs if p.startswith("虞交建〔2022〕"))
    noted = "\n".join(comments_on(out, number))
    assert "虞交建〔2019〕1" in noted and "较新的关于区一届人大五次会议第39号建议的答复（2021-05-18）没有发文字号" in noted, noted


def test_openings_unlike_still_tell_whether_they_name_the_session_and_the_host(tmp_path):
    """Two replies opening unlike (收悉 and 悉), both naming the session, neither saying 主办: the template's opening as they
    do — the session named (a placeholder where none is given), no 主办 sentence."""
    _, paragraphs = _draft(tmp_path, {"58.txt": REPLY_58, "39.txt": REPLY_39})
    at = paragraphs.index("胡九英代表：") + 1
    assert paragraphs[at] == "您在【待补充：会议届次】上提出的《关于加强崧谢公路两侧绿化的建议》（第35号）已收悉。现将有关情况答复如下：", paragraphs


def _reply(n: int, opened: str | None, proposal: bool = False) -> SourceMeta:
    return SourceMeta(id=f"r{n}", path=f"seeds/{n}.txt", sha256="0" * 64, kind=REPLY, date=f"2024-0{n}-01", opened=opened,
                      proposal=proposal)


def test_an_opening_is_a_habit_of_two_replies_alike_saying_no_other_items_particulars():
    """One reply's opening is no habit, nor two to the other kind of item naming it; two alike naming their co-handlers (重庆市科学技术局's 经与市教委共同研究办理, corpus
    02) or their session as printed are another item's; the host sentence is said as most replies' openings say it."""
    chongqing = "{you}提出的《{title}》（第{number}号）收悉。经与市教委共同研究办理，现将办理情况答复如下。"
    assert opening_words([_reply(1, OPENED)], False) is None
    assert opening_words([_reply(1, OPENED), _reply(2, OPENED), _reply(3, None)], False) == OPENED
    # (a proposal's opening: as the replies to proposals open, else as all open where they name no kind: corpus 12's
    # 的代表建议收悉 is a suggestion's)
    suggested = "{you}提出的《{title}》的代表建议收悉，经研究，现将办理情况答复如下："
    assert opening_words([_reply(1, OPENED), _reply(2, OPENED)], True) == OPENED
    assert opening_words([_reply(1, suggested), _reply(2, suggested)], True) is None
    assert opening_words([_reply(1, suggested), _reply(2, suggested), _reply(3, OPENED, True), _reply(4, OPENED, True)], True) == OPENED
    assert opening_words([_reply(1, chongqing), _reply(2, chongqing)], False) is None
    assert opening_words([_reply(1, OPENED.replace("{session}", "区人大一届三次会议"))] * 2, False) is None
    hosted = "{you}提出的《{title}》收悉，感谢{you}对泉州市制造产业的关注和支持。该建议由我局主办。现将有关情况答复如下："
    assert opening_says([_reply(1, hosted)], "主办", True) is True  # (one: the default)
    assert opening_says([_reply(1, OPENED), _reply(2, chongqing)], "主办", True) is False
    assert opening_says([_reply(1, hosted), _reply(2, hosted), _reply(3, OPENED)], "主办", True) is True
    assert opening_says([_reply(1, OPENED), _reply(2, OPENED)], "{session}", False) is True
