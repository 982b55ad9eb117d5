"""h298 (rs11, hd55a 文山州民政局): with the two asks on 安葬范围 placeholders since h293, part one opened on the title's
matter's result, unmarked and on no ask: 根据《文山州人民政府关于深化殡葬改革的实施意见》（文政发〔2016〕78号）规定，每建一个乡镇级
农村公益性公墓补助40万元 (a construction subsidy). An overview opening part one obeys the rule the asks' items do
(:func:`~drafter.compose.select.says_asked_of`): it says what some ask asks of its thing, else none opens part one."""

from __future__ import annotations

import docx
from helpers import part_one, seeds_draft, unit_workspace
from helpers import CEMETERY_TEXT, CEMETERY_TITLE, WENSHAN_AREAS, WENSHAN_REPLY

SUBSIDY = "每建一个乡镇级农村公益性公墓补助40万元"


def _draft(tmp_path, text: str):
    ws = unit_workspace(tmp_path / "ws", "文山壮族苗族自治州民政局", "州民政局", "文山壮族苗族自治州", WENSHAN_AREAS)
    _, out = seeds_draft(tmp_path, ws, {"2022-06-29_州人大64号公墓建设资金建议答复.txt": WENSHAN_REPLY}, "13010087",
                         CEMETERY_TITLE, text, "--deputy", "赵云柱", "--type", "B", "--proposal", "--date", "2023-08-25")
    return docx.Document(out)


def test_the_subsidy_opens_no_part_one_of_asks_on_burial_scope(tmp_path):
    one = part_one(_draft(tmp_path, CEMETERY_TEXT))
    assert not any(SUBSIDY in p for p in one), one
    assert one[0] == "（一）明确农村公益性公墓的安葬范围", one  # (part one opens on its first ask)



def test_an_ask_on_the_subsidy_standard_keeps_it(tmp_path):
    """The counter-case: an ask on what the subsidy sets (its 补助标准) is answered by it (its form: test_h293's test_c)."""
    text = CEMETERY_TEXT.replace("一、明确农村公益性公墓的安葬范围。", "一、明确乡镇级农村公益性公墓的建设补助标准。")
    one = part_one(_draft(tmp_path, text))
    assert any(p.startswith(f"根据《文山州人民政府关于深化殡葬改革的实施意见》（文政发〔2016〕78号）规定，{SUBSIDY}") for p in one), one
