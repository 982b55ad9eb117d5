"""hx66d1: findings of the held-out test hd66d (温州市瓯海区卫生健康局), each on its seeds' real lines.

F2. A half-width ? closing a question whose word stands in an earlier clause of its sentence (生娃之后,如何實現…,給予…關愛?近5年來)
    is its question mark (was □, a lost character, flagged 疑似乱码); the question is then a sentence of its own, no fact's opening.
F3. A journal database's abstract mark (<正>) is no word of the text.
F4. A policy page's fields 文件編號/文件下載/政策解讀 and a notice's addressee line (…各成員單位:) are no facts (the number is the
    document's); an editor's note (編者按:) is none; a news site's navigation bar over the headline (本地要聞 聚焦 … 圖說甌海) is
    chrome, never the title's head; a date widget's 07/01 is no section label.
F5. 组 counts families (年均惠及5000組家庭); how far a circle of services reaches (織密15分鐘的托育服務圈) is its name, no figure.
F6. A page whose reporter had its story from a unit (近日,記者從甌海區衛健局獲悉) is news, not a work report.
"""

from __future__ import annotations

from helpers import distil, figure_labels, unit_workspace

from drafter.check import figure_tokens
from drafter.distill.structure import is_meta_line
from drafter.read.clean import is_chrome, normalize_text, strip_inline_chrome

OUHAI_AREAS = "景山街道, 新桥街道, 娄桥街道, 梧田街道, 南白象街道, 茶山街道, 三垟街道, 潘桥街道, 郭溪街道, 瞿溪街道, 丽岙街道, 仙岩街道, 泽雅镇"
OUHAI = ("温州市瓯海区卫生健康局", "区卫生健康局", "瓯海区", OUHAI_AREAS)
# seeds/2024-07-01_7年来户籍当年出生人口首次回升.txt of hd66d (a mirror in traditional characters): its lines 8–20, 24–27 and 30.
BIRTHS = ('  • 本地要聞 聚焦 監督 文化 視頻 媒體看甌海 關注 辟謠 專題 圖說甌海\n\n    7年來戶籍當年出生人口首次回升,甌海做了什么?\n\n'
          '    2024\n\n    07/01\n\n    來源\n\n    分享\n\n'
          '      編者按:感受發展蓬勃生機,探究城市前進路徑經驗,甌海區融媒體中心推出原創深度報道欄目“銳觀察”,以一批多角度、有速度、有深度、'
          '有溫度的新聞報道,展現甌海在高質量發展上取得的新突破、新成績。\n\n'
          '      近日,記者從甌海區衛健局獲悉,2023年甌海區戶籍出生率增幅為3.17%,是甌海自2016年“二胎潮”后首次實現戶籍當年出生數正增長,'
          '為我市主城區唯一實現正增長的區。在這驚喜背后,甌海又做了什么\n\n      托育養老一體化,讓家庭省心省力\n\n'
          '      生娃之后,如何實現工作與家庭的平衡,給予孩子更多的關心關愛?近5年來,甌海連續把“普惠托育”納入區民生實事項目,累計補助1700萬元。'
          '截至目前,全區已備案托育服務機構100家,其中純托育機構19家、托幼一體園所81家,托位總數達4496個,普惠性托位占比達94.8%,'
          '每千人口擁有3歲以下嬰幼兒托位數4.49個。甌海還打造了全省首家示范型區級托育綜合服務中心,年均惠及5000組家庭。\n')
# seeds/2023-05-23_瓯有善育专项实施方案.txt of hd66d: its lines 3–21, the page's fields to the notice's transmittal.
NOTICE = ('        • 索 引 號:001008003012/2023-71282\n        • 文件編號:溫甌七優(yōu)享辦〔2023〕2號\n        • 主題分類:政務公開\n'
          '        • 發(fā)布單位:甌海區(qū)人民政府辦公室\n        • 成文日期:2023-05-23\n        • 公開方式:\n        • 意見征集:\n'
          '        • 文件下載: pdf下載>\n        • 政策原文:\n        • 政策解讀: 文字解讀>\n\n'
          '        關(guān)于印發(fā)甌海區(qū)公共服務“七優(yōu)享”工程“甌有善育”專項實施方案(2023-2027年)的通知\n\n'
          '        發(fā)布日期:2023-05-23 14:29 訪問次數(shù): 來源: 甌海區(qū)府辦 甌海區(qū)府辦\n\n'
          '        區(qū)公共服務“七優(yōu)享”工程工作專班各成員單位:\n\n'
          '        現(xiàn)將《甌海區(qū)公共服務“七優(yōu)享”工程“甌有善育”專項實施方案(2023-2027年)》印發(fā)給你們,請認真抓好落實。\n')
# seeds/2023-09-27_巴中市十四五医疗卫生服务体系规划.txt of hd56a (巴中市卫生健康委员会): its first five lines.
BAZHONG = ("各县(区)人民政府,巴中经开区、文旅新区管委会,市政府各部门、直属事业单位,有关单位:\n"
           "经市政府同意,现将《巴中市“十四五”医疗卫生服务体系规划》印发给你们,请认真组织实施。\n巴中市人民政府办公室\n2023年9月27日\n"
           "巴中市“十四五”医疗卫生服务体系规划\n")
# seeds/undated_瓯海区普惠托育服务供给模式.txt of hd66d: a journal's abstract, its line 3.
ABSTRACT = ('<正>自2022年10月入选浙江省普惠托育基本公共服务试点区县以来,温州市瓯海区积极探索建立普惠托育服务供给模式,并相继出台《瓯海区'
            '普惠托育基本公共服务先行试点方案》《瓯海区推广3岁以下婴幼儿家庭养育照护小组活动实施方案》,全面建立普惠托育服务指导网络,以区妇幼'
            '保健中心为主阵地,以社区卫生服务中心、婴幼儿成长驿站、托育机构等为点位,以“养育照护”为主要内容,以“医育结合”为重要方式,织密15分钟'
            '的托育服务圈,扩大普惠托育服务供给,加快打造托育事业发展的生动范例,发挥瓯海托育示范引领、辐射推广的作用。')
# seeds/undated_海阳市老旧小区改造7处小区.txt of hd65b (海阳市住房和城乡建设管理局): its opening sentences.
HAIYANG = ("老旧小区改造关乎百姓居住和生活质量,是一项持续性的民生工程。记者从相关部门获悉,今年,我市将继续推进老旧小区改造工作,7处老旧小区将"
           "旧貌换新颜。\n")


def test_f2_a_question_word_earlier_in_the_sentence_keeps_its_question_mark(tmp_path):
    line = "生娃之后,如何實現工作與家庭的平衡,給予孩子更多的關心關愛?近5年來,甌海連續把“普惠托育”納入區民生實事項目"
    assert "關心關愛？近5年來" in normalize_text(line)
    # (a lost character stays one: no question before it in its sentence — hd26a's 實施方案?月初通過了技術評審)
    assert normalize_text("實施方案?月初通過了技術評審,") == "實施方案□月初通過了技術評審，"
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *OUHAI), BIRTHS, "2024-07-01_7年来户籍当年出生人口首次回升.txt")
    assert not any("□" in f.text or "如何实现" in f.text for f in ff.facts)
    assert any(f.text.startswith("近5年来，瓯海连续把“普惠托育”纳入区民生实事项目") for f in ff.facts)


def test_f3_an_abstracts_mark_is_no_word_of_it():
    assert normalize_text(ABSTRACT).startswith("自2022年10月入选浙江省")
    assert normalize_text("‹正>自2022年10月入选") == normalize_text("〈正〉自2022年10月入选") == "自2022年10月入选"


def test_f4_a_policy_pages_fields_and_a_notices_addressee_are_no_facts(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *OUHAI), NOTICE, "2023-05-23_瓯有善育专项实施方案.txt")
    texts = [f.text for f in ff.facts]
    assert not any(t.startswith(("文件编号", "文件下载", "政策解读")) or t.endswith("各成员单位：") for t in texts), texts
    assert ff.source.number == "温瓯七优享办〔2023〕2号"
    assert any(t.startswith("现将《瓯海区公共服务“七优享”工程") for t in texts)
    bazhong = unit_workspace(tmp_path / "bz", "巴中市卫生健康委员会", "市卫生健康委", "巴中市")
    texts = [f.text for f in distil(tmp_path, bazhong, BAZHONG, "2023-09-27_巴中市十四五医疗卫生服务体系规划.txt").facts]
    assert not any(t.endswith("有关单位：") for t in texts) and any(t.startswith("经市政府同意，现将") for t in texts)


def test_f4_a_news_sites_bar_editors_note_and_date_widget_are_no_title_fact_or_section(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *OUHAI), BIRTHS, "2024-07-01_7年来户籍当年出生人口首次回升.txt")
    assert ff.source.title == "7年来户籍当年出生人口首次回升，瓯海做了什么？"
    assert str(ff.source.date) == "2024-07-01"
    assert not any(f.text.startswith("编者按") for f in ff.facts)
    assert not any("07/01" in f.section for f in ff.facts)
    assert is_chrome("• 本地要聞 聚焦 監督 文化 視頻 媒體看甌海 關注 辟謠 專題 圖說甌海")
    # (run into the headline on one line, the bar's words go; never a line of fields nor a reporters' credit)
    assert strip_inline_chrome("本地要聞 聚焦 監督 文化 視頻 媒體看甌海 關注 辟謠 專題 圖說甌海7年來戶籍當年出生人口首次回升,甌海做了什么?"
                               ) == "圖說甌海7年來戶籍當年出生人口首次回升,甌海做了什么?"
    assert not is_chrome("组配分类 市政府文件 公开方式 主动公开") and not is_chrome("记者 彭黎明 戴向晖 杨 雨")
    assert is_meta_line("07/01")


def test_f5_groups_count_and_a_service_circles_reach_is_no_figure():
    # (BIRTHS' last sentence as the reader gives it, in simplified characters)
    assert figure_labels("瓯海还打造了全省首家示范型区级托育综合服务中心，年均惠及5000组家庭。")["5000组"] == "家庭"
    assert figure_labels(ABSTRACT) == {}
    assert figure_tokens("以“医育结合”为重要方式，织密15分钟的托育服务圈，扩大普惠托育服务供给") == []  # (check reads it alike)


def test_f6_a_reporters_story_from_a_unit_is_news(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *OUHAI), BIRTHS, "2024-07-01_7年来户籍当年出生人口首次回升.txt")
    assert ff.source.kind == "news"
    haiyang = unit_workspace(tmp_path / "hy", "海阳市住房和城乡建设管理局", "市住房和城乡建设管理局", "海阳市")
    assert distil(tmp_path, haiyang, HAIYANG, "undated_海阳市老旧小区改造7处小区.txt").source.kind == "news"
