"""rv18's severity-1 findings 1–4 and 6 (a blind review of c51f7969..237f9f7a):

1. a clause after ； opening on two or three characters and the verb of the place before it is another place's only in a list of
   places doing it (温县开放…；修武开放…, hd54b), never after the first place's (鲤城区共有小学30所；初中共有12所；高中共有5所: one
   fact, its 12所 and 5所 kept), nor does such a clause lose the place the paragraph tells of;
2. 我区 in an autonomous region's page is the region itself; a province's page gives 我市's statement to the city speaking it;
3. a reply's title asking for work to be put in a plan (关于将…纳入年度工作计划的建议的答复) makes none of its sections plans;
4. a transmittal goes up to its colon: the statement after it in its sentence stays (现将有关情况答复如下：一是2023年…);
6. a sentence opening on 同年, 与会, 与此同时 is no partner's: no bureau is put in front of it.
"""
from helpers import distil, unit_workspace

from drafter.compose.sentences import with_given_subject
from drafter.distill.facts import lower_own_place, place_split, without_enacting

QUANZHOU_EDUCATION = ("泉州市教育局", "市教育局", "泉州市")


def test_1_a_clause_after_the_first_places_is_no_other_places(tmp_path):
    assert place_split("鲤城区共有小学30所；初中共有12所；高中共有5所。") == ["鲤城区共有小学30所；初中共有12所；高中共有5所。"]
    page = "泉州市教育事业发展概况\n\n发布日期:2024-03-05\n\n2023年，全市教育事业稳步发展。鲤城区共有小学30所；初中共有12所；高中共有5所。全市新增学位1.2万个。\n"
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *QUANZHOU_EDUCATION), page, "2024-03-05_泉州市教育事业发展概况.txt")
    schools = next(f for f in ff.facts if "初中共有12所" in f.text)
    assert "高中共有5所" in schools.text
    assert [g.raw for g in schools.figures][:3] == ["30所", "12所", "5所"]


def test_1_a_clause_after_a_places_own_stays_its(tmp_path):
    page = ("泉州市教育事业发展概况\n\n发布日期:2024-03-05\n\n2023年，全市教育事业稳步发展。\n\n鲤城区新建小学3所，投入资金2亿元；"
            "初中新建校舍2万平方米，新增学位3000个。\n")
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *QUANZHOU_EDUCATION), page, "2024-03-05_泉州市教育事业发展概况.txt")
    assert {f.jurisdiction for f in ff.facts if "3000个" in f.text} == {"鲤城区"}


def test_2_an_autonomous_regions_own_statements_stay_its(tmp_path):
    page = ("宁夏回族自治区农业农村厅2023年工作总结\n\n发布日期:2024-01-20\n\n一、主要工作成效\n\n"
            "2023年，我区新建高标准农田120万亩，其中银川市兴庆区完成8万亩。我区粮食总产量达到380万吨。\n")
    ws = unit_workspace(tmp_path / "ws", "宁夏回族自治区农业农村厅", "自治区农业农村厅", "宁夏回族自治区")
    fact = next(f for f in distil(tmp_path, ws, page, "2024-01-20_总结.txt").facts if "120万亩" in f.text)
    assert (fact.jurisdiction, fact.external) == ("宁夏回族自治区", False)  # (was 兴庆区, external)


def test_2_a_provinces_page_gives_our_city_to_the_city_speaking():
    spoken = "会上，郑州市、洛阳市作典型发言，新乡市表示，我市将全力做好安全生产工作。"
    assert lower_own_place(spoken, "河南省") == "新乡市"  # (was 郑州市, the first named)
    # (no city's words: a city named in the statement is not its speaker)
    assert lower_own_place("2023年，我市新建高标准农田120万亩，其中郑州市完成8万亩。", "河南省") == "河南省"


def test_3_a_reply_asking_for_a_work_plan_reports_done_work(tmp_path):
    reply = ("泉州市交通运输局\n关于将农村公路养护纳入年度工作计划的建议的答复\n尊敬的李某代表：\n"
             "您提出的《关于将农村公路养护纳入年度工作计划的建议》收悉，现答复如下：\n"
             "2023年，我局完成农村公路养护里程1200公里，投入资金3000万元，改造危桥15座。\n"
             "感谢您对交通运输工作的关心和支持。\n泉州市交通运输局\n2024年5月10日\n")
    ws = unit_workspace(tmp_path / "ws", "泉州市交通运输局", "市交通运输局", "泉州市")
    ff = distil(tmp_path, ws, reply, "2024-05-10_答复.txt")
    assert ff.source.kind == "reply"
    assert next(f for f in ff.facts if "1200公里" in f.text).kind == "done"


def test_4_a_transmittal_goes_up_to_its_colon_only():
    assert without_enacting("现将有关情况答复如下：一是2023年我局投入资金500万元，改造危桥15座。二是完成养护里程1200公里。") == (
        "一是2023年我局投入资金500万元，改造危桥15座。二是完成养护里程1200公里。")
    assert without_enacting("现将我局2023年工作情况报告如下：2023年，全市新建农村公路120公里。") == "2023年，全市新建农村公路120公里。"
    # (one ending at its colon, or sending the document on, goes whole — rs8's opening paragraph)
    assert without_enacting("该建议对推动工作具有重要意义。现根据我厅工作职能，将提案答复内容如下：") == "该建议对推动工作具有重要意义。"
    assert without_enacting("现将有关情况函告如下，请予支持。全年完成投资3亿元。") == "全年完成投资3亿元。"


def test_6_a_sentence_opening_on_a_time_or_on_attendees_gets_no_bureau():
    text = "2022年，我局完成农村公路建设。同年，新建桥梁3座。"
    assert with_given_subject(["同年，新建桥梁3座。"], text, "我局") == ["同年，新建桥梁3座。"]
    met = "我局组织召开现场会。与会人员参观了示范点。"
    assert with_given_subject(["与会人员参观了示范点。"], met, "我局") == ["与会人员参观了示范点。"]
    both = "我局开展演练。与此同时，加强会商研判。"
    assert with_given_subject(["与此同时，加强会商研判。"], both, "我局") == ["与此同时，加强会商研判。"]
    # (a partner unit before its verb still gets it: rs8's 与各指挥部成员单位…)
    joint = "我局开展演练。与市财政局联合印发通知。"
    assert with_given_subject(["与市财政局联合印发通知。"], joint, "我局") == ["我局与市财政局联合印发通知。"]
