"""au58r3: three faults of audit au58 (3, 5, 6), each on its workspace's real lines.

3. One ask, one wording: a section's heading says the bureau's place in its own words (ws.in_own_words: 加强我市的…), and so does
   the placeholder under it, the warnings naming the ask and a per-ask draft's head of the ask alone — they kept the place's
   name (hd56c: （一）加强我市的营商环境立法工作 over 【待补充：加强珠海市的营商环境立法工作方面…】 and 提醒：…待补充项：加强珠海市的…;
   hd64b: 申请我区… over 【待补充：申请朝天区…】; hd57b's per-ask head 三、打造榆林长城… over part two's 打造我市长城…,
   both now 榆林长城, a landmark's name: hx68d).
5. A count of the tasks a plan sets (明确13项重点任务) is history of a document, as a policy's count of measures is: no
   【待更新：统计期】 and no cyan (hd60b); a count of tasks done (完成…12项任务) stays a result.
6. A part-two item says who plans once: the bureau's older plan pasted after the item's lead keeps no second subject and will
   (hd57b: 下一步，我局将持续统一规划建设…。我们将以战略研究成果…为指导… — now …。以战略研究成果…为指导…).
"""

from __future__ import annotations

import docx
from docx.enum.text import WD_COLOR_INDEX
from helpers import YULIN_SEEDS, YULIN_SUGGESTION, YULIN_TITLE, seeds_draft, unit_workspace, yulin_workspace

from drafter.compose.reply import one_voice
from drafter.compose.sentences import is_policy_count
from drafter.workspace import load_workspace

# Each held-out workspace: its bureau (name, short name, place, areas), the title, its suggestion.txt (hd56c's: the asks as the
# real reply's headings restate them), lines of one of its seeds (file name → text), the draft's number and options.
ZHUHAI = (("珠海市市场监督管理局", "市市场监管局", "珠海市", "香洲区, 斗门区, 金湾区"), "关于进一步规范珠海市的市场竞争环境的建议",
          "关于进一步规范珠海市的市场竞争环境的建议\n\n领衔代表：蒋钢\n\n建议：\n一、进一步加强珠海市的营商环境立法工作。\n"
          "二、强化市场监管执法，防止内卷式恶性竞争。\n",
          {"2024-03-15_珠海市场监管局315宣传活动.txt":  # (its first line)
           "3月15日,珠海市市场监管局、珠海市消委会联合澳门消委会举办2024年“3·15国际消费者权益日”现场宣传暨诚信教育活动,珠澳携手共进,激发消费活力。\n"},
          ("20250079", "--deputy", "蒋钢", "--session", "市十届人大五次会议", "--type", "B", "--with", "市司法局", "--with", "市发展改革局",
           "--date", "2025-06-10"))
CHAOTIAN = (("广元市朝天区市场监督管理局", "区市场监管局", "朝天区", "朝天镇, 中子镇, 曾家镇, 羊木镇, 大滩镇"), "关于培育壮大本土品牌的建议",
            "朝天区农副土特产品品种多样,品质优良,经过多年的发展,农副土特产品产业已成为广大农民群众经济收入的重要来源。同时,朝天区农副土特产品"
            "商标多,却叫不响,品牌效益较差,缺乏一个叫得响的龙头品牌。为培育壮大本土品牌,特提出如下建议:\n"
            "一、申请朝天区农副土特产品集体商标,所有朝天产的农副土特产品均可选择使用集体商标,既可帮助农户快速打开市场,又有利于扩大朝天农副土特产品名气。\n"
            "二、指导帮助农副土特产品生产经营单位和个人,设计特点鲜明的品牌商标、外包装等,提升朝天区农副土特产品产品档次。\n",
            {"2021-06-29_中子月饼地理标志证明商标.txt":  # (its head)
             "张敏 封面新闻采访人员 刘彦谷\n天上月儿圆 , 中子月饼香 。 近日 , 由四川广元市朝天区食品工业协会申请注册的“中子月饼”地理标志证明商标"
             "成功获得国家知识产权局批准 , 被正式予以核准注册 。\n"},
            ("60", "--deputy", "张洋洋", "--session", "区八届人大二次会议", "--date", "2022-07-15"))
# (hd60b's seed: the third line says the tasks the 市委 set)
TASKS_SET = ("市委系统谋划强县工程和乡村振兴的总体思路、目标任务和落地措施,明确13项重点任务,有力有效推进实施。在县城,积极推进城市产业"
             "“双集中”和就地城镇化。优化城市空间布局、增强产业配套功能、“四区联动”城市更新,实现集中集约发展。建设专业园区、出台专项政策、"
             "完善专项配套,推动产业集中高质量发展。")
HUANGGANG = (("黄冈市发展和改革委员会", "市发改委", "黄冈市", "黄州区, 团风县, 浠水县, 红安县, 麻城市, 罗田县, 英山县, 蕲春县, 黄梅县, 武穴市"),
             "关于加快黄团浠一体化发展的建议",
             "关于加快黄团浠一体化发展的建议\n\n黄州、团风、浠水三地山水相连、人缘相亲，是黄冈主城区和融入武汉都市圈的前沿。目前三地在规划衔接、"
             "交通互联、产业协作和公共服务共享方面仍存在各自为政、重复建设等问题。为此建议：\n"
             "一、建立黄团浠一体化发展工作机制，成立工作专班，统筹推进三地一体化发展；\n"
             "二、加强规划统筹衔接，编制黄团浠一体化发展规划，将其纳入全市“十五五”规划；\n"
             "三、加快交通基础设施互联互通，推进三地快速通道和公交一体化建设；\n"
             "四、推动产业协同布局，错位发展，共建产业园区，承接武汉产业转移；\n"
             "五、推进公共服务共建共享，推动政务服务跨区通办、教育医疗资源共享。\n",
             {"2024-01-25_huanggang-sheng-zhengfu-gongzuo-baogao-redian.txt":  # (its first three lines)
              "URL: http://gdzschangxing.com/yewu/zhizhuchanye/1146.html\n"
              "这份传递信心、凝聚共识的报告干货满满。报告中指出,2023年全省经济全面修复、稳定向好、展现出蓬勃生机活力。在总结2023年工作、"
              "部署2024年工作时,报告提到强县工程、科技创新、深化改革、畅通循环、区域协同融通、乡村全面振兴、增进民生福祉等方面工作,与黄冈"
              "密切相关。黄冈日报全媒记者撷取报告热词,结合黄冈重点工作等进行了梳理。\n"
              "纵深推进强县工程,重点支持县域特色产业集群建设,加快推进以县城为重要载体的就地城镇化和以县域为单元的城乡统筹发展,着力强化县城就业、"
              "教育、养老、医疗、住房等公共服务供给,提高城市功能品质和综合承载能力。\n" + TASKS_SET + "\n"},
             ("45", "--deputy", "徐友明", "--session", "市六届人大五次会议", "--date", "2025-07-15"))


def _drafted(tmp_path, held) -> tuple[str, object]:
    """``held`` (a workspace above) drafted from its seed's lines: the command's output and the draft's path."""
    bureau, title, text, seeds, (number, *options) = held
    result, out = seeds_draft(tmp_path, unit_workspace(tmp_path / "ws", *bureau), seeds, number, title, text, *options)
    return result.output, out


def _texts(out) -> list[str]:
    return [p.text for p in docx.Document(str(out)).paragraphs]


def _after(texts: list[str], heading: str) -> str:
    """The paragraph right after the one saying ``heading`` whole."""
    return texts[texts.index(heading) + 1]


def test_3_an_asks_placeholder_and_warnings_word_it_as_its_heading(tmp_path):
    output, out = _drafted(tmp_path, ZHUHAI)
    texts = _texts(out)
    assert _after(texts, "（一）加强我市的营商环境立法工作").startswith("【待补充：加强我市的营商环境立法工作方面的工作情况"), texts
    assert not any("珠海市的营商环境" in t for t in texts), texts  # (was 【待补充：加强珠海市的营商环境立法工作方面…】)
    warned = [line for line in output.splitlines() if "营商环境立法" in line]
    assert warned and all("加强我市的营商环境立法工作" in line and "珠海市的营商" not in line for line in warned), warned


def test_3_a_districts_ask_is_worded_as_its_heading(tmp_path):
    _, out = _drafted(tmp_path, CHAOTIAN)
    texts = _texts(out)
    gap = _after(texts, "（一）申请我区农副土特产品集体商标")
    assert gap.startswith("【待补充：申请我区农副土特产品集体商标，"), gap  # (was 申请朝天区农副土特产品集体商标)
    assert "朝天" not in gap, gap


def _yulin(tmp_path, form: str | None = None) -> list[str]:
    """hd57b drafted from its seeds' lines (helpers), in the reply's ``form`` (drafter.yaml's draft.form) when given."""
    ws = yulin_workspace(tmp_path)
    if form:
        with (ws.root / "drafter.yaml").open("a", encoding="utf-8") as config:
            config.write(f"draft:\n  form: {form}\n")
        ws = load_workspace(ws.root)
    _, out = seeds_draft(tmp_path, ws, YULIN_SEEDS, "12", YULIN_TITLE, YULIN_SUGGESTION, "--deputy", "张凌云",
                         "--session", "市五届人大一次会议", "--type", "B", "--date", "2022-12-15")
    return _texts(out)


def test_3_a_per_ask_head_of_the_ask_alone_is_in_the_bureaus_words(tmp_path):
    """hd57b's reply heads a section per ask: the head of the ask alone is the bureau's own, worded as the ask's placeholder
    and its next step are (打造榆林长城边塞文化旅游品牌 in all three, 榆林长城 a landmark's name, hx68d; 统一规划建设我市… in both
    parts)."""
    texts = _yulin(tmp_path, "per_ask")
    at = texts.index("三、打造榆林长城边塞文化旅游品牌")
    assert texts[at + 1].startswith("【待补充：打造榆林长城边塞文化旅游品牌"), texts[at:at + 3]
    assert any(t.startswith("下一步，我局将打造榆林长城边塞文化旅游品牌。") for t in texts[at + 1:at + 3]), texts[at:at + 3]
    assert not any("我市长城" in t for t in texts), texts
    assert "一、统一规划建设我市边塞文化旅游走廊（长城文化旅游带）" in texts, texts
    plan = next(t for t in texts if "战略研究成果" in t)  # (one voice in the per-ask form too: its plan paragraph opens 我局将)
    assert plan.startswith("下一步，我局将持续统一规划建设我市边塞文化旅游走廊（长城文化旅游带）。以战略研究成果"), plan


def _runs_with(out, words: str):
    """The paragraph of the draft saying ``words`` and its runs."""
    paragraph = next(p for p in docx.Document(str(out)).paragraphs if words in p.text)
    return paragraph.text, paragraph.runs


def test_5_a_plans_count_of_its_tasks_is_no_statistic(tmp_path):
    _, out = _drafted(tmp_path, HUANGGANG)
    text, runs = _runs_with(out, "明确13项重点任务")
    assert "【待更新" not in text, text  # (was …落地措施，【待更新：统计期】，明确13项重点任务)
    assert not any("13项" in r.text and r.font.highlight_color == WD_COLOR_INDEX.TURQUOISE for r in runs), text


def test_5_tasks_set_are_history_tasks_done_are_results():
    """The plan's tasks set (hd60b's line) are history as a policy's measures issued are; tasks done, or a share of a programme's
    tasks taken on, stay results (as 落实…政策12项 does, test_policy_counts)."""
    assert is_policy_count("市委系统谋划强县工程和乡村振兴的总体思路、目标任务和落地措施，明确13项重点任务，有力有效推进实施。", "13项")
    assert not is_policy_count("明确分工、完成12项重点任务", "12项")
    assert not is_policy_count("承担国家重点研发任务3项", "3项")


def test_6_an_older_plan_under_its_items_lead_says_who_plans_once(tmp_path):
    """Under part two's lead-in (下一步我局将…，重点做好以下工作：) the item's lead, then the 2020 plan without its 我们将."""
    texts = _yulin(tmp_path)
    assert any(t.startswith("根据您的建议，下一步我局将") for t in texts), texts
    plan = next(t for t in texts if "战略研究成果" in t)
    assert plan.startswith("（一）持续统一规划建设我市边塞文化旅游走廊（长城文化旅游带）。以战略研究成果和《榆林市全域旅游发展规划》为指导，"), plan
    assert "我们将" not in plan, plan
    # (and the same ask worded as part one's heading says it under it: 打造榆林长城…, one wording, fault 3)
    assert _after(texts, "（三）打造榆林长城边塞文化旅游品牌").startswith("【待补充：打造榆林长城边塞文化旅游品牌"), texts


def test_6_one_voice_drops_the_bureaus_own_subject_only():
    """The bureau's subject and will after the lead go (its 还 stays); a sentence dated first, another's subject and a 将 that
    is 把 (its object brought forward) stay."""
    lead = "持续统一规划建设我市边塞文化旅游走廊（长城文化旅游带）。"
    assert one_voice([lead, "我们将以战略研究成果和《榆林市全域旅游发展规划》为指导，始终坚持“两个更大，三个更好”的总体目标。"]) == [
        lead, "以战略研究成果和《榆林市全域旅游发展规划》为指导，始终坚持“两个更大，三个更好”的总体目标。"]
    assert one_voice([lead, "我局还将加大对长城沿线旅游资源的宣传推介力度。"])[1] == "还将加大对长城沿线旅游资源的宣传推介力度。"
    # (a sentence dated first keeps its subject, qa16's 1021 plan: its date and its subject's will said together)
    kept = ["2026年，我局将持续加快建设中试熟化平台。", "我市将统筹推进长城国家文化公园建设。", "我局将3家企业纳入重点培育库。"]
    assert one_voice([lead, *kept]) == [lead, *kept]
    assert one_voice(["我们将以战略研究成果为指导。"]) == ["我们将以战略研究成果为指导。"]  # (the item's first says who plans)


def test_3_a_plant_named_after_the_place_keeps_its_name_in_the_bureaus_words(tmp_path):
    """Said in the bureau's own words, hd65b's ask 二 (its suggestion.txt) keeps the plant's name, 海阳核电 — never 我市核电厂区 —
    now that its placeholder goes through them too; the city's bare name elsewhere is still 我市."""
    ws = unit_workspace(tmp_path / "ws", "海阳市住房和城乡建设管理局", "市住建局", "海阳市", "东村街道, 方圆街道, 凤城街道")
    ask = "推动海阳核电厂区和施工生活区等园区企业的生活污水接入市政污水管网"
    assert ws.in_own_words(ask) == ask
    assert ws.in_own_words("推动海阳生活污水管网对企业全覆盖") == "推动我市生活污水管网对企业全覆盖"
