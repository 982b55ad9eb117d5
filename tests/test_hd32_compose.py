"""What a draft claims in the bureau's name, found on held-out round hd32 (米易县妇女联合会 with no base, 昆明市统计局 over
other issuers' pages only, 楚雄州发展和改革委员会): part two's lead-in promised the proposal's own title as the bureau's
work carried on (下一步我会将继续组织“农村家庭教育大篷车”…), plain, over a base holding none of it.

Each test drafts in a small workspace of the page's own bureau, with the real proposal's lines (the held-out page named in
the test).
"""

from __future__ import annotations

from click.testing import CliRunner
from helpers import comments_on, part_one, part_two_of, sections, seeds_draft, unit_workspace

import docx

from drafter.cli import cli

MIYI_AREAS = "攀莲镇, 丙谷镇, 白马镇, 撒莲镇, 垭口镇, 草场镇, 普威镇, 湾丘彝族乡, 麻陇彝族乡, 新山傈僳族乡, 白坡彝族乡"
# 陶开云's proposal to 县政协十五届五次会议 (第29号), as 米易县妇联's reply of 2025-12-31 (scmiyi.gov.cn) names its asks.
MIYI_TITLE = "关于组织“农村家庭教育大篷车”打造民生服务共富品牌的建议"
MIYI_29 = """关于组织“农村家庭教育大篷车”打造民生服务共富品牌的建议
建议：组织“农村家庭教育大篷车”，深入乡镇村（社区）巡回服务，打造民生服务共富品牌。在服务目标上：
一是知识普及。面向农村家长普及科学育儿知识，覆盖0-6岁儿童身心发展规律、亲子沟通技巧等内容，推广家庭教育科学方法。
二是问题解决。针对农村家庭教育中的亲子沟通、心理健康等突出问题，提供面对面咨询指导，帮助家长解决实际困难。
三是资源链接。整合妇联、教育、共青团、民政等部门和社会力量的家庭教育资源，把服务送到农村家庭身边。
"""


def _miyi(tmp_path, *options: str):
    """米易县妇联's draft of 第29号提案 from an empty base (a clerk's first day): the command's result and the draft's path."""
    ws = unit_workspace(tmp_path / "ws", "米易县妇女联合会", "县妇联", "米易县", MIYI_AREAS)
    (tmp_path / "29.txt").write_text(MIYI_29, "utf-8")
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", "29", MIYI_TITLE, "--deputy", "陶开云", "--proposal",
                                      "--session", "县政协十五届五次会议", "--type", "B", "--date", "2025-12-31",
                                      "--text", str(tmp_path / "29.txt"), "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return result, out


def test_lead_in_over_no_work_claims_none_going_on_and_flags_the_title_as_a_promise(tmp_path):
    """hd32c F1: over a base of no work nor plan, part two's lead-in says no 继续 (no work is under way), and the
    proposal's ask it says as the bureau's step is highlighted and commented as a promise to confirm."""
    _, out = _miyi(tmp_path)
    lead = part_two_of(docx.Document(str(out)).paragraphs)[0]
    assert "组织“农村家庭教育大篷车”" in lead.text and "继续" not in lead.text, lead.text
    said = [r.text for r in lead.runs if r.font.highlight_color]
    assert any("组织“农村家庭教育大篷车”" in t for t in said), [r.text for r in lead.runs]
    assert any("不是已定的计划" in c for c in comments_on(out, lead.text[:8])), comments_on(out, lead.text[:8])


KUNMING_AREAS = "五华区, 盘龙区, 官渡区, 西山区, 呈贡区"
# 香港商报, 2025-11-11 (hkcd.com/hkcdweb/content_p/2025/11/11/content_192590.html): 昆明's 十四五 results, as the store holds
# its first lines (traditional characters).
HKCD_KUNMING = """近日,記者從雲南省高質量完成「十四五」規劃系列新聞發布會昆明專場獲悉,「十四五」以來,昆明經濟總量連續突破7000億元、8000億元大關,增速從2021年差全省3.6個百分點,轉變為2024年反超全省0.7個百分點。昆明對全省經濟增長的貢獻率從2020年的13.3%躍升至2024年的31.9%,切實發揮了省會城市的「火車頭」作用。
昆明市堅持大抓產業、主攻工業,通過統籌推進工業強市、貿易富市、旅遊興市、金融活市,大力培育新質生產力,加快構建現代化產業體系。傳統產業煥發新機,新興產業集聚發展,未來產業破局起勢。目前,化工、冶金、煙草、數字經濟、生物醫藥5個產業鏈已達千億級,裝備製造、新材料2個產業鏈正加速向千億級邁進。
2024年,全市產業投資占比達到39.5%,較2020年的16.2%實現翻番,其中工業投資占比達到26.3%、為25年來最高水平。全市規上工業增加值增長7%,分別高於全國、全省1.2個、3.7個百分點,對全省工業的貢獻率達到59.4%,比2020年提高了近50個百分點。昆明抓經濟發展不僅抓出了速度,而且抓出了質量。2024年,全部工業對全市經濟增長貢獻率達到32.6%,新興產業對全市工業增長的貢獻率達到95%,經濟發展逐步擺脫了對房地產的依賴。
"""
# 昆明市发展和改革委员会's report on the 2021 plan (dwqgbh.cn mirror, as the store holds it): its first lines.
KM_PLAN_2021 = """关于昆明市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告
一、2021年国民经济和社会发展计划执行情况
2021年,是“十四五”规划和全面建设社会主义现代化国家的开局之年,面对错综复杂的国际国内环境,全市上下坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的十九大和十九届历次全会精神,持续深入贯彻习近平总书记考察云南重要讲话和重要指示批示精神,坚持稳中求进工作总基调,统筹抓好疫情防控和经济社会发展,实现经济恢复性增长和社会事业发展进步。
(一)2021年国民经济和社会发展计划目标完成情况
对照市十四届人大六次会议确定的经济社会发展主要目标,地区生产总值增速、固定资产投资增速两项指标低于计划目标,其余指标超额完成。地区生产总值7222.5亿元,增长3.7%;固定资产投资(不含农户)下降7.8%;社会消费品零售总额3386.4亿元,增长10.3%,超计划目标0.3个百分点;一般公共预算收入689.1亿元,增长5.9%,超计划目标2.4个百分点;城乡居民人均可支配收入分别为52523元、19507元,分别增长9.4%、10.1%,居民收入增速跑赢经济增速;万元生产总值能耗预计下降3.5%,完成省下达任务;主要污染物排放量削减完成省下达任务;居民消费价格总水平上涨0.2%,低于控价目标3.3个百分点;城镇登记失业率3.86%,就业保持总体稳定;粮食产量104万吨,稳定在100万吨以上。
"""
# hd32b's probe: a suggestion on the statistics bureau's own work.
KUNMING_TITLE = "关于加强我市经济运行监测分析助推产业投资和工业经济发展的建议"
KUNMING_88 = """关于加强我市经济运行监测分析助推产业投资和工业经济发展的建议
建议：一、加强对产业投资、工业投资的统计监测，及时反映产业投资占比变化；二、加强规模以上工业增加值等主要指标的分析研判，为市委市政府决策提供依据；三、做好地区生产总值核算和统计数据发布。
"""


def test_a_newspapers_account_on_no_ask_is_no_work_of_the_bureau(tmp_path):
    """hd32b F1: a newspaper's account of the city's industrial policy (昆明市坚持大抓产业、主攻工业…5个产业链已达千亿级), on
    the title's matter but on none of the asks (统计监测, 分析研判, 核算), does not open the statistics bureau's part one."""
    ws = unit_workspace(tmp_path / "ws", "昆明市统计局", "市统计局", "昆明市", KUNMING_AREAS, "我市统计工作")
    _, out = seeds_draft(tmp_path, ws, {"km_14th5_2025.txt": HKCD_KUNMING, "km_jhzx_2021.txt": KM_PLAN_2021},
                         "88", KUNMING_TITLE, KUNMING_88, "--deputy", "张某", "--date", "2025-06-20")
    said = "".join(part_one(docx.Document(str(out))))
    assert "统计监测" in said  # (part one is there, its asks' placeholders)
    assert "大抓产业" not in said and "千亿级" not in said, said


CHUXIONG_AREAS = "楚雄市, 禄丰市, 双柏县, 牟定县, 南华县, 姚安县, 大姚县, 永仁县, 元谋县, 武定县"
# 魏朝凡's suggestion to 州十三届人大五次会议 (第0132号), its problems and its one ask as 楚雄州发展和改革委员会's reply of
# 2025-05-22 quotes them.
CHUXIONG_TITLE = "关于大力实施新能源汽车“充电桩进村庄”惠民工程的建议"
CHUXIONG_0132 = """关于大力实施新能源汽车“充电桩进村庄”惠民工程的建议

领衔代表：魏朝凡

目前，我州公共充电桩基本集中在县城和乡镇集镇，行政村还是空白，自然村建有公共充电桩，但覆盖面较窄；新能源汽车“充电难、充电慢”的问题比较突出。

为此建议：

一、加强与国土空间规划、配电网规划、城乡建设规划、小区建设改造规划、乡村振兴发展规划等相衔接，大力实施新能源汽车“充电桩进村庄”惠民工程，适度超前建设充电基础设施。
"""


def test_a_lone_asks_placeholder_names_what_it_asks_not_the_problem_before_it(tmp_path):
    """hd32a F4: a text of one ask after its 为此建议： — the placeholder (and `requests`) name what it asks (适度超前建设
    充电基础设施), never the deputy's problem statement before it (新能源汽车“充电难、充电慢”的问题比较突出)."""
    ws = unit_workspace(tmp_path / "ws", "楚雄州发展和改革委员会", "州发展改革委", "楚雄州", CHUXIONG_AREAS)
    (tmp_path / "0132.txt").write_text(CHUXIONG_0132, "utf-8")
    out = tmp_path / "draft.docx"
    runner = CliRunner()
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", "0132", CHUXIONG_TITLE, "--deputy", "魏朝凡", "--type", "B",
                                 "--date", "2025-05-22", "--text", str(tmp_path / "0132.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    said = "".join(part_one(docx.Document(str(out))))
    assert "适度超前建设充电基础设施" in said and "问题比较突出" not in said, said
    listed = runner.invoke(cli, ["-w", str(ws.root), "requests", str(out)]).output
    assert "充电基础设施" in listed and "问题比较突出" not in listed, listed


def test_a_co_handler_the_ask_names_by_its_field_is_asked_under_that_ask(tmp_path):
    """hd32c F2: ask 3 names 教育、共青团 among the units whose resources it pools; 县教体局 (教育和体育局) and 团县委 (the
    youth league's county committee) are asked for their part under it, not in sections of their own (（四）【待县教体局提供：
    小标题】), as the real reply reports them under the ask they serve."""
    _, out = _miyi(tmp_path, "--with", "县教体局", "--with", "团县委")
    parts = sections(docx.Document(str(out)))
    assert not any("提供" in heading for heading in parts), list(parts)
    pooled = "".join(parts["资源链接"])
    assert "【待县教体局提供：" in pooled and "【待团县委提供：" in pooled, parts


def test_a_plain_replys_lead_over_gaps_alone_asks_for_the_matters_state_claiming_no_work(tmp_path):
    """hd32c, item 1's check: a plain reply over no work of the bureau's opened part one on 近年来，我会…积极开展工作 — a claim
    of work no paragraph reports yet, then highlighted; hd46a: still a claim nothing in the base bears out. The paragraph
    asks for the matter's present state, under its comment saying why."""
    ws_root = tmp_path / "ws"
    _miyi(tmp_path)  # (the workspace, then drafted again in the bureau's plain form)
    with open(ws_root / "drafter.yaml", "a", encoding="utf-8") as config:
        config.write("draft:\n  form: plain\n")
    out = tmp_path / "plain.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws_root), "draft", "29", MIYI_TITLE, "--deputy", "陶开云", "--proposal",
                                      "--type", "B", "--date", "2025-12-31", "--text", str(tmp_path / "29.txt"),
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert not any("积极开展工作" in p for p in paragraphs), paragraphs
    lead = next(p for p in paragraphs if p.startswith("【待补充：") and "方面的现状（基本情况、存在的问题）】" in p)
    assert any("尚待补充，本段不写“近年来" in c for c in comments_on(out, lead))
