"""Held-out round hd21b (滕州市住房和城乡建设局): the bureau addresses its proposer 尊敬的任涛委员：; the draft said 任涛委员：.

Each test distils an excerpt of the tester's real held-out reply (its lines as the page prints them) through the public path a
user's ``drafter distill`` takes, in a workspace of the bureau.
"""

from __future__ import annotations

from click.testing import CliRunner
from helpers import distil, page_draft, unit_workspace

from drafter.cli import cli

# 2025-政协164257号-交通堵点.txt: the bureau's reply to 政协第164257号提案, its first part (site fields, title, addressee, opening).
REPLY_164257 = """- 索 引 号:370481/2025-03970
- 主题分类:滕州政协提案办理结果
- 发布机构:滕州市住建局
- 成文时间:2025年11月21日
- 文 号:无
- 发文时间:2025年11月21日
- 标 题:2025年度滕州市住建局关于对政协16届四次会议第164257号提案情况的复文(关于加强城区交通堵点治理的建议)
- 效力状态:有效
2025年度滕州市住建局关于对政协16届四次会议第164257号提案情况的复文(关于加强城区交通堵点治理的建议)
关于滕州市政协第164257号提案
的 办 理 情 况
尊敬的任涛委员:
您提出的《关于加强城区交通堵点治理的建议》的提案已收悉,感谢您提出的宝贵建议,立足市住建局的职责,结合我市实际,现将提案办理情况汇报如下:
一、我市城区道路建设情况
近年来,随着我市机动车保有量的不断增加,城区道路都面临着交通通行压力,为着力解决我市城市交通拥堵的现状,市住建局在实施深化城市品质提升三年攻坚行动中开展了城区道路通行效率优化提升问题专项整治,取得了显著成效。
"""
# The same bureau's reply to another proposal, written as that one is (its number, matter and proposer changed).
REPLY_OTHER = REPLY_164257.replace("164257", "164301").replace("加强城区交通堵点治理", "加快老旧小区改造").replace("任涛", "王某")
SUGGESTION = """关于优化城区停车设施建设的建议

城区停车难问题突出，建议加快公共停车场建设。
"""


def _tengzhou(root):
    return unit_workspace(root, "滕州市住房和城乡建设局", "市住建局", "滕州市", "龙泉街道, 北辛街道, 荆河街道, 善南街道")


def test_a_replys_addressee_line_honouring_its_reader_is_learned(tmp_path):
    """distill learns whether a reply's addressee line opens on 尊敬的 (``salutation: honoured``)."""
    ff = distil(tmp_path, _tengzhou(tmp_path / "ws"), REPLY_164257, "2025-政协164257号-交通堵点.txt")
    assert ff.source.salutation == "honoured"
    ff = distil(tmp_path, _tengzhou(tmp_path / "ws2"), REPLY_164257.replace("尊敬的任涛", "任涛"), "plain.txt")
    assert ff.source.salutation == "plain"


def _addressee(tmp_path, *others: str) -> list[str]:
    """The addressee line of a draft of 政协第164400号提案 from a base of REPLY_164257 and ``others``."""
    ws = _tengzhou(tmp_path / "ws")
    for i, text in enumerate(others):
        (tmp_path / f"{i}.txt").write_text(text, "utf-8")
        assert CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / f"{i}.txt")]).exit_code == 0
    _, document = page_draft(tmp_path, ws, REPLY_164257, SUGGESTION, "164400", "关于优化城区停车设施建设的建议",
                             "--proposal", "--date", "2025-07-17", name="2025-政协164257号-交通堵点.txt")
    return [p.text for p in document.paragraphs if p.text.endswith("委员：")]


def test_a_draft_honours_its_reader_where_the_bureaus_replies_do(tmp_path):
    """Where the bureau's own replies open their addressee line on 尊敬的 (two of them at least, as the other habits of its
    frame: one reply is no habit), the draft's does too."""
    assert _addressee(tmp_path, REPLY_OTHER) == ["尊敬的张某委员："]
    (tmp_path / "one").mkdir()
    assert _addressee(tmp_path / "one") == ["张某委员："]
