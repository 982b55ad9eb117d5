"""Drafts for another bureau, second round: 重庆市巴南区水利局, a district's water bureau (issue 8:
the rules must hold for places and kinds of bureau the team never tuned on).

Five of its published documents were gathered (its replies to 区政协十五届二次会议第147号提案, to
区十九届人大四次会议第315号 and 区十九届人大六次会议第311号、第124号建议, and an excerpt of the
district's water plan to 2025); a workspace for the bureau distilled all but the 124 reply and drafted
124 (关于对石滩镇梯子口水库进行维修整治的建议, 李强) from its number, title, deputy and session, dated
a few days after the real reply, as a clerk does who has only the title. What a clerk found there:

- the draft worked 围绕对石滩镇梯子口水库进行维修整治 (the title's 对…进行… kept with its preposition)
  where a clerk writes 围绕石滩镇梯子口水库维修整治;
- the 315 reply's sign-off (此答复函已经蒋文局长审签，对以上答复您有什么意见，请填写…回执…) was distilled
  as a fact of work done, a sentence a draft could quote as the bureau's result;
- the district's water plan, which names its place only short (实施巴南城市供水…, 巴南全区), was of no
  place: its facts were not the bureau's own, and no draft on its matters used them;
- read as the bureau's, that plan's target (到2025年，新增日供水能力5万立方米，农村自来水普及率达到92%)
  stood in part one of a June 2025 draft as work done, a figure not yet reached reported as reached;
- a suggestion on 春龙水库 drafted from the 147 reply (a page that gives no date) opened part one with a
  meeting of one day (5月10日，区人大封洪华副主任组织召开了春龙水库五方会商…) as its overview;
- that reply's account of how it handled its own item (接到《关于接龙镇春龙村新建高位水库的建议》（第147号）后，
  我局高度重视，及时与提案委员进行了充分沟通…) stood as a result in another deputy's reply;
- the page stops mid-clause, and the draft ended that one-sentence paragraph on its cut word
  (…多渠道筹集资金启动该。);
- its days without a year (6月9日, 6月29日, 6月1日) stood in the draft as days of the draft's own year,
  where the source gives no year at all (the year to check is now on the page, 6月9日【待核实：年份】) or
  gives another (2023年6月9日 in a 2024 draft, its comment quoting the source);
- the 311 reply's points under its heads 1.实施治理的必要性 and 2.实施治理面临的困难 were results: a draft on
  鱼溪河 listed 二是因历史原因，…鱼溪河河道治理确有必要 as work done, and made the difficulty a section
  of results, （二）实施治理面临的困难, with 【待更新：截至2025年】 before its 因流域面积小于200平方公里 (a
  criterion's bound, no count to update) and, in part two, （二）持续实施治理面临的困难;
- the plan excerpt, a page without title, number or issuer, was cited in the comments by the base's id
  (undated-work_report-68ebd6b7 · 第1段), a name the clerk never gave it;
- a suggestion on 丰盛镇's drinking water got none of the 315 reply's work on it (踏勘摸底…拟规划实施丰盛镇
  油房村饮水工程和丰盛供水站扩网连通工程): the paragraph opens 就您提及的建议我局…, and a fact speaking to its
  own deputy was left out whole, though 您提及的建议 names only the occasion; with it kept, that reply's
  由于近年来区级财政压力大，…，一是我局多渠道争取各级专项资金，拟… (a paragraph counting its measures)
  opened part one as its overview;
- the 124 reply's points were all results in a 2026 draft on 梯子口水库: what a vice head of the district
  directed (李萍副区长作出以下主要指示：一是加快推进梯子口水库维修整治工程，保证水库正常发挥效益；…), the views
  agreed under (一)形成的共识情况 (二是因梯子口水库蓄水量不足，需通过其他手段…) and the measures it intended
  under (二)拟采取的办理落实措施情况 (推进梯子口水库维修整治工程，纳入2025年小型水库维修养护项目…), a plan of
  2025 reported as done;
- 按照目前的政策 became 按照【待更新：截至2023年7月】，的政策: 目前 before 的 says what stood then, no
  date of a figure;

The fixtures (tests/fixtures/other/banan_*) are the pages' texts as published, cut to what a test needs.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import docx
import yaml
from click.testing import CliRunner
from helpers import REPO, base_facts, part_two_items

from drafter.cli import cli
from drafter.docx.read import read_draft
from drafter.compose.sentences import is_term

OTHER = REPO / "tests" / "fixtures" / "other"
REPLY_315 = OTHER / "banan_slj_reply_315_2024.txt"
PLAN = OTHER / "banan_water_plan_excerpt.txt"
REPLY_124 = OTHER / "banan_slj_reply_124_2025.txt"
PROPOSAL_147 = OTHER / "banan_slj_proposal_147_nd.txt"  # as published: no date on the page
FOUR = (PROPOSAL_147, REPLY_124, REPLY_315, PLAN)  # the base the clerk drafted from (the 311 reply left out)

BANAN = """\
organisation:
  name: 重庆市巴南区水利局
  short_name: 区水利局
  jurisdiction: 巴南区
signatory: 某某某
contact: 某某
phone: 023-00000000
cc:
  suggestion:
    - [区人大常委会人代工委]
    - [区政府督查室]
"""


def banan(root: Path, *sources: Path) -> Path:
    """A workspace of 重庆市巴南区水利局 at ``root`` (its drafter.yaml, the repository's templates)
    with ``sources`` distilled."""
    root.mkdir()
    (root / "drafter.yaml").write_text(BANAN, "utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    if sources:
        result = CliRunner().invoke(cli, ["-w", str(root), "distill", *map(str, sources)])
        assert result.exit_code == 0, result.output
    return root


def drafted(root: Path, tmp_path: Path, number: str, title: str, deputy: str, session: str, date: str) -> Path:
    """Suggestion ``number`` drafted in ``root`` from its title alone, as a clerk does; the draft's file."""
    out = tmp_path / f"{number}.docx"
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", number, title, "--deputy", deputy, "--session", session, "--date", date, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def paragraphs(path: Path) -> list[str]:
    """A draft's paragraphs, in order."""
    return [p.text for p in docx.Document(str(path)).paragraphs]


def draft_124(root: Path, tmp_path: Path) -> list[str]:
    """Suggestion 124 drafted in ``root`` from its title alone, dated four days after the real reply;
    the draft's paragraphs."""
    return paragraphs(drafted(root, tmp_path, "124", "关于对石滩镇梯子口水库进行维修整治的建议", "李强",
                              "区十九届人大六次会议", "2025-05-13"))


def draft_201(root: Path, tmp_path: Path) -> Path:
    """A suggestion on rural water supply, the matter of the district's plan, drafted in June 2025."""
    return drafted(root, tmp_path, "201", "关于加快推进农村供水保障工程建设的建议", "张某", "区十九届人大六次会议",
                   "2025-06-10")


def test_a_title_saying_what_is_done_to_a_thing_is_worked_on_as_that_thing_and_that_work(tmp_path):
    """关于对石滩镇梯子口水库进行维修整治的建议: works at one site (the reservoir), said as what is done to it
    (关于您所提石滩镇梯子口水库维修整治) in part one and as the site in part two — never 对…进行…."""
    text = "\n".join(draft_124(banan(tmp_path / "ws"), tmp_path))
    assert "关于您所提石滩镇梯子口水库维修整治，【待补充：该处的现状" in text, text
    assert "下一步，我局将【待补充：对石滩镇梯子口水库的具体安排" in text, text
    assert "对石滩镇梯子口水库进行" not in text.split("答复如下", 1)[1], text


def test_a_replys_sign_off_is_no_fact(tmp_path):
    """此答复函已经蒋文局长审签，对以上答复您有什么意见，请填写《…回执》… closes the letter: who signed it and
    how the deputy answers; the facts of the 315 reply are its work on 丰盛镇's water supply only."""
    root = banan(tmp_path / "ws", REPLY_315)
    texts = [f["text"] for f in base_facts(root)]
    assert texts and any("丰盛供水站扩网连通工程" in t for t in texts), texts
    assert not [t for t in texts if "审签" in t or "回执" in t], texts


def test_a_text_naming_its_place_short_and_whole_is_of_that_place(tmp_path):
    """The plan excerpt says 巴南 three times and 巴南全区 once, never 巴南区: it is of 巴南区, and its
    facts are the bureau's own."""
    root = banan(tmp_path / "ws", PLAN)
    source = yaml.safe_load(next((root / "facts").glob("*.yaml")).read_text("utf-8"))
    assert source["source"]["jurisdiction"] == "巴南区", source["source"]
    assert all(f["jurisdiction"] == "巴南区" and not f.get("external") for f in source["facts"]), source["facts"]


def test_a_target_to_reach_is_a_plan_never_a_result(tmp_path):
    """到2025年，…农村自来水普及率达到92% is what the plan aims at: a draft of June 2025 on rural water
    supply (from the four documents the clerk had, the plan among them) reports it nowhere in part one: it
    is a next step."""
    root = banan(tmp_path / "ws", *FOUR)
    kinds = {f["text"]: f["kind"] for f in base_facts(root)}
    aimed = [t for t in kinds if "普及率达到92%" in t]
    assert aimed and all(kinds[t] == "plan" for t in aimed), kinds
    text = "\n".join(paragraphs(draft_201(root, tmp_path)))
    part_one, part_two = text.split("一、基本情况", 1)[1].split("二、下一步工作计划", 1)
    assert "92%" not in part_one, part_one
    assert "农村自来水普及率达到92%" in part_two, part_two


def draft_reservoir(root: Path, tmp_path: Path, date: str = "2024-06-10") -> list[str]:
    """A suggestion on the reservoir the 147 proposal asked for, drafted in ``root`` from its title alone;
    the paragraphs of its part one."""
    said = paragraphs(drafted(root, tmp_path, "88", "关于加快推进春龙水库建设的建议", "王某", "区十九届人大四次会议", date))
    return said[said.index("一、基本情况") + 1: said.index("二、下一步工作计划")]


def test_a_meeting_of_one_day_is_no_overview_of_the_work(tmp_path):
    """5月10日，区人大…组织召开了春龙水库五方会商，强调… is an event, and another unit's: part one opens
    with the bureau's own overview (近年来，我局…), the 147 reply's items under it (the base of four documents
    in which a clerk found it)."""
    part_one = draft_reservoir(banan(tmp_path / "ws", *FOUR), tmp_path)
    assert part_one[0].startswith("近年来，我局"), part_one
    assert any("春龙水库" in p for p in part_one[1:]), part_one


def test_how_another_item_was_handled_is_no_result(tmp_path):
    """接到《关于接龙镇春龙村新建高位水库的建议》（第147号）后，我局…与提案委员…沟通 tells how the 147 proposal
    was handled: context of that reply, in no other deputy's."""
    root = banan(tmp_path / "ws", PROPOSAL_147)
    kinds = {f["text"]: f["kind"] for f in base_facts(root)}
    handled = [t for t in kinds if t.startswith("接到《")]
    assert handled and all(kinds[t] == "context" for t in handled), kinds
    text = "\n".join(draft_reservoir(root, tmp_path))
    assert "提案委员" not in text and "第147号" not in text, text


def test_a_paragraph_the_page_cut_mid_clause_is_not_ended_on_its_cut_word(tmp_path):
    """The 147 page stops at …多渠道筹集资金启动该: the draft keeps that sentence's whole clauses, ended
    (…调整红线内永久基本农田。), never …启动该。"""
    text = "\n".join(draft_reservoir(banan(tmp_path / "ws", PROPOSAL_147), tmp_path))
    assert "调整红线内永久基本农田。" in text, text
    assert "启动该" not in text, text


def test_a_day_of_no_known_year_says_so_on_the_page(tmp_path):
    """The 147 page gives no date and its days no year (6月9日，经区规划和自然资源局核实…): in a draft each
    such sentence says the year is to check, right after its day."""
    part_one = draft_reservoir(banan(tmp_path / "ws", PROPOSAL_147), tmp_path)
    days = [p for p in part_one if re.search(r"(?<![年\d])\d{1,2}月\d{1,2}日", p)]
    assert days, part_one
    for p in days:
        assert re.search(r"(?<![年\d])\d{1,2}月\d{1,2}日【待核实：年份】", p), p


def test_a_day_of_another_year_is_given_its_year(tmp_path):
    """The same page as published on 2023-07-17 (its date line, as the site shows it): in a draft of
    March 2024 its 6月9日 is 2023年6月9日, and 按照目前的政策 stays as written, never a date flag."""
    dated = tmp_path / "147.txt"
    dated.write_text(PROPOSAL_147.read_text("utf-8").replace("\n傅强委员", "\n2023-07-17\n傅强委员", 1), "utf-8")
    part_one = draft_reservoir(banan(tmp_path / "ws", dated), tmp_path, "2024-03-10")
    text = "\n".join(part_one)
    assert "2023年6月9日，经区规划和自然资源局核实" in text, text
    assert "按照目前的政策" in text and "【待更新" not in text, text


# The 311 reply (重庆市巴南区水利局, 巴南水利函〔2025〕26号) as published, its part one's first points.
REPLY_311 = """重庆市巴南区水利局关于区十九届人大六次会议第311号代表建议办理情况的答复函
巴南水利函〔2025〕26号
黎柏麟代表:
您提出的《关于对鱼溪河进行河道堤坝整治的建议》(第311号)收悉。经与您沟通、与协办单位共同商讨、接受各种方式的督办意见,形成该建议的办理共识和措施,并狠抓落实。现将有关情况答复如下。
一、多方沟通研究形成的共识和拟采取的办理落实措施情况
(一)形成的共识情况
1.实施治理的必要性。因历史原因,早期兴建的堤坝、人行桥等未经充分论证河道行洪影响,加之社会经济高速发展,开发建设过程中造成水土流失,河床逐渐淤积,已对河道行洪安全造成不利影响,鱼溪河河道治理确有必要。
2.实施治理面临的困难。一直以来我局高度重视鱼溪河河道行洪安全问题,因流域面积小于200平方公里,不在水利部中小河流治理中央专项资金支持范围,无法申报中小河流治理中央专项资金。
3.实施治理的资金途径。多渠道筹集资金,包含水污染防治资金、超长期国债基金、中央水利发展资金、地方财政资金等,围绕鱼溪河水污染防治、水环境治理、水生态修复等方面进行项目包装和申报。
"""


def test_a_case_argued_and_a_difficulty_faced_are_no_results(tmp_path):
    """1.实施治理的必要性 argues the case (context) and 2.实施治理面临的困难 states a problem: a draft on 鱼溪河
    reports neither as work done, has no section headed by the difficulty and no next step made of it."""
    reply = tmp_path / "311.txt"
    reply.write_text(REPLY_311, "utf-8")
    root = banan(tmp_path / "ws", reply)
    kinds = {f["text"][:8]: f["kind"] for f in base_facts(root)}
    assert kinds["因历史原因，早期"] == "context" and kinds["一直以来我局高度"] == "problem", kinds
    text = "\n".join(paragraphs(drafted(root, tmp_path, "77", "关于加快鱼溪河综合治理的建议", "黎某",
                                          "区十九届人大七次会议", "2026-05-10")))
    assert "面临的困难" not in text and "因流域面积小于200平方公里" not in text, text
    assert not re.search(r"[一二三四]是因历史原因", text), text


def test_a_criterions_bound_is_no_count_to_update():
    """因流域面积小于200平方公里，不在…支持范围: 200平方公里 is the bound of a rule, not a count that grows,
    and gets no date (as a measure's terms get none)."""
    sentence = "一直以来我局高度重视鱼溪河河道行洪安全问题，因流域面积小于200平方公里，不在水利部中小河流治理中央专项资金支持范围。"
    assert is_term(sentence, "200平方公里")
    assert not is_term("全区新建堤防200公里，完成投资1.2亿元。", "200公里")


def test_a_source_without_title_or_issuer_is_cited_by_its_file(tmp_path):
    """The plan excerpt has no title, number or issuer: a paragraph drawn from it is commented with the file
    the clerk saved (banan_water_plan_excerpt.txt), never the base's id of it."""
    with zipfile.ZipFile(draft_201(banan(tmp_path / "ws", *FOUR), tmp_path)) as z:
        comments = z.read("word/comments.xml").decode("utf-8")
    assert "banan_water_plan_excerpt.txt（无标题） · 第" in comments, comments
    assert "work_report-" not in comments, comments


def test_the_work_after_a_lead_in_naming_the_readers_suggestion_is_reported_without_it(tmp_path):
    """就您提及的建议我局区水利局主要领导…踏勘摸底…拟规划实施丰盛镇油房村饮水工程和丰盛供水站扩网连通工程:
    a suggestion on 丰盛镇's drinking water reports that work, without the lead-in said to another deputy,
    under the bureau's own overview (近年来，我局…), never under 由于…，一是我局…, a paragraph counting measures."""
    root = banan(tmp_path / "ws", *FOUR)
    said = paragraphs(drafted(root, tmp_path, "99", "关于解决丰盛镇油房村群众饮水问题的建议", "周某",
                              "区十九届人大五次会议", "2025-03-10"))
    part_one = said[said.index("一、基本情况") + 1: said.index("二、下一步工作计划")]
    text = "\n".join(part_one)
    assert "丰盛供水站扩网连通工程" in text, text
    assert "您提及" not in text, text
    assert part_one[0].startswith("近年来，我局"), part_one


def test_directions_views_agreed_and_measures_intended_are_no_results(tmp_path):
    """In the 124 reply, a vice head's directions (…指示：一是…；二是…) and the views agreed ((一)形成的共识情况)
    are context and the measures under (二)拟采取的办理落实措施情况 a plan; the inspection the bureau made
    (经局领导…踏勘梯子口水库现场…) stays its work. A 2026 draft on 梯子口水库 reports that inspection, and offers
    the 2025 measure as a next step to confirm, never as done."""
    root = banan(tmp_path / "ws", *FOUR)
    kinds = {f["text"][:10]: f["kind"] for f in base_facts(root) if f["text"].startswith(("一是加快推进梯子口", "因梯子口水库",
                                                                                          "推进梯子口", "经局领导"))}
    assert kinds == {"一是加快推进梯子口水": "context", "因梯子口水库存在渗漏": "context",
                     "因梯子口水库蓄水量不": "context", "推进梯子口水库维修整": "plan", "经局领导、局副高级工": "done"}, kinds
    config = root / "drafter.yaml"
    config.write_text(BANAN + "draft:\n  earlier_plans: text\n", "utf-8")
    out = drafted(root, tmp_path, "66", "关于加快石滩镇梯子口水库维修整治的建议", "李某", "区十九届人大七次会议",
                  "2026-03-10")
    said = paragraphs(out)
    part_one = "\n".join(said[said.index("一、基本情况") + 1: said.index("二、下一步工作计划")])
    assert "踏勘梯子口水库现场" in part_one, part_one
    assert "保证水库正常发挥效益" not in part_one and "维修养护项目" not in part_one, part_one
    # the base holds no 2026 plan: the 2025 measure is the item's sentence, highlighted and flagged to confirm
    item = part_two_items(read_draft(out))[0]
    measure = "推进梯子口水库维修整治工程，安排落实相关维修整治资金。"
    assert item.text.endswith(measure + "【待核实：2025年计划，是否仍列入2026年】"), item.text
    assert [h.color for h in item.highlights] == ["cyan", "yellow"] and item.highlights[0].text == measure, item.highlights
    # … or, last year's plans kept in comments, the item is its lead and a gap for this year's measures, the 2025
    # measure quoted in its comment
    config.write_text(BANAN + "draft:\n  earlier_plans: comment\n", "utf-8")
    (tmp_path / "comment").mkdir()
    item = part_two_items(read_draft(drafted(root, tmp_path / "comment", "66", "关于加快石滩镇梯子口水库维修整治的建议",
                                             "李某", "区十九届人大七次会议", "2026-03-10")))[0]
    assert item.text.endswith("。【待补充：具体举措】") and "维修整治资金" not in item.text, item.text
    assert [h.color for h in item.highlights] == ["yellow"], item.highlights
    assert any("2025年的计划" in c and "推进梯子口水库维修整治工程，安排落实相关维修整治资金" in c for c in item.comments), item.comments
