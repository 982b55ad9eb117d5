"""dx61: distillation faults of the held-out rounds hd72a (蓬溪县交通运输局) and hd71a (平陆县), each on its seed's real lines.

1. A reply's date whose 年 and 月 the page lost (2021716日, signed 2021年7月16日) is its date where its digits read one way as a
   day not after the page's posting (was the posting day, 2021-08-30); an ambiguous run (2021111日) or a day after is none.
"""

from __future__ import annotations

from helpers import distil, unit_workspace

PENGXI = ("蓬溪县交通运输局", "县交通运输局", "蓬溪县")
# seeds/2021-07-16_蓬溪县交通运输局政协46号提案答复农村客运站.txt of hd72a: its head, first paragraph and signature.
COACH_STATIONS = (
    "政府信息公开\n\n关于县政协十届六次会议第46号提案答复的函\n\n来源:蓬溪县交通运输局 发布时间:2021-08-30 17:23 浏览次数: 字体: [ ] 打印\n\n"
    "蓬溪县交通运输局\n\n关于县政协十届六次会议第46\n\n提案答复的函\n\n \n\n邓碧蓉、蒲文常、杜林等县政协委员:\n\n"
    "你们在县政协十届六次会议上提出的《关于加强农村客运站建设的建议》(第46号提案)已转交我们办理,现将办理情况复函如下:\n\n"
    " 目前,我县有乡镇客运站3个,分别是任隆、高升、文井3个乡镇,多数乡镇无客运站,存在部分农村客运车辆乱停乱放问题,存在一定安全隐患。"
    "针对你们提出的加强农村客运站建设问题,我局从以下几个方面开展工作。\n\n"
    "感谢你们对我县交通运输工作的关注和支持,同时也真诚欢迎对交通运输工作提出宝贵意见和建议。\n\n此复\n\n谢谢!\n\n \n\n"
    "     蓬溪县交通运输局        \n\n2021716日    \n\n扫一扫在手机打开当前页\n"
)
COACH_NAME = "2021-07-16_蓬溪县交通运输局政协46号提案答复农村客运站.txt"


def test_1_a_signature_date_run_together_is_read_where_one_day_not_after_the_posting(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *PENGXI)
    assert distil(tmp_path, ws, COACH_STATIONS, COACH_NAME).source.date == "2021-07-16"  # (was 2021-08-30, the posting)
    ambiguous = COACH_STATIONS.replace("2021716日", "2021111日")  # (1月11日 or 11月1日)
    assert distil(tmp_path, ws, ambiguous, COACH_NAME).source.date == "2021-08-30"
    later = COACH_STATIONS.replace("2021716日", "2021916日")  # (after the page was posted: no signing day)
    assert distil(tmp_path, ws, later, COACH_NAME).source.date == "2021-08-30"
