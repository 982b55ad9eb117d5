"""h294: findings of held-out tester hd55b (清原满族自治县住房和城乡建设局, its one reply: 政协134号提案 on 县城广场公厕, posted
时间:2023年1月9日, signed 二〇二二年八月三十日) and hd55a (文山州民政局's closing singling out 殡葬改革).
"""

from __future__ import annotations

import docx
from helpers import distil, seeds_draft, unit_workspace

from drafter.compose.handling import closing_spans

# The page as the site prints it (seeds/2023-01-09_政协134号提案公厕答复.txt of hd55b): address, opening, body and closing on one line.
QINGYUAN = ("清原满族自治县住房和城乡建设局", "县住建局", "清原满族自治县")
PAGE = ("2022年清原满族自治县八届政协第一次会议《关于加强县城广场公厕设施建设,努力让群众休闲方便的建议》(134号)的答复\n"
        "浏览:28117次'时间:2023年1月9日\n"
        "对县八届政协一次会议 第134号提案的答复 张阳委员: 您提出的《关于加强县城广场公厕设施建设,努力让群众休闲方便的建议》收悉,"
        "首先感谢您对清原县城美化、优化的一些建议,感谢您对住建系统工作的关注,也感谢您提出的这个建议,我局针对此件,召开专题会议研究落实,"
        "现将具体已办情况答复如下: 委员提出的建议很好,住建局高度重视。已列入今年县城公厕新建、改造项目中,计划投资约23.9万元,在高中与三中"
        "交界处、夜市源中园、北山观光路、天桥公园新建公厕各一个;投资5.5万元粉刷原有水洗公厕11个,旱厕14个;维修人民银行南侧公厕1个。"
        "目前天桥公园公厕已完工,剩余工程我局正在办理建设工程前期审批,计划近期开工。以从根本上解决困扰市民健身场所如厕难的问题,方便百姓出行,"
        "努力补齐影响群众休闲健身生活品质的短板。 衷心感谢您对城市建设工作的关心和支持,并欢迎今后提出更多宝贵意见。\n"
        "承办单位:清原满族自治县住房和城乡建设局 单位负责人: 二〇二二年八月三十日\n"
        "抄送:县政协提案与人口环境委、县政府办公室 |\n")
TITLE = "关于加强县城小区基础设施建设的建议"
SUGGESTION = f"{TITLE}\n\n领衔代表：高松\n\n建议：加强县城小区基础设施建设，将清华丽园小区、兴隆小区等基础设施老化的县城小区纳入老旧小区改造范围，加快实施改造。\n"


def test_a_reply_signed_in_chinese_numerals_is_dated_so_not_by_its_page(tmp_path):
    """The signature's 二〇二二年八月三十日 (after 单位负责人：) dates the reply, not the page's 时间:2023年1月9日: its 今年 is 2022."""
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *QINGYUAN), PAGE, "2023-01-09_政协134号提案公厕答复.txt")
    assert ff.source.date == "2022-08-30"
    plan = next(f for f in ff.facts if "已列入今年县城公厕" in f.text)
    assert plan.period.year == 2022


def test_a_title_and_member_run_into_the_opening_make_a_proposal_and_its_thanks_the_closing_alone(tmp_path):
    """…第134号提案的答复 张阳委员：您提出的… names the member (a proposal); the closing's thanks is its last sentence alone."""
    source = distil(tmp_path, unit_workspace(tmp_path / "ws", *QINGYUAN), PAGE).source
    assert (source.proposal, source.deputy) == (True, "张阳")
    assert source.thanks == "衷心感谢您对城市建设工作的关心和支持，并欢迎今后提出更多宝贵意见。"


def _qingyuan(tmp_path, number: str, title: str, *options: str) -> list[str]:
    ws = unit_workspace(tmp_path / "ws", *QINGYUAN)
    _, out = seeds_draft(tmp_path, ws, {"2023-01-09_政协134号提案公厕答复.txt": PAGE}, number, title, SUGGESTION, "--type", "B",
                         "--date", "2023-06-26", *options)
    return [p.text for p in docx.Document(str(out)).paragraphs]


def test_the_one_replys_closing_and_no_handling_of_its_item(tmp_path):
    """A suggestion's draft closes on the bureau's one reply's thanks, and says nothing of that item's handling (针对此件，
    召开专题会议研究落实), nor of its matter (清原县城美化)."""
    texts = _qingyuan(tmp_path, "72", TITLE, "--deputy", "高松", "--session", "县八届人大二次会议")
    assert "衷心感谢您对城市建设工作的关心和支持，并欢迎今后提出更多宝贵意见。" in texts, texts
    assert not any("针对此件" in t or "专题会议" in t or "美化" in t for t in texts), texts


def test_the_one_replys_opening_without_its_items_own_clauses(tmp_path):
    """A proposal's draft opens as the bureau's one reply to a proposal does, without its 首先感谢您对清原县城美化、优化的一些建议
    and 我局针对此件，召开专题会议研究落实 (that item's)."""
    title = "关于加强县城小区基础设施建设的提案"
    texts = _qingyuan(tmp_path, "135", title, "--deputy", "张某", "--session", "县八届政协二次会议", "--proposal")
    assert (f"您提出的《{title}》收悉，感谢您对住建系统工作的关注，也感谢您提出的这个建议，现将具体已办情况答复如下：") in texts, texts


def test_a_closing_singling_out_its_items_matter_thanks_for_the_work_alone():
    """hd55a: 文山州民政局's 最后，衷心感谢你们对民政工作，特别是对殡葬改革工作的关心与支持。 thanks for 民政工作 in another draft."""
    spans = closing_spans("最后，衷心感谢你们对民政工作，特别是对殡葬改革工作的关心与支持。祝你们工作顺利，万事如意！", "您", "某答复")
    assert "".join(s.text for s in spans) == "最后，衷心感谢您对民政工作的关心与支持。祝您工作顺利，万事如意！"
