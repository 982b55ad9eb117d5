"""General reading rules found on the pages held-out round 25 left misread (巴南区水利局's reply to suggestion 311,
广水市's 水利 reply on 太平镇区's flood works, 舒城县应急局's monthly table of its key work, 襄垣县民政局's half-year
summary, …).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document), in a
workspace of the page's own bureau, and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, unit_workspace


@pytest.fixture
def banan(tmp_path):
    """A workspace of 重庆市巴南区水利局."""
    return unit_workspace(tmp_path / "ws_bn", "重庆市巴南区水利局", "区水利局", "巴南区", "惠民街道, 南彭街道")


def test_the_kind_of_unit_worked_with_names_no_co_handler(tmp_path, banan):
    """巴南区水利局's reply to suggestion 311 (cqbn.gov.cn/zwgk_252/zfxxgkml/jytabl/rddbjytabl/202504/
    t20250428_14568132.html) says 经与您沟通、与协办单位共同商讨: its co-handlers were 经与您沟通 and 与."""
    text = ("重庆市巴南区水利局关于区十九届人大六次会议第311号代表建议办理情况的答复函\n巴南水利函〔2025〕26号\n黎柏麟代表:\n"
            "您提出的《关于对鱼溪河进行河道堤坝整治的建议》(第311号)收悉。经与您沟通、与协办单位共同商讨、接受各种方式的督办意见,"
            "形成该建议的办理共识和措施,并狠抓落实。现将有关情况答复如下。\n"
            "2025年4月8日,我局会同您本人商讨了鱼溪河河道治理事宜,并达成共识。\n")
    source = distil(tmp_path, banan, text, "311.txt").source
    assert source.co_handlers == []
    assert source.number == "巴南水利函〔2025〕26号" and source.deputy == "黎柏麟"


@pytest.fixture
def guangshui(tmp_path):
    """A workspace of 广水市水利和湖泊局 (太平镇 one of its towns)."""
    return unit_workspace(tmp_path / "ws_gs", "广水市水利和湖泊局", "市水利局", "广水市", "太平镇, 应山街道")


# 广水市's reply on 太平镇区's flood works (guangshui.gov.cn/jcxxgkpt/bmxxgk/sslhhbjs_16314/fdzdgknr_15747/qtzd_guangshui/
# jytabl_guangshui/202410/t20241024_1265514.shtml), its page's last lines the site's.
GUANGSHUI = ("杜建生等10名代表:\n您提出的关于“支持太平镇区防洪排涝工程”的建议收悉,现答复如下:\n"
             "鉴于每年主汛期遇暴雨时,上游杨门冲水库溢洪以及山地雨水在太平镇区汇集,由于下游河道泄洪能力不足导致镇区水淹,"
             "我局在编制应山河综合治理工程项目规划时,已将太平镇南街支沟作为支流纳入应山河综合治理工程实施内容范畴,"
             "2023年应山河综合治理工程项目已向省水利厅申报国债项目,受资金限制未通过审批。\n"
             "扫一扫在手机上查看当前页面\n您访问的链接即将离开“广水市人民政府”门户网站,是否继续?\n")


def test_a_towns_built_up_area_is_no_district(tmp_path, guangshui):
    """The reply answers 关于“支持太平镇区防洪排涝工程”的建议 (太平镇区, the town 太平镇's built-up area): the page's place
    was read as a district 太平镇区, and every fact as another place's (external)."""
    ff = distil(tmp_path, guangshui, GUANGSHUI, "gs.txt")
    assert ff.source.jurisdiction != "太平镇区"
    assert ff.facts and not any(f.external for f in ff.facts)
    assert all(f.jurisdiction != "太平镇区" for f in ff.facts)


def test_a_sites_notice_on_leaving_it_is_no_fact(tmp_path, guangshui):
    """The page closes on 您访问的链接即将离开“广水市人民政府”门户网站,是否继续? (the site's notice, its name in quotes): it
    was a fact of work done."""
    ff = distil(tmp_path, guangshui, GUANGSHUI, "gs.txt")
    assert not any("即将离开" in f.text for f in ff.facts)


@pytest.fixture
def shucheng(tmp_path):
    """A workspace of 舒城县应急管理局."""
    return unit_workspace(tmp_path / "ws_sc", "舒城县应急管理局", "县应急局", "舒城县", "万佛湖镇, 城关镇")


def test_an_items_number_before_a_months_date_keeps_the_month(tmp_path, shucheng):
    """舒城县应急局's table of December's key work (shucheng.gov.cn/public/6618011/37710221.html) numbers its cells
    1.10月18日下午,…演练…成功举行 and 2.11月28日印发《…》: 1.10 and 2.11 were read as sub-section numbers, the facts
    opening on 月18日 and 月28日."""
    text = ("舒城县应急局2024年《政府工作报告》12月份重点工作分解落实情况\n发表时间:2025-01-03 14:34来源:舒城县应急局\n"
            "1.10月18日下午,2024年度舒城县森林防灭火综合演练在万佛湖镇成功举行,联系融媒体中心开展森林防灭火宣传。\n"
            "2.11月28日印发《关于做好2024-2025年冬季低温雨雪冰冻灾害防范应对工作的通知》统计全县物资储备情况,"
            "印发《气象灾害防御提示》一份,提前预警。\n")
    texts = [f.text for f in distil(tmp_path, shucheng, text, "sc.txt").facts]
    assert any("10月18日下午" in t for t in texts) and any("11月28日印发" in t for t in texts), texts
    assert not any(t.startswith("月") for t in texts)


@pytest.fixture
def xiangyuan(tmp_path):
    """A workspace of 襄垣县民政局."""
    return unit_workspace(tmp_path / "ws_xy", "襄垣县民政局", "县民政局", "襄垣县", "古韩镇, 王桥镇")


def test_a_numbered_paragraph_ends_its_siblings_sections(tmp_path, xiangyuan):
    """襄垣县民政局's half-year summary (xiangyuan.gov.cn/xyzwgk/zfxxgk/bmxxgk/zfbm/mzj/mzjgkml/chnlj1251/chnlj1247/
    202508/t20250805_3074808.html) lists 2.上半年市级以上领导调研情况: / (2)调研时间:2025年4月2日 / … then
    3.上半年主动争取的…资金情况:2025年4月底已申报…(a numbered paragraph, no heading): its section was still 2.'s and (2)'s."""
    text = ("民政局2025年上半年工作总结和下半年工作计划\n一、主要工作情况\n(一)主要情况\n2.上半年市级以上领导调研情况:\n"
            "(2)调研时间:2025年4月2日\n调研内容:长治市民政局调研组调研养老服务体系建设工作。\n"
            "3.上半年主动争取的市级、省级、国家级资金情况:2025年4月底已申报中央彩票公益金1000万、中央预算内资金1000万,"
            "2025年第三批专项债券1300万,相关资料已提交,待批复。\n")
    fact = next(f for f in distil(tmp_path, xiangyuan, text, "xy.txt").facts if "彩票公益金" in f.text)
    assert fact.section == ["一、主要工作情况", "（一）主要情况"], fact.section
