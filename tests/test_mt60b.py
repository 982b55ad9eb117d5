"""mt60b: bylines, captions, breadcrumbs and non-places are no title, section or place, on the seeds of held-out testers hd70c
(静安区 助餐 pages), hd71a (平陆县 pages) and hd71b (枣阳市 water pages) as their pages printed them, distilled through the public path
of ``drafter distill``."""

from __future__ import annotations

from drafter.distill.facts import is_caption
from helpers import distil, unit_workspace

# hd71b's page of 2023-01-15 (极目新闻, traditional characters): its reporter's and its correspondents' bylines, no headline, its
# lede, then a photo's caption over the next paragraph.
BYLINED_PAGE = (
    "極目新聞記者 呂銳\n通訊員付宏才 徐學波\n"
    "極目新聞記者15日從棗陽市住建局獲悉,該市目前已完成主城區雨污分流一期工程建設任務,新建污水管道近30公里長、雨水管道近10公里長。\n"
    "棗陽市主城區雨污分流工程項目總投資20億元,分三期進行,整個項目建設內容包括中心城區29條主次市政道路及各小區內部重新鋪設雨污管道。\n"
    "綜合改造后的沙河(市區段)景觀\n"
    "近年來,棗陽市累計投資近43億元,全力抓好城鄉水污染治理工作。不久前,該市全面完成總投資10.7億元的沙河流域城市水環境綜合治理PPP項目,"
    "治理河道總長度約20.91公里。\n"
)


def _zaoyang(tmp_path):
    return unit_workspace(tmp_path / "ws", "襄阳市生态环境局枣阳分局", "枣阳分局", "枣阳市")


def test_a_correspondents_byline_is_no_title(tmp_path):
    """hd71b: the page was titled «通讯员付宏才 徐学波», the line under its reporter's byline: a correspondents' credit names no item;
    a page printing no headline is titled as the clerk named its file."""
    ff = distil(tmp_path, _zaoyang(tmp_path), BYLINED_PAGE, "2023-01-15_枣阳市完成主城区雨污分流一期工程.txt")
    assert ff.source.title == "枣阳市完成主城区雨污分流一期工程"
    assert ff.source.kind == "news"


def test_a_photos_caption_heads_no_section(tmp_path):
    """hd71b: «综合改造后的沙河（市区段）景观», a photo's caption, headed the section of the paragraphs after it."""
    ff = distil(tmp_path, _zaoyang(tmp_path), BYLINED_PAGE, "2023-01-15_枣阳市完成主城区雨污分流一期工程.txt")
    assert not [f.section for f in ff.facts if any("景观" in s for s in f.section)]
    assert any("43亿元" in f.text for f in ff.facts)
    assert is_caption("综合改造后的沙河（市区段）景观") and is_caption("整治后的老街新貌")
    assert not is_caption("打造滨水景观") and not is_caption("市领导察看改造后的沙河景观")
