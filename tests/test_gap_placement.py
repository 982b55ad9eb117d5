"""Where part one's items go, what makes a fact relevant to a title, and how an ask is headed
(issue 8, read by a blind clerk in the leave-one-out 1288 draft and in 重庆's drafts):

- last year's plan on robots (推动建设具身智能服务机器人创新平台…人形机器人创新中心…), offered as
  done to verify, was moved under the 智能制造 ask to fill its 工业机器人 — until h81's clerks found it
  there where the real reply reports it under the 平台 ask: a plan goes where its head clause (what it
  builds) points, and filling a gap only decides between asks that clause names alike;
- with the title alone, 重庆's drafts on 成果转化机制 (B003) and on 企业科技创新 (0883) got a section of
  the 0219 reply's joint work with 四川 (共同开展重大科技攻关: 成渝科技创新合作计划项目161个…一批创新
  成果): it shared with the titles only 科技创新, which nearly every fact of a science bureau's base
  says, and a seam (新成 of 科技创新成果) — three bigrams, enough to count as on the topic;
- an ask opening with two short clauses (加大科技金融支持力度，设立科技成果转化引导基金) was headed by
  both, comma and all: a heading is one short phrase (≤ 25 characters), the first clause saying what
  is asked, and the other clause is one of the ask's points.

Drafts are read back from the written .docx.
"""

from __future__ import annotations

import re

import docx
import pytest
from click.testing import CliRunner
from helpers import CLAIM_MARK, OWED, base_facts, chengyu, left_out, needs_corpus, owed_by_section, redraft, sections

from drafter.cli import cli
from drafter.compose.asks import kind_head, parse_asks
from drafter.compose.select import field_bigrams, prime_asks, specific_bigram
from drafter.facts.index import FactIndex
from drafter.workspace import load_workspace

def test_a_plan_offered_as_done_goes_under_the_ask_its_head_clause_names(loo_draft):
    found = sections(docx.Document(loo_draft))
    claims = [(h, m.group(2)) for h, ps in found.items() for p in ps for m in [CLAIM_MARK.search(p)] if m]
    robots = [(h, lead) for h, lead in claims if "机器人" in lead]
    assert robots, claims
    for heading, _ in robots:  # it builds a platform: the 平台 ask's, though it names 人形机器人 and 攻关 later (h81)
        assert "平台" in heading and "智能制造" not in heading, heading
    owed = next(o for h, o in owed_by_section(loo_draft).items() if "智能制造" in h)
    # the 智能制造 ask's things are owed still: a plan under another ask says none of them there
    assert owed and all(t in owed for t in ("智能装备", "工业机器人", "工业软件")), owed
    said = sum(p.count("具身智能服务机器人创新平台") for ps in found.values() for p in ps)
    assert said == 1  # offered once (its plan, 引进…人形机器人创新中心, in the mark's comment)


def test_a_things_head_names_it_only_when_the_base_says_it_seldom(loo):
    index = FactIndex.load(load_workspace(loo))
    specific = specific_bigram(index)
    assert kind_head("工业机器人", specific) == "机器人"
    assert kind_head("引入新技术", specific) is None  # 新技术: every 高新技术企业 says it
    assert kind_head("智能装备", specific) is None  # four characters: its halves name it (Ask.owed)
    ask = parse_asks("一、加强攻关。聚焦智能装备、工业机器人等领域。\n二、建设平台。", "关于X的建议")[0]
    prime_asks([ask], index)
    assert ask.heads == {"工业机器人": "机器人"}
    assert ask.owed("引进人形机器人创新中心") == ["智能装备"]
    assert ask.owed("引进一批高新技术企业") == ["智能装备", "工业机器人"]


JOINT = "共同开展重大科技攻关"  # the 0219 reply's section on joint work with 四川


def joint_work(root) -> list[str]:
    """The first clauses of the base's facts filed under the 0219 reply's section on joint work."""
    return [re.split(r"[，。]", re.sub(r"^[一二三四五六]是", "", f["text"]))[0]
            for f in base_facts(root) if f["section"] and JOINT in f["section"][-1]]


@needs_corpus
@pytest.mark.parametrize("n", ["02", "05"])
def test_a_fact_sharing_with_the_title_only_the_bureaus_field_is_off_its_topic(chongqing, tmp_path, n):
    root, document = redraft(chongqing, tmp_path, n)
    joint = joint_work(root)
    assert len(joint) >= 2  # the 成渝 items are in the base
    body = "\n".join(p for ps in sections(document).values() for p in ps)
    assert not [j for j in joint if j in body], body
    assert JOINT not in sections(document)
    # the sections on its matter stay: 成果转化's policy and service system
    assert [h for h in sections(document) if "科技成果转化" in h], list(sections(document))


@needs_corpus
def test_the_same_facts_answer_a_title_on_their_matter(chongqing, tmp_path):
    document = chengyu(chongqing, tmp_path)
    root = left_out(chongqing, tmp_path / "again", "05")
    # an item's lead phrase may head its own section (a heading the item fits), said once there
    body = "\n".join(h + "\n" + "\n".join(ps) for h, ps in sections(document).items())
    assert [j for j in joint_work(root) if j in body]


@needs_corpus
def test_the_field_is_what_nearly_every_fact_says_and_its_seams_name_nothing(chongqing, tmp_path):
    index = FactIndex.load(load_workspace(left_out(chongqing, tmp_path, "02")))
    field, seams = field_bigrams("完善科技创新成果转化机制", index)
    assert field == {"科技", "技创", "创新"}  # 技创: between two words of the field
    assert seams == {"善科", "新成"}  # 完善|科技, 创新|成果
    # 成果转化, which most of this small base on it says too, still tells a fact on the topic
    assert not {"成果", "转化"} & (field | seams)


# This test's own suggestion: asks opening with two clauses, one after a clause of scope, one after
# a word that asks nothing (同时，要进一步…).
FINANCE = """关于强化科技金融支撑科技型中小企业创新发展的建议

我市科技型中小企业融资难、融资贵问题仍较突出，科技成果转化缺少资金支持。为此建议：
一、加大科技金融支持力度，设立科技成果转化引导基金。发挥科技贷作用，支持科技型中小企业融资。
二、围绕纺织鞋服、机械装备等重点产业，支持龙头企业建设中试验证平台，对平台运营给予补助。
三、同时，要进一步完善技术转移服务体系，培育技术经理人队伍。
"""


def test_an_ask_of_two_clauses_is_headed_by_the_one_saying_what_is_asked(seeded_root, tmp_path):
    source = tmp_path / "9100建议.txt"
    source.write_text(FINANCE, "utf-8")
    out = tmp_path / "9100.docx"
    result = CliRunner().invoke(cli, [
        "-w", str(seeded_root), "draft", "9100", FINANCE.splitlines()[0], "--deputy", "某某",
        "--date", "2026-05-20", "--text", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    found = sections(docx.Document(str(out)))
    asks = [line.split("、", 1)[1] for line in FINANCE.splitlines() if re.match(r"[一二三]、", line)]
    assert len(found) == len(asks), list(found)
    for heading, ask in zip(found, asks):
        clauses = re.split(r"[，。]", ask)
        assert len(heading) <= 25 and not re.search(r"[，,。；]", heading), heading
        assert any(c.endswith(heading) for c in clauses), (heading, ask)  # one clause, framing words dropped
        assert not heading.startswith(("围绕", "同时", "要", "进一步")), heading
    first, text = next(iter(found.items()))
    assert first == "加大科技金融支持力度"
    said = "".join(text)
    owed = OWED.findall(said)
    # its other clause is a point of the ask: reported (the base's 政府引导型产业基金, a sentence of the
    # item put back for it), or asked for
    assert re.search(r"引导(?:型\w{0,3})?基金", OWED.sub("", said)) or (owed and "设立科技成果转化引导基金" in owed[-1]), said


def test_a_heading_is_one_clause_and_the_others_are_points():
    asks = parse_asks(FINANCE, FINANCE.splitlines()[0])
    assert [a.phrase for a in asks] == ["加大科技金融支持力度", "支持龙头企业建设中试验证平台", "完善技术转移服务体系"]
    assert asks[0].points[:1] == ["设立科技成果转化引导基金"]
    assert asks[1].points == ["对平台运营给予补助"]  # the clause of scope is none
    assert asks[2].points == ["培育技术经理人队伍"]
    quoted = parse_asks("一、推广“零门槛费，阶段性支付”模式，促进成果转化。\n二、其他事项。")[0]
    assert quoted.phrase == "推广“零门槛费，阶段性支付”模式"  # a comma inside a quoted name cuts nothing
