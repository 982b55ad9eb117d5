"""What a draft claims in the bureau's name, found on held-out round hd32 (米易县妇女联合会 with no base, 昆明市统计局 over
other issuers' pages only, 楚雄州发展和改革委员会): part two's lead-in promised the proposal's own title as the bureau's
work carried on (下一步我会将继续组织“农村家庭教育大篷车”…), plain, over a base holding none of it.

Each test drafts in a small workspace of the page's own bureau, with the real proposal's lines (the held-out page named in
the test).
"""

from __future__ import annotations

from click.testing import CliRunner
from helpers import comments_on, part_two_of, unit_workspace

import docx

from drafter.cli import cli

MIYI_AREAS = "攀莲镇, 丙谷镇, 白马镇, 撒莲镇, 垭口镇, 草场镇, 普威镇, 湾丘彝族乡, 麻陇彝族乡, 新山傈僳族乡, 白坡彝族乡"
# 陶开云's proposal to 县政协十五届五次会议 (第29号), as 米易县妇联's reply of 2025-12-31 (scmiyi.gov.cn) names its asks.
MIYI_TITLE = "关于组织“农村家庭教育大篷车”打造民生服务共富品牌的建议"
MIYI_29 = """关于组织“农村家庭教育大篷车”打造民生服务共富品牌的建议
建议：组织“农村家庭教育大篷车”，深入乡镇村（社区）巡回服务，打造民生服务共富品牌。在服务目标上：
一是知识普及。面向农村家长普及科学育儿知识，覆盖0-6岁儿童身心发展规律、亲子沟通技巧等内容，推广家庭教育科学方法。
二是问题解决。针对农村家庭教育中的亲子沟通、心理健康等突出问题，提供面对面咨询指导，帮助家长解决实际困难。
三是资源链接。整合妇联、教育、共青团、民政等部门和社会力量的家庭教育资源，把服务送到农村家庭身边。
"""


def _miyi(tmp_path, *options: str):
    """米易县妇联's draft of 第29号提案 from an empty base (a clerk's first day): the command's result and the draft's path."""
    ws = unit_workspace(tmp_path / "ws", "米易县妇女联合会", "县妇联", "米易县", MIYI_AREAS)
    (tmp_path / "29.txt").write_text(MIYI_29, "utf-8")
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", "29", MIYI_TITLE, "--deputy", "陶开云", "--proposal",
                                      "--session", "县政协十五届五次会议", "--type", "B", "--date", "2025-12-31",
                                      "--text", str(tmp_path / "29.txt"), "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return result, out


def test_lead_in_over_no_work_claims_none_going_on_and_flags_the_title_as_a_promise(tmp_path):
    """hd32c F1: over a base of no work nor plan, part two's lead-in says no 继续 (no work is under way), and the
    proposal's ask it says as the bureau's step is highlighted and commented as a promise to confirm."""
    _, out = _miyi(tmp_path)
    lead = part_two_of(docx.Document(str(out)).paragraphs)[0]
    assert "组织“农村家庭教育大篷车”" in lead.text and "继续" not in lead.text, lead.text
    said = [r.text for r in lead.runs if r.font.highlight_color]
    assert any("组织“农村家庭教育大篷车”" in t for t in said), [r.text for r in lead.runs]
    assert any("不是已定的计划" in c for c in comments_on(out, lead.text[:8])), comments_on(out, lead.text[:8])

