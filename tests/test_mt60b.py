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


# hd71a's page of 2012-01-01 (好口特产): the site's path, the item's name over its picture, two paragraphs, then the page's tags
# (its column, its province, a unit) over a paragraph of the county's.
PRODUCE_PAGE = (
    "好口特产\n\n好口特产 > 山西 > 运城\n\n平陆苹果\n\n平陆苹果.jpg\n\n平陆苹果\n\n"
    "平陆是我省重要的水果生产基地,全县共种植水果35万亩,其中苹果面积达25万亩。近年来,该县把苹果产业作为农民增收的主导产业,"
    "在县财政十分紧张的情况下,连续两年拿出750万元专项资金扶持苹果产业发展。\n\n"
    "目前,该县的苹果出口量已经占到全省苹果出口总量的一半以上。据了解,2012年平陆县苹果产量将达到3亿公斤,预计实现产值4.5亿元。\n\n"
    "果品\n\n山西\n\n平陆县果业局\n\n"
    "平陆县所辖洪池乡、常乐镇、张村镇、杜马乡、部官乡、张店镇、圣人涧镇共7个乡镇121个行政村。地理坐标为东经110°55′~111°15′,"
    "北纬34°45′~34°59′\n"
)


def test_a_sites_tags_head_no_section_nor_sign_the_page(tmp_path):
    """hd71a: «山西», a tag, headed the section of the county's paragraph after it, and «平陆县果业局», another tag, was taken for the
    page's signature: the page was filed as «平陆县果业局2012年工作报告». A province's name alone (and the tag over it) heads nothing; a
    unit's line with prose after it closes no text; a page telling what it heard of a place it calls 该县 is a reporter's."""
    ws = unit_workspace(tmp_path / "ws", "平陆县农业农村局", "县农业农村局", "平陆县")
    ff = distil(tmp_path, ws, PRODUCE_PAGE, "2012-01-01_平陆苹果.txt")
    assert [f.section for f in ff.facts] == [[]] * len(ff.facts), [f.section for f in ff.facts]
    assert any("121个行政村" in f.text for f in ff.facts)
    assert ff.source.issuer is None
    assert ff.source.kind == "news"


# hd70c's page of 2024-09-20 (a mirror scrambling its words: 个上市民政局、海出市财政局、台推市…), its headline and lede.
SCRAMBLED_PAGE = (
    "URL: http://bc9979.com/html/20b499010.html\n至2025年,全市社区长者食堂达到400家,老年助餐点2000个!上海出台推进老年助餐服务高质量发展实施意见\n\n"
    "2024-09-20 11:54:08 admin\n\n"
    "  市民政局介绍,至年质量为进一步提升助餐服务水平,全市为老年人提供方便可及、社区食堂实施价格实惠、长者餐点餐服安全可靠、家老进老营养健康的"
    "年助年助助餐服务,近日,个上市民政局、海出市财政局、台推市市场监督管理局联合出台《关于推进本市老年助餐服务高质量发展的发展实施意见》,"
    "至2025年,至年质量全市社区长者食堂数量达到400家,全市老年助餐点达到2000个,社区食堂实施日供餐能力达到25万客。长者餐点餐服\n"
)
# hd70c's page of 2024-03-30: a feature on a street's canteen, its lines broken as verse.
FEATURE_PAGE = (
    "URL: http://m.tech.china.com/redian/2024/0330/032024_1500091.html\n"
    "人一旦上了年纪,“买汰烧”就成了头疼事。想要一日三餐顿顿吃得热乎,开在家门口的社区食堂无疑是很好的选择。\n"
    "中华新路位于上海市市区北部\n跨静安、普陀两区\n始建于1918年的它,全程2828米,\n如今也是一位“百岁老人”了。\n"
    "这条路上有家社区长者食堂,\n不仅卫生实惠,而且新鲜美味。\n今天,就跟着静宝一起去打卡吧!\n花样美食,样样新鲜\n"
    "中午10点30分,热气腾腾的菜品刚摆上保温餐台,天目西社区食堂窗口前就已经排起了队。大家依次拿上餐盘,选取自己爱吃的菜。\n"
)


def _jingan(tmp_path):
    return unit_workspace(tmp_path / "ws", "上海市静安区民政局", "区民政局", "静安区", "江宁路街道, 天目西路街道")


def test_a_scrambled_name_is_no_place_over_the_city_the_title_names(tmp_path):
    """hd70c: «海出市» (of «个上市民政局、海出市财政局», a mirror's scrambled words) was the page's place and its issuer's: a name no
    known city bears, said no more often than the known city its title names (上海), is no place over that city."""
    ff = distil(tmp_path, _jingan(tmp_path), SCRAMBLED_PAGE, "2024-09-20_上海推进老年助餐服务高质量发展实施意见.txt")
    assert ff.source.jurisdiction == "上海市"
    assert "海出" not in (ff.source.issuer or "")


def test_a_sentence_of_where_a_road_lies_is_no_issuer(tmp_path):
    """hd70c: «中华新路位于上海市市区北部» (ending on 部) was the feature's issuer: a line telling where a place lies names no unit."""
    ff = distil(tmp_path, _jingan(tmp_path), FEATURE_PAGE, "2024-03-30_天目西社区食堂.txt")
    assert "位于" not in (ff.source.issuer or "")
