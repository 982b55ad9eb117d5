"""hx66a2: a modal is stripped only as a modal; aims are no measures; a newer source is named only on the asks' matter; a hint
never quotes what another section drafts (held-out hd66a, 鞍山市市场监督管理局, 市政协十五届三次会议第124号提案, faults 3-5).

LEADING. 应/要 before what is asked is a modal and goes (要尽快完善…), never the first character of a word: 应对, 应急, 应用, 要素,
    要求 stay (积极应对“银发浪潮” was headed 对“银发浪潮”).
F3. A closing aim (守护群众“舌尖上的安全”, 筑牢…防线, 织密…“防火网”) is no point owed nor a 做法 part two quotes; the scope the
    ask's heading is asked in (聚焦重点场所和重点环节) is: the 做法 quoted is 聚焦重点场所和重点环节，加大…抽检力度.
F4. The reminder on old material names a newer source only where it says something on the asks' matter: the 2023 government
    work report, whose one word shared with the asks is 企业 (帮扶企业 / 深入学校、社区、村屯、企业和商超), is not named.
F5. The hint of the bureau's near work under 宣传 quoted …计划抽检150批次, the sentence drafted under (二): it quotes none a
    section drafts.
"""

from __future__ import annotations

import docx
import pytest
from helpers import comments_on, seeds_draft, unit_workspace

from drafter.compose.asks import LEADING, closing_aim, parse_asks

TITLE = "关于加强食品安全的建议"
# hd66a's suggestion.txt (the 124号提案 as the bureau's reply restates it).
SUGGESTION = ("关于加强食品安全的建议\n\n提案人：金泉禹委员\n食品安全关系群众身体健康，群众食品安全意识和参与监督的能力仍需提高，"
              "部分经营者主体责任落实不到位。建议：\n一、加强食品安全宣传，深入学校、社区、村屯、企业和商超，普及食品安全法律法规和科学常识，"
              "提高群众的食品安全意识和监督能力；\n二、聚焦重点场所和重点环节，加大食品安全监督检查和抽检力度，守护群众“舌尖上的安全”。\n")
SCOPED = "聚焦重点场所和重点环节，加大食品安全监督检查和抽检力度。"
# seeds/2022-08-09_anshan-nipai-wojian-nidian-wojian.txt of hd66a (中国质量报, reposted in traditional characters): its
# headline, date line and paragraphs two to four — not the first, the bureau's visit to 银环社区 to explain food-safety law,
# which since hx66a1 is read as the bureau's work and answers 宣传 itself: without it 宣传 has only near work, F5's case.
CHECKS = ("遼寧鞍山市集中開展“你拍我檢”“你點我檢”活動\n\n2022-08-09 11:28:04 中國質量報\n\n"
          "為切實提升鞍山市食品安全保障水平,確保群眾“米袋子”“菜籃子”安全,充分形成多方參與、社會共治的良好局面,鞍山市市場監管局于7-8月"
          "在全市范圍內集中開展食品安全“你拍我檢”“你點我檢”活動,計劃抽檢150批次。\n\n"
          "“你拍我檢”活動,是鞍山市市場監管局在“你點我檢”基礎上,擴大食品安全公眾參與度推出的一種新模式。公眾通過掃描二維碼進入“你拍我檢”"
          "意見征集界面,把關注的預包裝食品及該食品的生產經營企業名稱、經營場所、食品包裝、標簽標識等內容通過現場拍照形式上傳,以此參與食品抽檢。"
          "活動期間,對前50名參加“你拍我檢”的消費者上傳的符合抽樣條件的食品進行抽檢。\n\n"
          "與此同時,鞍山市市場監管局采取線上線下相結合的方式,持續開展“你點我檢”活動。結合市民飲食習慣,以“菜單”形式為公眾提供食品品種目錄。"
          "目錄涵蓋了日常消費量大的糧食加工品、食用油、油脂及其制品、肉制品、乳制品、飲料、食用農產品等種類,由市民通過手機“點”,"
          "市場監管部門來“檢”。\n")
# seeds/2023-01-07_anshan-zhengfu-gongzuo-baogao-2023.txt of hd66a: its head and the first paragraph of its review.
REPORT = ("2023年鞍山市政府工作报告\n——2023年1月7日在鞍山市第十七届人民代表大会第二次会议上\n市长 王忠昆\n发布时间:2023年01月31日\n"
          "信息来源:鞍山市政府网站\n\n各位代表:\n\n  一、2022年工作回顾\n\n"
          "  一年来,我们坚持精准施策、加压奋进,经济运行稳中向好。积极应对疫情多发频发等超预期因素,加力落实稳经济一揽子政策措施和接续政策,"
          "及时制定出台“2+10”系列稳增长政策举措,推动全市经济加快恢复。预计地区生产总值增长2%,固定资产投资增长3%,规模以上工业增加值增长0.5%,"
          "城乡居民人均可支配收入分别增长2.5%和3%。千方百计帮扶企业,建立“市长直通车”企业诉求直达通道,深入开展“三保三送”“党员干部结对企业”"
          "等行动,精准解决企业问题近千个,减轻企业税费负担50.8亿元,为中小微企业延期还本付息12.6亿元。\n")
SEEDS = {"2022-08-09_anshan-nipai-wojian-nidian-wojian.txt": CHECKS, "2023-01-07_anshan-zhengfu-gongzuo-baogao-2023.txt": REPORT}
AREAS = "铁东区, 铁西区, 立山区, 千山区, 台安县, 岫岩满族自治县, 海城市"


@pytest.mark.parametrize(("clause", "left"), [
    # (hd47a's title, h242; hd66a's 2023 report: 积极 goes, 应对 is a word)
    ("积极应对“银发浪潮”、精准提升老人养老幸福感", "应对“银发浪潮”、精准提升老人养老幸福感"),
    ("积极应对疫情多发频发等超预期因素", "应对疫情多发频发等超预期因素"),
    # (a 上海 suggestion's problem, test_drafts_for_other_bureaus; rv15's 一是要素保障…; seed 001's list; 上海's reply of qa18)
    ("应急保供能力有待提升", "应急保供能力有待提升"),
    ("要素保障更加有力", "要素保障更加有力"),
    ("应用研究、科技服务、金融支持、商业模式等诸多创新元素", "应用研究、科技服务、金融支持、商业模式等诸多创新元素"),
    ("要求各区人民政府建立健全", "要求各区人民政府建立健全"),
    # (a modal goes: 泰顺's 要尽快完善…, h266)
    ("要尽快完善农村供水保障应急预案", "尽快完善农村供水保障应急预案"),
])
def test_a_modal_goes_only_as_a_modal(clause, left):
    assert LEADING.sub("", clause) == left


def test_an_ask_opening_on_a_word_of_ying_keeps_it_in_its_heading():
    """hd47a's title asked as a numbered ask: headed 对“银发浪潮” before (its 应 taken for a modal)."""
    text = "建议：\n一、积极应对“银发浪潮”，精准提升老人养老幸福感。\n二、在乡村培育打造公益互助长者食堂，解决农村老年人吃饭难问题。\n"
    first, _ = parse_asks(text, "关于翔安区乡村积极应对“银发浪潮”，精准提升老人养老幸福感的建议")
    assert first.phrase == "应对“银发浪潮”"


def test_f3_a_closing_aim_is_no_point_and_the_scope_is_the_measure():
    publicity, checks = parse_asks(SUGGESTION, TITLE)
    assert checks.phrase == "加大食品安全监督检查和抽检力度"
    assert checks.points_asked == []  # (was 守护群众“舌尖上的安全”)
    assert checks.measures == SCOPED  # (was 守护群众“舌尖上的安全”。)
    assert publicity.measures.startswith("深入学校、社区、村屯、企业和商超，普及食品安全法律法规和科学常识")  # (nothing before it)
    # aims: hd66a's ask, its real reply's heading (加强宣传,全面筑牢食品安全防线), hd63a's 黔江 page (织密森林“防火网”、筑牢森林“防火墙”)
    assert all(closing_aim(a) for a in ("守护群众“舌尖上的安全”", "全面筑牢食品安全防线", "织密森林“防火网”", "筑牢森林“防火墙”"))
    # measures: 甘州区's ask (hd8: …，恢复井河混灌，保障地下水补给) and hd66a's own list
    assert not any(closing_aim(m) for m in ("保障地下水补给", "深入学校、社区、村屯、企业和商超"))


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    """hd66a's draft from its 2022 and 2023 seeds: the command's output, the draft's path, its comments and paragraphs."""
    tmp_path = tmp_path_factory.mktemp("hd66a")
    ws = unit_workspace(tmp_path / "ws", "鞍山市市场监督管理局", "市市场监管局", "鞍山市", AREAS)
    result, out = seeds_draft(tmp_path, ws, SEEDS, "124", TITLE, SUGGESTION, "--deputy", "金泉禹", "--session", "市政协十五届三次会议",
                              "--proposal", "--date", "2024-06-14")
    document = docx.Document(str(out))
    return result.output, out, [c.text for c in document.comments], [p.text for p in document.paragraphs]


def test_f3_the_draft_asks_for_no_aim_and_quotes_the_scoped_heading(drafted):
    _, _, said, _ = drafted
    assert not any("舌尖上的安全" in c for c in said), said
    assert any(f"做法为：“{SCOPED}”" in c for c in said), said


def test_f4_no_newer_source_sharing_one_listed_word_with_the_asks(drafted):
    """The reminder on old material names no government report whose only word of the asks' is 企业 (帮扶企业)."""
    output, _, said, _ = drafted
    reminder = next(line for line in output.splitlines() if "第一部分所用的材料最新的是2022年8月" in line)
    assert "较新的" not in reminder and not any("2023年鞍山市政府工作报告" in c for c in said), reminder


def test_f5_the_near_work_quoted_is_none_drafted_under_another_item(drafted):
    _, out, _, body = drafted
    assert any(t.startswith("为切实提升鞍山市食品安全保障水平") and "计划抽检150批次" in t for t in body), body
    notes = comments_on(out, "【待补充：加强食品安全宣传")
    # (near work quoted, as 有相近的情况 where the base holds nothing else on 宣传, 本单位相近的工作有 after other material)
    assert any("相近的" in c for c in notes) and not any("计划抽检150批次" in c for c in notes), notes
