"""A done fact goes under an ask it is about, not one it shares only its field's broad word with (h82, held-out
天门市生态环境局 第119号提案): 深入开展工业水污染防治 got the province's assessment of the city's 污染防治攻坚战 (我市被评定为
优秀等次), which says nothing of 工业 or 水污染 — 污染防治 is what a quarter of that bureau's facts say."""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import sections, unit_workspace

from drafter.cli import cli

# The bureau's public pages, as the tester found them (tianmen.gov.cn and its mirrors), simplified characters.
ASSESSMENT = """我市污染防治攻坚战成效考核获评全省优秀等次
发布时间:2024年09月27日
来源:天门市融媒体中心

近日，省生态环境保护督察工作领导小组通报了2023年度全省污染防治攻坚战成效考核情况，我市被评定为优秀等次。
2023年度，我市空气环境质量、水环境质量、土壤环境质量明显改善，优良天数比例为82.5%，较2022年提升4个百分点。8个考核断面水质达标率为100%，各项指标圆满完成考核目标。土壤环境稳定可控，建设项目用地安全利用有效保障。
近年来，我市不断优化产业结构，提升绿色发展质效，培育绿色发展新动能，能源结构和经济发展“含绿量”明显提升。同时，全面推进流域综合治理，打好污染防治攻坚战，加快补齐生态环境短板，生态环境保护各项工作稳步推进。
"""
MODEL_CITY = """成功创建省级生态文明建设示范市
发布时间:2022年11月08日

近年来，天门全市上下按照绿色发展的总体要求，凝心聚力、务实进取，不断加大生态环境保护力度，扎实整治突出环境问题，奋力打好污染防治攻坚战，有效促进了全市生态环境的持续改善。
在污染防治上，有效制定大气、水、土壤污染防治行动计划，持续改善大气环境质量，PM2.5、PM10浓度持续下降，空气质量优良天数比例不断提升。
狠抓天门河流域水环境综合治理，加强汉江、天门河和汉北河等地表水监测，加强城区雨污分流治理，促进水环境质量改善。
"""
REPLY_2020 = """天门市生态环境局关于市政协九届四次会议第121号提案的答复
天环函〔2020〕193号
2020年10月19日

一、积极开展项目谋划，争取中央资金支持农村水环境改善。2019年申报进入中央水污染防治专项项目库、2020年实施的天门市天门河拖市断面水环境综合整治项目中河道清淤工程部分将农村小微水体整治纳入综合整治范围，进行环保疏浚清除河道内源污染。
二、编制《天门市农村生活污水治理项目可行性研究报告》，谋划申报进入中央农村环境综合整治专项项目库。该项目计划在26个乡镇568个村范围内建设农村污水处理设施，实现农村生活污水雨污分流，减少农村生活污水对农村水环境的污染。
三、对农村养殖污染加强监管，对于涉及农村养殖污染的信访件及时处理及时回复。截止9月，我局共接到农村养殖污染问题相关信访件共20件。
"""
VISIT = """冯安龙到天门调研大气污染治理和督察整改工作
发布时间:2024年10月31日

10月30日上午，省生态环境厅监察专员冯安龙到我市调研大气污染治理和生态环境保护督察整改工作。
冯安龙一行来到胡市镇皂市河汉北河入河口、九真镇张家湖国家湿地公园，实地察看河湖水质、水位等相关情况，他指出，要常态化开展水质监测，加强入河排污口整治，加强农村面源污染治理，深入推进流域综合治理，通过源头管控确保河湖水质不断改善。
随后，冯安龙现场走访了立铭铝业和通格微电路科技等企业，他强调，要严格落实生态环境保护政治责任，牢固树立绿色发展理念，在秸秆禁烧、水环境治理等方面持续发力，全面补齐生态环境发展短板，不断提升污染治理能力和水平。要继续深入打好污染防治攻坚战，不断强化生态环境治理体系建设，从根本上解决高能耗、高污染的生态环境问题。
"""
ODOUR = """天门市生态环境局关于网友反映城区焦糊味的回复
2021年2月13日

经查，春节期间城区周边大部分企业放假停产，结合巡查走访情况，基本排除企业异常排放大气污染物。
"""
# Its industrial-water work, in the words of its 2025 reply (第119号提案, tianmen.gov.cn …/jytabl/t_5809121.shtml).
INDUSTRIAL_WORK = """天门市生态环境局2025年上半年工作情况
2025年7月10日

一、深入开展工业水污染防治。2025年，持续开展工业园区水污染整治专项行动，定期对天门经济开发区、蒋湖现代农业产业园等工业园区污水收集处理设施建设运行情况、园区污水管网、园区涉水企业、化工园区初期雨水收集情况等开展全面排查，实行“一园一策”整治。督导工业园区内工业企业生产废水接入了集中式污水处理设施处理，工业园污水处理厂均按要求安装在线监控设施并与生态环境部门联网。
"""
TITLE = "关于加强天门市重点河湖水环境综合整治的提案"
PROPOSAL = f"""{TITLE}
天门河、汉北河是我市重点河湖，事关全市水生态环境质量和群众生产生活。为此建议：
一、健全流域水质监测网。在手工监测基础上增设水质自动监测站点，对天门河及重要支流实行全时段水质监控，加强入河排污口监测巡查和溯源整治。
二、深入开展工业水污染防治。加强工业园区污水收集处理设施、园区污水管网和涉水企业的排查整治，确保工业废水应收尽收、达标排放。
三、持续推进水生态修复。积极争取中央资金支持，实施重点河湖水环境综合整治和水生态修复项目。
"""
INDUSTRY = "深入开展工业水污染防治"


def draft(tmp_path, *extra: tuple[str, str]):
    """天门市生态环境局's base of the pages above (and ``extra`` seeds: name, text), where 污染防治 is the field (污染 in
    more than a third of the facts), 第119号提案 drafted from it: part one's sections."""
    ws = unit_workspace(tmp_path / "ws", "天门市生态环境局", "市生态环境局", "天门市")
    with open(ws.root / "drafter.yaml", "a", encoding="utf-8") as setting:
        setting.write("draft:\n  form: parts\n")  # (its 2020 reply answers ask by ask: the held-out one has two parts)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in (("assessment.txt", ASSESSMENT), ("model.txt", MODEL_CITY), ("reply.txt", REPLY_2020),
                       ("visit.txt", VISIT), ("odour.txt", ODOUR), *extra):
        (seeds / name).write_text(text, "utf-8")
    (tmp_path / "119.txt").write_text(PROPOSAL, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(seeds)]).exit_code == 0
    out = tmp_path / "119.docx"
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", "119", TITLE, "--deputy", "倪卓敏", "--proposal",
                                 "--date", "2025-08-29", "--text", str(tmp_path / "119.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return sections(docx.Document(out))


def test_an_assessment_of_the_whole_field_is_no_answer_to_its_industrial_ask(tmp_path):
    """The 优秀等次 of the city's 污染防治攻坚战 shares with 深入开展工业水污染防治 only 污染防治, said all over the base: the ask
    keeps its placeholder asking for the industrial work."""
    drafted = draft(tmp_path)
    said = "".join(drafted[INDUSTRY])
    assert "优秀等次" not in "".join("".join(texts) for texts in drafted.values())
    assert "【待补充：" in said and "工业水污染防治" in said


def test_the_industrial_ask_gets_the_industrial_work_alone(tmp_path):
    """With the bureau's work on industrial parks in the base, 深入开展工业水污染防治 reports it, and none of the facts
    saying only 污染防治 (the assessment, 奋力打好污染防治攻坚战, the 大气、水、土壤污染防治行动计划) beside it."""
    said = "".join(draft(tmp_path, ("industry.txt", INDUSTRIAL_WORK))[INDUSTRY])
    assert "工业园区水污染整治专项行动" in said
    assert not any(w in said for w in ("优秀等次", "攻坚战", "行动计划"))
