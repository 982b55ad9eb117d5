"""Leftovers of the held-out rounds hd19–hd21 (close44's list): each test reads real lines of a tester's page, or of a seed
or the corpus where they show the same thing, through the path a user's ``drafter distill`` takes."""

from __future__ import annotations

from drafter.distill.figures import find_figures
from helpers import distil, unit_workspace


def _tengzhou(tmp_path):
    return unit_workspace(tmp_path / "ws", "滕州市住房和城乡建设局", "市住建局", "滕州市", "龙泉街道, 北辛街道")


# 滕州市住建局's reply to 人大十九届一次会议第27号 as a mirror prints it (traditional characters, the posting day run into the title
# line, the page cut; hd21b's seeds/2022-27号-西部城区.txt).
REPLY_27 = """7月28日,2022年度滕州市住建局關于人大十九屆一次會議第27號代表建議(關于進一步加強西部城區基礎設施配套的建設)的答復:
你們好!你們提出的《關于進一步加強西部城區基礎設施配套的建設》已收悉,感謝你們提出的寶貴建議,我們高度重視,立即安排專人予以落實、辦理,現將辦理情況回復如下:
近年來,市委、市政府十分重視西部城區基礎設施建設,相繼實施了振興路全線、大地路、清水灣公園等一系列基礎設施建設工程,有效改善了西部城區的交通通行情況和居民的居住環境,但與其他城區相比仍有較大的提升空間。
感謝你們對我市城市建設的關心和支持,在以后的工作中,還請繼續對我們的工作予以關心和監督。
"""


def test_a_unit_opening_with_qian_is_not_the_scale_qian():
    """建设2000千瓦装机容量的… read 2000千 (the scale 千, unit none, 瓦装机容量 its label) and 滕州's 新增道路里程约12千米 read 12米:
    where a unit opens with 千 (千瓦, 千米, 千克) the longest unit wins."""
    power = find_figures("建设2000千瓦装机容量的光伏电站")
    assert [(g.value, g.unit, g.counts) for g in power] == [(2000, "千瓦", "装机容量")]
    roads = find_figures("全年新增道路里程约12千米,建成城市地下综合管廊约1.4千米")
    assert [(g.value, g.unit) for g in roads] == [(12, "千米"), (1.4, "千米")]
    assert [g.raw for g in find_figures("投入3千万元")] == ["3千万元"]


def test_a_day_opening_a_reply_title_before_its_year_dates_it(tmp_path):
    """"7月28日,2022年度…的答復:" left the reply undated (id undated-reply-27, a reminder to name the file by its date): the day
    opening a reply's title line is of the year its words then name."""
    ff = distil(tmp_path, _tengzhou(tmp_path), REPLY_27, "2022-27号-西部城区.txt")
    assert ff.source.date == "2022-07-28" and ff.source.id == "2022-reply-27"
