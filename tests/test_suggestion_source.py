"""A suggestion's or proposal's own text is no source: distilled, the deputy's asks became the
bureau's done work.

`drafter distill` of examples/1288建议.txt (the suggestion a clerk has from the handling system, put
in seeds/ with the replies) filed 加大大院大所、新型研发机构、企业技术中心等创新平台的引进和培育力度… as a
work report's "done" fact of no year; round 13 found the same on 盐城's suggestion system (page 22: its
form's fields 案由/建议人/案号, then 现提出如下建议: 1、深入开展食品安全专项整治…), where each ask read as the
unit's work. Such a file is refused with a one-line reason naming it; the other files go on.
"""

import json
import shutil

import pytest
from click.testing import CliRunner
from helpers import REPO, TEXT_1288, new_workspace

from drafter.cli import cli

# yancheng.gov.cn/jyta/index.php/Home/Index/detail/id/182.html (盐城 suggestion system, round 13's page 22)
YANCHENG = """编号:100202202240160
案由: 关于进一步加强食品安全监管的建议
案别: 市人大 年度: 2022 建议人: 李震洲等3人
承办方式: 主办 承办单位: 主办:市市场监管局(办理期限2022-06-30)
办理结果: A.解决采纳 办结日期: 2022-06-28 17:43

食品安全直接关系到广大人民群众的身体健康,各级政府部门已采取了多种方法和措施进行整治,并取得了显著成效。为了最大限度消除食品安全隐患,必须把食品安全的监管工作做到更细更深。现提出如下建议:
1、深入开展食品安全专项整治。针对城乡流通领域食品质量存在的突出问题,加大对城乡小集市、小卖部、食品经营摊点的监管力度。
2、持续完善食品安全监管机制。
"""
# 118.121.234.130:8080/old_html_bill.asp?id=763 (朝天 proposal system, round 13's page 03): the
# proposal's fields and text, then the reply to it on the same page: a reply, distilled
CHAOTIAN = """委员提案 >> 关于在小中坝老城区增加户外体育设施及调整体育馆开放时间的建议
编 号:第〔27〕号 所属类别:委员提案
提案人:姚盛兵
  小中坝老城区是城区的重要组成部分,常住人口约5000人以上,建议增加室外体育设施,同时,建议赵家沟篮球馆调整开放时间。
主办单位:区体育中心 协办单位:区文旅体局 区教科局

关于政协广元市朝天区六届六次会议第27号提案的回复
尊敬的姚盛兵委员:
  您提出的《关于在小中坝老城区增加户外体育设施及调整体育馆开放时间的建议》已收悉,现回复如下:
  一是关于建议在小中坝老城区增加室外体育设施的建议。我们积极争取项目资金,在同乐园广场新安装乒乓球桌4张、健身路径10件。
"""


XIAMEN = next((REPO / "seeds").glob("002_*.txt"))  # 厦门网's news: another city's


def run(root, *args):
    return CliRunner().invoke(cli, ["-w", str(root), *map(str, args)])


def sources(root) -> list[dict]:
    return json.loads(run(root, "sources", "--json").output)


def test_a_suggestion_text_put_with_the_sources_is_refused_naming_the_file(tmp_path):
    root = new_workspace(tmp_path / "ws", seeds=False)
    (root / "seeds").mkdir(exist_ok=True)
    shutil.copy(TEXT_1288, root / "seeds" / "1288建议.txt")
    shutil.copy(REPO / "seeds" / "000_60a5176dfe2077e9.txt", root / "seeds")
    result = run(root, "distill", root / "seeds")
    assert result.exit_code != 0
    line = next(t for t in result.output.splitlines() if "1288建议.txt" in t)
    assert "建议原文" in line and "不是答复" in line, result.output
    assert "Traceback" not in result.output
    # the reply beside it is distilled, and nothing of the suggestion's
    assert [s["number"] for s in sources(root)] == ["泉科函〔2025〕81号"]


def test_a_suggestion_systems_record_is_refused_and_a_page_with_its_reply_is_not(tmp_path):
    root = new_workspace(tmp_path / "ws", seeds=False)
    (root / "yancheng.txt").write_text(YANCHENG, encoding="utf-8")
    (root / "chaotian.txt").write_text(CHAOTIAN, encoding="utf-8")
    result = run(root, "distill", root / "yancheng.txt", root / "chaotian.txt")
    assert result.exit_code != 0
    refused = [t for t in result.output.splitlines() if "yancheng.txt" in t]
    assert refused and "建议原文" in refused[0], result.output
    assert not any("chaotian.txt" in t and "原文" in t for t in result.output.splitlines()), result.output
    assert [(s["kind"], s["path"]) for s in sources(root)] == [("reply", "chaotian.txt")]


def test_harvest_refuses_the_suggestion_in_place_of_its_signed_reply(tmp_path):
    root = new_workspace(tmp_path / "ws", seeds=False)
    for args in (["harvest", TEXT_1288], ["harvest", "--force", TEXT_1288]):
        result = run(root, *args)
        assert result.exit_code != 0 and "Traceback" not in result.output
        assert "1288建议.txt" in result.output and "建议原文" in result.output, result.output
    assert sources(root) == [] and not (root / "seeds" / "harvested").exists()


def test_a_proposal_is_named_as_one():
    from drafter.distill.metadata import own_text_of

    proposal = "关于加快发展托育服务的提案\n提案人：民建市委会\n当前我市托育服务供给不足。为此建议：\n一、加大财政投入。\n"
    assert own_text_of(proposal) == "提案"
    assert own_text_of(YANCHENG) == "建议"
    assert own_text_of(CHAOTIAN) is None
    # a report's own advice (…存在的问题及建议 / 下步建议：) is no suggestion: its title says what it is
    report = "2024年工作总结\n一、主要工作\n全年新增高企120家。\n二、下步建议：\n1、加大投入。\n"
    assert own_text_of(report) is None


def _base(root) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "facts").glob("*.yaml"))}


def test_refresh_refuses_a_suggestion_as_distill_does_and_writes_nothing(tmp_path):
    """qa18 #1: `drafter refresh 0777建议.txt` took the deputy's text for a year-end report, marked the
    bureau's signed figures superseded by the deputy's claims and stored the asks as done work."""
    from drafter.api import open_workspace
    from drafter.errors import DrafterError

    root = new_workspace(tmp_path / "ws", seeds=False)
    shutil.copytree(REPO / "seeds", root / "seeds")
    assert run(root, "distill", root / "seeds").exit_code == 0
    distilled = run(root, "distill", TEXT_1288)
    refused = next(t for t in distilled.output.splitlines() if "1288建议.txt" in t)
    before = _base(root)
    inbox = root / "新报告"  # the suggestion among the year's reports: the whole refresh is refused
    inbox.mkdir()
    shutil.copy(TEXT_1288, inbox)
    shutil.copy(XIAMEN, inbox)
    for args, named in ((["refresh", TEXT_1288], TEXT_1288), (["refresh", "--dry-run", TEXT_1288], TEXT_1288),
                        (["refresh", inbox], inbox / TEXT_1288.name)):
        result = run(root, *args)
        assert result.exit_code != 0 and "Traceback" not in result.output, result.output
        assert refused.replace(str(TEXT_1288), str(named)) in result.output.splitlines(), (refused, result.output)
    with pytest.raises(DrafterError) as caught:  # the library (and the web's /api/refresh over it)
        open_workspace(root).refresh(TEXT_1288, dry_run=True)
    assert refused.removeprefix("错误：") == str(caught.value)
    assert _base(root) == before and not (root / "seeds" / "harvested").exists()


def test_refresh_with_another_places_source_gives_distills_reminder(tmp_path):
    """qa18 #1: 天津's 2017 reply refreshed into 上海市科委's base was added with no word of its place,
    which distill says of the same file (here 厦门's news in 泉州's base)."""
    from drafter.api import open_workspace

    root = new_workspace(tmp_path / "ws", seeds=False)
    other = new_workspace(tmp_path / "other", seeds=False)
    said = run(other, "distill", XIAMEN).output
    note = said[said.index("提醒："):said.index("jurisdiction") + len("jurisdiction")]
    assert "厦门市" in note, said
    for args in (["refresh", "--dry-run", XIAMEN], ["refresh", XIAMEN]):
        result = run(root, *args)
        assert result.exit_code == 0, result.output
        assert note in result.output, result.output
    report = open_workspace(root).refresh(XIAMEN, dry_run=True).to_dict()
    assert [e["place"] for e in report["elsewhere"]] == ["厦门市"] and report["elsewhere"][0]["fact_file"] in note
