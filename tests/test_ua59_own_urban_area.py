"""A page whose title names the workspace's place's urban area (射洪城区 of 射洪市) is that place's, not 外地 (hd68a: the bureau's
own answer on a 民情热线, 射洪城区直达金华公交民情热线回复, was filed as another place's and never drafted)."""

from __future__ import annotations

from helpers import distil, unit_workspace

SHEHONG = ("射洪市交通运输局", "市交通运输局", "射洪市", "太和街道, 平安街道, 子昂街道, 金华镇, 洋溪镇, 涪西镇, 仁和镇, 太乙镇")
# seeds/2022-08-22_射洪城区直达金华公交民情热线回复.txt of hd68a (遂宁日报, 2022-08-22): the stored page.
HOTLINE = (
    "近日,市民蒋先生拨打遂宁传媒集团民情热线2711582,称射洪市金华镇作为射洪市域副中心,却没有直达射洪市城区的公交车。希望开通射洪直达金华的"
    "公交车,方便群众出行的同时,更好地促进金华旅游业发展。\n"
    "那么,能否开通射洪市城区直达金华镇的公交车呢?随后,记者联系射洪市交通运输局,得到回复如下:\n"
    "目前,金华线路客运车辆共计27辆、378座。据统计,客流高峰时段平均每天能够输运旅客3000余人,客流淡季车辆轮流停运休息,日发送旅客2000余人,"
    "主要运送射洪至金华及沿线旅客。除此,还有射洪至香山城乡公交车4辆,射洪至复兴城乡公交车16辆,射洪至潼射城乡公交车6辆,金华区域城乡公交、"
    "农村客运已全覆盖,群众出行较为方便,淡季运力过剩的矛盾十分突出。由于政策、布局以及可能存在安全隐患等原因,开通射洪市城区直达金华线路公交车,"
    "暂不可行。 (全媒体记者何飞)\n")


def test_the_urban_area_of_the_own_place_is_the_own_place(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *SHEHONG), HOTLINE, "2022-08-22_射洪城区直达金华公交民情热线回复.txt")
    assert ff.source.jurisdiction == "射洪市"
    assert ff.facts and not any(f.external for f in ff.facts)


def test_a_district_named_like_an_urban_area_stays_itself(tmp_path):
    # (鲤城区 of 泉州市 is a district, not 泉州's urban area; another city's 城区 stays another's)
    quanzhou = ("泉州市科学技术局", "市科技局", "泉州市", "鲤城区, 丰泽区, 洛江区, 泉港区")
    text = "近日，鲤城区科技局组织辖区企业开展科技政策宣讲，共服务企业30家。\n"
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *quanzhou), text, "2022-08-22_鲤城区科技政策宣讲.txt")
    assert ff.source.jurisdiction == "鲤城区"
