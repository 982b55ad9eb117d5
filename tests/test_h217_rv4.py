"""rv4's distill-side findings (a blind review of f76e1594..27770a7c): a span counted back or funds won read as a deadline's aim
(4), work under the standing committee's supervision read as the committee's (5), a place's count read as a person's back-story
(6), a service named 陪同 read as a unit only come along (11), a place's own batch read as a rank (12), a city's own roads and
lamps read as a road's name (13), a note in brackets read as a reporter's name, and an editor's credit the reader dropped never
counting the page as news (14, 19), a three-line headline read as verse (15), a sentence a plan prints under each item
dropped as a caption (17, 20). Each case is the reviewer's line; the case each rule was written for stays."""
from __future__ import annotations

from helpers import WANG, distil, fact_saying, unit_workspace

from drafter.distill.facts import AIM_AHEAD, figure_positions, only_targets
from drafter.distill.figures import find_figures
from drafter.distill.places import ranked_in, short_forms
from drafter.model import DONE
from drafter.read import read_document


def _all_targets(sentence: str, doc_year: int = 2023) -> bool:
    return only_targets(sentence, figure_positions(sentence, find_figures(sentence, sentence)), doc_year)


def test_a_span_counted_back_or_funds_won_is_no_deadline_of_an_aim():
    """近三年内，争取上级资金2.3亿元，实施项目12个。 (a result: 近 counts the years back) was all targets; …，两年内，争取中央预算内资金
    5000万元。 (funds won) ended on an aim; hd43b's 在两年内，争取…把…10个美丽乡村，打造成… is still one."""
    assert not _all_targets("近三年内，争取上级资金2.3亿元，实施项目12个。")
    assert not _all_targets("过去两年内，争取上级资金5000万元，实施项目8个。")
    assert not AIM_AHEAD.search("我局积极对接，两年内，争取中央预算内资金5000万元。")
    assert _all_targets("积极贯彻落实《郑州市乡村旅游民宿高质量发展实施意见》，在两年内，争取按照A级旅游景区标准把唐庄郭庄村、"
                        "王河村等10个美丽乡村，打造成A级旅游景区。")


def test_work_under_the_standing_committees_supervision_is_the_bureaus(tmp_path):
    """在县人大常委会的监督指导下，我局积极推进项目建设，完成投资3亿元。 was the committee's work (background): the committee is
    not the clause's subject; 我局 did the work."""
    ws = unit_workspace(tmp_path / "ws", "某县发展和改革局", "县发改局", "某县")
    ff = distil(tmp_path, ws, "张某代表：\n您提出的《关于加快项目建设的建议》收悉，现答复如下：\n"
                "在县人大常委会的监督指导下，我局积极推进项目建设，完成投资3亿元。\n感谢您对我们工作的关心。\n",
                "2023-05-11_答复张某代表项目建设建议.txt")
    assert fact_saying(ff, "完成投资3亿元").kind == DONE


def test_a_places_count_of_an_event_is_no_persons_back_story(tmp_path):
    """A 2023 news item opening 2021年，全县出生人口1.2万人… or 2021年，全县新增返乡入乡创业人员320人。 reviews 2021 (the scope and
    the count are a place's), as the one opening on 王竹康's enlisting (test_h211_periods) does not."""
    ws = unit_workspace(tmp_path / "ws", "怀宁县退役军人事务局", "县退役军人事务局", "怀宁县")
    for opening in ("2021年，全县出生人口1.2万人，较上年下降8%。", "2021年，全县新增返乡入乡创业人员320人。"):
        page = WANG.replace("2011年，高中在读的王竹康应征入伍。", opening)
        assert distil(tmp_path, ws, page, "2023-08-01_王竹康返乡创业.txt").source.period == 2021, opening


def test_a_service_named_for_going_along_is_the_units_own_work():
    """区民政局推出老年人就医陪同服务: 陪同 names the service, the bureau is the one at work (it was dropped as a unit only come
    along); 市市场监管局…有关人员陪同 and 在区民政局有关负责同志陪同下 still only came along."""
    assert short_forms("区民政局推出老年人就医陪同服务，全年服务老人300人次。")["区民政局"] == 1
    assert not short_forms("市市场监管局党组和法规科有关人员陪同。")
    assert not short_forms("在区民政局有关负责同志陪同下，调研组察看了养老院。")


def test_a_places_own_batch_of_work_is_no_rank():
    """2023年，郑州市第二批城市更新项目共42个: 郑州市's batch of its work, where it was done; 李家门中岳行宫是郑州市第二批文物保护
    单位 is the level whose list the temple is on."""
    text = "2023年，郑州市第二批城市更新项目共42个，总投资56亿元。"
    assert not ranked_in(text, text.index("郑州市"), text.index("郑州市") + 3)
    text = "李家门中岳行宫是郑州市第二批文物保护单位，现存山门。"
    assert ranked_in(text, text.index("郑州市"), text.index("郑州市") + 3)


def test_a_citys_own_roads_opening_the_title_are_the_citys(tmp_path):
    """宜昌道路运输安全形势稳定: 道 opens 道路 (the city's roads), not a road named 宜昌道; the page is 宜昌市's."""
    ws = unit_workspace(tmp_path / "ws", "荆州市交通运输局", "市交通运输局", "荆州市")
    page = ("宜昌道路运输安全形势稳定\n"
            "今年以来，宜昌交通运输部门持续开展道路运输安全专项整治，宜昌全市未发生较大以上道路运输安全事故。"
            "宜昌各县市区共检查运输企业320家，整改隐患560处。\n")
    assert distil(tmp_path, ws, page, "2023-06-01_宜昌道路运输安全形势稳定.txt").source.jurisdiction == "宜昌市"


def test_a_note_in_brackets_is_no_reporters_name(tmp_path):
    """…请各单位认真落实。（附件略） closing a reply was read as a reporter's name closing a news item: the reply was news."""
    ws = unit_workspace(tmp_path / "ws", "某县发展和改革局", "县发改局", "某县")
    page = "关于加快项目建设建议的答复\n我局高度重视，2022年完成投资3亿元，新建项目12个。请各单位认真落实。（附件略）\n"
    assert distil(tmp_path, ws, page, "2023-06-01_关于加快项目建设建议的答复.txt").source.kind == "reply"


# hd42a's seed 2014-06-01_德江一中复查评估教育投入.txt, its second and third paragraphs under a headline of their words, as the
# county's own site would print them (我县 for 该县: no third party's article by its words alone).
EDITED = ("德江县四年投入教育经费近19亿元\n"
          "近年来,该县积极争取项目资金投入,倾注大量的人力、物力、财力,认真落实了“西部农村寄宿制项目”、中小学危房改造工程、"
          "中小学生生活设施改造、校舍安全工程、“班班通”工程建设等项目。教育投入逐年加大,近四年县累计投入教育经费近19亿元,年均增长21%以上。\n"
          "在教育经费的有力保障下,该县中小学校面貌焕然一新,城乡教育基础设施得到了进一步的完善,该县教育事业步入了快速健康发展的"
          "“快车道”。(编辑:胡勇)\n").replace("该县", "我县")


def test_a_page_closed_by_its_editors_credit_is_news(tmp_path):
    """(编辑:胡勇) closing the page: the reader drops it from the text, and the page was then no news by its credit (a work
    report). The credit the reader drops is the one that makes the page news."""
    ws = unit_workspace(tmp_path / "ws", "德江县教育局", "县教育局", "德江县")
    ff = distil(tmp_path, ws, EDITED, "2014-06-01_德江一中复查评估教育投入.txt")
    assert ff.source.kind == "news", ff.source.kind
    assert "胡勇" not in fact_saying(ff, "快车道").text


def test_a_headline_of_three_lines_is_no_verse(tmp_path):
    """全力以赴抓落实 / 登封市加快推进国土绿化 / 确保完成年度造林任务 (引题, 主题, 副题) read as a poem: the page had no title."""
    ws = unit_workspace(tmp_path / "ws", "登封市林业局", "市林业局", "登封市")
    page = ("全力以赴抓落实\n登封市加快推进国土绿化\n确保完成年度造林任务\n"
            "本报讯 今年以来，登封市围绕年度造林任务，完成造林2.3万亩，森林覆盖率达42.5%。\n")
    assert distil(tmp_path, ws, page, "2019-03-12_x.txt").source.title == "全力以赴抓落实"


def test_a_sentence_printed_under_each_item_is_kept(tmp_path):
    """A plan printing 完成时限：2024年12月底前。 under each of its items: a sentence, the item's deadline, was dropped as a
    caption printed under each picture."""
    path = tmp_path / "2024-03-01_工作方案.txt"
    path.write_text("某县2024年城乡环境整治工作方案\n"
                    "一、开展城区道路整治。对主次干道破损路面进行修复。\n完成时限：2024年12月底前。\n"
                    "二、开展农贸市场整治。规范市场经营秩序。\n完成时限：2024年12月底前。\n"
                    "三、开展背街小巷整治。清理乱堆乱放。\n完成时限：2024年12月底前。\n", "utf-8")
    assert read_document(path).text.count("完成时限：2024年12月底前。") == 3
