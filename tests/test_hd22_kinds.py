"""The kind of a statement, found on held-out round hd22 (甘南州林业和草原局, 龙陵县教育体育局, 天台县交通运输局, 武汉市人力资源和
社会保障局): a deputy's words quoted in a reply, plans, advice to the proposer, a project's description and a page's clutter were
read as the bureau's results, and a policy's limit as a figure to update.

Each test distils a short excerpt of the real page (its words as the page prints them, web clutter kept; the page is named in the
test) through the public path a user's ``drafter distill`` takes, in a workspace of the page's own bureau.
"""

from __future__ import annotations

import zipfile

from helpers import REPLY_2024159, WUHAN_ASKS, WUHAN_SIGNED, distil, page_draft, unit_workspace

from drafter.compose.sentences import absolute_time, finished_sentences
from drafter.model import CONTEXT, DONE, PLAN

GANNAN_AREAS = "合作市, 临潭县, 卓尼县, 舟曲县, 迭部县, 玛曲县, 碌曲县, 夏河县"


def _gannan(tmp_path):
    return unit_workspace(tmp_path / "ws", "甘南藏族自治州林业和草原局", "州林草局", "甘南州", GANNAN_AREAS)


# 甘南州林业和草原局's reply to 第94号建议 (州林草资字〔2022〕130号, 2022-06-28), its body as the page prints it.
REPLY_94 = """甘南州林业和草原局关于对州十七届人民代表大会第一次会议第94号建议的答复
发布日期:22/07/14 09:32:23 作者:林草局 点击数: 来源:

州林草资字〔2022〕130号

侯喜荣代表:

您好!您在甘南州十七届人民代表大会第一次会议上提出的“关于恢复九甸峡库区生态植被的建议”收悉。现答复如下:

对于您的建议我局高度重视。针对建议中“卓尼县藏巴哇镇九甸峡库区是国家重要水源地,近年来,因沙场过度开挖,对库区周围山体生态植被造成严重破坏,对水源地构成污染隐患,对道路的破坏更为严重。目前,急需解决九甸峡库区生态植被恢复和道路修复问题。”,经我局积极协调沟通,卓尼县自然资源局在今年甘南黄河上游水源涵养区山水林田湖草沙一体化保护和修复工程项目中,安排中央资金总计2110万元,用于卓尼县藏巴哇X411线历史遗留矿山生态修复工程。目前即将完工。

在此,感谢您对我州林草工作的关心和支持,希望以后能够一如既往地关注我州林草工作。

甘南州林业和草原局

2022年6月28日
"""


def test_the_deputys_quoted_words_are_no_result(tmp_path):
    """hd22d fault 1: the whole paragraph, the deputy's complaint quoted (针对建议中“…目前，急需解决…”), was one done fact, drafted
    as the bureau's result after the fragment 我局高度重视。: the quotation is context, the bureau's result what follows it
    (经我局积极协调沟通…), and the bureau valuing the suggestion no fact."""
    ff = distil(tmp_path, _gannan(tmp_path), REPLY_94, "2022-06-28_甘南州林草局_第94号建议答复.txt")
    done = [f for f in ff.facts if f.kind == DONE]
    assert [f.text[:10] for f in done] == ["经我局积极协调沟通，"] and "2110万元" in done[0].text
    assert all("急需解决" not in f.text for f in done)
    assert any("急需解决" in f.text and f.kind == CONTEXT for f in ff.facts)
    assert all("高度重视" not in f.text for f in ff.facts)


def test_time_words_inside_a_quotation_stay(tmp_path):
    """hd22d fault 1: the quotation's 目前 was rewritten 截至2022年6月, which changes a deputy's words; a time word outside it
    (目前即将完工) still takes its date."""
    ff = distil(tmp_path, _gannan(tmp_path), REPLY_94, "2022-06-28_甘南州林草局_第94号建议答复.txt")
    quoted = "目前，急需解决九甸峡库区生态植被恢复和道路修复问题。”，经我局积极协调沟通，卓尼县自然资源局安排中央资金。"
    assert absolute_time(quoted, ff.source, 2022).text == quoted
    assert absolute_time("目前即将完工。", ff.source, 2022).text != "目前即将完工。"


LONGLING_AREAS = "龙山镇, 镇安镇, 勐糯镇, 腊勐镇, 象达镇, 龙江乡, 碧寨乡, 平达乡, 木城彝族傈僳族乡, 龙新乡"
TIANTAI_AREAS = "赤城街道, 始丰街道, 福溪街道, 白鹤镇, 石梁镇, 街头镇, 平桥镇, 坦头镇, 三合镇, 洪畴镇, 三州乡, 龙溪乡, 雷峰乡, 南屏乡, 泳溪乡"

# 龙陵县教育体育局's reply to 第016号提案 (2024-06-29), as the page prints it (its line broken after 附 as stored).
REPLY_016 = """龙陵县教育体育局关于政协龙陵县第十届第三次会议第016号提案答复的函

杨永团委员:

你提出的关于加快推进平达乡橄榄寨村、章赛村、安庆村小学“三校合并”的提案(第016号),已交我们研究办理,现答复如下:

根据《龙陵县中小学布局调整规划方案》,规划在2026年撤并章赛小学和安庆小学并入橄榄寨小学,同时为推进该规划布局,龙陵县平达乡中心学校已完成《平达乡橄榄寨小学校园规划项目建设方案》,并上报平达乡党委、政府讨论研究。项目规划投资505.2万元,新建教学楼一幢1200平方米及场地硬化等附

属工程,投资450万元;改建综合楼一幢904平方米,投资45.2万元;拆除重建学生餐厅一幢100平方米,投资10万元。乡委、乡政府计划申请沪滇合作项目进行项目建设。县教育体育局要求乡中心学校积极配合对接乡政府推进项目的同时,也将积极向上争取项目,共同推进项目建设,待项目建设完成后,做好撤点并校工作,争取按期实现校点撤并。

感谢您对教育事业的关心和支持,希望您继续对我们的工作提出宝贵意见和建议。

                                               龙陵县教育体育局
"""
# 天台县交通运输局's reply to 第231号建议 (2025-06-26), its body as the page prints it.
REPLY_231 = """关于天台县十七届人大四次会议第231号建议案答复的函
胡余广、戴旭良、 陈新等14位代表:
你们在天台县十七届人大四次会议上提出的《关于加快建设苍山顶环线道路及打通苍山顶至华顶道路的建议》的建议案收悉,经研究,现答复如下:
我局已启动苍山顶环线道路线位方案研究,初步形成《天台县华顶至苍山公路工程线位论证方案》。项目遵循"新建为主、局部利用老路"原则:利用路段维持原有技术指标,新建路段按三级公路标准设计,设计速度30km/h,路幅宽度8.0米(双车道)。
路线起于大兴坑附近X603天培线与X602大泄线交叉口,沿X603天培线、X620双拜线等老路拓宽改造,部分路段新建,整体向东延伸至S314省道,实现交通快速转换;终点衔接天台抽水蓄能电站上下库连接公路(与Y014周苍线交叉口处),通过该连接公路与S314省道连通,完善区域路网结构。后续我局将根据建设条件及研究进度,科学安排项目实施时序。
感谢你们对我县交通建设工作的关心和支持!
天台县交通运输局
2025年6月26日
"""


def test_a_plans_words_make_a_plan(tmp_path):
    """hd22c faults 1–2: 规划在2026年撤并…, 项目规划投资505.2万元…, 乡委、乡政府计划申请沪滇合作项目… were one done fact whose figures
    were all of 2026: a plan's words make a plan, and the year it is for is not its figures' year."""
    ws = unit_workspace(tmp_path / "ws", "龙陵县教育体育局", "县教育体育局", "龙陵县", LONGLING_AREAS)
    ff = distil(tmp_path, ws, REPLY_016, "2024-06-29_龙陵县教育体育局_第016号提案答复.txt")
    plan = next(f for f in ff.facts if "505.2万元" in f.text)
    assert plan.kind == PLAN and all(f.kind != DONE for f in ff.facts if "计划申请" in f.text)
    assert all(g.year != 2026 for g in plan.figures)


def test_a_plan_after_a_result_is_its_own_fact(tmp_path):
    """hd22b fault 6: …完善区域路网结构。后续我局将…科学安排项目实施时序。 was one done fact: the plan is a fact of its own."""
    ws = unit_workspace(tmp_path / "ws", "天台县交通运输局", "县交通运输局", "天台县", TIANTAI_AREAS)
    ff = distil(tmp_path, ws, REPLY_231, "2025-06-26_天台县交通运输局_第231号建议答复.txt")
    route = next(f for f in ff.facts if "完善区域路网结构" in f.text)
    assert route.kind == DONE and "后续" not in route.text
    assert next(f for f in ff.facts if "科学安排项目实施时序" in f.text).kind == PLAN


# 天台's 2021年交通运输局工作总结 as a template site (mtfww) printed it, in traditional characters, its items' opening.
SUMMARY_2021 = """2021年交通運輸局工作總結及2022年工作思路

一、2021年工作成效

(一)、因難而上,謀大項目,工程建設有序推進

1、杭紹台鐵路天台段。目前該項目已基本完工,靜態調試已結束,站場建設也基本完成,正在進行通車前的最後準備,計劃12月26日正式通車。

2、台金城際鐵路。全長158.24公里,設計速度達350km/h,西起金華金義新區站,經橫店、磐安縣、天台縣接入杭紹台高鐵天台站至台州中心站。
"""


def test_advice_to_the_proposer_and_a_lines_description_are_no_result(tmp_path):
    """hd22b fault 6: 你们可以向属地乡镇南屏乡人民政府提出申请…由南屏乡人民政府申报至我局 (what the proposer may do) and 全长158.24公里，
    设计速度达350km/h，西起… (the 台金城际铁路 described under its heading) were done facts: neither is the bureau's result."""
    ws = unit_workspace(tmp_path / "ws", "天台县交通运输局", "县交通运输局", "天台县", TIANTAI_AREAS)
    ff = distil(tmp_path, ws, REPLY_2024159, "2024-06-20_天台县交通运输局_第2024159号提案答复.txt")
    assert all(f.kind != DONE for f in ff.facts if "南屏乡人民政府" in f.text)
    assert next(f for f in ff.facts if "列入农村公路建设计划" in f.text).kind == PLAN
    ff = distil(tmp_path, ws, SUMMARY_2021, "2021年交通运输局工作总结及2022年工作思路.txt")
    assert next(f for f in ff.facts if "158.24公里" in f.text).kind == CONTEXT
    assert next(f for f in ff.facts if "静态调试已结束" in f.text).kind == DONE


# 龙陵县's feature 这十年 (县政府 site, longling.gov.cn), its opening and the end where the stored page was cut, as saved with the
# address line the page came with.
LONGLING_DECADE = """URL: https://www.longling.gov.cn/info/5634/176318.htm
教育是民族振兴、社会进步的重要基石。近年来,龙陵县委、县政府始终坚持教育优先发展,全面深化教育改革,全县教育事业持续健康快速发展,取得了明显成效。
——这十年,我们坚持办“人民满意”的教育,发展活力更加强劲
党政重视,坚定发展信心。龙陵县委、县政府牢牢把握全市推进教育高质量发展的历史机遇,大抓教育、狠抓教育、常抓教育,不断坚定发展的信心和决心,明确了“三年有起色、五年上台阶、八年争优秀”的具体发展目标。

深化改革,激活发展动能。巩固拓展“双减”“双升”成果,健全课后服务经费保障机制,推动手机、睡眠、读物、作业、体质“五项管理”落地落实。推进教育评价改革,贯彻高考综合改革。

严守阵地,筑牢发展根基。党的建设全面加强,认真贯彻落实党的教育方针,坚持“党建+
"""
# The template site's line over 天台's 2021 summary (mtfww), in its traditional characters.
TEMPLATE_SITE = """2021年交通運輸局工作總結及2022年工作思路

【概述】

結合當前工作需要,本站的會員“crazylaugh”為你整理了這篇2021年交通運輸局工作總結及2022年工作思路範文,希望能給你的學習、工作帶來參考借鑑作用。

【正文】

1、杭紹台鐵路天台段。目前該項目已基本完工,靜態調試已結束,站場建設也基本完成,正在進行通車前的最後準備,計劃12月26日正式通車。
"""


def test_a_pages_clutter_is_no_fact(tmp_path):
    """hd22c fault 7, hd22b fault 6: the pasted URL line glued to the first fact, the subtitle ——这十年… run into the next paragraph,
    a fact cut off on 坚持“党建+, and a template site's line (本站的会员“crazylaugh”为你整理了这篇…范文) were facts."""
    ws = unit_workspace(tmp_path / "ws", "龙陵县教育体育局", "县教育体育局", "龙陵县", LONGLING_AREAS)
    texts = [f.text for f in distil(tmp_path, ws, LONGLING_DECADE, "龙陵县_这十年教育发展综述.txt").facts]
    assert any(t.startswith("教育是民族振兴") for t in texts) and all("URL" not in t and "https" not in t for t in texts)
    assert any(t.startswith("党政重视，坚定发展信心。") for t in texts) and all("发展活力更加强劲" not in t for t in texts)
    base = "严守阵地，筑牢发展根基。党的建设全面加强，认真贯彻落实党的教育方针，……"  # (marked cut: hx68c)
    assert base in texts and all("党建+" not in t for t in texts)
    assert finished_sentences(base)[-1] == "党的建设全面加强，认真贯彻落实党的教育方针。"  # (a draft says it closed: h292)
    ws = unit_workspace(tmp_path / "ws2", "天台县交通运输局", "县交通运输局", "天台县", TIANTAI_AREAS)
    texts = [f.text for f in distil(tmp_path, ws, TEMPLATE_SITE, "2021年交通运输局工作总结及2022年工作思路.txt").facts]
    assert all("crazylaugh" not in t and "范文" not in t for t in texts) and any("静态调试已结束" in t for t in texts)


# 武汉市人力资源和社会保障局's reply to 吴彩荣委员's proposal (2024-07-12), its body as the page prints it.
REPLY_WUHAN = """对《关于推动大学生就业与乡村振兴相互促进的建议》的答复
吴彩荣委员:
您提出的关于《关于推动大学生就业与乡村振兴相互促进的建议》的提案已收悉,现答复如下:
一是近年来,市人社局深入推进“才聚荆楚”工程,主动围绕城镇和产业“双集中”发展,通过实施“才聚荆楚·百县进百校”就业促进专项行动,重点服务高校毕业生、往届离校未就业高校毕业生和各市州县有招聘需求的各类用人单位,实现地方揽才与高校毕业生就业有效衔接,吸引更多高校毕业生留鄂来鄂就业创业。
二是2022年以来,市人社局对在养老、家政服务和现代农业“三大行业”创业并依法登记注册并取得工商营业执照的企业,给予连续2年,总额不超过8万元的创业补贴。通过专项补贴的方式,鼓励高校毕业生到“三大行业”创业,促进重点行业创新创业发展,鼓励高校毕业生返乡创业。
""" + WUHAN_SIGNED


def test_a_policys_cap_is_no_figure_to_update(tmp_path):
    """hd22a fault 2: 总额不超过8万元的创业补贴 (the subsidy's cap) made its paragraph stale, highlighted with 【待更新：2024年全年数据】
    and a comment that the fact was 2022's and past its time: a policy's standard is no count that a newer year replaces."""
    ws = unit_workspace(tmp_path / "ws", "武汉市人力资源和社会保障局", "市人社局", "武汉市")
    _, document = page_draft(tmp_path, ws, REPLY_WUHAN, WUHAN_ASKS, "20250002", "关于进一步促进高校毕业生留汉就业创业的建议",
                             "--type", "B", "--proposal", "--date", "2025-08-29", name="2024-07-12_吴彩荣委员提案答复.txt")
    cap = next(p.text for p in document.paragraphs if "不超过8万元" in p.text)
    assert "【待更新" not in cap
    with zipfile.ZipFile(tmp_path / "draft.docx") as z:
        comments = z.read("word/comments.xml").decode("utf-8")
    assert "已超出" not in comments and "2022年情况" not in comments


# Made-up reply (worded as REPLY_2024159): the road the proposer asked for is done.
REPLY_ASKED_DONE = """关于对天台县政协十一届三次会议第2024160号提案的答复
汤赞伟委员:
您提出的《关于拓宽南屏乡敏坑村至下辽村公路的建议》提案,现答复如下:
你们要求拓宽的敏坑至下辽段农村公路已于2023年完工,投资300万元。
感谢您对我县交通建设工作的关心和支持!
天台县交通运输局
2024年 6月20日
"""


def test_what_the_proposer_asked_for_done_is_a_result(tmp_path):
    """你们要求拓宽的道路已于2023年完工: 要求 is no 要 of advice (nor 需求 a 需): the road done is the bureau's result."""
    ws = unit_workspace(tmp_path / "ws", "天台县交通运输局", "县交通运输局", "天台县", TIANTAI_AREAS)
    ff = distil(tmp_path, ws, REPLY_ASKED_DONE, "2024-06-20_天台县交通运输局_第2024160号提案答复.txt")
    assert next(f for f in ff.facts if "300万元" in f.text).kind == DONE
