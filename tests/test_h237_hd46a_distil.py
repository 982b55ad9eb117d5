"""hd46a (绍兴市上虞区交通运输局, a blind clerk's seeds): the reasons a plan stalled are no deeds, a short reply's one paragraph is
cut into its statements, its number is no part of its deputy's name nor its opening thanks its closing, a photo's caption no
fact."""
from __future__ import annotations

from helpers import distil, fact_saying, unit_workspace

from drafter.model import CONTEXT, DONE, PLAN

# seeds/2021-05-18_39号梁湖梁岙道路.txt (区交通运输局's reply 39 of 2021), its body as the page gave it.
REPLY_39 = """关于区一届人大五次会议第39号建议的答复

樊德洪代表:

您在区一届人大五次会议上提出的《关于打通梁湖梁岙至上浦夏家埠之间道路并建设成为县道的建议》悉。经研究,现答复如下:

一、我局对于梁湖梁岙至上浦夏家埠之间道路的打通一直比较重视,之前已经安排在上阶段的农村公路建设计划中,但是由于多方面原因导致了该项计划没有继续推进。一是因为当时的政策处理工作和山地开挖手续遇到了阻碍;二是经过与乡镇对接以后,乡镇对于该项目需要承担的30%比例的资金补助压力较大。

二、2021年4月13日举行的上虞区2021年年度农村公路工作对接会议上,梁湖梁岙至上浦夏家埠之间道路的打通工作已经重新安排在了下阶段的农村公路建设中,被列入了断头路三年打通计划。我局将积极争取100%的财政资金补助,乡镇方面负责处理土地征迁工作,办理山地开挖手续等相关事宜。下阶段我局会继续加强与乡镇方面的对接,尽快落实开展该项目。

衷心感谢您对交通事业和关心、支持和理解!欢迎多提宝贵的意见和建议。

承办人:郑艳伟

联系电话:82180951

绍兴市上虞区交通运输局

2021年5月18日
"""

# seeds/2019-05-13_54号石厦线.txt, whole: a page flattened into one table line.
REPLY_54 = """![]() |
|
索引号: | 002590059/2019-57355 | 公开方式: | 主动公开 |
文 号: | 虞交建〔2019〕18号 | 公开日期: | 2019-12-23 09:41 |
发布单位: | 区交通运输局 | 有效性: |
关于区人大一届三次会议第54号建议的答复 | ||
|
||
虞交建[2019]18号 陈江芬代表: 您在区人大一届三次会议上提出的《关于将石厦线提升为县道管理的建议》悉,经研究,现答复如下: 首先,感谢您对我区交通规划和道路建设工作的重视。收悉你的建议后,我局也是相当重视。乡道石厦线(Y032)全长1.331公里,是陈溪乡对外连接重要交通通道,为改善陈溪乡交通条件,我局已组织实施2019年上虞区县道路面大中修工程(陈黑线)。关于您提出的“关于将石厦线提升为县道管理的建议”,石厦线属于乡道等级,建设规模、等级、里程等指标暂不符合升级为县道公路的标准。鉴于该公路对促进沿线社会经济发展和改善群众出行生活具有重要的意义,下阶段我局将综合考虑生态环保、周边路网情况、全域旅游和区域交通特点等因素,进一步开展陈溪乡的线位研究,合理规划陈溪乡交通网络。工作上有了新的进展,我们将及时向你们报告。 最后,感谢您对交通建设的关心和支持,希望今后对我们的工作多提宝贵意见和建议,使我们的工作更上一个台阶。 承办人:李建军 联系电话:82212132 绍兴市上虞区交通运输局 2019年5月13日 |
||
|
"""

# seeds/2021-12-29_上虞四边三化美丽公路.txt, its first paragraphs.
NEWS = """2021年,浙江省绍兴市上虞区抓住创建省级精品道路有利契机,按照“改面貌、促转型、增气质”三步走,统筹推进“四边三化”,绘就城乡最美画卷。
图:上浦镇“石井-象田-巴弄”美丽公路
在“四边三化”行动中,上虞高标准推进铁路沿线景观提升,高颜值打造精品示范道路,高标杆创建最美入城口。在今年,上浦镇建成了“石井-象田-巴弄”美丽公路,该公路全长7.8公里,总投资约4200万元,它将沿线分布的石井水库、象田水库等景点有机串联,提升了美丽乡村颜值,改善了农村居民出行条件。
图:岭南乡井枫线(东澄段)
此外,岭南乡对东澄叉口至梁宅道路进行了老路拓宽和部分断头路新建,同时在东澄叉口—梁宅建成基础上,对该条新建道路进行裸露泥土、岩体等两侧路域环境整治提升,打造景观公路,实现了公路与乡村旅游、乡村经济发展相互融合,切实提升沿线群众获得感和满足感。
"""


def _ws(tmp_path):
    return unit_workspace(tmp_path / "ws", "绍兴市上虞区交通运输局", "区交通运输局", "上虞区")


def test_the_reasons_a_plan_stalled_are_no_deeds(tmp_path):
    """但是由于多方面原因导致了该项计划没有继续推进。一是因为…遇到了阻碍；二是…资金补助压力较大。: the lead names causes, its items
    are the reasons (context), never work done — the rescheduled work after them stays done, the bureau's aim a plan."""
    ff = distil(tmp_path, _ws(tmp_path), REPLY_39, "2021-05-18_39号梁湖梁岙道路.txt")
    assert fact_saying(ff, "遇到了阻碍").kind == CONTEXT
    assert fact_saying(ff, "资金补助压力较大").kind == CONTEXT
    assert fact_saying(ff, "重新安排在了下阶段的农村公路建设中").kind == DONE
    assert fact_saying(ff, "积极争取100%的财政资金补助").kind == PLAN


def test_a_short_replys_one_paragraph_is_cut_into_its_statements(tmp_path):
    """The body's one paragraph (flattened or not, the reader gives it as one block) opened on how the item was handled
    (收悉你的建议后，…相当重视。): it was one context fact. Its deed, its answer on the ask and its plan after 鉴于… are each a fact."""
    ff = distil(tmp_path, _ws(tmp_path), REPLY_54, "2019-05-13_54号石厦线.txt")
    handled = fact_saying(ff, "收悉你的建议后")
    assert handled.kind == CONTEXT and handled.text == "收悉你的建议后，我局也是相当重视。"
    deed = fact_saying(ff, "我局已组织实施2019年上虞区县道路面大中修工程")
    assert deed.kind == DONE and "暂不符合" not in deed.text and deed.text.startswith("乡道石厦线")
    answer = fact_saying(ff, "暂不符合升级为县道公路的标准")
    assert answer.kind == CONTEXT and "下阶段" not in answer.text
    plan = fact_saying(ff, "进一步开展陈溪乡的线位研究")
    assert plan.kind == PLAN and plan.text.startswith("鉴于该公路")


def test_a_number_is_no_part_of_the_deputys_name_nor_the_opening_thanks_the_closing(tmp_path):
    """虞交建[2019]18号 陈江芬代表：: the deputy is 陈江芬; the reply closes on 最后，感谢您…多提宝贵意见和建议 only (thanks), its
    opening's 首先，感谢… paragraph (with 您提出的…建议 in it) no part of the closing."""
    ff = distil(tmp_path, _ws(tmp_path), REPLY_54, "2019-05-13_54号石厦线.txt")
    assert ff.source.deputy == "陈江芬"
    assert ff.source.closing == "thanks"
    assert ff.source.thanks.startswith("最后，感谢您对交通建设的关心和支持")


def test_a_photos_caption_is_no_fact(tmp_path):
    """图：上浦镇“石井-象田-巴弄”美丽公路 and 图：岭南乡井枫线（东澄段）: what the pictures show; the paragraphs stay."""
    ff = distil(tmp_path, _ws(tmp_path), NEWS, "2021-12-29_上虞四边三化美丽公路.txt")
    assert not [f.text for f in ff.facts if f.text.startswith("图")]
    assert fact_saying(ff, "该公路全长7.8公里")
    assert fact_saying(ff, "老路拓宽和部分断头路新建")
