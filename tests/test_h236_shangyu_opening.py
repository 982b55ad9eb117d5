"""hd46a (绍兴市上虞区交通运输局, a deputy's suggestion 关于加强崧谢公路两侧绿化的建议, --type B, the base four of the bureau's
replies 2019–2021 and a news page): the draft opened 您提出的《…》（第35号）已收悉。该建议由我局主办。现将有关情况答复如下：
though all four replies open 您在区人大一届三次会议上提出的《…》收悉。经研究，现答复如下： (F3); with no work in the base its part
one still claimed 近年来，我局立足工作职责，围绕崧谢公路两侧绿化积极开展工作 (F1); its 发文字号 copied 虞交建〔2019〕12号 while the newer
2021 reply printed no number, unsaid (F8). The pages are the bureau's own (seeds/ of hd46a), their bodies abridged."""

from __future__ import annotations

import docx
from helpers import SHANGYU_39, SHANGYU_54, SHANGYU_58, SHANGYU_61, comments_on, distil, seeds_draft, shangyu_workspace

from drafter.compose.form import opening_says, opening_words
from drafter.model import REPLY, SourceMeta

SUGGESTION = "关于加强崧谢公路两侧绿化的建议\n\n建议加强崧谢公路两侧的绿化。\n"
TITLE = "关于加强崧谢公路两侧绿化的建议"
OPENED = "{you}在{session}上提出的《{title}》收悉。经研究，现答复如下："


def test_a_replys_opening_words_are_learned_its_items_particulars_slots(tmp_path):
    """What distil keeps of a reply's opening: its words from the sentence naming the item to the transmittal (…现答复如下：),
    the reader, session and title slots — the title's 的建议 after its 》 inside the slot (61), the addressee and number a
    flattened page ran into it left (54)."""
    ws = shangyu_workspace(tmp_path)
    assert distil(tmp_path, ws, SHANGYU_58, "58.txt").source.opened == OPENED
    assert distil(tmp_path, ws, SHANGYU_61, "61.txt").source.opened == OPENED
    assert distil(tmp_path, ws, SHANGYU_54, "54.txt").source.opened == "{you}在{session}上提出的《{title}》悉，经研究，现答复如下："


def _draft(tmp_path, seeds: dict[str, str], *options: str):
    _, out = seeds_draft(tmp_path, shangyu_workspace(tmp_path), seeds, "35", TITLE, SUGGESTION, "--deputy", "胡九英", "--type", "B",
                         "--date", "2022-06-08", *options)
    return out, [p.text for p in docx.Document(str(out)).paragraphs]


def test_a_draft_opens_in_the_words_its_bureaus_replies_open_alike(tmp_path):
    """Two of the bureau's replies opening alike (58, 61; 39 says 悉): the draft opens in their words, the session named as
    given, no 该建议由我局主办 they never say (F3); its part one, the base holding no work on the matter, asks for the matter's
    present state instead of claiming work done (F1); its 发文字号, copied from a 2019 reply, says the 2021 one printed none (F8)."""
    out, paragraphs = _draft(tmp_path, {"58.txt": SHANGYU_58, "61.txt": SHANGYU_61, "39.txt": SHANGYU_39},
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
    _, paragraphs = _draft(tmp_path, {"58.txt": SHANGYU_58, "39.txt": SHANGYU_39})
    at = paragraphs.index("胡九英代表：") + 1
    assert paragraphs[at] == "您在【待补充：会议届次】上提出的《关于加强崧谢公路两侧绿化的建议》（第35号）已收悉。现将有关情况答复如下：", paragraphs


def _reply(n: int, opened: str | None, proposal: bool = False) -> SourceMeta:
    return SourceMeta(id=f"r{n}", path=f"seeds/{n}.txt", sha256="0" * 64, kind=REPLY, date=f"2024-0{n}-01", opened=opened,
                      proposal=proposal)


def test_an_opening_is_a_habit_of_two_replies_alike_saying_no_other_items_particulars():
    """One reply's opening is the habit only where it is the one reply to an item of the kind (h276: 保山's real reply opens as
    its one earlier reply to a proposal did), never two to the other kind of item naming it; two alike naming their co-handlers (重庆市科学技术局's 经与市教委共同研究办理, corpus
    02) or their session as printed are another item's; the host sentence is said as most replies' openings say it."""
    chongqing = "{you}提出的《{title}》（第{number}号）收悉。经与市教委共同研究办理，现将办理情况答复如下。"
    assert opening_words([_reply(1, OPENED)], False) == OPENED
    assert opening_words([_reply(1, OPENED), _reply(2, OPENED.replace("收悉", "已收悉"))], False) is None
    assert opening_words([_reply(1, OPENED)], True) is None
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
