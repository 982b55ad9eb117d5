"""h293: the costliest findings of the held-out tests hd55c (玉溪市文化和旅游局) and hd55a (文山州民政局): a section filled with
an off-topic fact, each on its seed's real lines.

a. 完善易门县小街乡孙兰英纪念馆配套设施 was answered by 易门铜矿…所在地绿汁镇配套设施不断完善 — another site, sharing only the
   generic 配套设施 and the county: a fact fills an ask on a named site's thing only when it says the site (by name or kind).
b. 明确农村公益性公墓的安葬范围 was answered by the 公墓 construction subsidies, and its plan by a funding plan: what the phrase
   asks of its thing (after 的: 安葬范围) must be said, not only the thing.
c. 根据《…》规定，每建一个乡镇级农村公益性公墓补助40万元 is a standard a document set, no statistic: no year is put before it
   and no 【待更新】 after it (was 2022年，…补助40万元【待更新：2022年全年数据】).
"""

from __future__ import annotations

import docx
from helpers import CEMETERY_TEXT, CEMETERY_TITLE, WENSHAN_AREAS, WENSHAN_REPLY
from helpers import part_one, part_two_texts, seeds_draft, unit_workspace

from drafter.compose.asks import Ask
from drafter.compose.select import says_asked_of

# seeds/2023-11-22_玉溪大力推动文旅产业融合发展.txt of hd55c: its head, its section heading and the paragraph on 易门铜矿.
YUXI_NEWS = ("吸引八方游客来体验“有一种叫云南的生活”——\n玉溪大力推动文旅产业融合发展\n发布时间:2023-11-22来源:玉溪网\n\n"
             "满足文旅消费新需求\n\n玉溪市全力推进国家工业遗产易门铜矿保护活化利用工作,使得这一“国字号”资源的所在地绿汁镇配套设施"
             "不断完善,游客服务承载能力不断提升。今年1至10月,绿汁镇吸引游客27万余人次。\n")
MEMORIAL_TITLE = "关于完善易门县小街乡孙兰英纪念馆配套设施的建议"
MEMORIAL_TEXT = "关于完善易门县小街乡孙兰英纪念馆配套设施的建议\n领衔代表：周晓华\n建议：完善易门县小街乡孙兰英纪念馆配套设施。\n"


def _memorial_draft(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "玉溪市文化和旅游局", "市文旅局", "玉溪市")
    _, out = seeds_draft(tmp_path, ws, {"2023-11-22_玉溪大力推动文旅产业融合发展.txt": YUXI_NEWS}, "0191", MEMORIAL_TITLE,
                         MEMORIAL_TEXT, "--deputy", "周晓华", "--type", "B", "--date", "2025-10-31")
    return docx.Document(out)


def _cemetery_draft(tmp_path, text: str = CEMETERY_TEXT):
    ws = unit_workspace(tmp_path / "ws", "文山壮族苗族自治州民政局", "州民政局", "文山壮族苗族自治州", WENSHAN_AREAS)
    _, out = seeds_draft(tmp_path, ws, {"2022-06-29_州人大64号公墓建设资金建议答复.txt": WENSHAN_REPLY}, "13010087",
                         CEMETERY_TITLE, text, "--deputy", "赵云柱", "--type", "B", "--proposal",
                         "--date", "2023-08-25")
    return docx.Document(out)


def test_a_another_sites_facilities_do_not_answer_the_named_sites(tmp_path):
    document = _memorial_draft(tmp_path)
    one = "".join(part_one(document))
    assert "易门铜矿" not in one and "绿汁镇" not in one, one
    assert "【待补充：完善易门县小街乡孙兰英纪念馆配套设施方面的工作情况及数据（注明年份）】" in one, one
    assert not any("易门铜矿" in p for p in part_two_texts(document))


def _ask(phrase: str, key: str) -> Ask:
    return Ask(phrase=phrase, text=f"{phrase}。", matter_keys=[key])


def test_a_the_named_site_is_said_by_its_name_or_kind():
    ask = _ask("完善易门县小街乡孙兰英纪念馆配套设施", "易门县小街乡孙兰英纪念馆配套设施")
    assert not says_asked_of("玉溪市全力推进国家工业遗产易门铜矿保护活化利用工作,使得这一“国字号”资源的所在地绿汁镇配套设施"
                             "不断完善", ask)
    # a real page's line on a memorial hall (人民交通网, 孙文龙纪念馆): on such a site, by its kind
    assert says_asked_of("近年来，当地启动建设生态农业观光万亩园区、文龙森林公园等工程，围绕孙文龙纪念馆形成了一馆五园的旅游资源"
                         "集群。", ask)
    assert says_asked_of("孙兰英故居修缮完成", _ask("完善孙兰英故居周边配套设施", "孙兰英故居周边配套设施")) is True


def test_b_what_is_asked_of_the_cemetery_is_said_not_only_the_cemetery(tmp_path):
    document = _cemetery_draft(tmp_path)
    paragraphs = [p.text for p in document.paragraphs]
    heading = paragraphs.index("（一）明确农村公益性公墓的安葬范围")
    section = paragraphs[heading + 1]
    assert section == "【待补充：明确农村公益性公墓的安葬范围方面的工作情况及数据（注明年份）】", section
    assert not any("495万元" in p for p in paragraphs)
    assert not any("积极向上争取农村公益性公墓建设资金" in p for p in part_two_texts(document))
    ask = _ask("明确农村公益性公墓的安葬范围", "安葬范围")
    assert says_asked_of("进一步明确农村公益性公墓的安葬范围，原则上只安葬本村村民", ask)
    assert not says_asked_of("积极向上争取农村公益性公墓建设资金，将争取到的资金逐步分配到各县（市）进行安排补助。", ask)


def test_c_a_standard_a_document_set_is_no_statistic(tmp_path):
    # (asked of the subsidy standard: since h298 the standard opens no part one of asks on 安葬范围)
    document = _cemetery_draft(tmp_path, CEMETERY_TEXT.replace("一、明确农村公益性公墓的安葬范围。",
                                                               "一、明确乡镇级农村公益性公墓的建设补助标准。"))
    said = next(p.text for p in document.paragraphs if "每建一个乡镇级农村公益性公墓补助40万元" in p.text)
    assert "2022年，根据" not in said and "补助40万元【待更新" not in said, said
    assert said.startswith("根据《文山州人民政府关于深化殡葬改革的实施意见》（文政发〔2016〕78号）规定，每建一个"), said
