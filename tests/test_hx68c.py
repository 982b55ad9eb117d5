"""hx68c: distillation faults left at stop 58, each on its held-out seed's real lines.

1. An interview whose guests are the bureau's officials (我们有幸邀请到了3位嘉宾，市文广新旅局党组书记、局长李智勇、…) is the bureau's
   own account: its issuer is the bureau (was none, hd67b); guests of a district's bureau named after the city are not (hd56c).
2. A count named again by a clause closed with 的 (涉及改造的7处小区分别是：…) is the count told before it (7处老旧小区), once (hd65b).
3. A page cut inside a statement's last sentence keeps it marked as cut (…文旅消费业态不断丰富，……), never closed with 。 (hd67b).
4. A span whose dash the page lost (（20232027年）) is read as the span, and the issued document's title printed so is no
   statement (was a plan fact, hd66d).
"""

from __future__ import annotations

from helpers import distil, unit_workspace

from drafter.compose.sentences import finished_sentences
from drafter.distill.figures import YEAR
from drafter.grammar import PAGE_CUT
from helpers import YICHUN, ZHUHAI

# seeds/2022-06-15_宜春市十四五文化和旅游发展规划在线访谈.txt of hd67b: its headline, the host's introduction, the first guest's turn.
INTERVIEW = ("解读:在线访谈 | 宜春市“十四五”文化和旅游发展规划,打造国际知名、全国一流的康养休闲度假旅游目的地和文化特色鲜明的国家级旅游休闲城市\n\n"
             "文字实录\n\n第一部分  主持人介绍\n\n主持人\n\n大家好,欢迎收看由宜春市人民政府网和宜春市广播电视台联合为您打造的“在线访谈”,我是主持人陈翔。\n\n"
             "主持人\n\n“十四五”时期是我国全面建成小康社会、实现第一个百年奋斗目标之后,乘势而上开启全面建设社会主义现代化国家新征程、"
             "向第二个百年奋斗目标进军的第一个五年。我们有幸邀请到了3位嘉宾,市文广新旅局党组书记、局长李智勇、市文广新旅局党组成员、"
             "副局长易延玲、市文广新旅局四级调研员聂明;欢迎做客宜春市人民政府网,接受“在线访谈”栏目的采访,先和网民朋友们打个招呼吧!\n\n"
             "各位网友大家好!我是市文广新旅局李智勇,很高兴参加这次访谈。\n\n第二部分  规划解读\n\n主持人\n\n"
             "今天一起来聊聊关于“十四五”规划的话题。李智勇局长可以带我们回顾一下“十三五”时期全市文化和旅游工作方面的情况吗?\n\n"
             "李智勇:\n\n  好的。“十三五”期间,宜春市文广新旅局业紧抓文\n")
# seeds/2025-02-25_斗门区市场监管局民生热线.txt of hd56c: its fields and first lines (traditional characters as stored).
HOTLINE = ("訪談時間:2025年2月25日\n嘉賓:珠海市斗門區(qū)市場監(jiān)督管理局黨組書記、局長鄺英豪,黨組成員、副局長譚柏均,黨組成員、副局長陳樹東。\n"
           "主題:珠海市斗門區(qū)市場監(jiān)督管理局作客“服務(wù)群眾敢擔當”928民生熱線。\n訪談實錄------\n"
           "【主持人】聽眾朋友,你好!今天是2025年2月25日,星期二。歡迎你收聽FM92.8斗門電臺“服務(wù)群眾敢擔當”——《928民生熱線》。\n"
           "1、市民:李先生問到:斗門鎮(zhèn)古街風流橋路修好了,但是晚上路燈不亮,存在安全隱患,望有關(guān)部門重視。\n對此,斗門鎮(zhèn)回復(fù):\n"
           "因斗門舊街此前道路升級改造導致路燈大面積線路破損。我辦已多次催促施工加快修復(fù)進度。感謝您的理解和支持。\n")


def test_1_an_interview_of_the_bureaus_officials_is_the_bureaus_own(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *YICHUN[:3])
    ff = distil(tmp_path, ws, INTERVIEW, "2022-06-15_宜春市十四五文化和旅游发展规划在线访谈.txt")
    assert (ff.source.kind, ff.source.issuer) == ("news", "宜春市文化广电新闻出版旅游局")


def test_1_guests_of_a_district_bureau_named_after_the_city_are_not_the_citys_bureau(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *ZHUHAI)
    assert distil(tmp_path, ws, HOTLINE, "2025-02-25_斗门区市场监管局民生热线.txt").source.issuer is None


HAIYANG = ("海阳市住房和城乡建设管理局", "市住建局", "海阳市")
# seeds/undated_海阳市老旧小区改造7处小区.txt of hd65b: its first paragraph, to the third of the seven sites.
SITES = ("老旧小区改造关乎百姓居住和生活质量,是一项持续性的民生工程。记者从相关部门获悉,今年,我市将继续推进老旧小区改造工作,"
         "7处老旧小区将旧貌换新颜。据了解,涉及改造的7处小区分别是:海园路东首、电培中心西邻(原家具五金集团家属房、原海阳二轻学校家属房、"
         "原锻压机床厂家属房),海山路以北、海园路以南、兴海市场以东、城北佳苑以西(涉及17栋楼房),海河路与海园路相连接的路段(市工会东)。"
         "改造工程预计12月底完成。\n")


def test_2_a_count_named_again_by_its_clause_is_counted_once(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *HAIYANG), SITES, "undated_海阳市老旧小区改造7处小区.txt")
    figures = [(g.raw, g.counts) for f in ff.facts for g in f.figures]
    assert figures == [("7处", "老旧小区"), ("17栋", "楼房")]  # (was 7处 老旧小区将旧貌换新颜 and 7处 小区 too)


# seeds/2022-09-27_宜府办发2022-38号推进旅游业高质量发展实施意见.txt of hd67b: its first line, its last lines (the second's first
# sentences left out), the page cut in 国(内外…).
GOALS = ("宜府办发〔2022〕38号 2022年9月27日\n一、总体要求\n"
         "(二)发展思路。按照“一核引领、三极拉动、四带串联”发展布局,开展存量景区“微改造精提升”行动,全面提升现代旅游业体系。\n"
         "(三)工作目标。以打造国内外知名的康养休闲度假旅游目的地为目标,推动文旅深度融合发展,文旅消费业态不断丰富,国\n")


def test_3_a_statement_cut_by_its_page_stays_marked_cut(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *YICHUN[:3]), GOALS, "2022-09-27_宜府办发2022-38号推进旅游业高质量发展实施意见.txt")
    goals = next(f for f in ff.facts if "康养休闲度假旅游目的地为目标" in f.text)
    assert goals.text.endswith("文旅消费业态不断丰富，" + PAGE_CUT)  # (was …不断丰富。, a whole sentence)
    # (a draft says its whole clauses, none dropped as unfinished)
    assert finished_sentences(goals.text)[-1].endswith("推动文旅深度融合发展，文旅消费业态不断丰富。")


OUHAI = ("温州市瓯海区卫生健康局", "区卫健局", "瓯海区")
# seeds/2023-05-23_瓯有善育专项实施方案.txt of hd66d: its notice, the attachment's title (its dash lost) and its preamble.
ISSUED = ("關(guān)於印發(fā)甌海區(qū)公共服務“七優(yōu)享”工程“甌有善育”專項實施方案(2023-2027年)的通知\n\n"
          "發(fā)布日期:2023-05-23 14:29 訪問次數(shù): 來源: 甌海區(qū)府辦 甌海區(qū)府辦\n\n區(qū)公共服務“七優(yōu)享”工程工作專班各成員單位:\n\n"
          "現(xiàn)將《甌海區(qū)公共服務“七優(yōu)享”工程“甌有善育”專項實施方案(2023-2027年)》印發(fā)給你們,請認真抓好落實。\n\n"
          "甌海區(qū)公共服務七優(yōu)享工程工作專班辦公室\n\n2023年5月23日\n\n附件\n\n"
          "甌海區(qū)公共服務“七優(yōu)享”工程“甌有善育”專項實施方案(20232027年)\n\n")


def test_4_a_span_whose_dash_was_lost_is_read_and_its_title_is_no_statement(tmp_path):
    assert YEAR.search("專項實施方案(20232027年)").groups() == ("2023", "2027")
    assert YEAR.search("专项实施方案（2023 2027年）").groups() == ("2023", "2027")
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *OUHAI), ISSUED, "2023-05-23_瓯有善育专项实施方案.txt")
    assert not [f.text for f in ff.facts if "20232027" in f.text]  # (was a plan fact of 2023–2027)
