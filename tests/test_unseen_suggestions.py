"""Drafts for suggestions the team did not tune on (issue 8: the work is scored on other
suggestions). Tried on the corpus's proposals and the 1350 quick start, four general failures:

- the 【待补充：建议所提…方面的工作情况】 list named what is no thing a reply owes — units
  (市科技局、市科协…, 市委、市政府的正确领导下), clauses (双方进一步携手, 共征集44家…), a name cut
  inside a word (科研机构建立 → 科研机);
- a section of an ask with no numbered asks held only a district's result (鲤城区落实科技特派员制度)
  while the base holds the city's own on that ask, dropped because it quotes another unit's figures;
- a district's report naming this bureau as its partner (与市科技局联合引进…) stood in the bureau's
  own reply, in the district's voice;
- a measure an ask asks for in a clause (对平台建设和运营给予补助, 加大技术交易…政策支持) that its
  section does not say was not marked owed.

The drafts are written from the real seeds' fact base, and read back from the .docx.
"""

from __future__ import annotations

import re

import docx
from click.testing import CliRunner
from helpers import owed_by_section, owed_entries, part_one

from drafter.cli import cli
from drafter.compose.asks import named_things

AREAS = ("鲤城区", "丰泽区", "洛江区", "泉港区", "石狮市", "晋江市", "南安市", "惠安县", "安溪县", "永春县", "德化县")

# A suggestion in plain prose (no numbered asks), as many deputies write one; its wording is this
# test's own. It names units and speaks in clauses where other texts list things.
TALENT = """关于加强科技人才队伍建设的建议

近年来，在市委、市政府的正确领导下，在市人大、市政协的关心支持下，我市科技人才数量逐年增加，但高层次科技人才仍然不足。
建议市科技局、市科协双方进一步携手，配合组织部、人社局加大科技人才工作力度，推动企业与高校、科研机构建立长期合作关系，
通过引入新技术、新工艺和新材料等方式提升企业技术水平，加快引进培育高层次人才和创新团队，共建一批科技人才培养基地。
"""


# Prose asking several things in one breath, with few of the words the base's results say: the
# city's results on talent answer it only loosely, a district's (科技特派员) closely.
RESERVE = """关于加强科技人才队伍建设的建议

科技人才是创新的第一资源。建议：在加强科技人才数量储备方面，为人才信息库提供具有优秀科技素质、较强研究开发和技术创新能力及科技组织管理能力的企业科技人员，与科协共同做好科技人才的储备工作，保证科技人才队伍逐步壮大；共同做好院士工作站的相关工作，鼓励企业建立研发机构，鼓励企业与高等院校、科研院所联合建立研究开发平台，鼓励企业引进院士；建设一批科技人才培养基地，有针对性地为企业培养中高级技术人才，不断改善科技人才不足的局面。
"""


def test_a_list_of_units_or_clauses_names_no_thing_the_reply_owes():
    assert named_things("建议市科技局、市科协双方进一步携手推进") == []  # units, and a clause
    assert named_things("在市委、市政府的正确领导下推进") == []  # units; a frame in 下
    assert named_things("配合组织部、人社局加大工作力度") == []
    assert named_things("共征集44家科技企业、创新平台参与布展") == []  # a report of a count
    assert named_things("结合“不忘初心、牢记使命”主题教育") == []  # one quoted name
    assert named_things("推动企业与高校、科研机构建立合作") == ["企业与高校", "科研机构"]  # 机构|建立, not 构建
    # what named things it did name stay named
    assert named_things("聚焦智能装备、工业机器人、工业软件等领域") == ["智能装备", "工业机器人", "工业软件"]
    assert named_things("引进懂技术、善管理的复合型人才") == ["懂技术、善管理的复合型人才"]


def _draft(root, tmp_path, number: str, title: str, text: str, *extra: str):
    """Suggestion ``number`` with ``text`` drafted from the workspace ``root``, written in ``tmp_path``."""
    source = tmp_path / f"{number}建议.txt"
    source.write_text(text, "utf-8")
    out = tmp_path / f"{number}.docx"
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", number, title, "--deputy", "某某",
                                      "--session", "市十七届人大五次会议", "--text", str(source),
                                      "--date", "2026-05-20", "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return docx.Document(str(out))


def test_a_prose_suggestion_is_answered_by_the_citys_work_and_owes_only_things(seeded_root, tmp_path):
    document = _draft(seeded_root, tmp_path, "9001", "关于加强科技人才队伍建设的建议", TALENT)
    body = part_one(document)
    items = [p for p in body if re.match(r"^[一二三四五六]是|^[^（【]", p) and not p.startswith("近年来")]
    assert items, body
    # the ask's first item is the city's own (the base holds the bureau's talent work); a
    # district's result may follow it as an example, never stand alone
    first = re.sub(r"^[一二三四五六]是", "", items[0])
    assert not first.startswith(AREAS), body
    assert "人才" in first
    # what it still owes are things the suggestion names, as it names them: no unit, no clause
    owed = owed_of(tmp_path / "9001.docx")
    for thing in owed:
        assert thing in TALENT.replace("\n", ""), thing
        assert not re.search(r"\d|的|下$|进一步|双方|(?:局|委|政府|人大|政协|科协)$", thing), thing
    assert "科研机" not in owed


def test_a_districts_account_of_joint_work_with_the_bureau_is_not_the_bureaus_reply(quick_start_1350):
    document = docx.Document(quick_start_1350)
    body = part_one(document)
    assert len([p for p in body if p.startswith("（")]) == 3, body  # the three asks still answered
    for p in body:  # a district's item speaking of this bureau as a partner: the district's voice
        assert not (p.lstrip("一二三四五六是").startswith(AREAS) and "市科技局" in p), p


def test_an_ask_only_a_districts_result_answers_closely_is_answered_by_the_city_first(seeded_root, tmp_path):
    document = _draft(seeded_root, tmp_path, "9002", "关于加强科技人才队伍建设的建议", RESERVE)
    body = part_one(document)
    assert not any("方面的工作情况及数据" in p for p in body), body  # the base holds talent work
    items = [p for p in body if re.match(r"^[一二三四五六]是", p)] or [p for p in body[2:]]
    assert items and not items[0].lstrip("一二三四五六是").startswith(AREAS), body
    assert "人才" in items[0]
    for k, p in enumerate(items):  # a district's result only after a city item, naming its district
        if p.lstrip("一二三四五六是").startswith(AREAS):
            assert k > 0


def owed_of(path) -> list[str]:
    """What the written draft at ``path`` still asks for in part one (on its sections' headings or as items)."""
    return [t for owed in owed_by_section(path).values() if owed for t in owed_entries(owed)]


def test_what_an_ask_asks_for_and_its_section_does_not_say_is_marked_owed(quick_start_1350):
    # a blind clerk reading the 1350 draft found these asked for and not answered (rv1350 review)
    owed = owed_of(quick_start_1350)
    for point in ("培育技术经理人队伍", "支持成果转化项目融资"):
        assert point in owed, owed
    # the third, 对平台建设和运营给予补助, is answered from the 2026 reply (test_owed_kin)
    # what its section says (东部中心泉州分中心, 科技贷 and 产业基金) is not owed
    assert not [t for t in owed if "东部中心" in t or "科技贷" in t or "产业基金" in t], owed
    # each point is asked on the section of the ask that names it
    assert "技术经理人" in list(owed_by_section(quick_start_1350).values())[1]


def test_the_1288_draft_owes_the_policy_support_for_technology_trade_it_does_not_report(loo_draft):
    owed = owed_of(loo_draft)
    assert "加大技术交易和成果转化的政策支持" in owed, owed
    # a clause saying what for (提升…水平, 增强…能力) is no measure the reply owes
    assert not [t for t in owed if t.startswith(("提升", "增强", "提高", "实现"))], owed
