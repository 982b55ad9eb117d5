"""What a tester found drafting for two other bureaus (/work/wt/hd: 武汉市农业农村局's 2025 reply to a
proposal of seven members with five co-handlers, and 重庆市科学技术局's 0883, each left out of a base of
that bureau's other public documents), and what a draft must do instead:

- five ``--with`` units whose parts did not fit as sections became one unit,
  【待市发改委、市财政局、…提供：…】, and ``drafter requests`` sent that one request;
- a proposer whose name carries its title got it twice (高潮委员委员：, 高潮等7名代表代表：), and seven
  members named together were each 您 (the reply sent says 您们; with no reply to several in the base, 你们 since hd24c:
  您 has no plural in written Chinese, and replies to several say 你们 far more often);
- an ask given as one long clause was headed by its tail after a noun inside its object
  (加大对新洲区高标准农田建设和灌区…的资金支持 → （二）建设和灌区…的资金支持, 对…载体建设给予重点支持 →
  建设给予重点支持), and one naming who should act kept the unit (市科技局牵头建立…);
- a news item's sentence on the bureau's work stood in its own reply in the third person
  (市农业农村局以提案办理为契机…);
- a placeholder's comment named an unrelated old document as the ask's material, and a plan's
  总体思路 paragraph was quoted as last year's plan on one ask;
- a sentence quoted with members of its list left out (食用菌、设施蔬菜 of a longer list) looked misquoted.

A second round (/work/wt/hd2: 滕州市住房和城乡建设局, 上海市商务委员会) found:

- another unit's plan (下一步，市政府…与土发集团进一步推进…) offered as the bureau's next step, 下一步 said
  again inside part two;
- a motion's title (…的议案, 关于将…) said as 继续将…的议案;
- an ask's means (基于财政专项补贴，…) as its heading and its aims (…，降低经营成本) asked for as work done;
- an old fact's comment giving max_age as its age (早于成文年份6年以上 of a fact 3 years old);
- a plan of no known year (an undated 2020 report's 防疫 plan) offered in a 2022 reply's part two, unflagged;
- a sentence its page cut off ended on a condition waiting for its main clause (…一旦项目落地后。).

A third round (/work/wt/hd3: 福州市教育局, 马关县交通运输局) found:

- a past reply's sentence to its own deputy (我局已将你所提的路段纳入2023年大中修项目…) told another deputy,
  about another road, that their road was in the plan;
- an item that was only its lead phrase (一是加大农村公路建设维修。), the rest of its sentence cut off the topic;
- an ask's aim (…，争取早日解决群众出行难问题; …，改善学生用眼环境) asked for as work done;
- a C-class reply with no place for its reason, which ``check`` then asked for, and a part one of placeholders
  only opening 近年来，我局…围绕维修…道路积极开展工作，主要做法和成效如下 — work on a road nobody had touched;
- a draft from the title alone said 事实库中没有与该主题相关的本地区工作事实 of a base holding pages on the matter;
- a co-handler's area said without its verb (并会同市卫健委在医疗卫生机构专业作用方面协同推进);
- part two's items uneven: 持续加快中小学校教室照明改造。【待补充：具体举措】 beside bare placeholders
  (【待补充：建立健全学生视力筛查和建档制度方面的下一步举措】) for asks part one reported nothing on, or whose
  heading opened on a verb the list lacked (保障…);
- a measure's requirement (户外时间一般不少于2小时) flagged as a figure to update;
- (hd2 F4) a result without figures, of 2022 or of no known time (墨子大道通车，是…新的飞跃), left unmarked in a
  2025 reply whose part one said 需更新之处已标出.

A fourth round (/work/wt/hd4: 郑州市生态环境局, 石林彝族自治县卫生健康局) found:

- an ask naming the bureau's own field among the units to act together (生态环境、公安、城管、住建等部门建立联合执法机制)
  handed whole to another unit (【待市城市管理局提供：…】), with no next step of the bureau's;
- a point keeping the word joining it to the clause before (【待补充：并公开曝光典型案例…】);
- ``requests`` asking a co-handler for its section's 小标题 as material;
- a page's header line (郑州市生态环境局上街分局 政协提案 2025-07-08) run into its title, the reply left undated;
- an ask naming a co-handler to act (由石林街道协调解决…, --with 石林街道办事处) left to the bureau, in both parts;
- a clause of when as an ask's heading (（四）新建卫生室建成后), and asks led by a verb after its object (将…纳入…,
  向上级部门争取…) left as bare placeholders in part two.
- (both) a request for works at one site (维修坡脚镇桐子林至上弯腰树道路, 重建新建村卫生室) drafted with a section
  and a next step per ask, mostly placeholders; the real replies answer in a few paragraphs (the standing rule,
  whose the site is, the reason, 纳入项目库).

The asks below are those the testers wrote from the real replies' titles and restated asks.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil

import docx
import pytest
from click.testing import CliRunner
from helpers import FUZHOU_1229, FUZHOU_1365, FUZHOU_20251061, FUZHOU_HYJ_YAML, REPO, SHENYUANHAI_ASKS, ZHENKANG_0019_TEXT, needs_corpus, run_1288

from drafter.cli import cli
from drafter.compose.asks import MAX_PHRASE, parse_asks, site_of
from drafter.compose.select import is_lead_in, on_heading
from drafter.compose.sentences import on_topic_clauses, without_dangling_references
from drafter.grammar import unit_matters

WUHAN = """关于支持打造超大城市农业农村现代化样板的提案

为此，我们建议：

一、支持新洲区土河流域开展小流域综合治理试点，统筹水利、农田、生态等项目向流域集中布局。

二、加大对新洲区高标准农田建设和灌区续建配套、现代化改造的资金支持，积极争取中央和省级资金向新洲区倾斜。

三、支持新洲区培育特色农业产业链，建设农产品加工园区，做强区域公用品牌。
"""

CHONGQING = """关于加快科技成果转化的建议
为此建议：
一、加大对区县科技型企业研发和成果转化的资金支持，争取国家资金倾斜。
二、建议市科技局牵头建立高校院所与企业的常态化对接机制。
三、对万盛、綦江等渝南区县的科技孵化载体建设给予重点支持。
四、进一步完善技术经纪人队伍建设和评价激励。
"""


def test_a_long_ask_giving_to_someone_is_headed_by_the_giving_and_its_object():
    wuhan = [a.phrase for a in parse_asks(WUHAN, "关于支持打造超大城市农业农村现代化样板的提案")]
    assert wuhan == ["支持新洲区土河流域开展小流域综合治理试点", "加大高标准农田建设和灌区续建配套资金支持",
                     "支持新洲区培育特色农业产业链"]
    chongqing = [a.phrase for a in parse_asks(CHONGQING, "关于加快科技成果转化的建议")]
    assert chongqing == ["加大对区县科技型企业研发和成果转化的资金支持", "建立高校院所与企业的常态化对接机制",
                         "重点支持万盛、綦江等渝南区县的科技孵化载体建设", "完善技术经纪人队伍建设和评价激励"]
    assert all(len(p) <= MAX_PHRASE for p in wuhan + chongqing)


def test_a_verb_inside_an_object_opened_by_dui_is_no_heading():
    """A clause too long to say shorter is cut at a verb of asking only outside its 对…的 object: 建设 of
    …基础设施建设的统筹指导 heads nothing (it gave 建设的统筹指导); the title's matter names the ask."""
    text = "一、加强对全市各区县农村地区特别是山区丘陵地带的农田水利基础设施建设的统筹指导。\n二、完善技术转移服务体系。"
    assert parse_asks(text, "关于农田建设的建议")[0].phrase == "农田建设"


def test_each_co_handler_without_room_for_a_section_is_asked_on_its_own(loo, tmp_path):
    """Leave-one-out 1288 (five asks, so five sections) with three co-handlers: 市市场监管局's part is
    the 知识产权 section; 市财政局 and 市人力社保局 have no room left for a section each under six — they share
    the sixth, each its own item and its own request, never one placeholder naming both."""
    out = tmp_path / "1288.docx"
    run_1288(loo, out, with_=("市市场监管局", "市财政局", "市人力社保局"))
    texts = [p.text for p in docx.Document(out).paragraphs]
    at = texts.index("（六）【待补充：小标题】")
    assert texts[at + 1:at + 3] == ["一是【待市财政局提供：市财政局承办部分的工作情况及数据（注明年份）】",
                                    "二是【待市人力社保局提供：市人力社保局承办部分的工作情况及数据（注明年份）】"]
    assert not any("市财政局、市人力社保局提供" in t for t in texts)
    listed = CliRunner().invoke(cli, ["-w", str(loo), "requests", str(out), "--json"])
    assert listed.exit_code == 0, listed.output
    assert "市财政局、市人力社保局" not in listed.output
    assert '"市财政局"' in listed.output and '"市人力社保局"' in listed.output


def test_a_title_only_draft_with_old_material_says_what_there_is_not_nothing(loo, tmp_path):
    """Leave-one-out base, title only, a matter of which it holds only 2016's (知识产权): the draft said both 事实库中没有与
    该主题相关的本地区工作事实 and 只有2016年的相关情况…未采用, and its note 也没有与标题相关的内容 (hd7 read them as
    contradicting). It says what there is, once, and that nothing could be written in."""
    result = CliRunner().invoke(cli, ["-w", str(loo), "draft", "77", "关于强化知识产权保护和运用的建议", "--deputy", "某某",
                                      "--date", "2026-05-20", "-o", str(tmp_path / "77.docx"), "--json"])
    assert result.exit_code == 0, result.output
    warnings = json.loads(result.stdout)["warnings"]
    assert any(w.startswith("已收集的材料中只有2016年的相关情况") for w in warnings), warnings
    assert not any("没有与该主题相关的本地区工作事实" in w or "没有与标题相关的内容" in w for w in warnings), warnings
    assert "未提供建议原文，按标题未找到可直接写入的内容：提供原文重新起草，稿中即按所提各项逐一留出待补充处" in warnings


def _addressed(root, tmp_path, deputy: str) -> list[str]:
    """The addressee, opening and closing of a proposal drafted from ``root`` for ``deputy``."""
    out = tmp_path / "p.docx"
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", "9001", "关于加快中试验证平台建设的提案", "--proposal",
                                      "--deputy", deputy, "--date", "2026-05-20", "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    texts = [p.text for p in docx.Document(out).paragraphs if p.text.strip()]
    addressee = next(t for t in texts if t.endswith("："))
    opening = next(t for t in texts if "已收悉" in t)
    closing = next(t for t in texts if t.startswith("再次感谢"))
    return [addressee, opening, closing]


def test_a_title_given_with_the_name_is_said_once(seeded_root, tmp_path):
    assert _addressed(seeded_root, tmp_path, "高潮委员")[0] == "高潮委员："
    assert _addressed(seeded_root, tmp_path, "高潮等7名委员")[0] == "高潮等7名委员："
    assert _addressed(seeded_root, tmp_path, "林永红")[0] == "林永红委员："


def test_several_members_named_together_are_you_in_the_plural(seeded_root, tmp_path):
    """The seeds' replies say 您 to one and hold none to several: several are 你们, not 您们 (hd24c 8: 红河州农业农村局's
    reply to 龙瑜菡等代表 says 你们提出的…, as most replies to several do)."""
    for deputy in ("高潮、罗新坤、陈红英", "高潮等7名委员", "高潮等"):
        addressee, opening, closing = _addressed(seeded_root, tmp_path, deputy)
        assert opening.startswith("你们提出的") and "感谢你们" in opening, (deputy, opening)
        assert "感谢你们" in closing and "您们" not in opening + closing, (deputy, closing)
    one = _addressed(seeded_root, tmp_path, "高潮委员")
    assert one[1].startswith("您提出的") and "您们" not in "".join(one)
    body = _addressed(seeded_root, tmp_path, "民革武汉市委会")
    assert body[0] == "民革武汉市委会：" and body[1].startswith("贵会提出的")


# 武汉市农业农村局's news of its proposal handling (nyncj.wuhan.gov.cn/zhlm/gzdt/202306/t20230626_2221950.html,
# mirrored at nmdy.org/show-241549.html): the bureau in the third person, as news writes it.
WUHAN_NEWS = """政协提案聚焦全面推进乡村产业振兴 武汉市农业农村局交“期中答卷”

发布时间:2023-07-10 作者:佚名 来源:武汉市农业农村局

  6月26日,武汉市政协提案委一行来市农业农村局开展提案督办协商工作。

  今年以来,市农业农村局以提案办理为契机,积极推动出台《武汉市现代都市农业高质量发展实施方案(2023-2027)》《高标准建设武汉现代农产品加工园工作方案》等政策文件,促进重点项目落地见效,不断强基础、补短板、扬优势,有力支撑我市现代都市农业高质量发展。
"""
WUHAN_YAML = """organisation:
  name: 武汉市农业农村局
  short_name: 市农业农村局
  jurisdiction: 武汉市
  areas: [新洲区, 黄陂区, 蔡甸区, 江夏区]
signatory: 某某某
contact: 某某
phone: 027-00000000
"""


def _bureau_draft(tmp_path, config: str, page: str, number: str, title: str, *options: str, text: str | None = None) -> str:
    """The text of ``title`` drafted (``--deputy 张某``, ``options``, the suggestion's ``text`` when given) in a
    workspace of another bureau (its drafter.yaml ``config``, the repository's templates) that has distilled
    ``page`` alone."""
    root = tmp_path / "ws"
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "drafter.yaml").write_text(config, "utf-8")
    (tmp_path / "page.txt").write_text(page, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(root), "distill", str(tmp_path / "page.txt")]).exit_code == 0
    out = tmp_path / "d.docx"
    if text is not None:
        (tmp_path / "suggestion.txt").write_text(text, "utf-8")
        options = (*options, "--text", str(tmp_path / "suggestion.txt"))
    result = runner.invoke(cli, ["-w", str(root), "draft", number, title, "--deputy", "张某", "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return "".join(p.text for p in docx.Document(out).paragraphs)


def test_the_bureau_named_as_a_sources_subject_is_we_in_its_reply(tmp_path):
    """The news says 市农业农村局以提案办理为契机，积极推动出台…: in 武汉市农业农村局's own reply that is 我局;
    its name inside a title (《…》) is left as it is."""
    said = _bureau_draft(tmp_path, WUHAN_YAML, WUHAN_NEWS, "20230088", "关于推动现代都市农业高质量发展的提案", "--proposal",
                         "--date", "2023-07-20")
    assert "2023年以来，我局以提案办理为契机，积极推动出台《武汉市现代都市农业高质量发展实施方案" in said, said
    assert "市农业农村局以提案办理" not in said


# 武汉市农业委员会's 会办意见 of 2018 (nyncj.wuhan.gov.cn/zwgk_25/fdzdgknr/jytabl/202001/t20200103_514650.html), its body.
WUHAN_2018 = """市农委关于对市政协十三届二次会议第20180388号提案会办工作的意见

发布日期: 2018-04-23 00:00 来源: 发布单位: 武汉市农业农村局

武农函〔2018〕16号

黄陂区人民政府:

  现将市政协十三届二次会议第20180388号提案提出的关于打造罗汉寺街农业旅游休闲小镇的建议落实情况函告如下,请综合后一并答复提案者。

  坚持保护性开发原则,将罗汉寺街符合《武汉市2017-2018年美丽乡村建设与奖补标准》(武农财〔2017〕13号)等政策文件条件的,按照集中、集约、连片打造的原则,鼓励美丽乡村建设项目与特色小镇、农业环境保护等有机结合,建设美丽乡村发展带。

  大力发展新型生态农业,拓展农业功能。依托罗汉寺街的区位、地理和历史优势,结合现代都市农业产业发展布局,培育罗汉寺街农业特色产业,推动农业生产结构优化升级,通过生态观光、田园采摘、生产体验、农特产品销售等,提高农产品价值,增加农民收入。

                                     武汉市农业委员会
                                      2018年4月23日
"""


def test_an_old_document_on_another_matter_is_not_named_as_an_asks_material(tmp_path):
    """A 2025 ask on 土河流域小流域综合治理, whose text (…形成农业产业发展空间布局) shares words with the 2018
    opinion's paragraph on 罗汉寺街 (…结合现代都市农业产业发展布局…), was told 只有2018年的相关情况（武农函〔2018〕16号）:
    that paragraph says nothing of the ask's own matter; it does of 培育特色农业产业链 (培育罗汉寺街农业特色产业)."""
    from helpers import unit_workspace

    ws = unit_workspace(tmp_path / "ws", "武汉市农业农村局", "市农业农村局", "武汉市", "新洲区, 黄陂区")
    paragraph = next(p.strip() for p in WUHAN_2018.split("\n") if p.strip().startswith("大力发展新型生态农业"))
    assert not on_heading(paragraph, "支持新洲区土河流域开展小流域综合治理试点", ws)
    assert on_heading(paragraph, "支持新洲区培育特色农业产业链", ws)


# 武汉市农业农村局's 2024年工作要点 (nyncj.wuhan.gov.cn/zwgk_25/fdzdgknr/ghxx/ndjh/202407/t20240723_2432126.html):
# its opening paragraph and its first measure, as the page prints them.
WUHAN_PLAN_OPENING = ("2024年全市农业农村工作的总体思路是:坚持以习近平新时代中国特色社会主义思想为指导,贯彻落实党的二十大和二十届二中全会"
                      "精神,深入学习习近平总书记关于“三农”工作的重要论述,…聚力推进农业稳产增产、农民稳步增收、农村稳定安宁等重点工作,"
                      "加快推进农业农村现代化,为奋力落实好中国式现代化的湖北实践作出武汉“三农”贡献。")
WUHAN_PLAN_MEASURE = ("(一)毫不放松抓好粮食生产。压实属地责任,层层分解省下达的粮食生产目标任务,确保粮食播种面积和产量稳定在218万亩、"
                      "18.2亿斤以上。")


def test_a_years_whole_approach_is_no_plan_of_one_ask():
    """The 工作要点's 总体思路 paragraph names every matter of the year and was quoted as last year's plan on
    灌区 funding: like a list's lead-in it says nothing on its own; its measures do."""
    assert is_lead_in(WUHAN_PLAN_OPENING)
    assert not is_lead_in(WUHAN_PLAN_MEASURE)
    assert not is_lead_in("下一步，我们将进一步推动科技创新和产业创新深度融合，奋力把我市打造成为高水平的国家创新型城市。")


def test_a_sentence_quoted_with_list_members_left_out_says_so_in_its_source_comment(loo_draft):
    """Leave-one-out 1288: the 揭榜挂帅 item's source lists 新一代信息技术、高端装备制造、新材料、生物医药等…领域;
    the draft, on manufacturing, keeps the first two — its source comment says it is cut, so a clerk
    checking against the source does not take it for a misquote (hd: 食用菌、设施蔬菜 of a longer list);
    an item quoted whole does not say so."""
    from drafter.docx.read import read_draft

    seed = next((REPO / "seeds").glob("000_*.txt")).read_text("utf-8")
    assert "新一代信息技术、高端装备制造、新材料、生物医药等战略性新兴产业领域" in seed
    paragraphs = [p for p in read_draft(loo_draft) if p.kind == "body"]
    challenge = next(p for p in paragraphs if "强化重大技术攻关支持" in p.text)
    assert "新一代信息技术、高端装备制造等战略性新兴产业领域" in challenge.text
    assert any("泉科函〔2025〕81号" in c and "（引用时略去了原句中的部分列举内容）" in c for c in challenge.comments), challenge.comments
    whole = next(p for p in paragraphs if "大力推进平台服务提质增效" in p.text)
    assert not any("引用时略去" in c for c in whole.comments), whole.comments


# ---- a second round (/work/wt/hd2): 滕州市住房和城乡建设局 and 上海市商务委员会 ----

# 滕州市住建局's reply to 人大十九届一次会议第48号 (tengzhou.gov.cn/zwgk/xxgkml/szbm/zjj/202207/t20220728_1477998.html):
# its title line and the answer as the page prints it (the stored page stops mid-word, as here).
TENGZHOU_48 = ("2022年度滕州市住建局关于人大十九届一次会议第48号代表建议的答复(关于将荆泉路南延至笃西路并提升基础设施建设的议案)\n"
               "刘雪源等10位代表: 你们好!你们提出的《关于将荆泉路南延至笃西路并提升基础设施建设的议案》已收悉,感谢你们提出的宝贵建议,"
               "我们高度重视,立即安排专人予以落实、办理,现将办理情况回复如下: 荆泉路是东部城区的一条贯穿南北的城市次干道,当前已完成"
               "滕平路至腾飞路城区段道路的建设,道路建成后缓解了龙泉路的交通压力,带动了荆泉路沿线经济的发展,提升了东部城区的城市形象。"
               "2021年我市提出要着力在“工业强市、产业兴市”上攻坚突破,聚焦聚力要素保障,市政府与山东省土地发展集团洽谈,签订合作框架协议,"
               "计划实施城南6平方公里土地一级开发,着力拓展城市发展框架,完善园区基础设施建设。下一步,市政府及市政府相关部门与土发集团"
               "进一步推进项目建设,力争项目尽快开工建设,让城市向南部发展,让城市基础设施向周边延伸。代表们提出的荆泉路位于片区开发的"
               "范围内,下一步我们将根据整体项目的实施情况,一旦项目落地后,督导建设单位落实建设主\n")
TENGZHOU_YAML = """organisation:
  name: 滕州市住房和城乡建设局
  short_name: 市住建局
  jurisdiction: 滕州市
  areas: [龙泉街道, 荆河街道, 北辛街道, 善南街道]
signatory: 某某某
contact: 某某
phone: 0632-0000000
"""


def test_another_units_plan_is_no_next_step_and_a_motions_title_is_said_as_its_matter(tmp_path):
    """The 2022 reply's plan opens 下一步，市政府及市政府相关部门与土发集团进一步推进项目建设: the city
    government's and a company's, offered as the bureau's own next step in the 2023 reply to the same
    motion (议案); and that motion's title was said as 继续将荆泉路南延至笃西路并提升基础设施建设的议案."""
    said = _bureau_draft(tmp_path, TENGZHOU_YAML, TENGZHOU_48, "13", "关于将荆泉路南延至笃西路并提升基础设施建设的议案",
                         "--date", "2023-05-20")
    assert "与土发集团进一步推进项目建设" not in said and "下一步，市政府" not in said
    assert "围绕荆泉路南延至笃西路并提升基础设施建设" in said and "的议案积极" not in said and "继续将" not in said


def test_a_means_or_an_aim_of_an_ask_is_neither_its_heading_nor_a_point_it_asks_for():
    """基于财政专项补贴，帮助国有企业… was headed 基于财政专项补贴; …，分流主干道交通压力 / …，降低经营成本 /
    …，避免同质化竞争 / …，打响上海夜生活品牌 were asked for as work done (【待补充：…方面的工作情况】)."""
    supply = parse_asks("为此建议：\n一、把民生类保障企业的考核和纯市场竞争企业区分开来，完善国资考核办法。\n"
                        "二、基于财政专项补贴，帮助国有企业尽快提高民生类版块的市场份额和影响力。\n", "关于做好粮油供应保障的建议")
    assert supply[1].phrase == "帮助国有企业尽快提高民生类版块的市场份额和影响力"
    roads = parse_asks("为此建议：\n一、加快完善城区路网，打通断头路、丁字路，新建一批连通道路和跨河桥梁，分流主干道交通压力。\n"
                       "二、在政策上对夜间经营企业予以税负减免等支持，降低经营成本。\n"
                       "三、加强夜间经济在多样媒体渠道的投放和宣传，打响上海夜生活品牌。\n", "关于加强城区交通堵点治理的建议")
    for ask in roads:
        ask.point_keys = {p: [p[2:6]] for p in ask.points}  # each point's words, as the selection sets them
    owed = [ask.owed("") for ask in roads]
    assert "打通断头路" in owed[0] and "丁字路" in owed[0], owed
    assert not any(p.startswith(("分流", "降低", "打响")) for o in owed for p in o), owed


def test_an_old_facts_comment_states_its_real_age():
    """Within max_age but older than the freshness window, a 2022 fact in a 2025 draft was said
    早于成文年份6年以上 (max_age 6): it is 3 years old, and not left out for its age (one that answers is used, flagged:
    qa18) but for not saying the part's matter; one older than max_age is said so."""
    from drafter.compose.select import Item, old_note
    from drafter.model import Fact, Period, SourceMeta
    from drafter.workspace import load_workspace

    ws = load_workspace(REPO)
    source = SourceMeta(id="tz", kind="reply", path="seeds/48.txt", sha256="0" * 64,
                        title="关于人大十九届一次会议第48号代表建议的答复", date="2022-07-28")
    item = Item(Fact(id="f1", text="荆泉路是东部城区的一条贯穿南北的城市次干道。", kind="done", period=Period(2022, "text"),
                     jurisdiction="滕州市", source_id="tz"), source, 1.0, 2022, stale=True)
    assert "距成文年份已3年，未写入：如需参考，请查阅原件、核实现状后据实补写" in old_note([item], ws, dt.date(2025, 7, 1))
    assert f"距成文年份已{ws.max_age + 1}年，未写入" in old_note([item], ws, dt.date(2022 + ws.max_age + 1, 7, 1))


# 劳动报's report of 上海市's 2020年全市商务工作会议 (sciencechn.com/jishuyingyong/67759.html, a repost): no date of its
# own (昨日上午), its plans of no known year.
SHANGHAI_2020 = """“消费提质”做强夜经济首发经济

本报讯昨日上午,市政府召开2020年全市商务工作会议(电视电话会议)。会议披露,上海市商务委将重点做好抓防疫抗疫、抓商务发展两方面工作。

接下来,市商务委将重点做好两方面工作:

一是抓防疫抗疫,全力打赢疫情防控阻击战。聚焦“物资保障”,千方百计组织筹措防疫物资;聚焦“市场保供”,全力以赴守住民生底线;聚焦“行业管控”,做好商务领域疫情防控工作;聚焦“复工复产”,有序推进行业企业恢复经营。

二是抓商务发展,全力打赢稳增长攻坚战。聚焦“消费提质”,打造国际消费城市;聚焦“外贸稳量”,培育外贸发展新动能;聚焦“外资增能”,构建开放型经济新体制。
"""
SHANGHAI_YAML = """organisation:
  name: 上海市商务委员会
  short_name: 市商务委
  jurisdiction: 上海市
  areas: [浦东新区, 黄浦区, 徐汇区]
signatory: 某某某
contact: 某某
phone: 021-00000000
"""


def test_a_plan_of_no_known_year_is_no_next_step(tmp_path):
    """The report's plans (抓防疫抗疫…千方百计组织筹措防疫物资) are of no known year: offered in a 2022 reply's part
    two, unflagged, they read as that year's plan (hd2); the item is left to write."""
    said = _bureau_draft(tmp_path, SHANGHAI_YAML, SHANGHAI_2020, "22", "关于做好疫情期间市场保供和防疫物资保障的提案",
                         "--proposal", "--date", "2022-05-20")
    assert "千方百计组织筹措防疫物资" not in said and "【待补充：" in said


def test_a_cut_sentence_does_not_end_on_a_condition_waiting_for_its_main_clause():
    """The stored page stops at …一旦项目落地后,督导建设单位落实建设主: cut at its last whole clause the sentence
    ended 一旦项目落地后。 (hd2), a condition whose main clause is the one cut; it ends before it."""
    from drafter.compose.sentences import finished_sentences

    text = TENGZHOU_48[TENGZHOU_48.index("下一步,市政府"):].strip().replace(",", "，")
    last = finished_sentences(text)[-1]
    assert last == "代表们提出的荆泉路位于片区开发的范围内，下一步我们将根据整体项目的实施情况。", last


def test_a_units_name_of_two_words_is_found_whole():
    """市农业农村局 was found by its ending 农村局 (a name of the unit too): the co-handler's name given by the
    clerk was put in its place, 市农业市农业农村局, and the news sentence's subject was never its whole name."""
    from drafter.grammar import named_as, unit_mentions

    sentence = "今年以来，市农业农村局以提案办理为契机，会同市金融监管局积极推动出台《武汉市现代都市农业高质量发展实施方案》"
    assert unit_mentions(sentence, "市农业农村局") == [(5, 11)]
    assert named_as(sentence, "市农业农村局") == sentence
    assert unit_mentions(sentence, "市金融局") == [(22, 28)]  # from its level word, never 会同…


# 上海市商务委员会's 会办意见 to 市国资委 on 第1111号代表建议 (law.foodmate.net/mobile/index.php?moduleid=23&itemid=227901):
# the tester's text of the suggestion, from its title and what the opinion says was asked (hd2 F7); and a news
# item of the bureau's supply work (yybnet.net/news/china/202002/10239215.html).
SHANGHAI_1111 = """关于做好特大城市粮油供应安全保障的建议

粮油供应安全是超大城市安全运行的基础。当前本市承担民生保供任务的国有企业在市场竞争中份额下降，考核导向与保供职能不相匹配，应急保供能力有待提升。为此建议：

一、把民生类保障企业的考核和纯市场竞争企业区分开来，完善国资考核办法。
二、基于财政专项补贴，帮助国有企业尽快提高民生类版块的市场份额和影响力。
三、加强粮油应急储备和批发市场、零售网点建设，提升城市应急保供能力。
"""
SHANGHAI_NEWS = ("2020年2月29日下午2:00,上海举行新闻发布会,介绍上海新冠肺炎疫情防控工作情况。\n"
                 "当前,上海市主副食品市场货源供应充足、品种丰富。美团、饿了么、盒马、达达等电商平台每天全市订单约100万单,"
                 "每天销售猪肉约170吨、蔬菜约540吨。\n")


def test_unit_matters_says_the_field_a_units_name_names():
    assert unit_matters("市国资委") == ("国资",)
    assert unit_matters("上海市国有资产监督管理委员会") == ("国有资产监督管理", "国资")
    assert unit_matters("滕州市公安局") == ("公安",)
    assert unit_matters("泉州市发展和改革委员会") == ("发展和改革", "发改")
    assert unit_matters("市委宣传部") == ("宣传",)
    assert unit_matters("市政府") == () and unit_matters("市政府办公室") == ()


def test_a_co_opinion_leaves_the_lead_units_own_asks_to_it(tmp_path):
    """The 会办意见 to 市国资委 was asked for 完善国资考核办法 (【待补充：…的工作情况及数据】 under its own heading): the
    lead unit's field, which it answers in its reply. The opinion answers the other asks and says on part one which
    it left; a reply of the bureau's own (主办) answers all three."""
    files = tmp_path / "co"
    files.mkdir()
    said = _bureau_draft(files, SHANGHAI_YAML, SHANGHAI_NEWS, "1111", "关于做好特大城市粮油供应安全保障的建议",
                         "--text", str(_text(tmp_path)), "--role", "会办", "--lead", "市国资委", "--date", "2024-04-23")
    assert "把民生类保障企业的考核" not in said and "国资考核" not in said
    assert "1.帮助国有企业尽快提高民生类版块的市场份额和影响力" in said  # its points, as a 会办意见's are
    assert "2.加强粮油应急储备和批发市场、零售网点建设" in said
    comments = [c.text for c in docx.Document(files / "d.docx").comments]
    assert any("建议所提“把民生类保障企业的考核和纯市场竞争企业区分开来”属主办单位市国资委的职责范围" in c for c in comments)
    own = tmp_path / "own"
    own.mkdir()
    said = _bureau_draft(own, SHANGHAI_YAML, SHANGHAI_NEWS, "1111", "关于做好特大城市粮油供应安全保障的建议",
                         "--text", str(_text(tmp_path)), "--date", "2024-04-23")
    assert "（一）把民生类保障企业的考核和纯市场竞争企业区分开来" in said


def _text(tmp_path):
    path = tmp_path / "1111.txt"
    path.write_text(SHANGHAI_1111, "utf-8")
    return path


# 马关县交通运输局's reply to 第105号建议 (ynmg.gov.cn/info/2239/88502.htm), to 杨开顺 on 浪健段; the suggestion 64 on another
# road, as the tester wrote it from the reply sent to 陈万惠 (a one-paragraph C-class answer: 乡级管护, 纳入项目库).
MAGUAN_105 = """马关县交通运输局关于马关县第十八届人大一次会议第105号建议的答复函
来源: 更新时间:2022/12/21
类别:B
杨开顺代表:
你提出的“关于对浪健段柏油路维修的建议”,已交我局研究办理,现答复如下:
加大农村公路建设维修,改善道路通行条件是我局义不容辞的责任,近几年来,我们按照一个村小组至少有一条通村硬化路的目标和原则,大力解决群众出行难问题。县级自筹资金大量用于修建进村道路,对一些因雨季受损公路维修不到位,导致群众出行存在安全隐患。由于县级财力有限,一时难以解决。我局已将你所提的路段纳入2023年大中修项目上报上级业务主管部门,待下级下达任务后,将及时组织实施。
感谢你对交通运输工作的关心和支持,希望以后多提宝贵意见,以利于我们改进交通运输工作。
马关县交通运输局
2022年7月22日
"""
MAGUAN_64 = """关于维修坡脚镇桐子林至上弯腰树道路的建议

坡脚镇桐子林至上弯腰树道路是沿线村小组群众生产生活出行的主要通道，路面坑洼破损严重。为此建议：

1. 尽快组织对桐子林至上弯腰树道路坑洼破损、路基塌陷路段进行维修，恢复正常通行。

2. 将该路段纳入全县农村公路大中修项目计划，统筹安排维修资金。

3. 积极向上级交通运输部门争取项目和资金支持，多渠道筹措资金，争取早日解决群众出行难问题。
"""
MAGUAN_YAML = """organisation:
  name: 马关县交通运输局
  short_name: 县交通运输局
  jurisdiction: 马关县
  areas: [马白镇, 八寨镇, 坡脚镇]
signatory: 某某某
contact: 某某
phone: 0876-0000000
"""


def test_a_sentence_to_another_deputy_of_their_own_item_is_no_result(tmp_path):
    """Drafted for 陈万惠 on 桐子林至上弯腰树, the draft said 我局已将你所提的路段纳入2023年大中修项目… — 杨开顺's 浪健段 —
    under an item headed by the paragraph's lead phrase; with that sentence gone and the rest off the ask, the lead
    phrase alone (一是加大农村公路建设维修。) says nothing either."""
    said = _bureau_draft(tmp_path, MAGUAN_YAML, MAGUAN_105, "64", "关于维修坡脚镇桐子林至上弯腰树道路的建议",
                         "--date", "2023-08-14", "--type", "C", text=MAGUAN_64)
    assert "纳入2023年大中修项目" not in said and "你所提的路段" not in said  # (this bureau says 你: 关于你所提…)
    assert "加大农村公路建设维修。" not in said


def test_a_c_class_reply_offers_the_usual_reason_and_claims_no_work_it_lacks(tmp_path):
    """The 64 draft of class C from a base holding nothing on its road but the reply to 105, another road: part one
    offers 105's reason, marked for the clerk to verify for this road (the real reply: 属于乡级管护道路…我局暂时解决
    不了), and asks for no aim as work (争取早日解决群众出行难问题, 恢复正常通行); ``check`` finds no class fault in
    it. Drafted as 105 itself, the base holds no other reply: the reason is the clerk's to write."""
    text = tmp_path / "64.txt"
    text.write_text(MAGUAN_64, "utf-8")
    said = _bureau_draft(tmp_path, MAGUAN_YAML, MAGUAN_105, "64", "关于维修坡脚镇桐子林至上弯腰树道路的建议",
                         "--text", str(text), "--date", "2023-08-14", "--type", "C")
    part_one = said[said.index("答复如下："):said.index("下一步，我局将")]  # (a site's C reply has no headings)
    assert "关于你所提维修坡脚镇桐子林至上弯腰树道路，【待补充：该处的现状" in part_one and "积极开展工作" not in said
    assert part_one.endswith("由于县级财力有限，一时难以解决。【待核实：以往答复的原因是否适用于该处】")
    assert "争取早日解决" not in said and "恢复正常通行" not in said
    again = tmp_path / "again"
    again.mkdir()
    said = _bureau_draft(again, MAGUAN_YAML, MAGUAN_105, "105", "关于对浪健段柏油路维修的建议",
                         "--text", str(text), "--date", "2023-08-14", "--type", "C", "--session", "马关县第十八届人大一次会议")
    assert "【待补充：你所提建议暂难落实的具体原因" in said and "以往答复" not in said, said
    result = CliRunner().invoke(cli, ["-w", str(tmp_path / "ws"), "check", str(tmp_path / "d.docx"), "--json"])
    assert not [f for f in json.loads(result.output)["findings"] if f["code"].startswith("class")], result.output
    b = tmp_path / "b"
    b.mkdir()
    said = _bureau_draft(b, MAGUAN_YAML, MAGUAN_105, "64", "关于维修坡脚镇桐子林至上弯腰树道路的建议",
                         "--text", str(text), "--date", "2023-08-14", "--type", "B")
    assert "暂难落实的具体原因" not in said  # a B-class reply gives no reason



def test_works_at_one_site_offer_the_usual_answer_once_each_marked_to_verify(tmp_path):
    """From 124's reply alone, the 64 draft of class C offers its principle, its reason and its arrangement — the real
    reply to 64 says the same three — each marked to verify for this road and named in a comment; part two's
    arrangement replaces the placeholder asking for one, never both (rv41: a placeholder and a pasted sentence that
    says the same thing)."""
    _bureau_draft(tmp_path, MAGUAN_YAML, MAGUAN_124, "64", "关于维修坡脚镇桐子林至上弯腰树道路的建议",
                  "--date", "2023-08-14", "--type", "C", text=MAGUAN_64)
    document = docx.Document(tmp_path / "d.docx")
    body = [p.text for p in document.paragraphs]
    one = next(k for k, t in enumerate(body) if t.endswith("答复如下："))
    assert body[one + 1].startswith("加大农村公路建设和改善道路通行条件是我局义不容辞的责任")
    assert body[one + 2].startswith("关于你所提维修坡脚镇桐子林至上弯腰树道路，【待补充：该处的现状")
    assert body[one + 3] == "截至2023年8月，主要是在修建全县还未通硬化路的进村路，你所提的建议暂不能解决。【待核实：以往答复的原因是否适用于该处】"
    assert body[one + 4] == ("下一步，只能纳入项目库，待上级有这方面的投资，我们将优先解决。同时我们也将积极向上级汇报，多方争取项目或资金，"
                             "争取早日得到解决。【待核实：以往答复的安排是否适用于该处】")
    assert "具体安排" not in body[one + 4] and "你所提的路段" not in "".join(body)
    # the plan's sentences as its source says them, not after the ask's heading (持续向上级…支持。只能纳入…)
    assert "争取项目和资金支持。只能" not in "".join(body)
    comments = [c.text for c in document.comments]
    assert sum("第124号建议的答复函（2023-08-08）" in c and "照录本局以往" in c for c in comments) == 3, comments


@pytest.mark.parametrize(("title", "site"), [
    ("关于维修坡脚镇桐子林至上弯腰树道路的建议", "坡脚镇桐子林至上弯腰树道路"),  # 马关, the testers' held-out reply
    ("关于重建新建村卫生室的建议", "新建村卫生室"),  # 石林
    ("关于修建方山村委会中嗄达至新发寨村小组连接道路的建议", "方山村委会中嗄达至新发寨村小组连接道路"),  # held-out pages
    ("关于修建中梁镇至北碚区歇马街道森林防火通道的建议", "中梁镇至北碚区歇马街道森林防火通道"),  # held-out pages
    ("关于将解放西街健康社区纳入2019年老旧小区改造项目的建议", "解放西街健康社区"),  # held-out pages
    ("关于修缮茹荷村至刘台庄镇大葛庄村道路的建议", "茹荷村至刘台庄镇大葛庄村道路"),  # clxzf.gov.cn/single/44/33215.html
    ("关于对大坪村至小河组道路进行硬化的建议", "大坪村至小河组道路"),  # the 对…进行… form
    ("关于对石滩镇梯子口水库进行维修整治的建议", "石滩镇梯子口水库"),  # 巴南区水利局's list (a held-out round)
    ("关于对全县农村公路进行维修的建议", None),
    # 荔波县民政局's 47 (hd7: libo.gov.cn/…/t20250717_88299027.html), asked of 各乡镇、行政村: 农村 names no village
    ("关于建设农村老年活动中心，丰富农村老年人文化娱乐活动的建议", None), ("关于统筹城乡供水一体化建设的建议", None),
    ("关于硬化村组道路的建议", None), ("关于改造乡村道路的建议", None), ("关于整治贫困村人居环境的建议", None),
    ("关于加强农村公路养护管理的建议", None), ("关于建设共性技术中试平台的建议", None),
    ("关于建设淄博市科技大市场助推我市高质量发展的建议", None), ("关于将单位宿舍纳入老旧小区改造范围的建议", None),
    ("关于加快中试验证平台建设促进科技成果就地转化的建议", None),
])
def test_a_request_for_works_at_one_named_site_is_told_from_a_field_of_work(title, site):
    assert site_of(title) == site


def test_works_at_one_site_are_answered_in_a_few_paragraphs(tmp_path):
    """The 64 draft (维修坡脚镇桐子林至上弯腰树道路, class C): part one is the bureau's usual answer to such a request,
    as its reply to 105 (another road) said it — its work and principle, then, after the site's paragraph for the
    clerk (its state, whose it is, what can be done, the asks named in its comment), its reason marked to verify;
    part two one paragraph after 下一步，我局将. No section, heading or item per ask, and for this class C no part
    headings either, as in the real reply (one paragraph: 按照一个村小组至少有一条通村硬化路的目标和原则…属于乡级
    管护道路…纳入项目库; rv41: draft the likely answer, with a comment giving its source)."""
    said = _bureau_draft(tmp_path, MAGUAN_YAML, MAGUAN_105, "64", "关于维修坡脚镇桐子林至上弯腰树道路的建议",
                         "--date", "2023-08-14", "--type", "C", text=MAGUAN_64)
    document = docx.Document(tmp_path / "d.docx")
    body = [p.text for p in document.paragraphs]
    assert "一、基本情况" not in body and "二、下一步工作计划" not in body  # class C: a few paragraphs, no headings
    one = next(k for k, t in enumerate(body) if t.endswith("答复如下："))
    two = one + 4
    assert body[one + 1].startswith("加大农村公路建设维修，改善道路通行条件是我局义不容辞的责任，近几年来，我们按照一个村小组"
                                     "至少有一条通村硬化路的目标和原则"), body[one + 1]
    assert body[one + 2:two] == [
        "关于你所提维修坡脚镇桐子林至上弯腰树道路，【待补充：该处的现状（权属、建设或管护责任主体、当前状况）"
        "及办理意见（能否实施、由谁实施、资金来源和时间安排）】",
        "由于县级财力有限，一时难以解决。【待核实：以往答复的原因是否适用于该处】"]
    # the other road's own matter (我局已将你所提的路段纳入2023年大中修项目…) is no usual answer
    assert "你所提的路段" not in said and "纳入2023年大中修项目" not in said
    assert body[two].startswith("下一步，我局将【待补充：对坡脚镇桐子林至上弯腰树道路的具体安排")
    assert body[two + 1].startswith("感谢你")  # the closing next: 感谢, not 再次, its opening (its reply 105's) having thanked no one
    assert "（一）" not in said and "一是" not in said
    comments = [c.text for c in document.comments]
    asked = ("建议所提：一是维修坡脚镇桐子林至上弯腰树道路；二是将该路段纳入全县农村公路大中修项目计划，统筹安排维修资金；"
             "三是向上级交通运输部门争取项目和资金支持，多渠道筹措资金。")
    assert sum(c.startswith(asked) for c in comments) == 1, comments  # on the site's paragraph alone, not part two's too (rv42)
    past = "此段照录本局以往对类似建议的答复（马关县交通运输局关于马关县第十八届人大一次会议第105号建议的答复函（2022-07-22）"
    # its work, then its reason (the work's under part one's note on the age of its material, 2022年7月, since 道路
    # searches 公路 too and finds that reply's work on the field: compose/synonyms.py)
    assert sum(past in c for c in comments) == 2, comments


def test_a_past_reply_on_another_site_is_offered_for_its_practice_only(tmp_path):
    """The usual answer's comment said 「所述做法和原则仍适用的可保留」 of a reply to another deputy's request on another road
    (hd25a: it invited keeping another matter's paragraphs): it says only the bureau's general practice and principle may be
    kept, that reply's own place or matter to be cut; 「仍适用的可保留」 of all it says only where that reply answered this
    very site (the 64 request asked again)."""
    from dataclasses import replace

    from drafter.compose.reply import _usual_note
    from drafter.compose.select import Item
    from drafter.facts.index import FactIndex
    from drafter.workspace import load_workspace

    _bureau_draft(tmp_path, MAGUAN_YAML, MAGUAN_105, "64", "关于维修坡脚镇桐子林至上弯腰树道路的建议",
                  "--date", "2023-08-14", "--type", "C", text=MAGUAN_64)
    notes = [c.text for c in docx.Document(tmp_path / "d.docx").comments if "做法和原则" in c.text]
    assert len(notes) == 1 and all("通行的做法和原则，核实仍适用于本件的可保留；只关乎该件所涉地点或事项的内容请删去或改写" in n
                         and "所述做法和原则仍适用的可保留" not in n for n in notes), notes
    index = FactIndex.load(load_workspace(tmp_path / "ws"))
    fact = next(f for f in index.facts.values() if "一个村小组至少有一条通村硬化路" in f.text)
    item = Item(fact, index.sources[fact.source_id], 1.0, 2022)
    site = "坡脚镇桐子林至上弯腰树道路"
    same = replace(item, source=replace(item.source, suggestion_title="关于维修坡脚镇桐子林至上弯腰树道路的建议"))
    assert _usual_note(same, site).startswith("此段照录本局以往对该处的答复（") and "仍适用的可保留" in _usual_note(same, site)
    other = replace(item, source=replace(item.source, suggestion_title="关于拓宽南屏乡敏坑村至下辽村公路的建议"))
    assert "，该件所涉为南屏乡敏坑村至下辽村公路：" in _usual_note(other, site), _usual_note(other, site)


def test_works_at_one_site_lead_with_the_bureaus_work_on_the_field(tmp_path):
    """An ask on the field (加大农村公路建设维修力度) finds the 2022 reply's account of it: a paragraph of its own
    before the site's (no heading, no 一是), and no placeholder asking for such work. Being that reply's usual answer
    to a like request, it is said whole, its principle with it (按照一个村小组至少有一条通村硬化路的目标和原则), not
    cut after the ask's clauses (the cut once ended on a clause opening what was cut: …的责任，近几年来。)."""
    _bureau_draft(tmp_path, MAGUAN_YAML, MAGUAN_105, "64", "关于维修坡脚镇桐子林至上弯腰树道路的建议",
                  "--date", "2023-08-14", "--type", "B",
                  text=("关于维修坡脚镇桐子林至上弯腰树道路的建议\n\n该道路路面坑洼破损严重。为此建议：\n"
                        "1. 加大农村公路建设维修力度，改善道路通行条件。\n2. 将该路段纳入全县农村公路大中修项目计划。\n"))
    body = [p.text for p in docx.Document(tmp_path / "d.docx").paragraphs]
    one = body.index("一、基本情况")
    assert body[one + 1].startswith("加大农村公路建设维修，改善道路通行条件是我局义不容辞的责任，近几年来，我们按照一个村小组"
                                     "至少有一条通村硬化路的目标和原则，大力解决群众出行难问题。"), body[one + 1]
    assert "近几年来。" not in body[one + 1]
    assert body[one + 2] == "二、建议办理情况"  # a B reply in parts: the site's handling under its own heading
    assert body[one + 3].startswith("关于你所提维修坡脚镇桐子林至上弯腰树道路，【待补充：该处的现状")
    assert body[one + 4] == "三、下一步工作计划"


# 岳阳县水利局's reply 36 of 2024, on a mirror in traditional characters (cnzheou.com/37586/38025/38495/content_2215872.html):
# its second paragraph.
YUEYANG_36 = """岳縣水利字〔2024〕36號B1類 同意公開
曾鮮桂等代表：
你們提出的《關于支持張谷英鎮(zhèn)柘港河8·12水毀河道及農(nóng)田水利設施恢復的建議》收悉。現(xiàn)答復如下：
農(nóng)田水利設施的建設，主要歸農(nóng)業(yè)農(nóng)村局管，具體事宜建議咨詢農(nóng)業(yè)農(nóng)村局，同時我們也會跟農(nóng)業(yè)部門做相關對接工作。今年我們將在水利冬春修項目向縣政府爭取更多資金，加大對農(nóng)田水利設施建設的獎補。同時我們積極向上級反映情況，爭取更多項目，逐步完善水利設施建設。
感謝你們對我縣水利工作的關心和支持。
岳陽縣水利局
2024年6月7日
"""
YUEYANG_YAML = "organisation:\n  name: 岳阳县水利局\n  short_name: 县水利局\n  jurisdiction: 岳阳县\n  work: 我县水利工作\n"
# The tester's text of 第126号建议 (钱庭保等), from the real reply's restated asks.
YUEYANG_126 = """关于中洲乡排涝能力建设的问题与建议

中洲乡地处洞庭湖区，内垸地势低洼。2024年汛期，中洲垸内渍水严重。为此建议：
一、新建或扩建中洲垸电排泵站，提高内垸外排能力。
二、疏浚垸内沟渠水系，解决垸内水系不畅问题。
三、对2024年汛期新发的管涌等险情进行彻底处置，加固渍水堤等薄弱堤防。
四、将中洲垸防洪治理纳入上级规划，争取项目和资金支持。
"""


@pytest.mark.parametrize("form", ["text", "comment"])
def test_an_item_opens_on_its_own_words_and_a_placeholder_asks_its_asks_core(tmp_path, form):
    """The 126 draft (hd6): an item began 二是同时我们积极向上级反映情况… (同时 adds to a sentence the draft does
    not have; that sentence after a plan is read as the plan now, and said in the text after the ask's lead, 将中洲垸
    防洪治理纳入上级规划。, still adds to none); ask 3's placeholder asked only for 加固渍水堤…, its point, never for the
    管涌 it heads with (the real reply answers K7+300管涌). A point of another matter than its heading is asked with
    the heading's. Last year's plans in the text or in comments alike."""
    said = _bureau_draft(tmp_path, YUEYANG_YAML + f"draft:\n  earlier_plans: {form}\n", YUEYANG_36, "126",
                         "关于中洲乡排涝能力建设的问题与建议", "--date", "2025-05-25", "--type", "A", text=YUEYANG_126)
    assert "同时我们积极向上级反映情况" not in said, said
    assert ("纳入上级规划。我们积极向上级反映情况，争取更多项目" in said) == (form == "text"), said
    assert ("【待补充：对2024年汛期新发的管涌等险情进行彻底处置、加固渍水堤等薄弱堤防方面的工作情况及数据（注明年份）】"
            in said), said
    # the ask's core, its heading, is asked (h258, hd48c F6: a placeholder asking the second clause alone left it unasked);
    # the problem it solves closing it is its aim, no point of its own (h312, hd57a: as 提高内垸外排能力 closing ask 1)
    assert "【待补充：疏浚垸内沟渠水系方面的工作情况及数据（注明年份）】" in said, said
    assert "解决垸内水系不畅问题方面" not in said, said


def test_part_two_leads_an_ask_opening_on_putting_out(tmp_path):
    """攀枝花市退役军人事务局's proposal 189 (hd6): ask 2 (持续推出优待项目清单…) was a bare 【待补充：推出优待项目清单
    方面的下一步举措】 beside led items (（一）扩大优待证申领覆盖面。【待补充：具体举措】): 推出 opens an ask as 扩大 does."""
    text = tmp_path / "189.txt"
    text.write_text("关于拓展优待证使用场景的建议\n\n持证可享受的优待项目偏少。为此建议：\n"
                    "一、扩大优待证申领覆盖面，做好政策宣传，让符合条件的退役军人及“三属”应领尽领。\n"
                    "二、持续推出优待项目清单，引导餐饮、酒店住宿、民宿、景区等经营主体参与，拓展优待证在文旅、消费领域的使用场景。\n",
                    "utf-8")
    config = "organisation:\n  name: 攀枝花市退役军人事务局\n  short_name: 市退役军人局\n  jurisdiction: 攀枝花市\n"
    said = _bureau_draft(tmp_path, config, MAGUAN_105, "189", "关于拓展优待证使用场景的建议", "--proposal",
                         "--text", str(text), "--date", "2024-09-03", "--type", "B")
    part_two = said[said.index("二、下一步工作计划"):]
    assert "（一）扩大优待证申领覆盖面。【待补充：具体举措】" in part_two, part_two
    assert "（二）推出优待项目清单。【待补充：具体举措】" in part_two, part_two


def test_part_two_leads_every_ask_opening_on_a_verb_of_a_step(tmp_path):
    """本溪市住房和城乡建设局's 2118 (hd7): of four asks only 加大资金投入 was led in part two; 全面摸清…底数, 督促供暖单位
    建立…机制 and 制定…年度改造计划 were bare 【待补充：…方面的下一步举措】. Each is a step the bureau can take, led alike;
    the title's 尽快 is manner, not the matter said after 围绕."""
    config = "organisation:\n  name: 本溪市住房和城乡建设局\n  short_name: 市住建局\n  jurisdiction: 本溪市\n"
    said = _bureau_draft(tmp_path, config, MAGUAN_105, "2118", "关于尽快更换老城区老化供暖管网的建议",
                         "--date", "2019-03-01", "--type", "A",
                         text=("关于尽快更换老城区老化供暖管网的建议\n\n我市老城区供暖管网大多铺设于上世纪八九十年代。为此建议：\n"
                               "一、全面摸清老城区老化供暖管网底数，建立台账，明确需更换管网的长度和分布。\n"
                               "二、加大资金投入，多渠道筹措资金，尽快更换老城区老化、陈旧的一级网和二级网。\n"
                               "三、督促供暖单位建立快速抢修机制，缩短抢修周期，减少管网失水。\n"
                               "四、制定老旧管网年度改造计划，在非供暖期集中实施，确保下一个供暖期前完工。\n"))
    part_two = said[said.index("二、下一步工作计划"):]
    for n, step in zip("一二三四", ("全面摸清老城区老化供暖管网底数", "加大资金投入", "督促供暖单位建立快速抢修机制",
                                   "制定老旧管网年度改造计划")):
        assert f"（{n}）{step}。【待补充：具体举措】" in part_two, part_two
    assert "方面的下一步举措" not in part_two and "围绕更换老城区老化供暖管网" in part_two


def test_a_point_in_a_co_handlers_field_asks_it_in_the_bureaus_section(tmp_path):
    """杭州市人社局's proposal 276 with 市教育局 co-handling (hd5; its drafter.yaml: 市教育局: [高校]): the bureau's
    section on 加大创业扶持力度 asked the bureau for 支持高校学生创新创业 too; that point asks 市教育局."""
    config = ("organisation:\n  name: 杭州市人力资源和社会保障局\n  short_name: 市人力社保局\n  jurisdiction: 杭州市\n"
              "other_fields:\n  市教育局: [高校, 职业院校, 创业教育]\n  市总工会: [职工, 工会]\n")
    said = _bureau_draft(tmp_path, config, MAGUAN_105, "276", "关于加强就业创业服务体系建设，助力稳就业促发展的建议",
                         "--proposal", "--with", "市教育局", "--date", "2024-11-05", "--type", "B",
                         text=("关于加强就业创业服务体系建设，助力稳就业促发展的建议\n部分高校毕业生就业服务需求未能得到充分满足。为此建议：\n"
                               "一、完善就业公共服务体系，推进“家门口”就业服务站建设，提升零工市场服务能力。\n"
                               "二、加大创业扶持力度，落实创业担保贷款、创业补贴等政策，支持高校学生创新创业。\n"))
    # (the heading, the ask's own first clause, asked with its point: h258, hd48c F6)
    assert "【待补充：加大创业扶持力度，落实创业担保贷款、创业补贴等政策方面的工作情况及数据（注明年份）】" in said, said
    assert "【待市教育局提供：支持高校学生创新创业方面的工作情况及数据（注明年份）】" in said, said
    assert "市教育局承办部分" not in said, said  # its part is asked there, not again as a whole


def test_a_field_word_in_passing_asks_no_co_handler_for_the_point(tmp_path):
    """荔波县民政局's 47 (hd7), 县文体广电旅游局 co-handling with 文化活动 its field: 整合养老服务、文化活动场所等项目资金
    (the money is the point, the 场所 one of a list) was asked of 县文体广电旅游局; the point is the bureau's."""
    config = ("organisation:\n  name: 荔波县民政局\n  short_name: 县民政局\n  jurisdiction: 荔波县\n"
              "other_fields:\n  县文体广电旅游局: [文化活动, 文艺演出, 体育健身]\n")
    said = _bureau_draft(tmp_path, config, MAGUAN_105, "47", "关于建设农村老年活动中心，丰富农村老年人文化娱乐活动的建议",
                         "--with", "县文体广电旅游局", "--date", "2025-07-20", "--type", "A",
                         text=("关于建设农村老年活动中心，丰富农村老年人文化娱乐活动的建议\n农村老年人文化娱乐活动匮乏。为此建议：\n"
                               "一、加大财政投入，整合养老服务、文化活动场所等项目资金，支持农村老年活动中心建设。\n"
                               "二、组织开展文艺演出、体育健身等文化娱乐活动。\n"))
    assert "【待补充：加大财政投入，整合养老服务、文化活动场所等项目资金，支持农村老年活动中心建设方面的工作情况及数据（注明年份）】" in said, said
    assert "【待县文体广电旅游局提供：组织开展文艺演出、体育健身等文化娱乐活动方面" in said, said


def test_a_field_word_in_passing_in_a_list_hands_no_point_away(tmp_path):
    """Proposal 189 to 攀枝花市退役军人事务局 (hd6; its drafter.yaml: 市文化广电旅游局: [景区, 文旅]): 引导餐饮、酒店住宿、
    民宿、景区等经营主体参与 went whole to 市文化广电旅游局 for its 景区, one of four kinds of business in a list. The
    real reply did it all itself; a point naming the unit's field on its own still goes to it."""
    config = ("organisation:\n  name: 攀枝花市退役军人事务局\n  short_name: 市退役军人局\n  jurisdiction: 攀枝花市\n"
              "other_fields:\n  市文化广电旅游局: [景区, 文旅]\n")
    said = _bureau_draft(tmp_path, config, MAGUAN_105, "189", "关于拓展优待证使用场景的建议", "--proposal",
                         "--date", "2024-09-03", "--type", "B",
                         text=("关于拓展优待证使用场景的建议\n\n持证可享受的优待项目偏少。为此建议：\n"
                               "一、持续推出优待项目清单，引导餐饮、酒店住宿、民宿、景区等经营主体参与，推动景区对持证人减免门票。\n"))
    assert "【待补充：持续推出优待项目清单，引导餐饮、酒店住宿、民宿、景区等经营主体参与方面的工作情况及数据（注明年份）】" in said, said
    assert "【待补充：景区对持证人减免门票方面的工作情况及数据（注明年份；可商请市文化广电旅游局提供）】" in said, said
    assert "一、持续" not in said  # a lone numbered ask is no list: its number is no word of it


# 马关县交通运输局's reply 124 of 2023 (ynmg.gov.cn/info/2400/101254.htm), as its page prints it.
MAGUAN_124 = """马关县交通运输局关于马关县第十八届人大二次会议第124号建议的答复函
来源: 更新时间:2024/01/03
杨开顺代表:
你提出的“关于解决八寨镇夹马石村委会下寨小组至湾子寨村委会丫咪黑村小组交浪健油路公路硬化的建设”,已交我局研究办理,现答复如下:
加大农村公路建设和改善道路通行条件是我局义不容辞的责任,近几年来,我们按照一个村小组至少有一条通村硬化路的目标和原则,大力解决群众出行难问题。目前,主要是在修建全县还未通硬化路的进村路,你所提的建议暂不能解决。只能纳入项目库,待上级有这方面的投资,我们将优先解决。同时我们也将积极向上级汇报,多方争取项目或资金,争取早日得到解决。
感谢你对交通运输工作的关心和支持,希望以后多提宝贵意见,以利于我们改进交通运输工作。
马关县交通运输局
2023年8月8日
"""


# An undated article on 福州市仓山区's eyesight survey (bkwk.cn/article/fzcsslpczlqsnhyxdgzsljkshmlwl-a18915983.html).
CANGSHAN = """引言
随着电子产品的普及和学业压力的增加,青少年近视问题日益严重。为了有效预防和控制青少年近视,福州市仓山区积极开展视力普查活动,旨在提高青少年视力健康意识,守护他们的明亮未来。
一、视力普查的背景与意义
1. 背景介绍
近年来,我国青少年近视率持续上升,近视已成为影响青少年健康的重要问题。福州市仓山区作为青少年近视防控的重点区域,积极开展视力普查工作,以降低青少年近视率。
2. 意义
提高青少年视力健康意识,引导他们养成良好的用眼习惯。
为青少年近视防控提供科学依据,制定针对性的防控措施。
促进家庭、学校、社会共同关注青少年视力健康,形成良好的护眼氛围。
二、视力普查的实施过程
1. 组织与实施
仓山区卫生健康部门牵头,联合教育、民政等部门成立视力普查工作领导小组。
学校积极配合,组织学生参加视力普查。
社区卫生服务中心负责具体实施,包括视力检测、数据收集等。
2. 检测方法与设备
采用标准化的视力检测设备,如视力表、电脑验光仪等。
检测内容包括裸眼视力、矫正视力、屈光度等。
3. 数据分析与反馈
对普查数据进行统计分析,了解青少年近视现状。
将检测结果反馈给学校和家长,指导他们采取相应的防控措施。
三、视力普查的成果与启示
1. 成果
仓山区青少年近视率得到有效控制,近视率逐年下降。
家长和学生的视力健康意识显著提高。
学校和社区形成了良好的护眼氛围。
2. 启示
视力普查是青少年近视防控的重要手段,应持续开展。
家庭、学校、社会应共同努力,关注青少年视力健康。
加强视力健康教育,提高青少年自我保护意识。
"""
FUZHOU_YAML = """organisation:
  name: 福州市教育局
  short_name: 市教育局
  jurisdiction: 福州市
  areas: [鼓楼区, 台江区, 仓山区, 晋安区]
signatory: 某某某
contact: 某某
phone: 0591-00000000
"""


# The tester's text of 第1564号建议 (the reply sent: 榕教建议〔2024〕81号, faxin.cn/lib/dffl/DfflSimple.aspx?gid=B1965864).
FUZHOU_1564 = """关于加强我市儿童青少年近视防控体系的建议

近年来，我市儿童青少年近视呈现高发、低龄化趋势。近视防控需要教育、卫健、市场监管等部门和学校、家庭共同发力。为此建议：

一、建立健全学生视力筛查和建档制度。每学期为中小学生和幼儿开展视力筛查，建立视力健康电子档案。

二、保障学生体育锻炼和户外活动时间。开足开齐体育课，落实每天校内一小时体育活动和大课间制度。

三、加快中小学校教室照明改造。按国家标准对教室采光照明进行达标改造，改善学生用眼环境。

四、发挥医疗卫生机构专业作用。依托眼科专科医院和基层医疗卫生机构开展近视监测和干预。

五、加强验光配镜市场监管。规范眼镜店、近视矫治机构的经营行为。
"""


def test_a_placeholder_names_the_pages_on_its_matter_it_could_not_draft_from(tmp_path):
    """Nothing of the article on 仓山区's survey can be drafted as the bureau's result; the draft said the base
    held nothing on 近视防控. Its placeholder's comment names the page to look through instead."""
    said = _bureau_draft(tmp_path, FUZHOU_YAML, CANGSHAN, "901", "关于加强儿童青少年近视防控的建议", "--date", "2024-05-06")
    assert "【待补充：已开展的工作及成效（近年举措与数据，注明年份）】" in said
    comments = [c.text for c in docx.Document(tmp_path / "d.docx").comments]
    assert any(c.startswith("已收集的材料中，") and "涉及该主题，但没有可直接写入的本单位工作情况和数据" in c
               for c in comments), comments


def test_a_co_handlers_area_that_is_a_role_keeps_its_verb():
    """The 1564 ask 发挥医疗卫生机构专业作用, 市卫健委's part: the overview said 在医疗卫生机构专业作用方面 (the role
    without 发挥); 加强验光配镜市场监管 is said as its matter, 在验光配镜市场监管方面."""
    from drafter.compose.reply import area_of

    phrases = [a.phrase for a in parse_asks(FUZHOU_1564, "关于加强我市儿童青少年近视防控体系的建议")]
    assert [area_of(p) for p in phrases[3:]] == ["发挥医疗卫生机构专业作用", "验光配镜市场监管"]


def test_part_two_leads_every_item_of_the_bureaus_own_with_its_ask(tmp_path):
    """1564 from a base holding nothing the bureau did on it: each of its own asks is a next step led by the ask as
    it stands (no 持续 of work not reported), the co-handlers' asks none (their units write their plans)."""
    _bureau_draft(tmp_path, FUZHOU_YAML + "other_fields:\n  市卫健委: [医疗卫生机构]\n  市市场监管局: [眼镜店, 验光配镜市场]\n",
                  CANGSHAN, "1564", "关于加强我市儿童青少年近视防控体系的建议", "--with", "市卫健委", "--with", "市市场监管局", "--date", "2024-05-06", "--type", "B", text=FUZHOU_1564)
    texts = [p.text for p in docx.Document(tmp_path / "d.docx").paragraphs]
    steps = texts[texts.index("二、下一步工作计划") + 2:texts.index("二、下一步工作计划") + 6]
    assert steps[:3] == ["（一）建立健全学生视力筛查和建档制度。【待补充：具体举措】",
                         "（二）保障学生体育锻炼和户外活动时间。【待补充：具体举措】",
                         "（三）加快中小学校教室照明改造。【待补充：具体举措】"], steps
    assert not steps[3].startswith("（四）")


def test_a_requirements_bound_is_no_figure_to_update():
    """福州市教育局's 十六条措施 (hxcsw.com/chengshizixun/2023/0217/c_123595229.html) 要求各校每天户外时间一般不少于2小时: a
    term of the measure, dated by the measure, which the 1564 draft flagged 【待更新：2023年全年数据】; a count stays one."""
    from drafter.compose.sentences import is_term

    said = "福州市教育局近日出台《福州市加强和改进新时代学校体育工作的十六条措施》，要求各校每天户外时间一般不少于2小时，小学阶段每天1课时。"
    assert is_term(said, "不少于2小时")
    assert not is_term("2021年全市儿童青少年总体近视率同比下降2.41%。", "2.41%")


# 滕州市's news of its 2022 city building (tengzhou.gov.cn/xwzx/jrtz/202302/t20230202_1605664.html), as the search stored it.
TENGZHOU_NEWS = """砥砺奋进逐梦行 一城繁华日日新——我市全力推进城建工作打造人民满意之城综述

时间:2023-02-02 来源:市融媒体中心

城,所以盛民也。

如今,每一个生活在滕州的居民都切身感受到了城市发生的变化:道路宽敞了,交通顺畅了,绿地增多了,市容整洁了,空气清新了,景色越来越迷人了。俯瞰滕州大地,一幢幢拔地而起的高楼、一条条宽阔整洁的大道、一个个景色秀美的口袋公园……一座富有特色、生态良好、环境优美、文明和谐的宜居魅力城市跃然而出。

回首过去一年,我市坚持以人民为中心,以建设人民满意城市为目标,聚焦新时代现代化强市建设,围绕“工业强市、产业兴市”,强力推进住房城乡建设事业高质量发展,先后获得“山东省城市更新首批试点城市”“山东省建筑业十强县”等荣誉。

城市建设跑出新速度

驱车行驶在墨子大道,宽阔平坦的沥青路面、清晰醒目的标志标牌、大气宏畅的路面、绿意盎然的路边……处处让人心旷神怡。墨子大道通车,是我市城市骨干路网建设一个新的飞跃,它的建成通车极大缓解了城区交通压力,有力提升了城市道路品质,为全市经济社会高质量发展注入了新动能、释放了新活力。

去年以来,按照市委、市政府确立的“东拓、西提、南融、北延、中优”的城市发展思路,以增强城市承载力为目标,我市不断完善城市基础设施,全年实施道路、桥梁、隧道、绿化等城市基础设施项目32个,累计完成投资11亿元,全年新增道路里程约12千米,建成城市地下综合管廊约1.4千米,新建改造燃气管网约30千米,敷设热力管道约15千米,新增城市集中供热面积约128万平
"""
TENGZHOU_YAML = """organisation:
  name: 滕州市住房和城乡建设局
  short_name: 市住建局
  jurisdiction: 滕州市
  areas: [荆河街道, 龙泉街道, 北辛街道]
signatory: 某某某
contact: 某某
phone: 0632-0000000
"""


@pytest.mark.parametrize("page, mark", [(TENGZHOU_NEWS, "【待核实：最新进展】"),
                                        (TENGZHOU_NEWS.replace("时间:2023-02-02 来源:市融媒体中心\n", ""), "【待核实：年份】")])
def test_a_result_without_figures_of_an_old_or_unknown_time_is_marked(tmp_path, page, mark):
    """墨子大道通车，… — no figure, so nothing in the 2025 draft said it was a 2023 page's, or, on a copy without its
    date, of no known time: it is marked after the item, the comment saying why; the dated page's item says the year its
    source states (2022年，墨子大道通车…, hx68b2), flagged as old."""
    said = _bureau_draft(tmp_path, TENGZHOU_YAML, page, "164257", "关于加强城区交通堵点治理的建议", "--proposal",
                         "--date", "2025-07-21")
    assert "释放了新活力。" + mark in said, said
    assert ("2022年，墨子大道通车" in said) == ("进展" in mark)
    comments = [c.text for c in docx.Document(tmp_path / "d.docx").comments]
    why = "该事实为2022年情况，已超出2年时效" if "进展" in mark else "此项所述情况未写明时间"
    assert any(why in c for c in comments), comments


def test_a_bar_of_login_links_is_no_title(tmp_path):
    """The page's first line, 公务安全邮箱登录 | 政务服务门户登录 |, was its title: every comment of the 2025 draft named
    its source so."""
    from helpers import distil

    from drafter.workspace import load_workspace

    root = tmp_path / "ws"
    root.mkdir()
    (root / "drafter.yaml").write_text(TENGZHOU_YAML, "utf-8")
    page = "公务安全邮箱登录 | 政务服务门户登录 | \n繁体中文 | 无障碍浏览 |  长者版 | 关注我们 :\n您的位置:首页 > 要闻动态 > 今日滕州\n\n"
    source = distil(tmp_path, load_workspace(root), page + TENGZHOU_NEWS).source
    assert source.title == "砥砺奋进逐梦行 一城繁华日日新——我市全力推进城建工作打造人民满意之城综述"


# The tester's text of 郑州市生态环境局's 第B222号建议 (the reply sent: public.zhengzhou.gov.cn/D1101X/8468308.jhtml).
ZHENGZHOU_B222 = """关于政府相关部门协调联动持续发力，确保严重噪音扰民现象不再发生的建议

近年来，我市城区夜间机动车“炸街”、商业门店高音揽客、广场舞音响、建筑工地夜间施工等噪音扰民问题时有发生。为此建议：
一、加强宣传力度。广泛宣传《中华人民共和国噪声污染防治法》，增强市民依法防噪意识。
二、建立防治体系。完善声环境功能区划，加强声环境质量监测，建立噪声污染防治工作机制。
三、加强部门协调联动。生态环境、公安、城管、住建等部门建立联合执法机制，对机动车“炸街”、商业噪声、夜间施工等开展联合整治。
四、加大执法处罚力度。对反复投诉、屡教不改的噪声扰民行为依法从严查处，并公开曝光典型案例。
"""
ZHENGZHOU_YAML = """organisation:
  name: 郑州市生态环境局
  short_name: 市生态环境局
  jurisdiction: 郑州市
  areas: [中原区, 二七区, 金水区]
signatory: 某某某
contact: 某某
phone: 0371-00000000
other_fields:
  市公安局: [社会生活噪声, 机动车鸣笛, 改装车, 炸街]
  市城市管理局: [商业噪声, 广场舞, 夜间施工]
"""


def test_an_ask_naming_the_bureaus_own_field_among_others_is_the_bureaus(tmp_path):
    """Ask 3 names 生态环境 first of the units to act together: the bureau's to lead, its own section and next step;
    ask 4's 并公开曝光典型案例 asks 公开曝光典型案例."""
    said = _bureau_draft(tmp_path, ZHENGZHOU_YAML, CANGSHAN, "B222", "关于政府相关部门协调联动持续发力确保严重噪音扰民现象不再发生的建议",
                         "--with", "市公安局", "--date", "2024-05-27", "--type", "B", text=ZHENGZHOU_B222)
    assert "一是【待补充：加强部门协调联动，生态环境、公安、城管、住建等部门建立联合执法机制，对机动车“炸街”" in said
    assert "（三）加强部门协调联动。【待补充：具体举措】" in said
    assert "公开曝光典型案例方面的工作情况及数据（注明年份）】" in said and "并公开曝光" not in said
    # the co-handler's part is asked for under the ask naming its field (公安), as replies merge a co-handler's
    # view into the point it answers (rv46), not in a section of its own with a heading to invent
    assert "二是【待市公安局提供：加强部门协调联动方面的工作情况及数据（注明年份）】" in said
    assert "【待市公安局提供：小标题】" not in said and "市公安局承办部分" not in said
    comments = [c.text for c in docx.Document(tmp_path / "d.docx").comments]
    assert any(c.startswith("此项留待市公安局的会办意见：建议在本项下提到了其承办的事项") and "连同编号一起删去" in c
               for c in comments), comments
    listed = CliRunner().invoke(cli, ["-w", str(tmp_path / "ws"), "requests", str(tmp_path / "d.docx"), "--json"])
    asks = [a for u in json.loads(listed.output)["units"] for a in u["asks"] if a["unit"] == "市公安局"]
    assert [a["need"] for a in asks] == ["加强部门协调联动方面的工作情况及数据（注明年份）"], asks


def test_a_header_line_ending_on_its_day_dates_the_page_and_is_no_title(tmp_path):
    """郑州市生态环境局上街分局's reply to proposal 114 (public.zzsj.gov.cn/D1102X/9546364.jhtml) opens on the page's header,
    its publisher, channel and day, over the title: the two were one title and the reply had no date."""
    from helpers import distil

    from drafter.workspace import load_workspace

    root = tmp_path / "ws"
    root.mkdir()
    (root / "drafter.yaml").write_text(ZHENGZHOU_YAML, "utf-8")
    page = ("郑州市生态环境局上街分局 政协提案 2025-07-08\n"
            "关于推动郑州市上街区高质量发展,提升区域经济、文化、生态综合竞争力的建议的提案的答复\n"
            "关于对区政协十届四次会议第114号提案的复函\n禹炎胜委员:\n"
            "您提出的关于推动郑州市上街区高质量发展,提升区域经济、文化、生态综合竞争力的建议的提案收悉。现答复如下:\n")
    source = distil(tmp_path, load_workspace(root), page).source
    assert source.date == "2025-07-08"
    assert source.title == "关于推动郑州市上街区高质量发展，提升区域经济、文化、生态综合竞争力的建议的提案的答复"


# The tester's text of 石林彝族自治县卫生健康局's 第122号建议 (the reply sent: kmsl.gov.cn/c/2022-06-30/6036172.shtml).
SHILIN_122 = """关于重建新建村卫生室的建议

水塘铺村委会原卫生室建盖年代久，面积小，地理位置不理想，群众就医很不方便。为此建议：
一、将水塘铺村委会卫生室纳入全县村卫生室重建、修缮计划，在原水塘铺小学老校址空地上新建村卫生室。
二、积极向上级部门争取村卫生室建设项目资金，县财政给予配套补助。
三、由石林街道协调解决新建卫生室的建设用地问题。
四、新建卫生室建成后，配齐必要的医疗设备和乡村医生，保障村民看病就医。
"""


def test_a_site_replys_co_handler_is_asked_for_its_view_and_part_as_a_whole(tmp_path):
    """龙游县农业农村局's 31 (hd5), a field's works at one village with 县水利局 co-handling and no ask in its name: the
    whole part asked of it is its 办理意见及配合事项 on the site, as site replies say a co-handler's part, not data."""
    said = _bureau_draft(tmp_path, MAGUAN_YAML, MAGUAN_105, "64", "关于维修坡脚镇桐子林至上弯腰树道路的建议",
                         "--date", "2023-08-14", "--type", "B", "--with", "县水利局", text=MAGUAN_64)
    assert "【待县水利局提供：县水利局承办部分的办理意见及配合事项】" in said, said
    assert "工作情况及数据" not in said


def test_part_headings_are_numbered_in_order_whatever_a_workspaces_older_template_says(tmp_path):
    """A workspace keeping its own part_next.j2 of before 二、建议办理情况 existed (二、下一步工作计划) drafts the 122 site
    reply in parts with 三、下一步工作计划 after it, not a second 二、 (which check reports as numbering-repeat)."""
    root = tmp_path / "ws"
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "templates" / "wording" / "part_next.j2").write_text("二、下一步工作计划\n", "utf-8")
    (root / "drafter.yaml").write_text(
        "organisation:\n  name: 石林彝族自治县卫生健康局\n  short_name: 县卫生健康局\n  jurisdiction: 石林彝族自治县\n", "utf-8")
    text = tmp_path / "122.txt"
    text.write_text(SHILIN_122, "utf-8")
    out = tmp_path / "d.docx"
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", "122", "关于重建新建村卫生室的建议", "--deputy", "张某",
                                      "--text", str(text), "--date", "2022-07-02", "--type", "B", "-o", str(out)])
    assert result.exit_code == 0, result.output
    headings = [p.text for p in docx.Document(out).paragraphs if p.text.endswith(("基本情况", "办理情况", "工作计划"))]
    assert headings == ["一、基本情况", "二、建议办理情况", "三、下一步工作计划"]
    checked = CliRunner().invoke(cli, ["-w", str(root), "check", str(out), "--json"])
    assert not [f for f in json.loads(checked.output)["findings"] if f["code"].startswith("numbering")]


def test_an_ask_naming_a_co_handler_to_act_is_its_part(tmp_path):
    """Ask 3 names the co-handler to act (由石林街道协调解决…): its placeholder asks 石林街道办事处 for its view and
    part on the site, not for data (rv41: the real reply asks it to coordinate), without naming it twice; part two
    has no item of the bureau's for it."""
    config = "organisation:\n  name: 石林彝族自治县卫生健康局\n  short_name: 县卫生健康局\n  jurisdiction: 石林彝族自治县\n"
    said = _bureau_draft(tmp_path, config, CANGSHAN, "122", "关于重建新建村卫生室的建议", "--with", "石林街道办事处", "--date", "2022-07-02", "--type", "B", text=SHILIN_122)
    assert "【待石林街道办事处提供：协调解决新建卫生室的建设用地问题方面的办理意见及配合事项】" in said
    # a B reply in parts, as the real one: the field's work, then the item's handling, then the next steps (rv41, rv42)
    assert said.index("一、基本情况") < said.index("二、建议办理情况") < said.index("关于您所提重建新建村卫生室") \
        < said.index("【待石林街道办事处提供") < said.index("三、下一步工作计划")
    part_two = said[said.index("三、下一步工作计划"):]
    assert "建设用地" not in part_two
    # works on one site: no section or item per ask; the bureau's own asks are named on the site's placeholders,
    # the fourth by what it asks, not when
    assert "（一）" not in said and "一是" not in said
    comments = [c.text for c in docx.Document(tmp_path / "d.docx").comments]
    # each ask with its points, every unit it names (县财政: rv41 found it nowhere in the draft)
    asked = ("建议所提：一是将水塘铺村委会卫生室纳入全县村卫生室重建、修缮计划，在原水塘铺小学老校址空地上新建村卫生室；"
             "二是向上级部门争取村卫生室建设项目资金，县财政给予配套补助；三是配齐必要的医疗设备和乡村医生，保障村民看病就医。")
    assert sum(c.startswith(asked) for c in comments) == 1, comments  # on the site's paragraph alone (rv42)
    assert part_two.startswith("三、下一步工作计划下一步，我局将【待补充：对新建村卫生室的具体安排"), part_two


@needs_corpus
def test_a_headless_item_of_a_title_on_its_topic_alone_is_headed_by_its_lead(tmp_path):
    """山东省能源局's reply (corpus 15) lists its work as 一是…二是…三是 under no heading; drafted from the title alone
    (关于加快氢能产业发展的建议: no matter words beyond its topic), its 二是产业规模持续壮大。… stood under
    （一）【待补充：小标题】 and began with its own lead. Its lead phrase is now the heading, said once."""
    from helpers import CORPUS, unit_workspace

    unit_workspace(tmp_path / "ws", "山东省能源局", "省能源局", "山东省", "济南市, 德州市")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(tmp_path / "ws"), "distill", str(CORPUS / "15_shandong_reply_2024.txt")]).exit_code == 0
    out = tmp_path / "d.docx"
    result = runner.invoke(cli, ["-w", str(tmp_path / "ws"), "draft", "7", "关于加快氢能产业发展的建议", "--deputy", "张某",
                                 "--date", "2025-05-20", "-o", str(out)])
    assert result.exit_code == 0, result.output
    paras = [p.text for p in docx.Document(out).paragraphs]
    # (part one's only section: under no heading, hd17 D7)
    assert not any(p.startswith("（一）产业") or "小标题" in p for p in paras), paras
    # (the reply's other items on its matter, 政策体系 and 示范应用, join it since its facts are about its matter, hd29b:
    # each an item led by its own lead phrase, said once; the statistical period it states opens the sentence, never after
    # the quoted name: “双招双引”，【待更新：统计期】，, hd28a)
    said = [p for p in paras if "大力开展“双招双引”" in p]
    assert len(said) == 1 and said[0].count("产业规模持续壮大") <= 1, paras
    assert "“双招双引”，【待更新" not in said[0], said
    assert said[0].startswith(("大力开展“双招双引”", "【待更新：统计期】，大力开展“双招双引”",
                               "一是产业规模持续壮大。大力开展", "一是产业规模持续壮大。【待更新：统计期】，大力开展")), paras


@needs_corpus
def test_a_reply_numbered_by_words_of_sequence_reads_as_one_numbered_by_items(tmp_path):
    """岳阳市科学技术局's reply of June 2019 (corpus 16) numbers its paragraphs 首先，其次，再次，最后，. Drafted a year
    later from the title alone: 其次， opened part one's paragraph; its 自2017年至今 stood as a 2020 draft's own time and
    its 近1000名 was called 2017's. Now the sequence word goes as 一是 does (the paragraph's lead phrase heads it),
    至今 is the source's month, the figure is of then (not that year's whole), and part two asks for the heading's
    subject, not for a result (科技人才数量方面, not 科技人才数量逐年增加方面)."""
    from helpers import CORPUS, unit_workspace

    unit_workspace(tmp_path / "ws", "岳阳市科学技术局", "市科技局", "岳阳市", "岳阳楼区, 岳阳县, 华容县")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(tmp_path / "ws"), "distill", str(CORPUS / "16_yueyang_proposal_2019.txt")]).exit_code == 0
    out = tmp_path / "d.docx"
    result = runner.invoke(cli, ["-w", str(tmp_path / "ws"), "draft", "12", "关于加强科技人才队伍建设的提案", "--proposal",
                                 "--deputy", "王某", "--date", "2020-06-20", "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = docx.Document(out)
    paras = [p.text for p in document.paragraphs]
    assert not any(p.startswith(("其次", "最后")) for p in paras), paras
    assert "（一）科技人才数量逐年增加" not in paras  # (part one's only section: under no heading, hd17 D7)
    # (its item stands alone, or as 一是 beside the reply's 院士工作站 item, on its matter since hd29b)
    body = next(p for p in paras if "在加强科技人才" in p)
    assert body.removeprefix("一是科技人才数量逐年增加。").startswith(
        "在加强科技人才数量储备方面，自2017年至2019年6月，我局为岳阳人才信息库提供了近1000名"), body
    notes = [c.text for c in document.comments]
    assert any("原文为“至今”" in c for c in notes) and any("该数据为截至2019年6月的情况，不是2019年全年数值" in c for c in notes)
    assert not any("2017年数据" in c for c in notes), notes
    # (part two: the reply's own plans on its matter since hd29b; never a result's words as a plan's subject)
    assert not any("科技人才数量逐年增加方面" in p for p in paras), paras


# 天水市交通运输局's reply to 第69号建议 (www.tianshui.gov.cn/jtj/info/1604/53346.htm), whole, and a tester's text of
# 第62号建议 from what the bureau's real reply (…/53336.htm) says was asked (hd8).
TIANSHUI_69 = """天水市交通运输局关于对市人大八届三次会议第69号建议的答复
2024-08-26

张娜、雒晓霞、千丽娜代表：
你们提出的《关于完善公交线路的建议》收悉，现答复如下：
随着成纪大道沿线小区建成入住，群众出行需求不断增加，通过现场调研和公交OD大数据分析，目前84路、17路、35路公交以及轻轨1号线能有效满足天水商贸城至秦州（麦积）城区群众出行。同时，84路、35路运营单程在16公里左右，单程运营时间在55—60分钟，延伸后会降低运营效率、增加沿线居民候车时长，为保障整体线路运行效率和沿途群众的出行需求，不宜在进行延伸。
下一步，我局将督促公交公司，强化数据分析和运营调度，合理增开加班车辆、调整发班频次，保障好成纪大道沿线居民出行。
"""
TIANSHUI_62 = """关于优化30路、37路、38路公交线路的建议

麦积区第二人民医院是麦积城区东部群众就医的主要医院，但目前途经麦积城区的30路、37路、38路公交车均不经过二院门口，周边群众和外来就医人员到二院看病需多次换乘或步行较远距离，老年人和病人出行尤为不便。为此建议：
一、优化30路、37路、38路公交线路走向，由现线路经拥军桥、颍川河大桥绕行至麦积区二院，并在二院门口设置停靠站点。
二、根据就医客流变化，在早晚高峰和医院门诊高峰时段增开班次、缩短发车间隔。
三、运用公交大数据分析就医群众出行需求，统筹完善麦积城区公交线网布局，减少群众换乘。
四、加强二院周边公交站点候车亭等设施建设，方便老年人和病人候车。
"""
TIANSHUI_YAML = """organisation:
  name: 天水市交通运输局
  short_name: 市交通运输局
  jurisdiction: 天水市
  areas: [秦州区, 麦积区]
signatory: 某某某
contact: 某某
phone: 0938-0000000
"""


def test_another_deputys_road_its_grounds_and_aims_are_no_part_of_this_reply(tmp_path):
    """hd8's 62: the reply to 69 said its buses served 成纪大道 and promised 保障好成纪大道沿线居民出行 (another deputy's
    road): both stood in this reply, as work and as its next step, its 督促公交公司 written 督促公交市公交公司 for the
    co-handler 市公交公司; ask 2 was headed by its grounds
    (（二）根据就医客流变化) and ask 4 asked about its aim (【待补充：方便老年人和病人候车方面…】, quoted as what it proposes)."""
    said = _bureau_draft(tmp_path, TIANSHUI_YAML, TIANSHUI_69, "62", "关于优化30路、37路、38路公交线路的建议",
                         "--with", "市公交公司", "--type", "B", "--date", "2024-08-30", text=TIANSHUI_62)
    assert "成纪大道" not in said and "公交市公交公司" not in said
    assert "（二）在早晚高峰和医院门诊高峰时段增开班次、缩短发车间隔" in said and "根据就医客流变化" not in said
    assert "方便老年人和病人候车方面" not in said
    assert "（三）运用公交大数据分析就医群众出行需求。【待补充：具体举措】" in said  # (no work reported there: no 持续)
    from drafter.compose.select import next_step

    assert next_step("运用公交大数据分析就医群众出行需求") == "持续运用公交大数据分析就医群众出行需求。"  # (work reported: it goes on)
    comments = "".join(c.text for c in docx.Document(tmp_path / "d.docx").comments)
    assert "“方便老年人和病人候车。”" not in comments


def test_a_units_organ_word_alone_is_no_name_of_it():
    """督促公交公司 names 市公交公司 from 公交 on, never by its 公司 alone."""
    from drafter.grammar import named_as, same_unit

    assert named_as("我局将督促公交公司，强化数据分析", "市公交公司") == "我局将督促市公交公司，强化数据分析"
    assert not same_unit("公司", "市公交公司") and same_unit("农村局", "市农业农村局")


# A tester's text of 甘州区政协 proposal 第11号 from what 张掖市甘州区水务局's reply (www.gsgz.gov.cn …/t20240103_1166495.html)
# says was asked (hd8).
GANZHOU_11 = """关于加大对节水滴灌农业对地下水补充渗漏不足、地表盐渍化等次生灾害方面的调研，采取有效措施保护农业生态安全、维持地表地下水平衡的提案

近年来，我区大规模实施高标准农田建设，喷灌、滴灌等高效节水灌溉方式大面积推广，节水成效明显。但调研发现，项目建设中许多原井河混灌区域变为纯井灌，地下水开采量大幅上涨，地表水对地下水的补充渗漏不足，部分区域出现地表盐渍化，威胁农业生态安全。为此建议：
一、组织水务、农业农村等部门，加大对节水滴灌农业导致地下水补充渗漏不足、地表盐渍化等次生灾害的调研评估。
二、在高标准农田项目规划中科学配置水源，地表水可辐射区域优先使用地表水灌溉，严格控制新打机井和地下水开采。
三、保持地表水为主要灌溉水源、地下水为抗旱应急水源的用水结构，恢复井河混灌，保障地下水补给。
四、加强地下水位和土壤盐渍化监测，建立预警机制，维持地表地下水平衡。
"""
GANZHOU_YAML = """organisation:
  name: 张掖市甘州区水务局
  short_name: 区水务局
  jurisdiction: 甘州区
  areas: [乌江镇, 靖安乡]
other_fields:
  区农业农村局: [高标准农田, 土地整治]
"""


def test_each_ask_keeps_its_own_heading_and_the_bureau_its_own_work(tmp_path):
    """hd8's proposal 11: ask 1 was headed by who is brought together (组织水务、农业农村等部门); ask 3, whose first clause
    is too long to head it, was headed by the proposal's title and its words lost; ask 2, 科学配置水源 said 在高标准农田项目
    规划中, was handed whole to 区农业农村局 (高标准农田 is its field word) — the water is the bureau's own work."""
    from drafter.compose.asks import parse_asks

    title = GANZHOU_11.split("\n")[0]
    assert [a.phrase for a in parse_asks(GANZHOU_11, title)] == [
        "加大节水滴灌农业导致地下水补充渗漏不足调研评估", "在高标准农田项目规划中科学配置水源", "恢复井河混灌", "加强地下水位和土壤盐渍化监测"]
    said = _bureau_draft(tmp_path, GANZHOU_YAML, TIANSHUI_69, "11", title, "--proposal",  # (a base on no ask of it)
                         "--with", "区农业农村局", "--date", "2023-09-04", text=GANZHOU_11)
    assert "【待补充：在高标准农田项目规划中科学配置水源，地表水可辐射区域优先使用地表水灌溉、严格控制新打机井和地下水开采方面的工作情况及数据（注明年份）】" in said
    assert "【待区农业农村局提供：严格控制新打机井" not in said
    assert "（三）恢复井河混灌。【待补充：具体举措】" in said
    # the title's 60 characters said once, not again in each part's lead (its first clause there)
    # (no 继续: the base reports no work of the bureau's on it, hd32c)
    assert "下一步我局将加大对节水滴灌农业对地下水补充渗漏不足、地表盐渍化等次生灾害方面的调研力度，重点做好以下工作" in said
    assert said.count("维持地表地下水平衡") == 2  # (the title's quote and ask 4's point)


# 天水市交通运输局's reply to 市政协七届五次会议第5号提案 (www.tianshui.gov.cn/jtj/info/1604/50126.htm), its head and first answer.
TIANSHUI_P5 = """天水市交通运输局关于对市政协七届五次会议第5号提案的答复
2021-07-30

魏凤杰、王铨委员：
你们提出的《关于增设84路、20路公交车由东向西方向公交车站的建议》收悉，现答复如下：
一、关于在恒顺锦润悦府小区门口设立公交站。恒顺锦润悦府小区距离由东向西的公交车站分别为闫家河东站和县家路站，经实地测量，该小区大门距离闫家河东站约330米，距离县家路站约250米，符合住建部《城市道路公共交通场站、场、厂工程设计规范》站距500—800米的规范要求，若再加密，将影响线路运行效率。
"""


def test_a_measured_distance_has_no_period_to_update(tmp_path):
    """hd8: the draft put 【待更新：统计期】 before 该小区大门距离闫家河东站约330米 and asked for 2023's full-year value:
    a distance is where things stand, no count of work."""
    said = _bureau_draft(tmp_path, TIANSHUI_YAML, TIANSHUI_P5, "9", "关于在恒顺锦润悦府小区门口设立公交站的提案", "--proposal",
                         "--date", "2024-06-20")
    assert "该小区大门距离闫家河东站约330米" in said and "统计期" not in said, said


# 舒城县水利局's reply to 县十六届人大一次会议第10号议事原案 (www.ahscrd.gov.cn/DocHtml/2446/00198372.html), whole but its signature.
SHUCHENG_10 = """对县十六届人大一次会议第10号议事原案的答复（水利局）

周万仓、吴家文、邵华东、肖波、代则玉、李芳、周伶俐、梅成友、吴为强、王孝友、张振军、束永珍、杜月代表：
你们提出的“关于要求解决万佛湖镇范店片群众安全饮用水问题”的议事原案收悉。现答复如下：
代表们所提的议事原案经我局相关人员的现场勘察，情况属实。范店片群众的饮用水主要采取打井和塘口取水，存在着安全问题，水体钙化，水质硬度高，污染较重，影响着群众身体健康。为此，我们依据舒城县农村饮用水“十二五”规划，在万佛湖镇独山村境内，今年开工新建供水规模4千吨的荷花堰自来水厂，并实施管网延伸工程，解决自来水供水范围内群众饮水不安全问题。
感谢你们对我县水利工作的关心和支持。
"""
SHUCHENG_YAML = """organisation:
  name: 舒城县水利局
  short_name: 县水利局
  jurisdiction: 舒城县
  areas: [城关镇, 万佛湖镇, 南港镇]
"""


def test_an_items_first_sentence_points_back_at_nothing(tmp_path):
    """hd8's 14: the draft's item opened 一是为此，我们依据…规划 — its 为此 pointing at the other town's problem the draft
    left out; it goes, as a 同时， does."""
    said = _bureau_draft(tmp_path, SHUCHENG_YAML, SHUCHENG_10, "14", "关于加强山区自来水管网建设确保群众饮用水安全的建议",
                         "--date", "2023-10-10",
                         text="关于加强山区自来水管网建设确保群众饮用水安全的建议\n为此建议：\n一、加大山区自来水管网延伸力度。\n二、加强农村饮用水水质检测。\n")
    assert "我们依据舒城县农村饮用水“十二五”规划" in said and "为此，我们" not in said, said


# Testers' texts (hd9) of 黄石 and 寻乌 suggestions, from what the bureaus' answers (huangshi.gov.cn …/t20250210_1191948.html;
# 寻乌县林业局's reply to 第88号建议) say was asked.
HUANGSHI_ASKS = """关于持续改善我市大气和水环境质量的建议

近年来，我市空气质量和水环境质量有了明显改善。为此建议：
一、深入推进钢铁、水泥等重点行业超低排放改造和挥发性有机物（VOCs）治理，帮扶企业提标升级。
二、加强重污染天气应对，落实重污染天气绩效分级管控，减少重污染天数。
三、推进大冶湖、网湖等重点湖泊和罗家桥港等小流域综合治理，确保考核断面水质稳定达标。
"""


def test_an_ask_too_long_to_head_is_said_without_its_examples():
    """hd9: asks 1 and 3, too long to head their sections, were both headed by the title (（一）…（三）持续改善我市大气和
    水环境质量): said without the things they name by example (钢铁、水泥等, （VOCs）, 大冶湖、网湖等), they head their own."""
    from drafter.compose.asks import parse_asks

    phrases = [a.phrase for a in parse_asks(HUANGSHI_ASKS, HUANGSHI_ASKS.split("\n")[0])]
    assert phrases == ["推进重点行业超低排放改造和挥发性有机物治理", "加强重污染天气应对", "推进重点湖泊和罗家桥港等小流域综合治理"]



# 黄石日报's report on 黄石市's air in 2024 (no address given; its words as a tester found them, hd9): its news paragraphs.
HUANGSHI_AIR = """据市生态环境局日前提供的统计数据,今年1月至12月12日,我市空气质量优良天数288天,同比增加7天,优良天数比例为83%。
为打好大气污染防治攻坚战,今年我市健全工作落实机制,加强部门联防联控和跨区域协调联动,严抓大气治理项目,全年谋划大气治理项目405个,已完成404个,超省级目标20个;完成3家钢铁企业超低改造主体工程,完成4个深度治理提升项目,完工1个关改搬转项目,5家企业绩效提级创建成功并公示。
通过加强科学研判、加强绩效提级、加强科技支撑等手段,我市积极做好重污染天气应对工作。加强监督和源头管控,印发了《关于开展涉气企业重污染天气应急响应操作方案自检自查工作的通知》,抽查审核在产的重点行业涉气企业56家,督促辖区企业扎实做好自查自纠工作。
"""
HUANGSHI_YAML = """organisation:
  name: 黄石市生态环境局
  short_name: 市生态环境局
  jurisdiction: 黄石市
  areas: [黄石港区, 西塞山区, 大冶市, 阳新县]
"""


def test_a_title_only_draft_has_no_headless_section_nor_an_overview_of_figures(tmp_path):
    """hd9's 12 (title only): a paragraph with figures (…抽查审核…涉气企业56家) opened part one as its overview, and a
    paragraph of the report stood under （二）【待补充：小标题】; an overview states no figures, and a section its source
    left without heading joins the headed one before it."""
    said = _bureau_draft(tmp_path, HUANGSHI_YAML, HUANGSHI_AIR, "12", "关于加强重污染天气应对和臭氧污染防治的建议",
                         "--date", "2025-04-21")
    paras = [p.text for p in docx.Document(tmp_path / "d.docx").paragraphs]
    opening = paras[paras.index("一、基本情况") + 1]
    assert opening.startswith("近年来，我局立足工作职责") and "小标题" not in said, paras


def test_a_years_whole_is_not_said_again_after_its_year():
    """为打好…，今年我市…，全年谋划大气治理项目405个 in a report of 2024: 今年 is 2024年, and 全年 after it stays 全年
    (hd9: 2024年我市…2024年全年谋划…)."""
    from drafter.compose.sentences import absolute_time
    from drafter.model import SourceMeta

    source = SourceMeta(id="x", path="x.txt", sha256="", kind="news", date="2024-12-13")
    said = absolute_time("为打好大气污染防治攻坚战，今年我市健全工作落实机制，全年谋划大气治理项目405个。", source, 2024).text
    assert said == "为打好大气污染防治攻坚战，2024年我市健全工作落实机制，全年谋划大气治理项目405个。"
    alone = absolute_time("全年谋划大气治理项目405个。", source, 2024).text
    assert alone == "2024年全年谋划大气治理项目405个。"


def test_a_plan_of_no_known_year_is_flagged_to_check(tmp_path):
    """hd9: 市生态环境局明确，将继续按照…, the plan of an undated news item, stood in a 2025 reply's part two as this year's
    plan, unmarked: a plan whose year no source states is flagged to check as last year's are."""
    page = HUANGSHI_AIR + ("市生态环境局明确,将继续按照《黄石市2024-2025年空气质量持续改善实施方案》等要求,强化部门联合,"
                           "强化秋冬季大气污染防治,持续推进钢铁、水泥、玻璃、铸造、锅炉等行业治理。\n")
    said = _bureau_draft(tmp_path, HUANGSHI_YAML, page, "5", "关于持续改善我市大气和水环境质量的建议", "--date", "2025-05-20",
                         text=HUANGSHI_ASKS)
    assert "（一）持续推进重点行业超低排放改造和挥发性有机物治理。我局明确，将继续按照《黄石市2024-2025年空气质量持续改善实施方案》" in said
    assert "行业治理。【待核实：是否列入2025年计划】" in said, said
    comments = [c.text for c in docx.Document(tmp_path / "d.docx").comments]
    assert any(c.startswith("此项取自未写明年份的工作计划") for c in comments), comments


def test_steps_said_for_what_or_of_funds_lead_part_two_items():
    """hd9's 88: part two's 为古树名木统一设立铭牌和保护标识 and 争取上级资金 had no lead, the other three had one."""
    from drafter.compose.select import first_step, next_step

    assert first_step("为古树名木统一设立铭牌和保护标识") == "为古树名木统一设立铭牌和保护标识。"
    assert first_step("争取上级资金") == "争取上级资金。" and next_step("积极争取上级资金") == "持续争取上级资金。"
    assert first_step("为企业") is None  # (no step said)


# 镇康县农业农村局's reply to 政协提案34 of 2021 (www.ynzk.gov.cn/info/1090/5344.htm, hd10), as the page prints it.
ZHENKANG_34 = (
    "镇康县农业农村局关于对镇康县政协第十一届委员会第五次会议第34号提案的答复函 |\n来源: 作者:镇康县农业局 时间:2021-08-25 |\n"
    "罗捧军等委员: 你们在政协镇康县第十一届委员会第五次会议期间提出“关于请求帮助解决南伞镇道水村丙亩坝水渠建设的提案”,已交由我局办理。"
    "现将办理情况答复如下: 实施沟渠修建,对于提高农业生产水平,促进群众增产增收具有重要意义。据你们提出,道水村丙亩坝的水利基础已年久失修,"
    "许多老一辈建造下的人工沟渠已消磨殆尽,使得丙亩坝失去赖以生存的水利条件,只能种植对水依赖性不强的单一作物或是荒废,严重影响农田灌溉,"
    "制约村民生产种植及收成。由于机构改革,发改、国土、水务、农业综合开发等许多合并的职能还没有完全理顺,国家和省级暂无小型农田水利建设"
    "专项资金补助,加之要继续巩固脱贫攻坚成果,扶贫政策还将延续几年,县级财政筹措资金依然困难,投入基础设施项目资金十分有限。我局已将该沟渠"
    "作为小型农田水利建设项目储备,在农业农村“十四五”规划和农业补短板项目中进行细化,积极向上级争取项目,待上级下达资金后优先安排实施。 "
    "感谢你们对农业农村工作的支持,对以上办理有何意见,请填入“征询意见表”向政协提案工作委员会反馈。 镇康县农业农村局 2021年7月2日 |\n")
# The proposal on 老年助餐 as its proposers wrote it (rv46/rv47's 自贡 text): the lead named with others (提案人：张某等委员),
# each ask of several clauses.
ZHUCAN_PROPOSAL = """关于进一步发展老年助餐服务的建议

提案人：张某等委员

为此建议：

一、加强规划和政策引领。将老年助餐服务纳入全市养老服务体系建设规划，制定老年助餐服务专项行动计划，明确建设目标和年度任务，合理布局城乡助餐点位，逐步向农村地区延伸。

二、提升助餐服务水平。推广“中央厨房+助餐点”的服务模式，发展送餐上门服务，满足失能、半失能老年人需求。

三、完善资金保障和长效机制。加大财政投入，完善老年人就餐补贴和助餐点建设运营补贴政策，优化财政奖补标准，建立老年助餐服务长效发展机制。
"""


def _zigong_paragraphs(tmp_path) -> list:
    _bureau_draft(tmp_path, ZIGONG_YAML, RONGXIAN_NEWS, "69", "关于进一步发展老年助餐服务的建议", "--proposal",
                  "--date", "2026-05-20", "--type", "B", text=ZHUCAN_PROPOSAL)
    return [p for p in docx.Document(tmp_path / "d.docx").paragraphs if p.text.strip()]


def test_an_ask_the_base_holds_nothing_on_is_one_paragraph_naming_its_points(tmp_path):
    """自贡's draft split （一）加强规划和政策引领 into four slots, 一是【待补充：将…纳入…规划…】 二是【待补充：制定…专项行动计划…】…,
    thirteen in part one, where the real reply answers each ask in one paragraph (rv46, rv47; 临沂's seventeen, hd14).
    An ask the base has nothing on is one placeholder under its heading naming its points in the ask's order, unnumbered,
    all of them (up to six)."""
    paras = _zigong_paragraphs(tmp_path)
    texts = [p.text for p in paras]
    at = texts.index("（一）加强规划和政策引领")
    assert texts[at + 1] == ("【待补充：将老年助餐服务纳入全市养老服务体系建设规划、制定老年助餐服务专项行动计划、明确建设目标和年度任务、"
                             "合理布局城乡助餐点位、逐步向农村地区延伸方面的工作情况及数据（注明年份）】"), texts[at:at + 3]
    # (its fifth point, 逐步向农村地区延伸, the one the proposal stresses, had no slot at all: rv46)
    assert texts[at + 2].startswith("（二）")
    funds = texts[texts.index("（三）完善资金保障和长效机制") + 1]
    assert funds.startswith("【待补充：加大财政投入、完善老年人就餐补贴和助餐点建设运营补贴政策、优化财政奖补标准、") and funds.endswith("】")
    assert not any(t.startswith("二是【待补充：制定") for t in texts)
    runs = [r for r in paras[at + 1].runs if r.text.strip()]
    assert runs and all(r.font.highlight_color for r in runs)


def test_the_lead_named_with_others_in_the_text_is_addressed_so(tmp_path):
    """The proposal says 提案人：李洁等委员 and the clerk typed --deputy 李洁: the draft wrote 李洁委员： and 您 where the
    real reply says 李洁等委员 (rv47). The text's lead field naming the given person with others is how the reply
    addresses them (its placeholder name still highlighted)."""
    paras = _zigong_paragraphs(tmp_path)
    texts = [p.text for p in paras]
    assert "张某等委员：" in texts, texts[:6]
    opening = next(t for t in texts if "已收悉" in t)
    assert opening.startswith("你们提出的") and "感谢你们" in opening, opening
    salutation = next(p for p in paras if p.text == "张某等委员：")
    assert any(r.font.highlight_color and "张某" in r.text for r in salutation.runs), [r.text for r in salutation.runs]


def test_a_telephone_number_of_zeros_is_a_placeholder_to_replace(tmp_path):
    """drafter.yaml's phone 0813-0000000 went out in 自贡's draft unmarked while 某某 beside it was highlighted (rv46, rv47):
    a number of zeros is a placeholder too, highlighted with a comment, and ``check`` names it."""
    paras = _zigong_paragraphs(tmp_path)
    phone = next(p for p in paras if p.text.startswith("联系电话"))
    assert [r.text for r in phone.runs if r.font.highlight_color] == ["0813-0000000"], [r.text for r in phone.runs]
    comments = [c.text for c in docx.Document(tmp_path / "d.docx").comments]
    assert "“0813-0000000”是占位的号码，不是实际的号码：请改为实际的联系电话，再清除高亮" in comments, comments
    result = CliRunner().invoke(cli, ["-w", str(tmp_path / "ws"), "check", "--json", str(tmp_path / "d.docx")])
    messages = [f["message"] for f in json.loads(result.stdout)["findings"]]
    assert "占位的号码未改为实际号码：0813-0000000" in messages, messages


ZHENKANG_YAML = """organisation:
  name: 镇康县农业农村局
  short_name: 县农业农村局
  jurisdiction: 镇康县
  areas: [南伞镇, 勐捧镇, 凤尾镇]
"""
ZHENKANG_38 = ("关于硬化勐捧镇南梳坝村老出水自然村产业道路的建议\n\n老出水自然村产业道路为土路，雨季泥泞难行，制约产业发展。为此建议：\n"
               "一是建设项目计划，尽快实施硬化；二是向上级争取项目资金支持，解决产业道路建设资金问题。\n")


def test_a_usual_answer_is_to_a_request_for_the_same_kind_of_works_and_keeps_its_readers_words_out(tmp_path):
    """hd10 (镇康县农业农村局, 0038 on 老出水自然村's 产业道路): the bureau's reply on 丙亩坝's 沟渠 was pasted whole as
    the usual answer, 据你们提出，道水村丙亩坝… said to these deputies as 据您们提出. A canal's reply answers no road;
    asked for a canal, its principle and arrangement are offered, without what its own proposers told it."""
    said = _bureau_draft(tmp_path, ZHENKANG_YAML, ZHENKANG_34, "0038", "关于硬化勐捧镇南梳坝村老出水自然村产业道路的建议",
                         "--date", "2026-05-20", text=ZHENKANG_38)
    assert "丙亩坝" not in said and "沟渠" not in said and "据您" not in said, said
    assert "【待补充：在该领域开展的工作" in said  # the work on the field asked for instead
    canal = tmp_path / "canal"
    canal.mkdir()
    said = _bureau_draft(canal, ZHENKANG_YAML, ZHENKANG_34, "0041", "关于修建凤尾镇大寨村灌溉沟渠的建议", "--date", "2026-05-20",
                         text="关于修建凤尾镇大寨村灌溉沟渠的建议\n\n大寨村灌溉沟渠年久失修。建议修建沟渠，争取项目资金。\n")
    assert "我局已将该沟渠作为小型农田水利建设项目储备" in said, said
    assert "丙亩坝" not in said and "据您" not in said and "据你" not in said, said


ZIGONG_YAML = """organisation:
  name: 自贡市民政局
  short_name: 市民政局
  jurisdiction: 自贡市
  areas: [自流井区, 贡井区, 大安区, 沿滩区, 荣县, 富顺县]
signatory: 某某某
contact: 某某
phone: 0813-0000000
"""

# 荣县融媒体中心's year of the county's 民政 work (www.zgm.cn/content/6954965917efd, 2025-12-31), an excerpt as printed.
RONGXIAN_NEWS = """这一年,荣县民政工作交出“暖心”答卷

2025-12-31 11:19 荣县融媒体中心

2025年,荣县民政系统认真贯彻落实省市县民政工作安排部署,全县民政工作交出“暖心”答卷,基本民生保障更加有力。

民生保障兜底兜实。完善城乡低保动态监测调整机制,推动社会救助从“人找政策”向“政策找人”转变。全年城乡低保新增2859人,退出3596人;累计发放城乡低保金18114.08万元,特困供养金7569.01万元,临时救助金426.73万元,进一步发挥了社会救助的兜底保障作用。

养老服务优化提升。制定《公办养老机构财务公开与审计制度》《养老服务项目质量监督工作实施方案(试行)》等养老服务政策保障文件4个;完成特殊困难老年人家庭适老化改造465户;建成“1+5”示范性老年助餐网络,新投用助餐点9个,惠及服务老年人1.51万人次;开展养老服务安全综合监管4次,培训养老从业人员223人次。
"""

# Four asks of a proposal on 老年助餐 (hd12's, in the manner of 自贡's 2024 proposals): each says 老年助餐.
ZHUCAN_ASKS = """一、加强规划和政策引领。将老年助餐服务纳入全市养老服务体系建设规划，合理布局城乡助餐点位，逐步向农村地区延伸。

二、提升助餐服务水平。推广“中央厨房+助餐点”的老年助餐服务模式，发展送餐上门服务，满足失能、半失能老年人需求。

三、完善资金保障和长效机制。加大财政投入，完善老年人就餐补贴和助餐点建设运营补贴政策，建立老年助餐服务长效发展机制。

四、鼓励社会力量参与。引导餐饮企业、社会组织、志愿者等参与老年助餐服务，形成多方参与的老年助餐服务格局。
"""


def test_an_areas_result_on_the_matter_every_ask_shares_stands_after_the_citys_placeholder(tmp_path):
    """Every ask says 老年助餐, so 助餐 is no ask's own word and the county's 新投用助餐点9个 answered none: the draft
    cited no fact at all (hd13). Now the ask whose phrase names 助餐 (提升助餐服务水平) takes the county's result,
    named as the county's, after a placeholder for the city's own; 荣县's 低保金 (兜底保障) answers no 资金保障 ask."""
    said = _bureau_draft(tmp_path, ZIGONG_YAML, RONGXIAN_NEWS, "69", "关于进一步发展老年助餐服务的建议", "--proposal",
                         "--date", "2026-05-20", "--type", "B", text=ZHUCAN_ASKS)
    section = said[said.index("（二）提升助餐服务水平"):said.index("（三）")]
    city = section.index("一是【待补充：全市提升助餐服务水平方面（含建议所提")
    county = section.index("二是2025年，荣县建成“1+5”示范性老年助餐网络，新投用助餐点9个")
    assert city < county and "新投用助餐点9个" in section, section
    # what the ask still owes is asked with the city's own, one paragraph for the city's work (rv46, rv47), not a third item
    assert "发展送餐上门服务" in section[city:county] and "三是" not in section, section
    assert "适老化改造" not in section and "低保金" not in said, said


ZHENKANG_YAML = """organisation:
  name: 镇康县农业农村局
  short_name: 县农业农村局
  jurisdiction: 镇康县
  areas: [南伞镇, 勐捧镇]
signatory: 某某某
contact: 某某
phone: 0883-0000000
"""

# 镇康县农业农村局's reply to 政协 proposal 34 (www.ynzk.gov.cn/info/1090/5344.htm, 2021), as the page prints it.
ZHENKANG_REPLY = """镇康县农业农村局关于对镇康县政协第十一届委员会第五次会议第34号提案的答复函 |
来源: 作者:镇康县农业局 时间:2021-08-25 点击率:【 打印 】【 关闭 】 |
|
罗捧军等委员: 你们在政协镇康县第十一届委员会第五次会议期间提出“关于请求帮助解决南伞镇道水村丙亩坝水渠建设的提案”,已交由我局办理。现将办理情况答复如下: 实施沟渠修建,对于提高农业生产水平,促进群众增产增收具有重要意义。据你们提出,道水村丙亩坝的水利基础已年久失修,许多老一辈建造下的人工沟渠已消磨殆尽,严重影响农田灌溉,制约村民生产种植及收成。我局已将该沟渠作为小型农田水利建设项目储备,在农业农村“十四五”规划和农业补短板项目中进行细化,积极向上级争取项目,待上级下达资金后优先安排实施。 感谢你们对农业农村工作的支持,对以上办理有何意见,请填入“征询意见表”向政协提案工作委员会反馈。 镇康县农业农村局 2021年7月2日 |
"""

ZHENKANG_ROAD = "关于硬化勐捧镇南梳坝村老出水自然村产业道路的建议"


def _zhenkang_opening(tmp_path, config: str = ZHENKANG_YAML) -> str:
    said = _bureau_draft(tmp_path, config, ZHENKANG_REPLY, "0038", ZHENKANG_ROAD, "--deputy", "杨文强等3名代表",
                         "--date", "2026-05-20", "--type", "B")
    return said[said.index("杨文强等3名代表："):said.index("一、")]


def test_several_deputies_are_addressed_as_the_bureaus_own_replies_address_them(tmp_path):
    """镇康县农业农村局's replies write 你们 (你们在…期间提出, 据你们提出, 感谢你们); its draft to 杨文强等3名代表 wrote
    您们提出的…, 感谢您们 (hd13). A bureau whose replies in the base say 你们 and never 您们 is so addressed."""
    opening = _zhenkang_opening(tmp_path)
    assert opening.startswith("杨文强等3名代表：你们提出的《关于硬化勐捧镇") and "感谢你们对我局工作的关心和支持" in opening, opening
    assert "您们" not in opening


def test_a_bureau_sets_how_several_proposers_are_addressed(tmp_path):
    """drafter.yaml's organisation.you_many says it outright, whatever its replies say; another word is a one-line error."""
    config = ZHENKANG_YAML.replace("  short_name:", "  you_many: 您们\n  short_name:")
    assert _zhenkang_opening(tmp_path, config).startswith("杨文强等3名代表：您们提出的")
    root = tmp_path / "ws"
    (root / "drafter.yaml").write_text(ZHENKANG_YAML.replace("  short_name:", "  you_many: 大家\n  short_name:"), "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", "0038", ZHENKANG_ROAD, "--deputy", "杨文强等3名代表"])
    assert result.exit_code != 0 and "drafter.yaml" in result.output and "you_many 须为 您们 或 你们" in result.output, result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


WEIXIAN_YAML = """organisation:
  name: 魏县农业农村局
  short_name: 县农业农村局
  jurisdiction: 魏县
signatory: 某某某
contact: 某某
phone: 0310-0000000
"""

# 魏县农业农村局's work news of a May (wei.gov.cn/a/2020/newsshow_27888.html), its first three parts as printed: the
# page states no year.
WEIXIAN_NEWS = """五月一日始,魏县农业农村局结合干部思想作风整顿再打紧板,有力有序推进各项工作不停不歇持续开展,奋力做好大屯村拆迁、厕所改造、高标准农田建设等重点工作,只争朝夕,竭力服务全县农业农村发展。
大屯旧村拆迁扫尾攻坚
一身土、满面尘,皮肤黑,身形瘦,这是大屯村拆迁工作人员的印象,工作人员看到哪家开着门,就进去问问东西拾掇完了没有,有什么困难需要帮助,平均每户进过三、四次。对群众反映的问题一一记下,尽最大努力帮助解决。经过大家的艰苦激烈奋战大屯村拆迁取得了决定性胜利,剩下的小部分成为拆迁工作中难啃的“硬骨头”。为此,县农业农村局会同沙口集乡主要领导身先士卒,逐家逐户做好群众思想工作,让群众全面进一步了解易地扶贫搬迁政策法规,积极争取村民理解和支持,解难破茧,让户主从怒目相向到春风化雨的艰难转变。
人居环境整治奔跑冲刺
县农业农村局工作人员深入到一线,督导人居环境整治“冲刺一个月、大干30天”工作,围绕厕所改造、街巷硬化、村庄清洁行动三项重点工作,冲刺一个月、大干30天,对照三项重点工作任务,全面查找差距,以奔跑冲刺速度,上人员、上机械、赶进度,务必在一个月内完成重点工作任务。对标农村人居环境整治标先进县,组织人员外出学习参观,解放思想、增强干劲,认真学习外地经验,全面查找不足,高标按时落实,力争学先进、超先进,争当全市农村人居环境整治标兵。
标准农田建设驰而不息
为了全面落实“藏粮于地、藏粮于技”战略、切实推动农业产业基础设施提档升级,魏县农业农村局早安排、早部署,紧紧抓住当前“施工黄金期”的有利条件,工作人员一线督促,驰而不息加快高标准农田建设进度。今年,将建设高标准农田建设规模2万亩,
"""

GAOBIAO_ASKS = """一、加大高标准农田建设力度。深入实施“藏粮于地、藏粮于技”战略，逐年扩大高标准农田建设规模，优先在粮食生产功能区集中连片建设。

二、加强建后管护。明确管护主体和责任，落实管护资金，确保已建成的高标准农田长期发挥效益。
"""


def test_an_undated_paragraph_of_aims_is_no_item_and_its_ask_keeps_its_placeholder(tmp_path):
    """魏县's draft answered 加大高标准农田建设力度 with an undated paragraph that reports nothing (一是为了全面落实“藏粮于地、
    藏粮于技”战略…我局早安排、早部署。【待核实：年份】, hd13): no year and no result, nothing a clerk can send. The ask keeps
    its placeholders instead."""
    said = _bureau_draft(tmp_path, WEIXIAN_YAML, WEIXIAN_NEWS, "25", "关于建设高标准农田，确保粮食安全的提案", "--proposal",
                         "--date", "2026-04-20", "--type", "B", text=GAOBIAO_ASKS)
    section = said[said.index("（一）加大高标准农田建设力度"):said.index("（二）")]
    assert "早安排" not in section and "【待核实：年份】" not in said, section
    assert ("【待补充：深入实施“藏粮于地、藏粮于技”战略，逐年扩大高标准农田建设规模，优先在粮食生产功能区集中连片建设方面"
            in section), section


def test_an_adopted_items_closing_points_at_no_measures_part_two_lacks(tmp_path):
    """自贡's and 魏县's --type A drafts closed 已采纳，我们将会同有关部门按上述举措抓好落实 over a part two of placeholders
    only (hd13): with no plan of the bureau's there are no 上述举措 to point at (the page without its 今年，将建设… plan)."""
    said = _bureau_draft(tmp_path, WEIXIAN_YAML, WEIXIAN_NEWS.split("今年,将")[0], "25", "关于建设高标准农田，确保粮食安全的提案", "--proposal",
                         "--date", "2026-04-20", "--type", "A", text=GAOBIAO_ASKS)
    assert "（一）加大高标准农田建设力度。【待补充：具体举措】" in said, said
    # (nor 会同有关部门: no co-handler, no other unit's field or partner in what is drafted — hx66b1)
    assert "您提出的提案已采纳，我局将抓好落实。" in said and "上述举措" not in said, said



def test_a_fact_goes_to_the_next_ask_it_is_on_where_its_best_one_reports_no_such_thing(tmp_path):
    """福州's draft (hd13): 健全鼓励产业发展政策 (…补助政策…产权登记) stood under 全产业链向连江集聚 and its 创新专属金融产品
    under nothing once the first moved, while both answer 加大深远海养殖政策和金融支持; 1365's 25% 配套奖励 was of 2023
    (its last sentence's …于2023年10月上报市政府) in a reply of 2024, too old for a 2026 draft, and its one on-topic
    clause was cut to 为加大深远海养殖产业奖补力度。. A generic word an ask's phrase lists (政策 of 政策和金融支持) is what it
    asks all the same; an item its best ask leaves out goes to the next ask it is on that reports it; a reply's present
    (目前该措施已在…予以落实) is its own year (its session's, 2024, as its dated reply 1229 says) though a past month is
    named after it; a purpose clause (为加大…，) goes on to
    what it is for."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "20251061.txt").write_text(FUZHOU_20251061, "utf-8")
    (pages / "1365.txt").write_text(FUZHOU_1365, "utf-8")
    (pages / "1229.txt").write_text(FUZHOU_1229, "utf-8")
    root = tmp_path / "ws"
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "drafter.yaml").write_text(FUZHOU_HYJ_YAML, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(root), "distill", str(pages)]).exit_code == 0
    listed = runner.invoke(cli, ["-w", str(root), "facts", "配套奖励"])
    assert "已做  2024  福州市" in listed.output, listed.output
    (tmp_path / "s.txt").write_text(SHENYUANHAI_ASKS, "utf-8")
    out = tmp_path / "d.docx"
    result = runner.invoke(cli, ["-w", str(root), "draft", "1292", "关于推进我市深远海养殖产业高质量发展的建议", "--deputy", "王艳",
                                 "--date", "2026-05-20", "--type", "B", "--text", str(tmp_path / "s.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    said = "".join(p.text for p in docx.Document(out).paragraphs)
    one = said[said.index("一、关于“推动现代化"):said.index("二、关于“加大")]  # (its replies: a section per ask)
    two = said[said.index("二、关于“加大"):said.index("三、关于“推动")]
    assert "健全鼓励产业发展政策" in two and "创新专属金融产品" in two, two
    assert "健全鼓励产业发展政策" not in one and "创新专属金融产品" not in one, one
    assert "为加大深远海养殖产业奖补力度。" not in said
    sentence = ("同时，为加大深远海养殖产业奖补力度，我局借鉴国内相关地市经验做法，加强调查研究，提出《关于支持深远海养殖产业链"
                "发展七条措施》（送审稿）于2023年10月上报市政府。")
    assert on_topic_clauses(sentence, {"奖补", "补力"}).startswith("同时，为加大深远海养殖产业奖补力度，我局借鉴")


def test_a_matter_named_only_in_a_clause_framing_the_work_files_no_item_under_it(tmp_path):
    """福州's 推进深远海养殖渔业保险试点…，其中针对“闽投1号”渔旅融合的特点，协会就装备、人员提供综合保险方案 stood under
    （…）推动深远海养殖与文旅融合发展 (hd13): 渔旅融合 is said only in the clause framing the insurance scheme. A clause
    framing another (针对…的特点，为了…，) says no matter the fact is about."""
    said = _bureau_draft(tmp_path, FUZHOU_HYJ_YAML, FUZHOU_20251061, "1292", "关于推进我市深远海养殖产业高质量发展的建议",
                         "--date", "2026-05-20", "--type", "B", text=SHENYUANHAI_ASKS)
    tourism = said[said.index("三、关于“推动深远海养殖与文旅融合发展"):said.index("再次感谢")]
    assert "保险" not in tourism, tourism




def test_a_co_handlers_part_is_asked_under_the_ask_naming_it(tmp_path):
    """福州's draft gave 市文旅局 and 连江县政府 sections of their own, （四）【待市文旅局提供：小标题】 and （五）…, beside the asks
    naming them; the real reply merges a co-handler's view into the point it answers (rv46). A co-handler the base has
    nothing from is asked for its part under the ask that says its field (文旅) or its place (连江); one no ask names
    (市财政局) is asked once, for its part, in a section after the asks' (h316: asked under each ask for its part in it, it
    was asked three times)."""
    said = _bureau_draft(tmp_path, FUZHOU_HYJ_YAML, FUZHOU_20251061, "1292", "关于推进我市深远海养殖产业高质量发展的建议",
                         "--date", "2026-05-20", "--type", "B", "--with", "市文旅局", "--with", "连江县政府", "--with", "市财政局",
                         text=SHENYUANHAI_ASKS)
    one = said[said.index("一、关于“推动现代化"):said.index("二、关于“加大")]  # (its replies: a section per ask)
    three = said[said.index("三、关于“推动深远海养殖与文旅融合发展"):]
    assert "【待连江县政府提供：推动现代化深远海养殖全产业链向连江规模集聚发展方面的工作情况及数据（注明年份）】" in one, one
    assert "【待市文旅局提供：推动深远海养殖与文旅融合发展方面的工作情况及数据（注明年份）】" in three, three
    assert "【待市文旅局提供：小标题】" not in said and "【待连江县政府提供：小标题】" not in said
    assert "四、【待市财政局提供：小标题】【待市财政局提供：市财政局承办部分的工作情况及数据（注明年份）】" in said, said
    assert said.count("【待市财政局提供：") == 2, said  # (its section's heading, and its part: one request)
    comments = [c.text for c in docx.Document(tmp_path / "d.docx").comments]
    assert any(c.startswith("此项留待市文旅局的会办意见") for c in comments), comments


# A news item on 福州's 海上粮仓 report (cn.fadeduo.com/news/641834.html, ~2025), its plan paragraphs as printed.
FUZHOU_LIANGCANG = """福州加快推进“海上粮仓”建设
17日,市政府向市人大常委会会议作关于持续推进“海上粮仓”建设打造践行大食物观先行区工作情况的报告。
据悉,下一步福州市将聚焦转型升级、产业协同、重点改革等举措,进一步带动渔业高质量发展,加快推进“海上粮仓”建设。
记者进一步了解到,福州市将以“园区化”“龙头企业引领”和“一条鱼全产业链”思路,重点推进鲍鱼类、海带类、鱼糜类等精深加工,做大做强福州鱼丸、鳗鲡、鲍鱼、佛跳墙等特色优势产业。
"""


def test_a_plan_off_the_matter_every_ask_says_serves_no_ask(tmp_path):
    """福州's next step on 推动现代化深远海养殖全产业链向连江规模集聚发展 was the city's plan to make 福州鱼丸、鳗鲡、鲍鱼、佛跳墙
    bigger (rv46): it shares 全产业链 with the ask, not 深远海养殖, which every ask's heading says. Where the asks'
    headings share a matter, a plan that does not say it serves none of them: the ask keeps its placeholder."""
    said = _bureau_draft(tmp_path, FUZHOU_HYJ_YAML, FUZHOU_LIANGCANG, "1292", "关于推进我市深远海养殖产业高质量发展的建议",
                         "--date", "2026-05-20", "--type", "B", text=SHENYUANHAI_ASKS)
    two = said[said.index("二、下一步"):]
    assert "鱼丸" not in two and "佛跳墙" not in two, two
    assert "（一）持续推动现代化深远海养殖全产业链向连江规模集聚发展。【待补充：具体举措】" in two or \
        "（一）推动现代化深远海养殖全产业链向连江规模集聚发展。【待补充：具体举措】" in two, two




def test_a_bureau_whose_replies_open_on_how_the_item_was_handled_gets_that_part_to_fill(tmp_path):
    """镇康县农业农村局's 2025 replies open on 一、办理工作开展情况 (领办, 专题会议 of 2025年5月13日, 面商), then answer; its draft of
    0038 had no place for it (hd10, hd13). A draft of a bureau whose newest reply in the base so opens has that part
    first, its heading as the bureau writes it, the bureau's handling paragraph there to adapt (hd34a: the part's third
    paragraph, after who led the item and the county head's meeting); the parts after it are numbered on."""
    said = _bureau_draft(tmp_path, ZHENKANG_YAML, ZHENKANG_0019_TEXT, "0038", ZHENKANG_ROAD, "--deputy", "杨文强等3名代表",
                         "--date", "2026-05-20", "--type", "B")
    handling = said.index("一、办理工作开展情况我局高度重视，召开党组会议专题研究人大代表建议办理工作")
    assert handling < said.index("二、基本情况") < said.index("三、建议办理情况") < said.index("四、下一步工作计划"), said


def test_a_bureau_whose_replies_open_on_the_work_gets_no_handling_part(tmp_path):
    """Its 2021 reply opens on the matter at once (…现将办理情况答复如下: 实施沟渠修建…): no handling part."""
    said = _bureau_draft(tmp_path, ZHENKANG_YAML, ZHENKANG_REPLY, "0038", ZHENKANG_ROAD, "--deputy", "杨文强等3名代表",
                         "--date", "2026-05-20", "--type", "B")
    assert "办理工作开展情况" not in said and "一、基本情况" in said, said


# 仙居县民政局's 2023 summary (zjxj.gov.cn/art/2024/1/11/art_1229311252_3912549.html), three sentences of its results as printed.
XIANJU_PROJECTS = ("福利中心二期完成部分单体结顶，完成固定资产投资约4116万元。横溪养老服务中心主体工程完成结顶，完成固定资产投资约1516万元、"
                   "下各养老服务中心完成主体工程结顶，完成固定资产投资约1646万元，均已完成年度投资计划的85%以上，以上三个项目年内均可实现"
                   "主体建筑结顶；仙居县乡镇养老服务中心二期专项债项目通过审批，争取项目经费1000万元。")


def test_a_clause_pointing_back_at_things_not_quoted_goes_with_them():
    """仙居's draft quoted 横溪…结顶，…，以上三个项目年内均可实现主体建筑结顶 without the sentence naming the first of the three
    (福利中心二期…), two projects against 三个 (hd14). Quoted from a later sentence on, a fact loses its clauses pointing back
    at a count of things (以上三个项目…), the ； before the next part kept; quoted whole, it keeps them."""
    later = XIANJU_PROJECTS.split("。", 1)[1]
    assert without_dangling_references([later], XIANJU_PROJECTS) == [
        "横溪养老服务中心主体工程完成结顶，完成固定资产投资约1516万元、下各养老服务中心完成主体工程结顶，完成固定资产投资约1646万元，"
        "均已完成年度投资计划的85%以上；仙居县乡镇养老服务中心二期专项债项目通过审批，争取项目经费1000万元。"]
    whole = XIANJU_PROJECTS.split("。")[:2]
    assert without_dangling_references([s + "。" for s in whole], XIANJU_PROJECTS)[1].count("以上三个项目") == 1


LINYI_YAML = """organisation:
  name: 临沂市文化和旅游局
  short_name: 市文旅局
  jurisdiction: 临沂市
  areas: [兰山区, 罗庄区, 河东区, 沂南县, 郯城县, 沂水县, 兰陵县, 费县, 平邑县, 莒南县, 蒙阴县, 临沭县]
signatory: 某某某
contact: 某某
phone: 0539-00000000
"""

# A mirror of the news of 临沂's 红色旅游 pilot (www.mv115.com/top/112137.html, undated), its paragraphs 2–3 as printed.
LINYI_RED = """臨沂是著名革命老區,是沂蒙精神的主要發源地。臨沂市所轄9個縣全部列入國家革命文物保護利用片區,129處不可移動革命文物入選山東省第一批革命文物名錄,現有A級紅色旅游景區27家,其中紅色旅游經典景區5家,是中國紅色旅游重點城市和中國紅色研學旅行目的地城市。
近年來,臨沂市踐行創新、協調、綠色、開放、共享的新發展理念,確立了“以紅帶綠、以綠映紅、紅綠接藍、古今輝映”的文旅發展思路,認真貫徹落實關于發展紅色旅遊的決策部署,高起點定位,高標準建設,強化政治引領、深化改革創新、突出業態融合、集聚要素資源,持續增加紅色旅遊有效供給,探索紅色旅遊高質量發展路徑,著力打造弘揚沂蒙精神的重要載體,推動紅色旅遊轉型升級、提質增效,打造紅色旅遊創新融合發展的先行區。
"""


def test_a_title_only_draft_quotes_no_slogans_and_calls_its_city_our_city(tmp_path):
    """临沂's draft on 关于大力发展红色旅游的建议 carried 230 characters of slogans of no date (近年来，临沂市践行创新、协调…
    打造红色旅游创新融合发展的先行区) that a clerk cuts to a line, and said 临沂市所辖9个县… in the bureau's own letter (hd14).
    A paragraph with no year, no figure and nothing finished is no item; the city a sentence opens on is 我市."""
    said = _bureau_draft(tmp_path, LINYI_YAML, LINYI_RED, "900", "关于大力发展红色旅游的建议", "--proposal",
                         "--date", "2025-05-20", "--type", "B")
    part = said[said.index("一、基本情况"):said.index("二、下一步")]
    assert "我市所辖9个县全部列入国家革命文物保护利用片区" in part and "临沂市所辖" not in part, part
    assert "先行区" not in part and "践行创新" not in part, part


def test_what_an_ask_forces_is_its_aim_not_a_point_asked_for(tmp_path):
    """临沂's 231 (hd14): 严格A级景区复核，对…景区及时降级或撤销，倒逼景区提质 — the draft asked for 倒逼景区提质方面的工作情况, what
    the measures are for. What an ask forces (倒逼…) is its aim, as 提升… is: the placeholder names the measures only."""
    said = _bureau_draft(tmp_path, LINYI_YAML, LINYI_RED, "231", "关于提升临沂文旅品质和知名度的建议", "--proposal",
                         "--date", "2025-05-20", "--type", "B",
                         text="为此建议：\n一、加强景区动态管理。严格A级景区复核，对设施陈旧、管理服务不善的景区及时降级或撤销，倒逼景区提质。\n"
                              "二、加大宣传营销力度。统一品牌形象，加强新媒体宣传推介。\n")
    assert "【待补充：严格A级景区复核，对设施陈旧、管理服务不善的景区及时降级或撤销方面的工作情况及数据（注明年份）】" in said, said
    assert "倒逼景区提质方面" not in said


XIANJU_YAML = """organisation:
  name: 仙居县民政局
  short_name: 县民政局
  jurisdiction: 仙居县
  areas: [福应街道, 南峰街道, 安洲街道, 白塔镇, 横溪镇, 下各镇]
signatory: 某某某
contact: 某某
phone: 0576-00000000
"""

BAITA = """关于建设白塔镇康养中心项目的建议

领衔代表：王智慧

为此建议：

一、将白塔镇康养中心项目纳入全县养老服务设施布局规划，尽快立项建设。

二、利用白塔卫生院老院区等闲置资源，建设集医疗、康复、养老于一体的医养结合中心，增加养老床位。
"""


def test_a_countys_site_reply_cites_its_projects_of_the_year_whole(tmp_path):
    """仙居's reply on 白塔镇康养中心 had 近年来，我局【待补充…】 though the base held the county's care-centre projects (their
    paragraph read as a problem, hd14); fixed by hand, it quoted 横溪…结顶，2023年，完成…，以上三个项目年内均可… — the year
    between two results, three projects of which two were quoted. Now the results stand, dated before the first result,
    without the clause pointing back at the one not quoted."""
    page = ("县民政局2023年重点工作总结及2024年工作思路\n发布日期: 2024-01-11\n一、今年重点工作总结\n"
            "(一)补齐民生短板,全力推进重大项目建设。今年我局共推进谋划重大专项债项目10项,涵盖养老、殡葬等基础设施建设。"
            + XIANJU_PROJECTS + "\n")
    said = _bureau_draft(tmp_path, XIANJU_YAML, page, "5", "关于建设白塔镇康养中心项目的建议", "--date", "2024-05-20",
                         "--type", "B", text=BAITA)
    part = said[said.index("一、基本情况"):said.index("二、")]
    assert "2023年，横溪养老服务中心主体工程完成结顶，完成固定资产投资约1516万元" in part, part
    assert "以上三个项目" not in part and "【待补充：在该领域" not in part, part
