"""Held-out round hd22a (武汉市人力资源和社会保障局): the base's main fact on graduate employment was left out of a draft on it.

Each test distils an excerpt of the tester's real seed (its lines as the page prints them) in a workspace of the bureau.
"""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import part_one, unit_workspace

from drafter.cli import cli

# seed3_武汉市人社局_吴彩荣委员提案答复_2024-07-12.txt: the reply, its site's footer left out.
REPLY_2024 = """吴彩荣委员:
您提出的关于《关于推动大学生就业与乡村振兴相互促进的建议》的提案已收悉,现答复如下:
一是近年来,市人社局深入推进“才聚荆楚”工程,主动围绕城镇和产业“双集中”发展,通过实施“才聚荆楚·百县进百校”就业促进专项行动,重点服务高校毕业生、往届离校未就业高校毕业生和各市州县有招聘需求的各类用人单位,实现地方揽才与高校毕业生就业有效衔接,吸引更多高校毕业生留鄂来鄂就业创业。
二是2022年以来,市人社局对在养老、家政服务和现代农业“三大行业”创业并依法登记注册并取得工商营业执照的企业,给予连续2年,总额不超过8万元的创业补贴。通过专项补贴的方式,鼓励高校毕业生到“三大行业”创业,促进重点行业创新创业发展,鼓励高校毕业生返乡创业。
下一步,市人社局将持续深入推进“才聚荆楚”工程,重点服务2024届高校毕业生、往届离校未就业高校毕业生和各市州县有招聘需求的各类用人单位,实现地方揽才与高校毕业生就业有效衔接;继续开展2024年“三大行业”创业补贴工作,为大学生到农村就业创业搭建舞台,通过政策资金的支持助力大学生“三大行业”创业企业的发展。
武汉市人力资源和社会保障局
2024年7月12日
"""
# The tester's probe (probe_grad.txt): a suggestion on graduates' employment, every ask on 高校毕业生.
TITLE = "关于进一步促进高校毕业生留汉就业创业的建议"
ASKS = f"""{TITLE}
一、加大高校毕业生就业创业资金支持力度。
二、扩大就业见习岗位，拓宽高校毕业生就业渠道。
三、鼓励高校毕业生到农村和养老、家政等行业创业。
"""


def test_a_past_overview_of_the_matter_every_ask_shares_opens_part_one(tmp_path):
    """近年来，市人社局深入推进“才聚荆楚”工程…高校毕业生… says the matter of all three asks and none's own words: no ask
    took it, and part one opened on the template's framing. It now opens part one, as the bureau's own overview."""
    ws = unit_workspace(tmp_path / "ws", "武汉市人力资源和社会保障局", "市人社局", "武汉市", "江岸区, 江汉区, 武昌区")
    (tmp_path / "seed3_武汉市人社局_吴彩荣委员提案答复_2024-07-12.txt").write_text(REPLY_2024, "utf-8")
    (tmp_path / "probe.txt").write_text(ASKS, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / "seed3_武汉市人社局_吴彩荣委员提案答复_2024-07-12.txt")]).exit_code == 0
    out = tmp_path / "draft.docx"
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", "20250002", TITLE, "--deputy", "张某", "--date", "2025-08-29",
                                 "--text", str(tmp_path / "probe.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    first = part_one(docx.Document(out))[0]
    assert first.startswith("近年来，我局深入推进“才聚荆楚”工程") and "才聚荆楚·百县进百校" in first, first
