"""dx60c: findings of the held-out tests hd70a (安顺市水务局) and hd70e (大英县教育局) on distillation, each on its seed's real
lines.

1. A statement set in one of the areas (在安顺市镇宁自治县六马镇板乐社区，…; 同样在镇宁的沙子乡龙井湾水库…) is that area's, and so is
   a later one of a thing in a town the page placed in it (纳井田水库…有效解决了六马镇及周边1.13万人… after 镇宁自治县六马镇), never
   the page's city's (was 安顺市 for all three); the city's own statements stay its.
2. A villager seen at work (村民王长江正在为…进行追肥) and a quotation in the first person opening a statement (“我种植蜂糖李有12年了，…”
   王长江说。) are background, no work done (were done); a label keeps no quotation mark opening it (was “我种植蜂糖李).
3. 党的十八大以来 runs from 2012 to the document's year: its totals (累计投入资金231.74亿元) are of 2012–2023 (were plain 2023).
4. A quotation before who said it that names a time or a figure (“…预计今年11月份竣工验收。”…汪俭军介绍，…) is kept with the
   statement (was cut to the words after 介绍); one saying only an aim is still cut (tests/test_hd30_answers.py).
5. A minimum a rule requires (明确要求…至少配备1名专职心理健康教育教师) is a standard, no figure (was a count of 1名); a statement
   opening on the year from which it holds (自2022年起，…) speaks of 2022 to the document's year, the 2024 training one step of it
   (was 2024).
"""

from __future__ import annotations

from helpers import distil, fact_saying, figure_labels, unit_workspace

from drafter.model import CONTEXT

# seeds/2023-06-01_anshun-water-projects.txt of hd70a (a news page in traditional characters), its first ten lines.
ANSHUN = (
    "在安順市鎮寧自治縣六馬鎮板樂社區,村民王長江正在為家里的60畝蜂糖李進行追肥、剪枝、清園。\n"
    "“我種植蜂糖李有12年了,沒修納井田水庫前都是靠天下雨,遇到干旱或雨水少時,果子品質差,產量也少。現在灌溉水從水庫通過溝渠直接到地里,再也不用為水發愁了。”王長江說。\n"
    "納井田水庫于2013年修建,2016年建設完成,總投資1.31億元,工程設計年供水量336.94萬立方米,有效解決了六馬鎮及周邊1.13萬人的抗旱應急水源問題和沿線7個村5000畝耕地的灌溉問題。\n"
    "安順市納井田水庫。鎮寧自治縣水務局供圖\n"
    "同樣在鎮寧的沙子鄉龍井灣水庫是2023年4月底才下閘蓄水的,正處在試運行階段。\n"
    "“水庫試運行主要是檢驗泵站、高位水池、管道等是否能正常運行,預計今年11月份竣工驗收。”鎮寧自治縣水務局建設管理站工作人員汪儉軍介紹,龍井灣水庫總庫容131萬立方米,為小(1)型水庫,主要任務是解決沙子集鎮4000人、周邊村寨5471人、大小牲畜4021頭的供水問題。并保障下游1250畝農田灌溉用水,批復概算總投資是1.8億余元。\n"
    "納井田水庫、龍井灣水庫是安順推進水利工程建設的縮影。\n"
    "黨的十八大以來,安順市聚焦工程性缺水問題,努力補齊短板,累計投入資金231.74億元,修建了一大批骨干水源工程,年新增可供水量1.71億立方米,有效緩解了安順市工程性缺水問題。\n"
    "安順市龍井灣水庫。鎮寧自治縣水務局供圖\n"
    "目前,安順市累計建設黃家灣水利樞紐工程、石朱橋水庫、新場河水庫等大、中、小型水庫179座,具備供水能力水庫174座,年供水能力達到5.28億立方米,供水能力持續穩固提升,用水保障能力顯著增強。全市農村飲水安全工程5794處,供水覆蓋總人口260.98萬余人,農村自來水普及率達91%以上,農村飲用水集中式供水人口比例達到91.15%。\n"
)
ANSHUN_NAME = "2023-06-01_anshun-water-projects.txt"
ZHENNING = "镇宁布依族苗族自治县"
# seeds/2025-06-15_大英县教育局人大80号建议答复青少年心理健康服务.txt of hd70e: its heading and the paragraph under it, to the cut.
DAYING = (
    "龙艳华代表:\n"
    "你们在县六届人大五次会议上提出的《关于做好我县青少年心理健康服务的建议》(第80号建议)收悉,现将办理情况函复如下。\n"
    "二、系统强化师资队伍与辅导规范建设\n"
    "自2022年起,我县明确要求在校学生1200人及以上的农村义务教育学校、1000人及以上的城镇义务教育学校,至少配备1名专职心理健康教育教师。近年来,我县通过全省范围内公开招聘,持续充实专职心理健康教育教师队伍,目前已基本达标。持续不断加强心理健康教育教师队伍建设和心理教育教师专业能力提升。县教育局以“专业推动”为导向,构建系统性、阶梯化培训体系,提升教师队伍专业化水平。分层培训提升教师专业技能。2024年组织628人次参加国家、省、市三级专项培训,\n"
)
DAYING_NAME = "2025-06-15_大英县教育局人大80号建议答复青少年心理健康服务.txt"


def _anshun(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "安顺市水务局", "市水务局", "安顺市",
                        "西秀区, 平坝区, 普定县, 镇宁布依族苗族自治县, 关岭布依族苗族自治县, 紫云苗族布依族自治县")
    return distil(tmp_path, ws, ANSHUN, ANSHUN_NAME)


def test_a_scene_or_a_town_placed_in_an_area_is_that_areas(tmp_path):
    ff = _anshun(tmp_path)
    assert fact_saying(ff, "村民王长江").jurisdiction == ZHENNING
    assert fact_saying(ff, "纳井田水库于2013年修建").jurisdiction == ZHENNING
    assert fact_saying(ff, "同样在镇宁的沙子乡龙井湾水库").jurisdiction == ZHENNING
    assert fact_saying(ff, "龙井湾水库总库容").jurisdiction == ZHENNING
    assert fact_saying(ff, "是安顺推进水利工程建设的缩影").jurisdiction == "安顺市"
    assert fact_saying(ff, "累计投入资金231.74亿元").jurisdiction == "安顺市"


def test_a_villagers_scene_and_own_words_are_background(tmp_path):
    ff = _anshun(tmp_path)
    assert fact_saying(ff, "村民王长江").kind == CONTEXT
    words = fact_saying(ff, "我种植蜂糖李有12年了")
    assert words.kind == CONTEXT
    assert [g.counts for g in words.figures] == ["我种植蜂糖李"]


def test_since_the_eighteenth_congress_runs_from_2012(tmp_path):
    fact = fact_saying(_anshun(tmp_path), "累计投入资金231.74亿元")
    assert (fact.period.year, fact.period.until) == (2012, 2023)
    assert {(g.raw, g.year, g.until) for g in fact.figures} == {("231.74亿元", 2012, 2023), ("1.71亿立方米", 2012, 2023)}


def test_a_quotation_telling_a_time_stays_with_its_statement(tmp_path):
    fact = fact_saying(_anshun(tmp_path), "龙井湾水库总库容")
    assert fact.text.startswith("“水库试运行主要是检验泵站") and "预计今年11月份竣工验收" in fact.text


def test_a_required_minimum_is_no_count():
    assert "1名" not in figure_labels("自2022年起，我县明确要求在校学生1200人及以上的农村义务教育学校，至少配备1名专职心理健康教育教师。")
    assert figure_labels("目前全县至少有12所学校配备了专职心理健康教育教师。")["12所"]  # (no rule: a count)


def test_a_rule_from_a_year_dates_its_statement_from_then(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "大英县教育局", "县教育局", "大英县")
    fact = fact_saying(distil(tmp_path, ws, DAYING, DAYING_NAME), "至少配备1名专职心理健康教育教师")
    assert [g.raw for g in fact.figures] == ["628人次"]
    assert (fact.period.year, fact.period.until) == (2022, 2025)
    assert fact.figures[0].year == 2024
