"""Places read from real text: words of a sentence before a level word are no name (a verb, a title
won, a slogan, a pair of level words, a flag: 考核县, 做好市, 列入市, 优秀市, 工程试点县, 科教兴市,
唯一旗县, 机关党旗), a zone's epithet or a sequence word is no zone's name (品牌园区, 活力新区,
下一步新区); a prefecture named short by its 州 is one of the autonomous prefectures (黔东南州,
西双版纳州; not 持泉州); a county whose name opens with 和 is read whole (晋中市和顺县), and a county of
one character after 在/由 (在沛县); a name holding 和 is read whole (呼和浩特市, 平和县). The seeds and the corpus are read in place, as ``drafter distill``
reads them."""

from __future__ import annotations

import pytest
from helpers import CORPUS, REPO, needs_corpus
from helpers import place_names as names

from drafter.distill.figures import normalise
from drafter.distill.places import innermost, is_place, org_names, place_chain
from drafter.read import read_document


def read_names(path) -> set[str]:
    return set(names(normalise(read_document(path).text)))


@pytest.mark.parametrize("text, places", [
    # seed 001 (泉州 2017 report), seed 000 and 004
    ("把财政科技投入作为考核县(市、区)科技工作的一项重要指标", []),
    ("做好市级文明单位总评和省级文明单位初评", []),
    ("做好市科技局入驻市行政服务中心的自查", []),
    ("铁通电子、毫米电子2个项目被列入市高层次人才创新创业项目", []),
    ("一是推行园区摘牌考核制。", []),
    ("持续推进“机关党旗红,科技系统在行动”主题活动", []),
    ("积极争取将持泉州“数控一代”各项工作2017年", []),
    # corpus 10 (咸宁), 21 (青浦), 23 (湖州), 24 (昆都仑); held-out style news (绵阳)
    ("必须从上级层面,破除市区一体的障碍。", []),
    ("依托“一园三区”品牌园区创建,全区软件和信息服务业持续", []),
    ("努力为青浦区建设成生态优美的产业高地和活力新区贡献力量。", ["青浦区"]),
    ("科技创新、人才工作分别被省委省政府考核为优秀市", []),
    ("并作为自治区唯一旗县被确定为“国家知识产权强县工程试点县(区)”。科教兴市考核连续六年位居全市第一", []),
    ("调研组高度肯定了科技城新区成立一年来取得的明显成绩,并对下一步新区的发展提出了意见和建议。", ["科技城新区"]),
])
def test_words_before_a_level_word_are_no_name(text, places):
    assert names(text) == places


def test_names_ending_like_those_words_stay_names():
    # a district whose stem ends in 市 (沙市区), a city in X州 before its 市, counties named by a
    # word's characters (长兴县, 嘉兴市: two characters before 兴)
    assert names("荆州市沙市区新增企业") == ["荆州市", "沙市区"]
    assert names("泉州市鲤城区、晋江市") == ["泉州市", "鲤城区", "晋江市"]
    assert is_place("长兴县") and is_place("嘉兴市") and is_place("准格尔旗")
    # a name's level before a word opening with a level word (市场, 县域, 市县两级, 区县) ends the name
    assert names("，泉州市市场监管局牵头") == ["泉州市"] and names("，晋江市县域经济") == ["晋江市"]
    assert names("福建省市县两级财政") == ["福建省"]


def test_the_seeds_read_no_such_word_as_a_place():
    seed_2017 = read_names(REPO / "seeds" / "001_fa2a5beafb4408f4.txt")
    assert not seed_2017 & {"考核县", "做好市", "推行园区", "持泉州", "机关党旗"}
    assert {"鲤城区", "晋江市", "石狮市", "南安市", "安溪县"} <= seed_2017
    assert "列入市" not in read_names(REPO / "seeds" / "000_60a5176dfe2077e9.txt")


@needs_corpus
def test_the_corpus_reads_no_such_word_as_a_place():
    kunlun = read_names(CORPUS / "24_kunlun_plan_nd.txt")
    assert not kunlun & {"唯一旗县", "工程试点县", "科教兴市"} and "昆都仑区" in kunlun
    qingpu = read_names(CORPUS / "21_qingpu_report_2016.txt")
    assert not qingpu & {"品牌园区", "活力新区"} and "青浦区" in qingpu
    assert "优秀市" not in read_names(CORPUS / "23_huzhou_plan_2021.txt")
    assert "破除市区" not in read_names(CORPUS / "10_xianning_coreply_2021.txt")


def test_a_prefecture_named_short_by_its_zhou():
    assert names("，黔东南州科技局组织开展") == ["黔东南州"] and org_names("，黔东南州科技局组织") == ["黔东南州科技局"]
    assert names("在西双版纳州举办") == ["西双版纳州"]
    assert names("贵州省黔东南州新增企业") == ["贵州省", "黔东南州"] and innermost("黔东南州科学技术局") == "黔东南州"
    assert names("，恩施州科技局") == ["恩施州"] and names("，湘西州新增") == ["湘西州"]
    for words in ("持泉州", "福建泉州", "礼遇泉州"):  # words before a city named X州
        assert not is_place(words), words


def test_a_county_whose_name_opens_with_a_conjunction():
    # 和顺县 (晋中市) is one name; 和 joins 徐州市 and 沛县, whose stem alone is a county
    assert names("晋中市和顺县新增科技型中小企业") == ["晋中市", "和顺县"]
    assert names("，和顺县新增企业") == ["和顺县"] and names("在和顺县举办") == ["和顺县"]
    assert place_chain("晋中市和顺县") == ["晋中市", "和顺县"]
    assert org_names("晋中市和顺县科技局组织") == ["晋中市和顺县科技局"]
    assert names("广东省河源市和平县新增") == ["广东省", "河源市", "和平县"]
    assert names("徐州市和沛县共建产业创新中心") == ["徐州市", "沛县"]
    # names holding 和: 呼和浩特市 (not 浩特市), 平和县 and 政和县 of 福建 (were no place)
    assert names("在呼和浩特市举办") == ["呼和浩特市"] and org_names("，呼和浩特市科技局") == ["呼和浩特市科技局"]
    assert names("福建省漳州市平和县新增") == ["福建省", "漳州市", "平和县"] and names("，政和县科技局") == ["政和县"]


def test_a_county_of_one_character_after_a_function_character():
    assert names("企业在沛县落户") == ["沛县"]
    assert names("由沛县科技局牵头") == ["沛县"]
    assert names("三明市将乐县新增") == ["三明市", "将乐县"]  # 将 opens the name
    assert names("积极对口县区帮扶") == [] and names("企业在全县落户") == []
