"""Found on held-out round hd35b (吉林省人力资源和社会保障厅): the province's own 农村劳动力转移就业289.77万人, even when a
clerk marked it done, filled no section of a proposal asking 促进农村低收入群体多渠道多形式转移就业, and the command said the base
held no work on it. The ask's words other asks share (就业 of 就业增收, 就业能力) were not counted, so the term 转移就业 it says as
the ask writes it came to two words of the three an ask needs.

Each test uses a few real lines of the pages in a workspace built here.
"""

from __future__ import annotations

import docx
from helpers import seeds_draft, sections, unit_workspace

# 新华财经, 2023-12-07, its first line as the (traditional-character) mirror gives it, clutter kept.
JILIN_NEWS = ("新華財(cái)經(jīng)長春12月7日電(記者王曉林)記者從吉林省人社廳獲悉,1至11月,吉林省就業(yè)形勢保持穩(wěn)定、恢復(fù)向好,"
              "調(diào)查失業(yè)率持續(xù)下降;截至11月末,吉林省城鎮(zhèn)新增就業(yè)24.64萬人,完成年計(jì)劃的107.13 %;農(nóng)村勞動力轉(zhuǎn)移就業(yè)"
              "289.77萬人,完成年計(jì)劃的107.32%。\n")
TITLE = "关于我省农村低收入群体增收的建议"
# hd35b's text: the asks the real reply answers (the tester's own wording of them).
ASKS = f"""{TITLE}
为此建议：
一、促进农村低收入群体多渠道多形式转移就业，引导其就地就近就业，提高工资性收入。
二、鼓励返乡入乡创业，以创业带动农村低收入群体就业增收。
三、加强农村低收入劳动力职业技能培训，提升其就业能力。
四、开发乡村公益性岗位，对就业困难的低收入人员兜底安置。
"""
FIRST = "促进农村低收入群体多渠道多形式转移就业"


def marked_done(path) -> None:
    """A clerk's edit: the page's facts are the bureau's results."""
    path.write_text(path.read_text("utf-8").replace("kind: context", "kind: done"), "utf-8")


def test_a_result_saying_the_asks_term_as_written_answers_it(tmp_path):
    """农村劳动力转移就业289.77万人 is drafted under the ask it names, and the command does not list that ask as having none."""
    ws = unit_workspace(tmp_path / "ws", "吉林省人力资源和社会保障厅", "省人社厅", "吉林省", "长春市, 吉林市, 四平市")
    result, out = seeds_draft(tmp_path, ws, {"2023-12_吉林省人社厅1至11月就业形势.txt": JILIN_NEWS}, "55", TITLE, ASKS,
                              "--proposal", "--date", "2024-07-15", edit=marked_done)
    drafted = sections(docx.Document(out))
    first = next(v for k, v in drafted.items() if FIRST in k)
    assert any("289.77万人" in p for p in first), drafted
    nothing = next((line for line in result.output.splitlines() if "没有以下建议事项的近年工作事实" in line), "")
    assert FIRST not in nothing, result.output

