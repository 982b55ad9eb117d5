"""h223 on hd42c (黄石市商务局, 《关于大力发展我市夜经济的提案》): part one's comment on old material says its places to update are
marked only where part one marks some; and the night-time economy is named by its settings (夜市, 美食街, 夜游…), as elder
care is by its homes and canteens."""
from __future__ import annotations

import docx
from test_h214_hd42c import NIGHT_LIST, _draft, _huangshi

from drafter.compose.synonyms import equivalents_said, synonyms_of


def test_the_old_material_note_says_no_marks_where_part_one_has_none(tmp_path):
    """Part one's one item, 2021年度，黄石市团城山万达广场入选全省繁荣夜间经济集聚示范区。, states no figure and is not highlighted,
    yet its comment said 请收集…后逐项更新（需更新之处已标出）: nothing is marked, so the comment says no such thing."""
    _, out = _draft(tmp_path, {"2022-01-29_夜间经济集聚示范区.txt": NIGHT_LIST})
    notes = [c.text for c in docx.Document(out).comments]
    old = next(n for n in notes if n.startswith("第一部分所用的材料最新的是2022年1月"))
    assert "逐项更新" in old and "已标出" not in old, old


def test_the_night_economy_is_named_by_its_settings(tmp_path):
    """The 2023-02 page's 钟楼烟火美食街开街 is night-economy work the ask 大力发展我市夜经济 never names: a food street is one of its
    settings, searched for beside the ask's words; a field's settings name it one way only (夜市 is no 夜经济 of its own)."""
    ws = _huangshi(tmp_path)
    said = synonyms_of("大力发展我市夜经济", ws)
    assert "夜间经济" in said and "美食街" in said and "夜市" in said
    line = "举办对接花湖机场临空消费展、首届鄂东精品酒类展、钟楼烟火美食街开街、商圈年货节、网上年货节等各类美食展30余场"
    assert equivalents_said("大力发展我市夜经济", line, ws) == ["夜经济"]
    assert "夜经济" not in synonyms_of("规范夜市管理", ws)
