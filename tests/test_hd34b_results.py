"""What distill makes of a bureau's results summary, found on held-out round hd34b (运城市卫生健康委员会): a forum's repost
(2024-01-19) of its news 运城市获评全省2023年度卫生健康工作目标责任考核优秀市 was filed as 政策 (目标 in its headline, the forum's
post header run into its lede), its results (通过“三甲”评审, 100所村卫生室…改造完成) kept as background, dated 2024 (the day
posted) and the header's words (发表于…, 显示全部楼层, 阅读模式) kept in a fact's text and topics.

Each test reads lines of the real page (as the forum prints them) in a workspace of its own bureau.
"""

from __future__ import annotations

from click.testing import CliRunner
from helpers import distil_by_cli, first_saying, unit_workspace

import docx

from drafter.cli import cli

# The forum's repost of 运城市卫生健康委员会's news, some of its lines as the page prints them, its chrome kept.
YUNCHENG_SUMMARY = """开启左侧

运城市获评全省2023年度卫生健康工作目标责任考核优秀市

[复制链接]
avatar 发表于 2024-1-19 09:40:22 | 显示全部楼层 |阅读模式
1月17日,从2024年全省卫生健康工作会议上传来消息,运城市获评全省2023年度卫生健康工作目标责任考核优秀市。

公立医院高质量发展取得新成效。市中心医院二期项目如期完工,获批国家级重点建设专科3个,在新一轮全国三级公立医院绩效考核中蝉联全省之冠。9家县级医院纳入国家首批“千县工程”名单。

全市医药卫生体制改革迈出新步伐。盐湖区、万荣县以中西医融合发展为特色的世卫组织整合型医疗卫生服务项目试点成果得到国家、省高度评价。组建由市中心医院牵头的城市医疗集团,全面推开县级医疗集团“1+X”专科联盟工作模式。

中医药事业发展激发新动能。市中医医院顺利通过“三甲”评审,8家县级中医医院完成“二甲”复审。全市特色乡镇卫生院创建率、中医馆覆盖率、国家基层中医药工作先进单位创建率均位居全省第一。

基层医疗卫生服务能力达到新高度。全市2171个行政村均建成集体产权卫生室并投入使用,全市“一村一名大学生村医”实现全覆盖。100所村卫生室标准化建设提升改造完成。
"""
YUNCHENG_NAME = "2024-01-19_运城市获评全省2023年度卫生健康工作目标责任考核优秀市.txt"


def _yuncheng(tmp_path, page: str = YUNCHENG_SUMMARY, name: str = YUNCHENG_NAME):
    ws = unit_workspace(tmp_path / "ws", "运城市卫生健康委员会", "市卫健委", "运城市", "盐湖区, 临猗县, 万荣县, 稷山县",
                        "我市卫生健康工作")
    return distil_by_cli(tmp_path, ws, page, name)


def test_a_forum_posts_header_is_page_clutter(tmp_path):
    """hd34b F5: avatar 发表于 2024-1-19 09:40:22 | 显示全部楼层 |阅读模式 opened the lede's fact and gave it the topics 显示全部楼层,
    阅读模式; the forum's post header, its sidebar switch and its [复制链接] are the page's, no text of the document."""
    _, facts, _ = _yuncheng(tmp_path)
    lede = first_saying(facts, "传来消息")
    assert lede.text.startswith("1月17日，从"), lede.text
    for fact in facts:
        assert not any(w in fact.text for w in ("发表于", "楼层", "阅读模式", "复制链接", "开启左侧")), fact.text
        assert not {"显示全部楼层", "阅读模式", "发表"} & set(fact.topics), fact.topics


def test_a_summary_of_the_places_results_reports_them_done(tmp_path):
    """hd34b F1: 市中医医院顺利通过“三甲”评审，8家县级中医医院完成“二甲”复审 and 100所村卫生室…改造完成 were background of a
    政策: the place's news listing its results won, a theme then 通过/完成/建成 with figures, reports work done — and the theme
    after it, going on with the summary, too."""
    result, facts, source = _yuncheng(tmp_path)
    assert source.kind == "news", source.kind
    assert "政策" not in result.output
    for words in ("市中医医院顺利通过", "100所村卫生室", "医药卫生体制改革迈出新步伐"):
        assert first_saying(facts, words).kind == "done", words


def test_a_years_appraisal_dates_its_results_in_that_year(tmp_path):
    """hd34b F2: the results under 全省2023年度…考核优秀市, posted 2024-01-19, were stored as 2024's, and the lede as of 2024 by
    从2024年全省卫生健康工作会议上传来消息: an appraisal's year is the year it appraises, and a meeting where news was heard dates
    nothing it tells."""
    _, facts, source = _yuncheng(tmp_path)
    assert source.period == 2023, source.period
    for words in ("传来消息", "市中医医院顺利通过", "100所村卫生室"):
        assert first_saying(facts, words).period.year == 2023, words


# The bureau's reply to 市政协五届二次会议第52019号提案 (2023-07-05) as a spam mirror prints it, some of its lines: its words put
# in place of 习近平, 中共中央, 运城 and 关于.
YUNCHENG_52019 = """运城市卫生健康委员会什么app可以买足彩市政协五届二次会议第52019号提案的答复
发布时间:2023-07-05 10:08
尊敬的史晴委员:
您好,您提出的《实施“中医药产业振兴计划”促进运城中医药业长足发展》的提案收悉,经研究,现答复如下:
党的十八大以来,以什么app可以买足彩同志为核心的党中央高度重视卫生健康事业发展,将“健康中国”上升至国家战略积极推进。中医药作为独特的卫生资源、潜力巨大的经济资源、具有原创优势的科技资源、优秀的文化资源和重要的生态资源,在“健康中国”战略中发挥着重要作用。2016年以来,什么app可以买足彩、国务院先后制定出台了《中医药发展战略规划纲要(2016-2030)》、《什么app可以买足彩促进中医药传承创新发展的意见》以及《什么app可以买足彩加快中医药特色发展若干政策措施的通知》,全面推动中医药事业产业快速发展。
运城市中医药文化底蕴深厚、名医先贤辈出;中药资源丰富、产业链条齐全;服务体系健全、人才梯队合理,中医药事业产业发展潜力巨大。为进一步发挥什么app可以买足彩中医药资源禀赋优势,传承好、发展好、利用好中医药,市委市政府于2020年制定出台了《运城市建设中医药强市实施方案》,对什么app可以买足彩未来十年中医药事业产业的发展前景进行了系统规划,其中既涉及到中医药服务体系建设、中医药服务能力提升、中医药人才队伍建设、中医药文化建设、中药材产业发展等。
"""
YUNCHENG_52019_NAME = "2023-07-05_运城市卫生健康委员会_市政协五届二次会议第52019号提案的答复.txt"


def test_the_central_leaderships_policy_is_the_nations_background(tmp_path):
    """hd34b F6: 党的十八大以来，以…同志为核心的党中央高度重视…国务院先后制定出台了《…纲要》 was 运城市's work done in 2016–2023: what
    the central leadership does is the nation's policy, background, whatever words a mirror put for its leader's name; the city's
    own 实施方案 stays its work."""
    _, facts, _ = _yuncheng(tmp_path, YUNCHENG_52019, YUNCHENG_52019_NAME)
    central = first_saying(facts, "党中央高度重视")
    assert (central.kind, central.jurisdiction) == ("context", "全国"), (central.kind, central.jurisdiction)
    own = first_saying(facts, "运城市建设中医药强市实施方案")
    assert (own.kind, own.jurisdiction) == ("done", "运城市"), (own.kind, own.jurisdiction)


def test_a_session_never_names_another_place_of_its_issuers_level(tmp_path):
    """hd34b F6: the title 运城市卫生健康委员会什么app可以买足彩市政协五届二次会议… gave the session 买足彩市政协五届二次会议: a city's
    bureau answers its own city's sessions, so a city's name in it other than its own is junk before 市政协…."""
    _, _, source = _yuncheng(tmp_path, YUNCHENG_52019, YUNCHENG_52019_NAME)
    assert source.session == "市政协五届二次会议", source.session


def test_a_drafts_note_names_the_material_set_aside_on_its_topic(tmp_path):
    """hd34b F8: drafted from its title alone, 关于推动中医药传承创新发展的提案 was told 已收集的材料中也没有与标题相关的内容 though the
    base held 中医药 facts (the 2023 summary's, the 2020 实施方案 older than max_age), none saying 传承创新: the note names what
    was found on the topic and why it was set aside."""
    ws = unit_workspace(tmp_path / "ws", "运城市卫生健康委员会", "市卫健委", "运城市", "盐湖区, 临猗县, 万荣县, 稷山县")
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / YUNCHENG_NAME).write_text(YUNCHENG_SUMMARY, "utf-8")
    (folder / YUNCHENG_52019_NAME).write_text(YUNCHENG_52019, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(folder)]).exit_code == 0
    out = tmp_path / "draft.docx"
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", "24001", "关于推动中医药传承创新发展的提案", "--proposal",
                                 "--deputy", "李某", "--type", "B", "--date", "2024-06-30", "-o", str(out)])
    assert result.exit_code == 0, result.output
    comments = "\n".join(c.text for c in docx.Document(out).comments)
    assert "没有与标题相关" not in comments and "没有与该主题相关的本地区工作事实" not in result.output
    assert "运城市获评全省2023年度卫生健康工作目标责任考核优秀市" in comments, comments
    assert "2020年" in comments and "距成文年份已4年，未写入" in comments and "放宽" not in comments, comments


def test_a_draft_reports_the_summarys_results_as_of_their_year(tmp_path):
    """hd34b F1, F2: a proposal on 村卫生室 drafted from the summary left its ask empty, the comment quoting 100所村卫生室…改造完成
    as 背景材料: the results are drafted as the bureau's, as of 2023."""
    _yuncheng(tmp_path)
    ws_root = tmp_path / "ws"
    (tmp_path / "suggestion.txt").write_text("关于加强村卫生室建设和乡村医生队伍建设的提案\n建议：\n一、推进村卫生室标准化建设。\n"
                                             "二、加强乡村医生队伍建设，推动大学生村医全覆盖。\n", "utf-8")
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws_root), "draft", "77", "关于加强村卫生室建设和乡村医生队伍建设的提案", "--proposal",
                                      "--deputy", "王某", "--type", "B", "--date", "2024-07-05",
                                      "--text", str(tmp_path / "suggestion.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    body = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "2023年，全市2171个行政村均建成集体产权卫生室" in body, body
    assert "100所村卫生室标准化建设提升改造完成" in body, body
