"""h277: blind re-scores of held-out tests' comments and facts (hd48e 宁津县教育和体育局, hd49b 衡水市生态环境局, hd48c 杭州市商务局).

F1: a comment named a news page by its whole headline, its column's bar and all (…最新的是2021年1月的辉煌十三五 奋进新德州 | 宁津：
累计投入26.8亿元，…51.9万平方米，不含…), and the gap's note named it twice (…涉及该主题，如<the headline>（2021-01-13）中的“…”).
F2: a total over a span (“十三五”期间（2016—2020年）累计投入26.8亿元) was called by its last year (该数据为2020年数据).
F3: clutter filed as background: a photo's dated caption (2022年8月24日，鸟瞰衡水市区，…), the changes felt (天空更蓝了、…向我们走来。;
both asserted in test_h263_hengshui and test_hd21_tengzhou on their pages), a page's blurb calling to read on (…规划印发！日前，…详情如下：).
F4: a district's figures in the city's fact (杭州市商务局公布…，数据显示，…余杭全区实现社会消费品零售总额318亿元，增速达33.1%: 杭州市's).
"""

from __future__ import annotations

import docx
from helpers import comments_on, distil, seeds_draft, unit_workspace

from drafter.model import short_title

# The tester's page (hd48e seeds/2021-01-13_…txt, 德州日报's), named as a clerk may save it.
NINGJIN = """辉煌十三五 奋进新德州 | 宁津:累计投入26.8亿元,新建改建中小学、幼儿园校舍51.9万平方米

1月13日,我市召开“辉煌十三五 奋进新德州”系列新闻发布会第九场,发布会上,宁津县委常委、宣传部部长范淑香介绍宁津县近几年的经济社会发展情况。

坚持优先发展教育,持续累计投入26.8亿元,新建改建中小学、幼儿园校舍51.9万平方米,“大班额”问题全部解决。深化实施学校党建品牌创建工程、特色学校示范引领工程、学前教育优质均衡工程、青年教师成长成才工程,学校教育内涵管理实现提档升级。持续加大产业扶贫、健康扶贫、消费扶贫和保障性扶贫等方面力度,如期完成了脱贫攻坚目标任务,全县85个省定扶贫工作重点村全部摘帽,现行标准下农村贫困人口全部脱贫。

村(社区)新时代文明实践站实现全覆盖,开展志愿服务38000多次;新建改建中小学、幼儿园校舍51.9万平方米,持续累计投入26.8亿元;全县85个省定扶贫工作重点村全部摘帽,现行标准下农村贫困人口全部脱贫。

德州日报新媒体出品
记者|董建新 董天力 姜伟
编辑|李榕
"""
HEADLINE = "辉煌十三五 奋进新德州 | 宁津：累计投入26.8亿元，新建改建中小学、幼儿园校舍51.9万平方米"
OPTIONS = ("--date", "2023-06-05", "--deputy", "王某某", "--session", "县十八届人大二次会议", "--type", "B")


def _ningjin_draft(tmp_path, number, title, text):
    ws = unit_workspace(tmp_path / "ws", "宁津县教育和体育局", "县教体局", "宁津县")
    _, out = seeds_draft(tmp_path, ws, {"2021-01-13_ningjin.txt": NINGJIN}, number, title, text, *OPTIONS)
    return out


def test_a_headline_is_named_by_its_first_clause_after_its_bar():
    assert short_title(HEADLINE) == "宁津：累计投入26.8亿元…"
    assert short_title("创建全国文明城市丨临沂市体育局：助推“未来之星”健康成长") == "临沂市体育局：助推“未来之星”健康成长"
    # (a title of one clause, however long, and a mark inside a quoted name, are no place to cut)
    assert short_title("泉州市科学技术局2024年工作总结和2025年工作思路") == "泉州市科学技术局2024年工作总结和2025年工作思路"
    assert short_title("“奋进新时代，建功新征程”主题活动在我市启动仪式隆重举行") == "“奋进新时代，建功新征程”主题活动在我市启动仪式隆重举行"


def test_part_ones_comments_name_the_page_short_and_its_span_by_the_span(tmp_path):
    out = _ningjin_draft(tmp_path, "12", "关于加快学校建设化解大班额的建议", "建议：\n一、加快城区中小学校建设，增加学位供给，化解大班额。\n二、改善农村学校办学条件。\n")
    heading = " ".join(comments_on(out, "一、基本情况"))
    assert "最新的是2021年1月的宁津：累计投入26.8亿元…，不含2022年全年" in heading, heading
    item = " ".join(comments_on(out, "坚持优先发展教育"))
    assert "“26.8亿元”“51.9万平方米”：该数据为“十三五”期间（2016—2020年）数据" in item, item
    assert "2020年数据" not in item and "辉煌十三五 奋进新德州 |" not in heading + item


def test_a_gaps_note_names_its_one_source_once(tmp_path):
    out = _ningjin_draft(tmp_path, "13", "关于组织中小学生参与志愿服务的建议", "建议：\n一、组织中小学生参加志愿服务活动。\n二、依托新时代文明实践站开展校外实践。\n")
    note = next(c.text for c in docx.Document(str(out)).comments if "涉及该主题" in c.text)
    assert note.count("宁津：累计投入26.8亿元…") == 1 and "如“村（社区）新时代文明实践站实现全覆盖" in note, note


# hd49b's mirror of its 十四五 plan, cut: its blurb, the lede again, the text (its captions and the changes felt: test_h263_hengshui).
BLURB = """衡水市生态环境保护“十四五”规划印发!

来源: 网
时间:2022-06-02 07:02:56

衡水市生态环境保护“十四五”规划印发!日前,衡水市生态环境保护“十四五”规划印发,该规划回顾了“十三五”十起的主要成就并研判“十四五”形势,提出主要目标。详情如下:衡水市生态环境保

日前,衡水市生态环境保护“十四五”规划印发,该规划回顾了“十三五”十起的主要成就并研判“十四五”形势,提出主要目标。详情如下:

衡水市生态环境保护“十四五”规划

一、“十三五”时期主要成就

“十三五”以来衡水市委、市政府高度重视生态环境保护工作,全市上下认真贯彻习近平生态文明思想,聚焦打赢打好污染防治攻坚战,全市生态环境质量明显改善。
"""


def test_a_blurb_calling_to_read_on_is_no_fact(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "衡水市生态环境局", "市生态环境局", "衡水市")
    ff = distil(tmp_path, ws, BLURB, "2022-06-02_衡水市生态环境保护十四五规划.txt")
    texts = [f.text for f in ff.facts]
    assert not any("详情如下" in t for t in texts) and any("高度重视生态环境保护工作" in t for t in texts), texts


# hd48c's page (seeds/2021-07-22_余杭上半年商贸运行.txt), its lede: the city's bureau published the district's figures.
YUHANG = ("杭州日报讯 近日,杭州市商务局公布2021年上半年全市商贸运行情况,数据显示,今年1-6月,余杭全区实现社会消费品零售总额318亿元,"
          "增速达33.1%,半年度增速排名位列杭州各区(县、市)首位。\n")


def test_figures_the_published_data_show_of_a_district_are_the_districts(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "杭州市商务局", "市商务局", "杭州市")
    ff = distil(tmp_path, ws, YUHANG, "2021-07-22_余杭上半年商贸运行.txt")
    fact = next(f for f in ff.facts if "318亿元" in f.text)
    assert fact.jurisdiction == "余杭区" and fact.external, fact
    assert {g.place for g in fact.figures} == {None}, fact.figures
