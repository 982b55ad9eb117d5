"""hd25c (益阳市民政局, a bureau drafter never saw): a page's credit line (编辑：redcloud) is no fact; a part of a span's total (其中用于…4531.61万元 of 2022-2024年's
42850.24万元) takes no year of its own; the figure counting the title's matter (农村公益性公墓88个) stands in a reply on it
under whichever ask; a county's figures offered in a placeholder's comment name the county and say they are not the city's."""

from __future__ import annotations

import re

from helpers import page_draft, part_one, unit_workspace

from drafter.docx.read import read_draft

AREAS = "资阳区, 赫山区, 南县, 桃江县, 安化县, 沅江市"

# 益阳市民政局's reply to 战东威代表 (2025), its opening and 基本情况 as the page has them (its file named by the date).
REPLY = """尊敬的战东威代表:
您提出的《关于支持农村公益性公墓建设的建议》已收悉,现答复如下:
一、基本情况
全市殡葬改革工作聚焦重点领域、紧盯薄弱区域抓整治,又围绕“逝、殡、葬、祭”各环节,持续推进各项改革。通过两年努力,农村火化改革成果进一步巩固,乡镇农村公益性公墓实现区域全覆盖,建成一批具有示范效应的村级节地生态安葬设施,“三沿六区”散埋乱葬和修建硬化大墓、豪华墓、“活人墓”现象得到有效遏制,节地生态安葬率达到100%;殡葬服务更加优化,殡葬管理更加规范;丧事大操大办、厚葬薄养等丧葬陋习得到有效治理,孝亲敬老、厚养薄葬、丧事简办、文明礼葬等文明新风尚更加浓厚,农村乡风文明显著提升。各级财政部门强化资金保障,2022-2024年,我市累计在殡葬领域各级财政共投入资金42850.24万元。其中用于惠民殡葬政策和节地生态安葬资金4531.61万元,用于殡葬设施建设和设备购置资金34512.89万元,支持公益性公墓建设及改造提升。目前,全市已建有农村公益性公墓88个,基本实现了全覆盖。
"""
CEMETERIES = "关于加强农村公益性公墓管理的建议\n一、提高火化率，推行节地生态安葬。\n二、加强殡葬政策宣传，推进移风易俗。\n"

# 沅江市民政局's 2025 上半年 summary (a county-level city under 益阳), its opening and the paragraphs on 低保 (the page
# cut off, as the store gave it, in the titles naming 沅江市).
YUANJIANG = """2025年全市民政工作坚持以习近平新时代中国特色社会主义思想为指导,紧紧围绕市委、市政府决策部署,以救助、养老、殡葬、慈善四大领域专项整治为抓手,聚焦民生痛点、堵点问题,努力推动全市民政事业创新突破、高质量发展。现将2025年上半年工作开展情况和下半年工作初步计划汇报如下:
一、2025年工作总结
(二)民生保障精准有力
一是提高社会救助保障水平。自2025年1月起,城乡低保标准分别提高到740元/月、485元/月;城乡特困人员基本生活费分别提高到962元/月、631元/月,提标资金落实到位。
二是强化低收入人口动态监测。重点对边缘易致贫户、突发严重困难户、脱贫不稳定户进行监测预警,及时将符合条件的对象纳入救助范围。截至目前,城市低保新申请及复查发起核对3066人次;农村低保新申请及复查7820人次;城市特困177人次;农村特困1392人次;低保边缘家庭人员347人次;临时救助3252人次。
三是积极开展整治社会救助不到位问题专项行动。成立工作专班,制定专项实施方案,全面开展自查自纠和问题整治,发现问题17个,移交线索2条,完善制度2项,返还群众资金30.376万元。为进一步提升整治质效,草拟《关于构建沅江市社会大救助平台工作方案》《沅江市社会大救助联席会议工
"""
STANDARDS = "关于提高城乡低保标准的建议\n一、提高城乡低保标准和特困人员基本生活费。\n二、加强低收入人口动态监测，做到应保尽保。\n"


def _yiyang(tmp_path):
    return unit_workspace(tmp_path / "ws", "益阳市民政局", "市民政局", "益阳市", AREAS)


def test_a_part_of_a_spans_total_takes_no_year_and_the_titles_count_stands(tmp_path):
    """Drafted a year later from the reply, the draft wrote 2022年，其中用于…4531.61万元: a wrong year (the parts are the
    2022-2024 total's) and no Chinese; and it left out 全市已建有农村公益性公墓88个 in a reply on 公益性公墓管理, the
    first figure a clerk looks for, as no word of the ask 提高火化率 under which the paragraph stood."""
    _, document = page_draft(tmp_path, _yiyang(tmp_path), REPLY, CEMETERIES, "5", "关于加强农村公益性公墓管理的建议",
                             "--date", "2026-06-20", name="2025-07-15_公墓答复.txt")
    said = "\n".join(part_one(document))
    assert "4531.61万元" in said and "42850.24万元" in said
    assert not re.search(r"\d{4}年，其中", said)
    assert re.search(r"。其中用于惠民殡葬政策", said)  # the part stays joined to its whole, as the reply wrote it
    assert "农村公益性公墓88个" in said
    # the period flag stands before its figure's clause, not before 建成一批…设施 two clauses ahead of it; and the clause
    # cut keeps a ；-part whole (殡葬服务更加优化。 was cut from 殡葬服务更加优化，殡葬管理更加规范；…)
    assert "有效遏制，【待更新：统计期】，节地生态安葬率达到100%" in said
    assert "殡葬服务更加优化。" not in said


def test_a_countys_figures_in_a_placeholders_comment_name_the_county(tmp_path):
    """A placeholder's comment offered 沅江市's 740元/月、485元/月 under the source's label alone (2025年工作报告) and
    said 属于本单位工作的，请核实后补写: a city clerk would paste a county's standards as the city's. They are written
    only as an example with the place named, after a placeholder for the city's own (the README's rule; h258, hd48c F1:
    an area's result an ask found alone stands so, where it stood in a comment), never as the city's."""
    _, _ = page_draft(tmp_path, _yiyang(tmp_path), YUANJIANG, STANDARDS, "3", "关于提高城乡低保标准的建议",
                      "--date", "2025-07-15", name="03_沅江市民政局2025年上半年工作总结.txt")
    paragraphs = read_draft(tmp_path / "draft.docx")
    said = [p.text for p in paragraphs]
    county = next(k for k, p in enumerate(said) if "740元/月" in p)
    assert said[county].startswith("二是沅江市") and said[county - 1].startswith("一是【待补充：全市提高城乡低保标准"), said
    assert any("只有沅江市的情况" in c and "写明了地名" in c for c in paragraphs[county - 1].comments)


def test_the_bureaus_own_reply_of_no_letterhead_is_of_its_place(tmp_path):
    """The bureau's reply, its letterhead cut off (no issuer, no place named: 我市, 全市, 以县市区为单位), was filed of no
    place though it names the bureau by its short name (感谢您对市民政局殡葬改革工作的关注); it is the workspace's place's.
    The same reply naming a city that is not the workspace's own is not."""
    from helpers import distil

    thanks = "首先,感谢您对市民政局殡葬改革工作的关注,针对您的提案我们高度重视并进行了深入研究和讨论。\n"
    plan = "以县市区为单位,编制殡葬服务设施用地规划、殡葬服务设施布局规划。\n"
    head, body = REPLY.split("一、基本情况\n")
    ws = _yiyang(tmp_path)
    own = distil(tmp_path, ws, head + thanks + "一、基本情况\n" + body + plan, "2025-07-15_公墓答复.txt")
    assert own.source.jurisdiction == "益阳市" and {f.jurisdiction for f in own.facts} == {"益阳市"}
    other = distil(tmp_path, ws, head + thanks.replace("关注", "关注,常德市") + "一、基本情况\n" + body, "2025-07-15_其他.txt")
    assert other.source.jurisdiction != "益阳市"


def test_a_half_year_summarys_results_are_the_halfs_and_a_town_and_country_standard_each_its_own(tmp_path):
    """沅江's summary opens 现将2025年上半年工作开展情况…汇报如下, its results under 一、2025年工作总结: its 截至目前…3066人次 were
    filed as 2025's, no half named, and a draft would give them as the year's. And 城乡低保标准分别提高到740元/月、485元/月
    counted nothing: the town's standard, then the country's."""
    from helpers import distil

    read = distil(tmp_path, _yiyang(tmp_path), YUANJIANG, "03_沅江市民政局2025年上半年工作总结.txt")
    checks = next(f for f in read.facts if any(g.raw == "3066人次" for g in f.figures))
    assert (checks.period.year, checks.period.part) == (2025, "上半年")
    standards = next(f for f in read.facts if any(g.raw == "740元/月" for g in f.figures))
    assert standards.period.part is None  # (自2025年1月起: the standards are the year's from January)
    counts = {g.raw: g.counts for g in standards.figures}
    assert counts == {"740元/月": "城镇低保标准", "485元/月": "农村低保标准", "962元/月": "城镇特困人员基本生活费",
                      "631元/月": "农村特困人员基本生活费"}


# 益阳民盟经济支部's news item on its visit to the bureau, its last lines as the page has them (its credit line kept).
VISIT = """吴宏斌、曾水平充分肯定了市民政局的工作成绩,对民政局在改善民生、保护弱势群体方面所做的工作表示赞赏,要求民政部门严把低保政策关努力扩大低保覆盖面,深入开展殡葬改革,不断提高服务质量,切实减轻群众殡葬负担。(益阳民盟经济支部:陶莉莎)
编辑:redcloud
"""


def test_a_pages_editor_line_is_no_fact(tmp_path):
    """编辑：redcloud, the page's credit line, was filed as a fact (kind context) beside the item's text."""
    from helpers import distil

    read = distil(tmp_path, _yiyang(tmp_path), VISIT, "01_民盟益阳市委视察市民政局.txt")
    texts = [f.text for f in read.facts]
    assert any("殡葬改革" in t for t in texts) and not any("redcloud" in t or t.startswith("编辑") for t in texts)
