"""General reading rules found on held-out round 80 (hd18b: the pages of 天门市生态环境局, read by a tester as its clerk from
mirrors of tianmen.gov.cn and 天门日报, garbled traditional characters and page clutter as found).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test) through
the public path a user's ``drafter distill`` takes (read_document → distill_document), in a workspace of the page's own bureau,
and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import yaml
from click.testing import CliRunner
from helpers import distil, unit_workspace

from drafter.cli import cli

TIANMEN = ("天门市生态环境局", "市生态环境局", "天门市", "竟陵街道, 岳口镇, 皂市镇, 拖市镇")

# 天门日报's item on 系统化治水 (a reposting mirror of it, undated), as the mirror prints it: garbled traditional characters
# with their pinyin, its source line and the mirror's reprint notice.
XITONGHUA = """近日,記者從市生態(tài)環(huán)境局獲悉,自系統(tǒng)化治水方針實(shí)施后,以天門(mén)河為重點(diǎn)的流域治理、養(yǎng)殖污染治理、農(nóng)村環(huán)境綜合整治、湖泊水污染治理、入河排污口治理均取得了明顯成效,目前,我市天門(mén)河流域25個(gè)村農(nóng)村生活污水處(chǔ)理設(shè)施基本建設(shè)完成,長(zhǎng)江入河排污口完成263個(gè)溯源分類(lèi),3個(gè)工業(yè)園區(qū)污水管網(wǎng)覆蓋率達(dá)到100%。
在水生態(tài)修復(fù)方面,天門(mén)河拖市斷面綜合整治占據(jù)著十分重要的位置。市生態(tài)環(huán)境局相關(guān)負(fù)責(zé)人表示,目前已完成龍晶河、南陽(yáng)溝等 4條河道清淤及龍晶河、南北干渠2條河道生態(tài)修復(fù)。同時(shí),待龍骨湖、北汊湖等20個(gè)湖泊退垸還湖后,還湖面積可達(dá)10430畝,全市湖泊生態(tài)修復(fù)狀況可得到極大改善。此外,為推進(jìn)橫向流域生態(tài)補(bǔ)償工作,我市與荊門(mén)市、漢川市簽訂了2021年天門(mén)河橫向生態(tài)補(bǔ)償協(xié)議,建立健全了流域上下游聯(lián)動(dòng)機(jī)制。
來(lái)源:天門(mén)日?qǐng)?bào)
本文轉(zhuǎn)載于網(wǎng)絡(luò),如涉及版權(quán)問(wèn)題請(qǐng)發(fā)現(xiàn)及時(shí)聯(lián)系,我們定會(huì)配合刪除;我公司主要研發(fā)制造一體化預(y
"""


def test_a_monitoring_section_and_a_counterpart_name_no_place_of_the_text(tmp_path):
    """The item, saying 我市 and 市生态环境局 throughout, was filed as 天门河拖市's and its facts kept out of 天门市's reply: the
    place was read off 天门河拖市断面 (a river's monitoring section named by the town it passes), and the cities 我市 signed with
    (我市与荆门市、汉川市签订了…) would have been next. A place named only as a site's label or as the own place's counterpart is
    not the place the text speaks for; the item is 天门市's, every fact of it."""
    ws = unit_workspace(tmp_path / "ws", *TIANMEN)
    ff = distil(tmp_path, ws, XITONGHUA, "xitonghua.txt")
    assert ff.source.jurisdiction == "天门市", ff.source
    assert {(f.jurisdiction, f.external) for f in ff.facts} == {("天门市", False)}, [(f.jurisdiction, f.text[:20]) for f in ff.facts]


def test_a_place_corrected_in_the_source_mapping_is_what_the_facts_are_read_as_of(tmp_path):
    """distill's reminder on a source filed as another place's asks the clerk to correct its jurisdiction; the clerk did, drafted
    again, and the draft was byte for byte the same: every fact kept its old place, ``external: true`` and its kind. A place
    corrected by hand in a fact file's ``source:`` mapping is the place re-distilling reads the document as of: its facts follow
    it (here the clerk, told the item was a neighbour's, files it as 汉川市's; the reminder then names that place)."""
    ws = unit_workspace(tmp_path / "ws", *TIANMEN)
    page = tmp_path / "xitonghua.txt"
    page.write_text(XITONGHUA, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(page)]).exit_code == 0
    (path,) = (ws.root / "facts").glob("*.yaml")
    edited = path.read_text("utf-8").replace("  jurisdiction: 天门市\n", "  jurisdiction: 汉川市\n", 1)
    assert edited != path.read_text("utf-8")
    path.write_text(edited, "utf-8")
    again = runner.invoke(cli, ["-w", str(ws.root), "distill", str(page)])
    assert again.exit_code == 0, again.output
    data = yaml.safe_load(path.read_text("utf-8"))
    assert data["source"]["jurisdiction"] == "汉川市"
    assert {(f["jurisdiction"], f.get("external")) for f in data["facts"]} == {("汉川市", True)}, data["facts"]
    assert "地区记为“汉川市”" in again.output and "再重新提炼" in again.output, again.output


def _distilled_once(tmp_path):
    """A 天门 workspace with the 系统化治水 item distilled, its fact file, and the distill command."""
    ws = unit_workspace(tmp_path / "ws", *TIANMEN)
    page = tmp_path / "xitonghua.txt"
    page.write_text(XITONGHUA, "utf-8")
    command = ["-w", str(ws.root), "distill", str(page)]
    assert CliRunner().invoke(cli, command).exit_code == 0
    (path,) = (ws.root / "facts").glob("*.yaml")
    return path, command


def test_a_place_the_kept_mapping_says_is_its_facts_place_whatever_else_the_clerk_edited(tmp_path):
    """岳阳县水利局's clerk (hd20a), told by distill that a reply was another place's, corrected its ``issuer`` and its
    ``jurisdiction`` and distilled again: distill said the mapping, edited by hand, was kept — and every fact stayed the other
    place's, ``external: true``, as only a place edited alone was followed. A mapping a person edited is kept as theirs, and its
    facts are read as of the place it says, whatever else was edited with it (here the item filed as 汉川市's, its issuer that
    city's bureau: its facts 汉川市's, another place's; and a place an older distill read, kept in a mapping whose title a clerk
    corrected, is the place the clerk sees there, its facts with it)."""
    path, command = _distilled_once(tmp_path)
    text = path.read_text("utf-8")
    edited = (text.replace("  jurisdiction: 天门市\n", "  jurisdiction: 汉川市\n", 1)
              .replace("  issuer: 天门市生态环境局\n", "  issuer: 汉川市生态环境局\n", 1))
    assert edited.count("汉川市生态环境局") == 1 and "  jurisdiction: 汉川市\n" in edited, edited[:600]
    path.write_text(edited, "utf-8")
    again = CliRunner().invoke(cli, command)
    assert again.exit_code == 0 and "source 信息经人工修改，保持不变" in again.output, again.output
    data = yaml.safe_load(path.read_text("utf-8"))
    assert (data["source"]["issuer"], data["source"]["jurisdiction"]) == ("汉川市生态环境局", "汉川市")
    assert {(f["jurisdiction"], f.get("external")) for f in data["facts"]} == {("汉川市", True)}, data["facts"]
    path.write_text(path.read_text("utf-8").replace("  jurisdiction: 汉川市\n", "  jurisdiction: 天门市\n", 1)
                    .replace("  title:\n", "  title: 天门市系统化治水成效\n", 1), "utf-8")
    assert CliRunner().invoke(cli, command).exit_code == 0
    facts = yaml.safe_load(path.read_text("utf-8"))["facts"]
    assert {(f["jurisdiction"], f.get("external")) for f in facts} == {("天门市", None)}, facts


def test_a_fact_file_saved_in_another_encoding_is_one_line_naming_it(tmp_path):
    """A clerk corrects the place as the reminder asks and saves the fact file from Notepad in GBK: distill says in one line
    that the file is not UTF-8 text, naming it — no internal error."""
    path, command = _distilled_once(tmp_path)
    path.write_bytes(path.read_text("utf-8").replace("  jurisdiction: 天门市\n", "  jurisdiction: 汉川市\n", 1).encode("gbk"))
    again = CliRunner().invoke(cli, command)
    assert "内部错误" not in again.output and "Traceback" not in again.output, again.output
    assert f"{path.name}: 不是 UTF-8 编码的文本" in again.output, again.output

# 天门市融媒体中心's item 我市污染防治攻坚战成效考核获评全省优秀等次 (2024-09-27), as a mirror (nsbq.net.cn) prints it: garbled
# traditional characters, its print button's markup and its footer.
KAOHE = """我市污染防治攻堅戰(zhàn)成效考核獲評全省優(yōu)秀等次

發(fā)布時間:2024年09月27日
來源:天門市融媒體中心
打?。?span id="printapp">
字體:

近日,省生態(tài)環(huán)境保護(hù)督察工作領(lǐng)導(dǎo)小組通報了2023年度全省污染防治攻堅戰(zhàn)成效考核情況,我市被評定為優(yōu)秀等次。
  2023年度,我市空氣環(huán)境質(zhì)量、水環(huán)境質(zhì)量、土壤環(huán)境質(zhì)量明顯改善,優(yōu)良天數(shù)比例為82.5%,較2022年提升4個百分點。8個考核斷面水質(zhì)達(dá)標(biāo)率為100%,各項指標(biāo)圓滿完成考核目標(biāo)。土壤環(huán)境穩(wěn)定可控,建設(shè)項目用地安全利用有效保障。
  近年來,我市不斷優(yōu)化產(chǎn)業(yè)結(jié)構(gòu),提升綠色發(fā)展質(zhì)效,培育綠色發(fā)展新動能,能源結(jié)構(gòu)和經(jīng)濟(jì)發(fā)展“含綠量”明顯提升。同時,全面推進(jìn)流域綜合治理,打好污染防治攻堅戰(zhàn),加快補齊生態(tài)環(huán)境短板,生態(tài)環(huán)境保護(hù)各項工作穩(wěn)步推進(jìn)。(天門市融媒體中心記者付磊磊)

掃描二維碼
在您的設(shè)備上瀏覽本頁

網(wǎng)站簡介廣告服務(wù)標(biāo)識說明聯(lián)系方式法律聲明建議投訴
"""

# 天门日报's item on the city's 省级生态文明建设示范市 title (2022, as freewechat printed it), its end: the account's plug and the
# credits.
SHIFANSHI_END = """绿水青山
就是金山银山
为天门优美的生态环境
点赞吧!
天门发布官方视频号上线
欢迎关注
★
来源:天门日报全媒体记者 付磊磊编辑:张伟康 审核:鄢静 终审:胡卫军
"""

# 天门市融媒体中心's item on 冯安龙's visit (2024-10-31, m-tianmen.cjyun.org), its last paragraph and credit line.
FENGANLONG_END = """随后,冯安龙现场走访了立铭铝业和通格微电路科技等企业,他强调,要严格落实生态环境保护政治责任,牢固树立绿色发展理念,在秸秆禁烧、水环境治理等方面持续发力,全面补齐生态环境发展短板,不断提升污染治理能力和水平。

(天门市融媒体中心记者 熊旋 付磊磊  )
"""


def test_a_print_buttons_markup_and_garbled_label_are_no_text(tmp_path):
    """The mirror's print button, 打?。?span id="printapp"> (its 打印 garbled, its tag's < lost), was run into the next line: the
    fact and the draft's only result opened on 。？ (``。？span id="printapp">近日，…``). An HTML tag a copy kept is markup, and a
    run of question marks split by a mark (?。?) is characters the page's encoding lost; the statement opens on its own words."""
    ws = unit_workspace(tmp_path / "ws", *TIANMEN)
    texts = [f.text for f in distil(tmp_path, ws, KAOHE, "kaohe.txt").facts]
    assert texts[0].startswith("近日，省生态环境保护督察工作领导小组通报了"), texts
    assert not [t for t in texts if "span" in t or "？" in t], texts


def test_a_news_pages_footer_plug_credits_and_reprint_notice_are_no_facts(tmp_path):
    """Page clutter was stored as facts: a footer's links run together (网站简介广告服务…建议投诉, kind done), an account's plug
    (天门发布官方视频号上线), a reporter's credit in brackets (（天门市融媒体中心记者 熊旋 付磊磊）, also after a paragraph's last
    sentence) and a mirror's reprint notice (本文转载于网络，如涉及版权问题…). They are chrome: no fact holds them."""
    ws = unit_workspace(tmp_path / "ws", *TIANMEN)
    texts = [f.text for page, name in ((KAOHE, "kaohe.txt"), (SHIFANSHI_END, "shifanshi.txt"),
                                       (FENGANLONG_END, "fenganlong.txt"), (XITONGHUA, "xitonghua.txt"))
             for f in distil(tmp_path, ws, page, name).facts]
    clutter = ("网站简介", "视频号", "欢迎关注", "记者", "转载", "版权", "浏览本页")
    assert not [t for t in texts if any(c in t for c in clutter)], texts
    assert any(t.endswith("生态环境保护各项工作稳步推进。") for t in texts), texts  # (the paragraph its credit ended stays)


def test_a_count_before_its_things_rate_counts_the_things_and_the_rate_its_percentage(tmp_path):
    """8个考核断面水质达标率为100% was filed as 8个 counting 考核断面水质达标率 and 100% counting nothing: the two swapped. A count
    whose noun ends in a rate right before a percentage (为, 达到) counts the things; the percentage is their rate."""
    ws = unit_workspace(tmp_path / "ws", *TIANMEN)
    counts = [(g.raw, g.counts) for f in distil(tmp_path, ws, KAOHE, "kaohe.txt").facts for g in f.figures]
    assert ("8个", "考核断面") in counts and ("100%", "考核断面水质达标率") in counts, counts


# 天门市生态环境局's reply to 市政协八届四次会议第121号提案 (天环函〔2020〕193号, tianmen.gov.cn …/jytabl/202010/
# t20201019_2961461.shtml), its head and its sections (一) and (二) as printed (the page's copy ends inside (二)).
REPLY_121 = """天门市生态环境局对市政协八届四次会议第121号提案的答复

发布时间:2020-09-23 16:50

对市政协八届四次会议第121号提案的答复

胡业学委员:

您提出的关于采取强力措施推进改善农村水环境质量的提案已收悉,现答复如下:

 2020年以来,我市水环境质量保持稳定,2020年1-8月“水十条”地表水考核断面达标率为100%:汉江岳口断面1-8月水质达到Ⅱ类标准,汉北河垌冢桥断面1-8月水质达到Ⅲ类标准。在改善农村水环境质量方面,我局做了以下工作:

(一)积极开展项目谋划,争取中央资金支持农村水环境改善。一是2019年申报进入中央水污染防治专项项目库、2020年实施的天门市天门河拖市断面水环境综合整治项目中河道清淤工程部分将农村小微水体整治纳入综合整治范围:对龙晶河八家台向东至天门河交汇处段、南北灌渠(北段)八家台向南至运粮河交汇口处段、南阳沟005县道沿线、新云沟005县道向东至天门河交汇处段进行环保疏浚清除河道内源污染。二是编制《天门市农村生活污水治理项目可行性研究报告》,谋划申报进入中央农村环境综合整治专项项目库。该项目计划在 26 个乡镇 568 个村范围内建设农村污水处理设施,实现农村生活污水雨污分流,减少农村生活污水对农村水环境的污染。

(二)及时处理回复农村养殖污染信访问题。对农村养殖污染加强监管,对于涉及农村养殖污染的信访件及时处理及时回复。截止9月,我局共接到农村养殖污染问题相关信访件共20件,除近期接收的2件
"""


def test_a_projects_planned_scope_is_a_plan_and_handling_complaints_is_work_done(tmp_path):
    """该项目计划在26个乡镇568个村范围内建设农村污水处理设施 was filed as done, in one fact with the study written before it, 568个
    counting 村范围内建设农村污水处理设施; and the complaints handled under (二)及时处理回复农村养殖污染信访问题 were filed as a problem
    (the head ends in 问题). What a project is planned to cover, its scope named first (计划在…范围内建设), is a plan of its own, its
    count the villages; a head opening on the handling of problems names work done."""
    ws = unit_workspace(tmp_path / "ws", *TIANMEN)
    facts = distil(tmp_path, ws, REPLY_121, "r121.txt").facts
    planned = next(f for f in facts if "26个乡镇" in f.text)
    assert planned.kind == "plan" and planned.text.startswith("该项目计划在"), (planned.kind, planned.text)
    assert [(g.raw, g.counts) for g in planned.figures] == [("26个", "乡镇"), ("568个", "村")], planned.figures
    assert next(f for f in facts if "编制《" in f.text).kind == "done"
    assert next(f for f in facts if "信访件" in f.text).kind == "done"


def test_what_the_bureau_will_do_this_year_said_after_its_name_is_a_plan():
    """据介绍，市生态环境局今年还将继续实施乡镇跨界断面考核，由5处乡镇水质自动站每月监测水质并通报… (the 系统化治水 item): the clerk,
    told the item was context, filed it as done and the draft wrote the plan as a result under 推进水生态修复, its 据介绍 and 今年
    kept. What the bureau will do with the year after its name (市生态环境局今年还将…) is a plan as with the year first, and 据介绍
    opens what was heard (HEARSAY): neither is a result of a done section."""
    from drafter.distill.facts import HEARSAY, WILL

    said = "市生态环境局今年还将继续实施乡镇跨界断面考核，由5处乡镇水质自动站每月监测水质并通报"
    assert WILL.match(said) and HEARSAY.match("据介绍，" + said)
    assert not WILL.match("市生态环境局今年已完成5处乡镇水质自动站建设")


def test_a_refusal_under_json_is_json_on_stdout_too(tmp_path):
    """draft --json -o onto a draft already there printed nothing on stdout (the refusal went to stderr only): a script reading
    the JSON got an empty output. Under --json a refusal is also ``{"error": …}`` on stdout; the exit code stays 2."""
    import json

    ws = unit_workspace(tmp_path / "ws", *TIANMEN)
    out = tmp_path / "提案-119.docx"
    args = ["-w", str(ws.root), "draft", "119", "关于加强天门市重点河湖水环境综合整治的提案", "--deputy", "倪卓敏",
            "--proposal", "--json", "-o", str(out)]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0 and json.loads(first.stdout)["path"], first.output
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 2 and "--force" in json.loads(again.stdout)["error"], (again.stdout, again.stderr)


# The same item's head as freewechat printed it (a phone-sized page: its lede in short lines, none ending its clause).
SHIFANSHI_HEAD = """其他
成功创建!恭喜天门
近日,省环委会印发
“湖北省生态文明建设示范市(县、区)”
名单
天门市榜上有名
成功创建省级生态文明建设示范市
👏👏👏
近年来,天门全市上下按照绿色发展的总体要求,凝心聚力、务实进取,不断加大生态环境保护力度,扎实整治突出环境问题,奋力打好污染防治攻坚战,有效促进了全市生态环境的持续改善。
"""


def test_a_lede_broken_into_short_lines_is_one_sentence(tmp_path):
    """The item's headline fact, 天门市榜上有名 / 成功创建省级生态文明建设示范市, gave no fact: its lede, broken into short lines
    without a stop (a phone-sized page), was six lines of no sentence. A clerk reads them as the one sentence they are: a news
    lede opening on its time (近日，…) goes on through its short lines, a clause a line opens set off by a comma, a quotation
    or a two-character word (名单) going on the phrase before it, and ends on its stop where its lines end."""
    ws = unit_workspace(tmp_path / "ws", *TIANMEN)
    texts = [f.text for f in distil(tmp_path, ws, SHIFANSHI_HEAD + SHIFANSHI_END, "shifanshi.txt").facts]
    assert "近日，省环委会印发“湖北省生态文明建设示范市（县、区）”名单，天门市榜上有名，成功创建省级生态文明建设示范市。" in texts, texts


# 天门市生态环境局's answer to a netizen's message on its board (2021-02-13), whole as the page prints it.
WANGYOU = """网友为“七零八落”的网友:
您好!针对您反映的城区空气有焦糊味的问题,市生态环境局值班人员迅速对相关区域进行巡查,并走访居民进行核实。
核查过程相关社区群众反映未发现气味异常的问题。工作人员在北湖大道周边的确可以闻到轻微的焦糊味,经巡查溯源,初步确认是竟陵孙湾公墓群众祭祖烧纸所致。
春节期间城区周边大部分企业放假停产,结合巡查走访情况,基本排除企业异常排放大气污染物。
针对群众反映的这一问题,我局将在春节期间坚持每天对周边区域进行巡查检查,进一步核实处理群众反映问题,相关情况适时公布。
感谢您对生态环境工作的关心、支持与监督。
天门市生态环境局
2021年2月13日
"""


def test_a_letter_to_a_member_of_the_public_is_named_by_whom_it_answers(tmp_path):
    """The bureau's answer to a netizen had no title, and distill and ``drafter sources`` named it 天门市生态环境局2021年工作报告:
    a clerk looking for that year's work report would be misled. A letter to a member of the public (网友…：, greeted 您好！)
    is named by whom it answers."""
    ws = unit_workspace(tmp_path / "ws", *TIANMEN)
    source = distil(tmp_path, ws, WANGYOU, "wangyou.txt").source
    assert source.label() == "对网友为“七零八落”的网友的答复", source
    assert (source.issuer, source.date) == ("天门市生态环境局", "2021-02-13")
