"""dx63: places and periods, each on the real lines of the held-out rounds hd73a (乐清市农业农村局), hd73b (沙依巴克区教育局) and
hd73c (奉节县生态环境局).

1. (hd73c D1) A person's title is no place: 祁美文县长在…常务会上 names no 祁美文县; 采取县上定期调度 (县上: the county's authorities)
   names no 采取县 — the statement is 奉节县's own, not another place's.
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.distill.places import places_in

# seeds/2019-05-10_奉节强力推进生态环境突出问题整改.txt of hd73c: its second paragraph's first two sentences, after its head.
FENGJIE_NEWS = ("奉节强力推进生态环境突出问题整改\n2019-05-10\n"
                "据了解,祁美文县长在第十七届县政府第53次常务会和2019年第一次环委会上,专题研究生态环境突出问题,将10个生态环境突出问题"
                "的整改工作、114个固废点位的清理整治工作明确给相关单位限期整改。采取县上定期调度、县分管领导挂帅、县政府办公室督办跟踪、"
                "县纪委监委铁纪问责四项措施强力推进。\n")
FENGJIE = ("奉节县生态环境局", "县生态环境局", "奉节县", "兴隆镇, 草堂镇")


def test_1_a_persons_title_and_a_levels_authorities_name_no_place(tmp_path):
    assert places_in("据了解,祁美文县长在第十七届县政府第53次常务会和2019年第一次环委会上,专题研究生态环境突出问题") == []
    assert places_in("采取县上定期调度、县分管领导挂帅、县政府办公室督办跟踪") == []
    # (a place's own words after 上 and the place under it stay: 奉节县上半年…, 杭州市上城区)
    assert [n for _, _, n in places_in("奉节县上半年完成整改，杭州市上城区")] == ["奉节县", "杭州市", "上城区"]
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *FENGJIE), FENGJIE_NEWS, "2019-05-10_奉节强力推进生态环境突出问题整改.txt")
    for words in ("祁美文县长在第十七届县政府", "采取县上定期调度"):
        fact = first_saying(ff.facts, words)
        assert (fact.jurisdiction, fact.external) == ("奉节县", False)  # (were 祁美文县, 采取县: another place's)
