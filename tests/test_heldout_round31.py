"""General reading rules found on held-out round 31 (pages the round-29 reading left misread).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test)
through the public path a user's ``drafter distill`` takes, in a workspace of the page's own bureau, and asserts on the
facts that come out.
"""

from __future__ import annotations


import pytest
from helpers import distil, unit_workspace



@pytest.fixture
def shuncheng(tmp_path):
    """A workspace of 抚顺市顺城区's sanitation centre."""
    return unit_workspace(tmp_path / "ws_顺城区", "抚顺市顺城区环境卫生管理中心", "环卫中心", "顺城区")


REPLY = ("关于区十八届人大一次会议第73号建议的答复\n王代表：\n您提出的建议收悉，现答复如下：\n{}\n2022年6月10日\n")


def test_work_done_after_a_promise_or_a_rule_followed_is_done(tmp_path, shuncheng):
    """顺城区环卫中心's reply 73 (fssc.gov.cn/ins.asp?i=7650&s=11607): "…建议，环卫中心将积极采纳。目前，在城东地区已经陆续建立
    围挡…" reports work done after its promise (it was a plan), and "现根据市主管部门的规划和工作要求，…从去年开始环卫中心已在…
    设置…，并且按计划在今年继续…" follows a rule (根据…要求，), no one's words announcing a plan (it was a plan)."""
    text = REPLY.format(
        "环卫中心主要负责辖区内主次干道垃圾桶、果皮箱及其它环卫设施的增设和维修养护等工作。现根据市主管部门的规划和工作要求，"
        "临江路、新城路等主要干道两侧禁止摆放垃圾滚简，在执行上级相关规划的同时考虑到市民投放生活垃圾的需求，"
        "从去年开始环卫中心已在主要干道两侧，每间隔30米设置一处路牌果皮箱，并且按计划在今年继续开展后续安装工作。\n"
        "代表提出的利用绿化带遮挡垃圾桶提高城市美观的建议，环卫中心将积极采纳。目前，在城东地区已经陆续建立围挡遮盖垃圾滚简，"
        "提高城市美观度。")
    kinds = {f.text[-12:]: f.kind for f in distil(tmp_path, shuncheng, text, "fssc73.txt").facts}
    assert kinds["按计划在今年继续开展后续安装工作。"[-12:]] == "done"
    assert kinds["遮盖垃圾滚简，提高城市美观度。"[-12:]] == "done"


@pytest.fixture
def sanya(tmp_path):
    """A workspace of 三亚市林业局."""
    return unit_workspace(tmp_path / "ws_三亚市", "三亚市林业局", "市林业局", "三亚市", "海棠区, 吉阳区, 天涯区, 崖州区")


def test_this_year_of_a_january_review_is_the_year_past_and_its_look_back_framing(tmp_path, sanya):
    """三亚市林业局's year in review of 2025-01-29 (lyj.sanya.gov.cn/lyjsite/ttxw/202502/2ea30ebd899f455fb67594d04f1b5f03.shtml):
    "这一年，我们…" was read as 2025 (it is 2024, the year reviewed), and its opening look back "瞻来路…我们回望这一年的收获…"
    as work done (it is framing)."""
    text = ("新岁新程 华章再启——2024，林业人这样走过！\n\n2025-01-29 19:39 三亚市林业局\n\n"
            "瞻来路，千里迢递皆为序章；近瞰眼前，万木葱茏尽展新象。站在时间的交汇点上，我们回望这一年的收获，造林护绿、修复生态、"
            "守护古树……林业工作亮点纷呈，留下了无数个熠熠生辉的瞬间。\n\n"
            "这一年，我们坚决扛起生态保护责任，整改落实工作取得实效。\n\n"
            "高效落实、全力以赴推动问题整改工作，取得阶段性成果，获得肯定。\n")
    facts = {f.text[:6]: f for f in distil(tmp_path, sanya, text, "sanya.txt").facts}
    assert facts["这一年，我们"].period.year == 2024
    assert "瞻来路，千里" not in facts or facts["瞻来路，千里"].kind == "context"


@pytest.fixture
def haikou(tmp_path):
    """A workspace of 海口市's forestry bureau."""
    return unit_workspace(tmp_path / "ws_海口市", "海口市园林和环境卫生管理局", "市园林环卫局", "海口市")


def test_a_quota_in_brackets_counts_the_quota(tmp_path, haikou):
    """海口's forestry year 2021 (haikou2021): "占省下达年度考核性指标（400公顷）的246.6%" counted 400公顷 as 绿化造林面积, a
    quota set from above counted as the area planted."""
    text = ("2021年海口市林业\n\n【植树造林】 2021年，海口市…科学推进造林绿化，提升林业生态建设。全年完成绿化造林面积986.41公顷，"
            "占省下达年度考核性指标（400公顷）的246.6%，占年度总任务（566.67公顷）的174.07%。\n")
    figures = {f.raw: f for fact in distil(tmp_path, haikou, text, "haikou2021.txt").facts for f in fact.figures}
    assert figures["986.41公顷"].counts == "绿化造林面积"
    assert "绿化造林" not in (figures["400公顷"].counts or "") and "指标" in (figures["400公顷"].counts or "")


@pytest.fixture
def nmg(tmp_path):
    """A workspace of a bureau of 内蒙古自治区."""
    return unit_workspace(tmp_path / "ws_内蒙古自治区", "内蒙古自治区农牧厅", "自治区农牧厅", "内蒙古自治区")


def test_a_verb_before_le_is_no_part_of_the_counted_noun(tmp_path, nmg):
    """A reply of 内蒙古's to suggestion 98 (nmg98): "从5个方面梳理了11条支持政策" counted 5个 as 方面梳理."""
    text = ("对自治区十四届人大二次会议\n第98号建议的答复\n孙旭东代表：\n"
            "二是强化政策支持。自治区农牧厅会同有关部门，从5个方面梳理了11条支持政策，推动草产业高质量发展。\n")
    figures = {f.raw: f for fact in distil(tmp_path, nmg, text, "nmg98.txt").facts for f in fact.figures}
    assert figures["5个"].counts == "方面"
