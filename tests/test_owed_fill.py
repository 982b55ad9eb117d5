"""What an ask's section still owes is looked for in the whole base, and another reply's words to
its own member are no plan of this one (issue 8: a clerk "应按建议的每个小项到多份材料中去找").

- the leave-one-out 1288 draft's 成果转化 section ended on 【待补充：建议所提技术转移、…】 while the
  base holds the 2025 reply's done fact 四是建设泉州技术转移转化数字化平台。落地国家技术转移东部中心
  泉州分中心…: one fact per ask had been kept (the one reporting a figure), the rest of the ask's
  points left owed;
- its 人才 section said 人才评价 only in passing (…入选人才自主评价试点单位) while the base holds the
  city's item led by it (二是深化科技人才评价改革。先后出台《…人才认定和团队评审及政策支持规定》…);
- a suggestion of this test's own (科技金融, 技术转移, 高企): the 科技金融 item kept three sentences
  and left out the one on 科技贷 that the ask names; 鲤城区's 推进技术合同认定登记 (the ask's very point)
  was no item because it says nothing of the ask's heading (技术转移); the 高企 ask was a bare
  placeholder while the base holds the city's items on 高新技术企业培育库 and 高企申报辅导;
- a fact naming a point only as a field in a list (新一代信息技术、高端装备制造、新材料等…领域, 覆盖新材料、
  智能装备等重点产业领域) or off the ask's matter (a 鲤城区 talent exchange naming 纺织鞋服 under a
  中试验证平台 ask) fills nothing;
- 岳阳 corpus document 17 (a 财政局 reply) promises its member ``您提出的将乡村振兴等项目资金切块…的
  建议，市财政将统筹…``: drafted again from a base holding it, part two offered that promise, to the
  new reader, as the bureau's next step.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import yaml
from click.testing import CliRunner
from helpers import CORPUS, REPO, needs_corpus, owed_by_section, sections

from drafter.cli import cli

YUEYANG = CORPUS / "17_yueyang_proposal_2022.txt"

YUEYANG_WS = {  # 岳阳市财政局's workspace, as its clerk would set it up
    "organisation": {"name": "岳阳市财政局", "short_name": "市财政局", "jurisdiction": "岳阳市",
                     "areas": ["华容县", "岳阳县", "平江县", "湘阴县", "汨罗市", "临湘市"]},
    "signatory": "某某某", "contact": "某某", "phone": "0730-0000000",
    "cc": {"suggestion": [["市人大常委会代表工委"]], "proposal": [["市政协提案委"]]},
}


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


@needs_corpus
def test_a_plan_answering_its_own_member_on_what_they_proposed_is_not_offered(tmp_path):
    root = tmp_path / "ws"
    root.mkdir()
    (root / "drafter.yaml").write_text(yaml.safe_dump(YUEYANG_WS, allow_unicode=True), "utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    run("-w", str(root), "distill", str(YUEYANG))
    facts = run("-w", str(root), "facts")
    assert "您提出的将乡村振兴等项目资金切块" in facts and "计划" in facts  # the base holds it, as a plan
    out = tmp_path / "d.docx"
    run("-w", str(root), "draft", "61", "关于打造百亿芦桑食用菌绿色产业的建议", "--proposal", "--deputy", "某某",
        "--date", "2022-08-01", "-o", str(out))
    paragraphs = texts(out)
    two = paragraphs[next(k for k, p in enumerate(paragraphs) if p.startswith("二、")):]
    assert not any("您提出的" in p or "市财政将统筹" in p for p in two), two
    assert any(re.search(r"【待补充：[^】]*下一步", p) for p in two), two  # its placeholder instead


def test_a_point_a_section_still_owes_is_filled_from_another_fact_of_the_base(loo, loo_draft):
    found = sections(docx.Document(loo_draft))
    transfer = next(ps for h, ps in found.items() if "成果转化" in h)
    text = "".join(transfer)
    base = run("-w", str(loo), "facts", "技术转移转化数字化平台")
    assert "已做" in base and "泉州市" in base  # the city's done fact on the point, in the base
    assert "落地国家技术转移东部中心泉州分中心" in text, transfer
    assert transfer[0].startswith("一是") and transfer[1].startswith("二是"), transfer  # an item of its own
    owed = next(o for h, o in owed_by_section(loo_draft).items() if "成果转化" in h)
    assert "技术转移" not in owed, owed  # the point is no longer owed
    assert "技术交易" in owed, owed  # the point no fact says still is (named on the heading)
    assert sum(p.count("技术转移东部中心泉州分中心") for ps in found.values() for p in ps) == 1


def test_a_point_said_only_in_passing_gets_the_item_led_by_it(loo_draft):
    found = sections(docx.Document(loo_draft))
    talent = next(ps for h, ps in found.items() if "人才" in h)
    assert len(talent) == 2 and "人才自主评价" in talent[0], talent  # said in passing by the first item
    assert talent[1].startswith("二是深化科技人才评价改革。先后出台《泉州市高层次人才认定和团队评审及政策支持规定》")
    first = talent[1].split("【")[0]
    assert len(re.findall(r"。", first)) == 2, first  # its lead and the one sentence after it, what the lead names
    owed = next(o for h, o in owed_by_section(loo_draft).items() if "人才" in h)  # what no fact says: on the heading
    assert "复合型人才" in owed, owed


def test_a_field_listed_or_a_fact_off_the_asks_matter_fills_nothing(seeded_root, tmp_path):
    """1350 (中试验证平台, 围绕纺织鞋服、机械装备、新材料等产业): the base names 新材料 in lists of fields
    (揭榜挂帅's 战略性新兴产业领域, 博士后工作站 覆盖新材料、智能装备等重点产业领域) and 纺织鞋服 in a
    鲤城区 talent exchange — none is an item of the 中试验证 section, and the fields stay owed."""
    out = tmp_path / "1350.docx"
    run("-w", str(seeded_root), "draft", "1350", "关于加快中试验证平台建设促进科技成果就地转化的建议",
        "--deputy", "陈某某", "--session", "市十七届人大五次会议", "--type", "B", "--date", "2026-05-20",
        "--text", str(REPO / "examples" / "1350建议.txt"), "-o", str(out))
    found = sections(docx.Document(str(out)))
    pilot = "".join(next(ps for h, ps in found.items() if "中试验证" in h))
    for stray in ("揭榜挂帅", "博士后", "人才交流"):
        assert stray not in pilot, pilot
    owed = next(o for h, o in owed_by_section(out).items() if "中试验证" in h)
    assert "纺织鞋服" in owed and "新材料" in owed, owed


def test_a_points_key_words_are_its_particular_words_not_seams_of_prose(seeded_root):
    """``key_words`` read 发挥科 and 技贷作用 in 发挥科技贷作用 (seams with 发挥 and 作用, half in each):
    a section saying 科技贷 still owed the point. Now a run's edge half in a word of official prose
    goes, and a run too short alone takes in the common word it half overlaps (科技贷)."""
    from drafter.compose.asks import parse_asks
    from drafter.compose.select import GENERIC, point_key_words, prime_asks, specific_bigram
    from drafter.facts.index import FactIndex
    from drafter.workspace import load_workspace

    index = FactIndex.load(load_workspace(seeded_root))
    specific = specific_bigram(index)

    def keys(point: str) -> list[str]:
        return point_key_words(point, specific)

    assert keys("发挥科技贷、产业基金作用") == ["科技贷", "产业基金"]
    for point in ("加大技术交易和成果转化的政策支持", "推动平台与产业集群精准对接", "加大知识产权维权援助力度"):
        assert not any(k[:2] in GENERIC or k[-2:] in GENERIC for k in keys(point)), keys(point)
    assert "服务保障" in keys("完善人才评价和服务保障")  # 保障 alone is too short: with 服务 before it
    assert keys("发挥科技贷作用") == ["科技贷"]
    ask = parse_asks("一、加大科技金融支持。发挥科技贷作用，支持成果转化项目融资。\n二、建设平台。", "关于X的建议")[0]
    prime_asks([ask], index)
    assert ask.point_keys["发挥科技贷作用"] == ["科技贷"]
    assert "发挥科技贷作用" not in ask.owed("推动科技企业享受“科技贷”政策性贷款，183家科技企业获得放款。")
    assert "发挥科技贷作用" in ask.owed("引导金融资源与科技资源深度对接。")


OWN = """关于加强科技金融和技术转移服务的建议

为此建议：
一、加大科技金融支持力度。发挥科技贷、天使投资基金作用，搭建投融资对接平台。
二、完善技术转移服务体系。建设技术转移转化数字化平台，培育技术经纪人，推进技术合同认定登记。
三、壮大高新技术企业群体。完善高企培育库，加强高企申报辅导，落实高企奖补政策。
"""


def test_each_point_is_looked_for_sentence_by_sentence_and_fact_by_fact(loo, tmp_path):
    source = tmp_path / "9100建议.txt"
    source.write_text(OWN, "utf-8")
    out = tmp_path / "9100.docx"
    run("-w", str(loo), "draft", "9100", OWN.splitlines()[0], "--deputy", "某某", "--date", "2026-05-20",
        "--text", str(source), "-o", str(out))
    found = sections(docx.Document(str(out)))
    finance, transfer, firms = (next(ps for h, ps in found.items() if w in h) for w in ("金融", "技术转移", "高新"))
    # the item's own sentence on 科技贷, left out before, is back; the point is no longer owed
    assert "183家科技企业获得“科技贷”放款" in "".join(finance), finance
    owed = owed_by_section(out)
    assert not any("科技贷" in o for h, o in owed.items() if "金融" in h), owed
    # the district's result on the ask's point, after the city's item, its place named; what is still owed on the heading
    assert len(transfer) == 2 and "数字化平台" in transfer[0], transfer
    assert transfer[1].startswith("二是鲤城区推进技术合同认定登记") and "鲤城区认定登记技术总金额" in transfer[1]
    assert next(o for h, o in owed.items() if "技术转移" in h) and "推进技术合同认定登记" not in "".join(owed.values())
    # an ask no fact answered whole gets the city's facts on its points
    assert [p.split("。")[0] for p in firms if not re.match(r"[一二三四]是【", p)] == ["一是强化创新体系培育",
                                                                                "二是强化培训辅导提升"], firms
    assert "高新技术企业培育库" in firms[0] and "高企申报辅导" in firms[1]
    assert not any("鲤城" in p for p in firms)


def test_a_general_lead_to_the_reader_is_no_answer_on_what_they_proposed(seeded_root):
    """The real 1288 reply's lead to its plans (根据您的建议，下一步我局将…) names nothing the deputy
    proposed: the plans after it stay the bureau's (and it is a lead-in anyway)."""
    from drafter.compose.select import answers_reader

    facts = run("-w", str(seeded_root), "facts", "根据您的建议")
    lead = next(line.strip() for line in facts.splitlines() if line.strip().startswith("根据您的建议"))
    assert not answers_reader(lead)
    assert answers_reader("您提出的将乡村振兴等项目资金切块，重点扶持芦桑食用菌产业发展的建议，市财政将统筹涉农资金。")
