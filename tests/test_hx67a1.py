"""hx67a1: distillation findings of the held-out test hd67a (开封市公安局), each on its seeds' real lines.

D1. A word of how many before 市民 (不少市民, 许多市民) is no place's stem: no 不少市（外地）.
D2. A count's label ends before a verb ending on 及 (4条公交线路涉及复兴大道…: 公交线路, not 公交线路涉).
D3. A government work report's preamble run on one line with its heading (2020年开封市政府工作报告 1月16日，市长…作《政府工作报告》
    各位代表：现在，我代表市人民政府，向大会报告工作…) is no fact.
D4. A bare byline (記者胡銳報道 昨日，…, a page in traditional characters) is no part of the fact; 昨日 is dated by the page's month.
D6. Attendance (…交警支队长徐桢以及市区相关部门负责人参加了当天的会议。) is no work done by those named.
"""

from __future__ import annotations

from helpers import distil, fact_saying, figure_labels, unit_workspace

from drafter.distill.facts import subject_place
from drafter.distill.places import is_place

KAIFENG_AREAS = "龙亭区, 顺河回族区, 鼓楼区, 禹王台区, 祥符区, 杞县, 通许县, 尉氏县, 兰考县"


def kaifeng(tmp_path):
    return unit_workspace(tmp_path / "ws", "开封市公安局", "市公安局", "开封市", KAIFENG_AREAS)


# seeds/2014-06-04_开封2014年新增4条公交线路.txt of hd67a: its title and its fourth paragraph's first sentences.
BUS_LINES = ("河南:开封2014年新增4条公交线路\n\n发布时间:2014年06月04日 00:00 作者:刘杨 来源:开封日报\n\n"
             "    自4月份以来，开封市公交总公司通过多种方式就市民关心的开封公交线路网络整体布局及大型商贸区、住宅小区、旅游景点、高校、汽车站、"
             "火车站等区域的公交线路、站点设置等问题广泛听取民声、征求民意。不少市民通过拨打电话、发送电子邮件以及写信的方式表达意见。"
             "面对市民对公交线路调整的意见建议，市公交总公司原定今年新增一至两条公交线路的计划也随之“扩容”。此次计划新增加的4条公交线路"
             "涉及复兴大道、夷山大街南口、魏都路东口和职教园区等，重点消除随城市发展而产生的“公交盲区”。\n")
# seeds/2020-01-16_开封市政府工作报告.txt of hd67a (the report on one line): its opening to the first figures.
REPORT = ("2020年开封市政府工作报告 1月16日，市长高建军在开封市第十五届人民代表大会第三次会议上作《政府工作报告》 各位代表： 现在，"
          "我代表市人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人士提出意见。 一、2019年工作回顾 刚刚过去的一年，"
          "是全市人民深受鼓舞、倍感振奋的一年。全市生产总值预计增长7.5%；一般公共预算收入154.86亿元，增长10.1%。\n")
# seeds/2008-08-08_开封新开通两条公交线路.txt of hd67a (traditional characters): its first paragraph.
NEW_LINES = "記者胡銳報道 昨日,我市又有兩條公交線路開通,投入營運車輛12臺。至此,我市開通的公交線路已達36條。\n"
# seeds/2021-04-28_五一假期增设临时停车位.txt of hd67a: its headline and first paragraph.
PARKING = ("五一假期期间 开封市将增设3200多个临时停车位\n2021-04-28 11:09:43 来源:映象网\n\n"
           "为做好五一假期期间主要景区机动车停车管理工作,保障道路交通畅通,4月27日上午,开封市就五一假期期间主要景区机动车停车管理工作"
           "召开会议。开封市政府办公室副主任刘杰,开封市公安局党委委员、交警支队长徐桢以及市区相关部门负责人参加了当天的会议。\n")


def test_d1_a_word_of_how_many_before_citizens_is_no_place(tmp_path):
    assert subject_place("不少市民通过拨打电话、发送电子邮件以及写信的方式表达意见。") is None
    assert subject_place("许多市民反映停车难。") is None
    assert not any(map(is_place, ("不少市", "许多市", "很多市", "众多县", "诸多区", "大批市")))
    assert is_place("开封市") and is_place("多伦县")  # (a name opening on 多 is still one)
    ff = distil(tmp_path, kaifeng(tmp_path), BUS_LINES, "2014-06-04_开封2014年新增4条公交线路.txt")
    assert {f.jurisdiction for f in ff.facts} == {"开封市"}, [(f.jurisdiction, f.text[:20]) for f in ff.facts]


def test_d2_a_counts_label_ends_before_a_verb_ending_on_ji():
    assert figure_labels("此次计划新增加的4条公交线路涉及复兴大道、夷山大街南口、魏都路东口和职教园区等，重点消除随城市发展而产生的"
                         "“公交盲区”。") == {"4条": "公交线路"}
    assert figure_labels("4个村庄遍及全县。") == {"4个": "村庄"}
    assert figure_labels("3个乡镇合并为1个镇。")["3个"] == "乡镇"
    assert figure_labels("3家企业以及2所学校。") == {"3家": "企业", "2所": "学校"}  # (以及 still parts the two)


def test_d3_a_reports_preamble_run_on_with_its_heading_is_no_fact(tmp_path):
    ff = distil(tmp_path, kaifeng(tmp_path), REPORT, "2020-01-16_开封市政府工作报告.txt")
    texts = [f.text for f in ff.facts]
    assert not any("向大会报告工作" in t or "高建军" in t for t in texts), texts
    assert any("154.86亿元" in t for t in texts)


def test_d4_a_bare_byline_is_no_part_of_the_fact(tmp_path):
    ff = distil(tmp_path, kaifeng(tmp_path), NEW_LINES, "2008-08-08_开封新开通两条公交线路.txt")
    fact = fact_saying(ff, "两条公交线路开通")
    assert fact.text.startswith("昨日，我市又有两条公交线路开通"), fact.text


def test_d4_yesterday_is_the_pages_month():
    from drafter.compose.sentences import absolute_time
    from drafter.model import SourceMeta

    source = SourceMeta(id="s", path="s.txt", sha256="0", kind="news", title="开封新开通两条公交线路", date="2008-08-08")
    dated = absolute_time("昨日，我市又有两条公交线路开通，投入营运车辆12台。", source, 2008)
    assert dated.text.startswith("2008年8月，我市又有两条公交线路开通"), dated.text
    assert "原文为“昨日”" in dated.marks[0].note


def test_d6_attendance_is_no_work_of_those_named(tmp_path):
    ff = distil(tmp_path, kaifeng(tmp_path), PARKING, "2021-04-28_五一假期增设临时停车位.txt")
    attended = fact_saying(ff, "参加了当天的会议")
    assert attended is None or attended.kind != "done", attended
    assert fact_saying(ff, "召开会议").kind == "done"
