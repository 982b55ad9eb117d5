"""h315: findings of the held-out test hd57b (榆林市文化和旅游局), each on its seed's real lines.

1. A paragraph opening on the central authorities (党中央、国务院…习近平总书记…) goes on, from a sentence whose subject is the
   bureau's own place (我市的长城资源丰富…), with that place's state and figures: 榆林市's (was one fact of 全国, its
   1734座 and 41座 another's).
2. 首 counts songs after a number (陕北民歌3000余首), never 首次, 首家, 首批, 首届.
3. 谋划 before a time to come is a plan (我局谋划在“十四五”期间…打造成4A级景区: was context); the reader's suggestion named by what
   it asks done (您提出的建设“陕北民歌公园”，) is no thing of theirs that keeps the bureau's answer out of other replies.
4. A deed's sentence going on with 我们将… (…战略定位进一步明确，我们将以…为指导，…进一步指导各县市区…) is cut there: the deed, then
   the plan (was one deed).
5. A forum's repost of a news story: its post header (发表于:2019/12/7 13:50:45, 1. 楼主 / 2. 倒序看帖 / 3. 只看该作者) and its calls
   to register (马上注册，结交更多好友…。; 立即注册。已有帐号？登录或使用QQ登录…) are clutter (were facts, the last glued onto the
   article's first sentence), and the page is news (was a work report).
6. A signatory's name spaced to its field's width (签发人:崔  渊) is one name (was 崔).
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.distill.facts import READERS_OWN_THING, place_split, plan_split
from drafter.distill.figures import find_figures
from drafter.read.clean import is_chrome, normalize_space

YULIN_AREAS = "榆阳区, 横山区, 神木市, 府谷县, 靖边县, 定边县, 绥德县, 米脂县, 佳县, 吴堡县, 清涧县, 子洲县"
YULIN = ("榆林市文化和旅游局", "市文旅局", "榆林市", YULIN_AREAS)


def reply_page(number: str, signatory: str, addressee: str, opening: str, *paragraphs: str) -> str:
    """A reply's page as 榆林市文化和旅游局's site prints it (its head as the seeds', then the paragraphs given)."""
    head = ("当前位置:首页 > 互动交流 > 建议提案\n\n对市五届人大一次会议第{n}号建议的答复函\n\n"
            "来源:榆林市文化和旅游局  发布日期:2022-12-13 16:53:10  点击量:1809\n字体:[ | | ] 分享到:\n打印本页\n\n"
            "类  别:B\n\n签发人:{s}\n\n榆政文旅函〔2022〕67号\n\n\n对市五届人大一次会议第{n}号建议的答复函\n\n\n{a}\n\n{o}\n\n")
    return head.format(n=number, s=signatory, a=addressee, o=opening) + "\n\n".join(paragraphs) + "\n"


# seeds/2022-12-13_对市五届人大一次会议第1号建议的答复函.txt of hd57b: its first paragraph after the opening.
GREAT_WALL = ("党中央、国务院历来高度重视长城保护。党的十八大以来,习近平总书记对长城保护多次作出重要指示,在多个场合的讲话中,也多次提到长城。"
              "保护好长城,保护好中华民族的象征,其价值十分重大,意义十分深远。我市的长城资源丰富,时代延续较长、遗存体量较大、文化内涵丰富。"
              "根据长城资源调查结果,榆林境内现存战国秦长城、隋长城和明长城,分布于我市的府谷、神木、榆阳、横山、靖边、定边六县市区,"
              "总长度约1500多公里,单体建筑1734座,营堡41座,相关遗存多处。")
OPENING_1 = "您提出的《关于加强中国长城“心脏地段”的保护宣传榆林需要形成全社会合力的议案》(第1号)收悉。现答复如下:"
# seeds/2020-10-29_市政协四届五次会议第136号建议的复函.txt: its paragraph on the park (the page cut it after its first clause of 计划).
SONG_PARK = "您提出的建设“陕北民歌公园”,我局谋划在“十四五”期间将榆林河滨公园打造成4A级景区。"
OPENING_136 = "您提出的《关于建设“陕北民歌公园”的建议》(第136号)收悉。现答复如下:"
SONGS = "收集整理了各类陕北民歌3000余首,制作了《永远的信天游—榆林印象》;"
# seeds/2020-10-29_市政协四届五次会议第223号提案答复的函.txt: its first part's paragraph.
PLANNING = ("2018年完成“十大战略”研究课题之文化旅游产业战略研究,以此为依据,启动《榆林市全域旅游发展规划》编制工作,并于2019年5月通过专家评审会,"
            "2020年3月以市政府办文件批准印发,榆林市旅游产业发展顶层设计和战略定位进一步明确,我们将以战略研究成果和《榆林市全域旅游发展规划》为指导,"
            "始终坚持“两个更大,三个更好”的总体目标,通过科学规划引领,进一步指导各县市区编制因地制宜的发展规划,合理布局榆林文化旅游产业发展新格局,"
            "努力开拓榆林文化旅游发展新局面。")
# seeds/2019-12-07_榆林加强长城遗址保护.txt: a forum's repost, its head to the article's first paragraph.
FORUM_REPOST = ("主题: 榆林加强长城遗址保护,让长城精神传承下去~\n\n  • 不甚了了\n楼主回复\n  • 阅读:11991\n  • 回复:0\n"
                "  • 发表于:2019/12/7 13:50:45\n  • 来自:陕西\n  1. 楼主\n  2. 倒序看帖\n  3. 只看该作者\n"
                "马上注册,结交更多好友,享用更多功能,让你轻松玩转府谷社区。\n\n立即注册。已有帐号? 登录或使用QQ登录微信登录新浪微博登录\n\n"
                "榆林作为边关要地,是我国历史上修筑长城最多的地区之一,目前主要遗存有战国秦长城(即秦昭襄王长城)、隋长城、明长城。"
                "自东向西经过我市府谷、神木、榆阳、横山、靖边、定边等县区。\n\n\n镇北台(刘继远 摄)\n\n\n"
                "  市文旅局安排400余万元,完成了200块长城遗址重点段落和重点营堡保护标志碑的项目设计,将于年底安装到位;实施长城抢救性保护工作,"
                "争取国家投资1270万元,实施明长城龙洲堡、靖边县五台村段抢救性保护工程。\n")


def test_1_our_place_after_a_central_opener_is_ours_with_its_figures(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *YULIN)
    ff = distil(tmp_path, ws, reply_page("1", "崔  渊", "高秋燕代表:", OPENING_1, GREAT_WALL), "2022-12-13_第1号建议的答复函.txt")
    central = first_saying(ff.facts, "党中央、国务院历来高度重视长城保护")
    assert central.jurisdiction == "全国" and not central.figures and "我市" not in central.text
    ours = first_saying(ff.facts, "我市的长城资源丰富")
    assert ours.text.startswith("我市的长城资源丰富") and ours.jurisdiction == "榆林市" and not ours.external
    assert {f.raw for f in ours.figures} == {"约1500多公里", "1734座", "41座"}


def test_1_the_cut_is_after_a_central_opener_only():
    text = GREAT_WALL.replace(",", "，")
    assert [p[:8] for p in place_split(text)] == ["党中央、国务院历", "我市的长城资源丰"]
    # (a paragraph of no central opener keeps its 我市 sentence: it is ours already)
    assert place_split(text[text.index("保护好长城"):]) == [text[text.index("保护好长城"):]]


def test_2_shou_counts_songs_after_a_number_only():
    songs = find_figures(SONGS.replace(",", "，"))
    assert [(f.raw, f.unit, f.counts) for f in songs] == [("3000余首", "首", "陕北民歌")]
    for text in ("2019年首批入选省级非遗名录", "全国首家长城主题博物馆", "举办首届陕北民歌大赛", "3首次登台"):
        assert not any(f.unit == "首" for f in find_figures(text)), text


def test_3_a_plan_said_by_mouhua_after_the_ask_named_by_its_deed(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *YULIN)
    page = reply_page("136", "刘仲平", "吕政轩代表:", OPENING_136, SONG_PARK)
    park = first_saying(distil(tmp_path, ws, page, "2020-10-29_第136号建议的复函.txt").facts, "榆林河滨公园")
    assert (park.kind, park.period.year, park.period.until) == ("plan", 2021, 2025)  # (was context)
    # (the ask named by its deed is no thing of the reader's; their own road still is)
    assert not READERS_OWN_THING.search("您提出的建设“陕北民歌公园”，我局谋划在“十四五”期间将榆林河滨公园打造成4A级景区")
    assert READERS_OWN_THING.search("我局已将你所提的路段纳入2023年大中修项目")
    assert READERS_OWN_THING.search("你提出的建设项目，我局已纳入项目库")


def test_4_a_deeds_sentence_going_on_with_what_we_will_do_is_cut_there(tmp_path):
    deed, plan = plan_split(PLANNING.replace(",", "，"))
    assert deed.endswith("顶层设计和战略定位进一步明确。") and plan.startswith("我们将以战略研究成果")
    ws = unit_workspace(tmp_path / "ws", *YULIN)
    page = reply_page("223", "刘仲平", "樊金朋委员:", OPENING_136, "一、科学规划引领,合理布局谋篇", PLANNING)
    ff = distil(tmp_path, ws, page, "2020-10-29_第223号提案答复的函.txt")
    deed = first_saying(ff.facts, "以市政府办文件批准印发")
    assert deed.kind == "done" and "我们将" not in deed.text
    plan = first_saying(ff.facts, "我们将以战略研究成果")
    assert plan.kind == "plan" and plan.text.startswith("我们将") and "进一步指导各县市区" in plan.text


def test_4_no_cut_before_a_plan_of_no_deed_done():
    for text in ("为了进一步加强长城保护，我们将以《长城保护规划》为指导，进一步指导各县市区做好长城保护工作。",
                 "长城保护任重道远。在已有基础上，我们将进一步指导各县市区做好长城保护工作。"):
        assert plan_split(text) == [text], text


def test_5_a_forums_post_header_and_calls_to_register_are_clutter_and_its_repost_news(tmp_path):
    for line in ("  • 发表于:2019/12/7 13:50:45", "  2. 倒序看帖", "  3. 只看该作者", "  1. 楼主", "楼主回复", "  • 阅读:11991",
                 "马上注册,结交更多好友,享用更多功能,让你轻松玩转府谷社区。", "立即注册。已有帐号? 登录或使用QQ登录微信登录新浪微博登录"):
        assert is_chrome(normalize_space(line)), line
    for line in ("1. 加强长城遗址保护", "3. 长城保护管理制度逐步完善", "立即注册登记的企业12家。"):
        assert not is_chrome(line), line
    ws = unit_workspace(tmp_path / "ws", *YULIN)
    ff = distil(tmp_path, ws, FORUM_REPOST, "2019-12-07_榆林加强长城遗址保护.txt")
    assert ff.source.kind == "news"  # (was work_report)
    said = "\n".join(f.text for f in ff.facts)
    assert "注册" not in said and "发表于" not in said and "登录" not in said
    assert first_saying(ff.facts, "边关要地").text.startswith("榆林作为边关要地")
    assert not any("只看该作者" in s for f in ff.facts for s in f.section)


def test_6_a_signatory_spaced_to_its_fields_width_is_one_name(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *YULIN)
    ff = distil(tmp_path, ws, reply_page("1", "崔  渊", "高秋燕代表:", OPENING_1, GREAT_WALL), "2022-12-13_第1号建议的答复函.txt")
    assert ff.source.signatory == "崔渊"  # (was 崔)
