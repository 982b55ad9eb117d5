"""hx68b1: held-out hd68b (驻马店市人力资源和社会保障局, reply to 市政协 proposal 《关于大力实施“人人持证、技能河南”建设，推动驻马店
高质量发展的提案》), each on its seeds' real lines.

F1. With the text, whose asks (提高思想认识, 加大宣传力度) say no word of a fact, the bureau's account of the programme the title
    names (今年以来，我市…“人人持证、技能河南”…14.58万人次, of a news item naming 市人社局) reaches part one as the title-only draft
    has it (was cited nowhere: another's account on no ask); an ask's comment names that source, not 西平县's 城镇新增就业6059人
    (…超额完成年度目标任务 of 明确目标任务).
F2. A 、 inside “…” cuts no clause of the title's matter (was 持续实施“人人持证。【待补充：具体举措】).
F4. 至目前 is made 截至2022年6月 whole (was 至截至2022年6月); a reporter's 据悉， opening a sentence is dropped.
(hx68b2)
1. The bureau's own account of the programme the proposal names (a news item on 市人社局's account of “人人持证、技能河南”) makes
   its 2022 plan (下一步，我市将进一步推进“人人持证、技能河南”建设工作落实落细。聚焦总量，确保8月底…) the bureau's to confirm:
   part two offers it whole, 【待核实：2022年计划，是否仍列入2023年】, its lapsed target (8月底…2022年…) dropped, 我市将 said
   once in the comment (was never offered: a news item's 我市将…, borrowed) — with the text and from the title alone.
2. A news item's scene word opening a sentence (会上，) is dropped (was 一是会上，我局以《…》为题…); the event distillation puts
   before it (hx68c1: 6月17日下午，河南省人社系统…电视电话会议召开。), another's meeting the bureau spoke at, goes with it where the
   sentence is the bureau's own account (md59c: was 一是2022年6月17日下午，河南省人社系统…会议召开。我局以…), and its day is no figure
   making it a result (md59c: it took part one's overview from 今年以来，我市…14.58万人次).
"""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import distil, first_saying, seeds_draft, unit_workspace

from drafter.cli import cli
from drafter.compose.select import reports_result
from drafter.compose.sentences import absolute_time, unreported, without_event_attended
from drafter.model import SourceMeta

AREAS = "驿城区, 西平县, 上蔡县, 平舆县, 正阳县, 确山县, 泌阳县, 汝南县, 遂平县, 新蔡县"
TITLE = "关于大力实施“人人持证、技能河南”建设，推动驻马店高质量发展的提案"
# hd68b's seeds/2022-06-17_驻马店人人持证月月评经验介绍.txt, whole (a page in traditional characters).
NEWS = 'http://sibcons.com/2022/0617/708108.shtml\n駐馬店網訊(記者 姚 晶 通訊員 陳兵6月17日下午,河南省人社系統(tǒng)“人人持證、技能河南”建設“月月評”電視電話會議召開。全省4市做典型發(fā)言,我市是其中之一,市人社局代表我市在會上作經驗介紹,受到省人社廳領導的高度評價。\n\n會上,市人社局以《錨定提質增效 聚焦“五個突出 ”  高質量推進“人人持證、技能河南”建設》為題,介紹了我市技能建設工作所取得的成績。\n\n今年以來,我市認真貫徹落實樓陽生書記有關“人人持證、技能河南”建設工作批示精神,對標省委、省政府提出的工作要求,突出培育先進制造業(yè)、打造農業(yè)產業(yè)鏈、創(chuàng)建勞務品牌、加強部門協(xié)同、完善制度機制五個主攻方向,找差距、補短板、理思路,扎實推進技能河南建設提質增效。據悉,至目前,全市已累計開展各類職業(yè)培訓14.58萬人次,新增技能人才18.51萬人,新增高技能人才6.81萬人,分別完成年度目標的62.04%、102.83%、121.69%,其中新增技能人才、新增高技能人才兩項指標已提前超額完成全年任務。\n\n下一步,我市將進一步推進“人人持證、技能河南”建設工作落實落細。聚焦總量,確保8月底提前超額完成2022年培訓23.5萬人次、新增技能人才18萬人、新增高技能人才5.6萬人的目標任務。聚焦質量,把評價取證、持證作為培訓實效性的重要標準,在不斷提高培訓質量的前提下,加大評價取證力度。開展培訓評價專項檢查行動,重點對培訓質量不高、評價機構備案不嚴、評價過關率虛高等問題開展集中檢查。聚焦產業(yè),以制造業(yè)為主攻方向,重點開展“高精特新”、特色產業(yè)技能人才培養(yǎng)。聚焦效能,統(tǒng)籌推進各項工作,加大財政資金保障力度,充分發(fā)揮資金使用效果。\n'
# hd68b's seeds/2023-01-10_西平县政府工作报告摘录.txt, whole.
XIPING = 'http://bx2200.com/baogao/huazhong/9122_2.html\n坚持以人为本、惠民利民,民生答卷温暖厚重。“暖”民心的工作做得更实。始终把保基本民生、保基层运转作为根本,70%以上财力投向民生领域,“四好农村路”、老旧小区改造等一批省定、市定、县定民生实事全部完成。深入开展“移风易俗新风尚 文明西平正能量”活动,成功创建各级文明村镇(社区)181个、文明单位106个,评选文明家庭1326户、各类好人38人,全县家风、社风、民风持续向好。“顺”民心的工作做得更细。新建改扩建幼儿园7所,第四幼儿园被定为全市第一批学前融合教育试点;积极推进义务教育“集团化”办学,进一步缓解城区学校大班额问题;改善西平高中、杨庄高中办学条件,教学质量全面提升;职业教育提质升级,在读学生首次突破千人大关。县人民医院在国家二级公立医院绩效考核中获A+佳绩,门诊医技综合楼已建成;17个乡镇卫生院和3个社区卫生服务中心服务能力全部达标。“得”民心的工作兜得更牢。城镇新增就业6059人,新增农村劳动力转移4500人,超额完成年度目标任务。发放创业担保贷款388笔,金额7745万元,直接扶持创业人员388人,带动1254人实现就业。养老保险、城乡低保、医疗保险、特困供养提标扩面,临时救助、医疗救助、慈善事业、残疾人事业加快发展,做到应救尽救、应帮尽帮。\n坚持真抓实干、务实担当,自身建设不断加强。严格执行“第一议题”制度,深入学习贯彻党的二十大精神,在深学细悟笃行中感悟思想伟力、强化政治定力,坚定捍卫“两个确立”、坚决做到“两个维护”。坚决落实县委决策部署,始终做到思想同心、目标同向、行动同步。自觉接受人大依法监督和政协民主监督,圆满完成165件人大代表建议、244件政协委员提案办理任务。持续深化政务信息公开,累计公开7\n'
# hd68b's seeds/2022-12-31_驻马店市人社局政府信息公开年度报告.txt, whole.
REPORT = 'https://hrss.zhumadian.gov.cn/node/66206\n一、 总体情况\n(一)主动公开政府信息情况\n全年共主动公开政府信息1151条,其中包括市政府网站重点民生领域信息公开317条、局门户网站信息公开834条。\n1.市政府网站重点民生领域信息公开情况。按照驻马店市政务公开工作要点责任分工要求,我局主要负责重点民生领域信息公开。截至目前,共主动公开各类信息317条。一是就业创业方面。主动公开了市直及各县区城镇新增就业人员数量、失业人员再就业人员数量、就业困难人员实现就业人员数量等就业数据30条,一月公开一次;主动公开了各类就业创业政策23条;主动公开了公益性岗位就业困难人员安置、就业见习补贴申领、高校毕业生就业见习补贴申领、职业技能提升培训补贴申领、就业创业补贴申领、失业保险应急援企稳岗补贴申领、创业担保贷款评审公示等信息26条;主动公开了全市各类企事业单位用人计划和用工需求等供求信息148条。二是社会保障方面。主动公开了全市企业养老保险、机关事业养老保险、城乡居民养老保险、失业保险、工伤保险的参保情况,包括参保总人数、领取待遇人员、累计征缴、累计发放、累计滚存结余和完成任务比例等信息15条,一月公开一次;公开了各类社会保险政策、领取条件、缴费基数、减免缓等政策6条。三是人事任免方面。主动公开了市人民政府关于有关同志的职务任免信息10条。四是政务工作信息报送方面。政府网站部门动态专栏共采纳我局报送信息59条。\n2.局门户网站信息公开情况。全年共主动公开各类信息834条。包括公开局内设机构、直属单位、联系电话、办事指南、职责分工、机构职责;公开被征地农民基本养老保险、城镇新增就业工作计划、高校毕业生求职创业补贴等一系列政策法规;开设劳动保障守\n'
# hd68b's suggestion.txt: the proposal's text.
TEXT = '关于大力实施“人人持证、技能河南”建设，推动驻马店高质量发展的提案\n\n“人人持证、技能河南”建设是推动创新驱动、科教兴省、人才强省和实施乡村振兴战略的重大举措。为高质量推进我市“人人持证、技能河南”建设，推动劳动者技能就业、技能增收，建议：\n一、提高思想认识。各县区、各有关部门要把“人人持证、技能河南”建设摆在重要位置，主要负责同志亲自部署、亲自推动，明确目标任务，把任务分解落实到县区和行业部门。\n二、加大宣传力度。切实提高全社会各行各业对“人人持证、技能河南”建设的认识，营造劳动者学技能、考证书、凭技能就业增收的良好氛围。\n'


def _seeds(tmp_path, text: str | None):
    ws = unit_workspace(tmp_path / "ws", "驻马店市人力资源和社会保障局", "市人社局", "驻马店市", AREAS)
    seeds = {"2022-06-17_驻马店人人持证月月评经验介绍.txt": NEWS, "2023-01-10_西平县政府工作报告摘录.txt": XIPING,
             "2022-12-31_驻马店市人社局政府信息公开年度报告.txt": REPORT}
    options = ("--proposal", "--date", "2023-04-20", "--deputy", "乔艳红、善巧云", "--session", "市政协五届一次会议")
    if text is not None:
        return seeds_draft(tmp_path, ws, seeds, "1", TITLE, text, *options)
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, page in seeds.items():
        (folder / name).write_text(page, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(folder)]).exit_code == 0
    out = tmp_path / "draft.docx"
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", "1", TITLE, "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return result, out


def _body_and_comments(path) -> tuple[str, str]:
    import zipfile
    document = docx.Document(path)
    body = "\n".join(p.text for p in document.paragraphs)
    with zipfile.ZipFile(path) as z:
        comments = z.read("word/comments.xml").decode("utf-8") if "word/comments.xml" in z.namelist() else ""
    return body, comments


def test_f1_the_programmes_account_reaches_part_one_with_the_text_and_the_comment_names_it(tmp_path):
    result, path = _seeds(tmp_path, TEXT)
    body, comments = _body_and_comments(path)
    part_one = body.split("二、下一步工作计划")[0]
    assert "全市已累计开展各类职业培训14.58万人次" in part_one  # (was cited nowhere: 引用事实 0 条)
    assert "6059" not in body
    assert "第一议题" not in part_one  # (md60b: 西平县's 严格执行“第一议题”制度…思想同心 is off the programme every ask names)
    assert "城镇新增就业6059人" not in comments  # (the ask's comment named 西平县's 就业 figures)
    assert "驻马店人人持证月月评经验介绍" in comments


def test_f2_a_programme_named_in_quotes_is_one_clause_of_the_titles_matter(tmp_path):
    result, path = _seeds(tmp_path, None)
    body, _ = _body_and_comments(path)
    assert "“人人持证。" not in body
    # (part two's lead-in says it whole; its item is now the bureau's 2022 plan on it to confirm, hx68b2)
    assert "下一步我局将继续大力实施“人人持证、技能河南”建设" in body.split("二、下一步工作计划")[1]


def test_f4_zhi_mu_qian_made_absolute_whole_and_the_reporters_word_dropped(tmp_path):
    source = SourceMeta(id="s", path="p", sha256="", kind="news", title="驻马店人人持证月月评经验介绍", date="2022-06-17")
    said = "据悉，至目前，全市已累计开展各类职业培训14.58万人次。"
    dated = absolute_time(said, source, 2022)
    assert dated.text == "据悉，截至2022年6月，全市已累计开展各类职业培训14.58万人次。"  # (was 至截至2022年6月)
    assert unreported(["扎实推进技能河南建设提质增效。据悉，至目前，全市已累计开展各类职业培训14.58万人次。"]) == [
        "扎实推进技能河南建设提质增效。至目前，全市已累计开展各类职业培训14.58万人次。"]
    result, path = _seeds(tmp_path, None)
    body, _ = _body_and_comments(path)
    assert "至截至" not in body and "据悉" not in body
    assert "截至2022年6月，全市已累计开展各类职业培训14.58万人次" in body


PLAN = ("进一步推进“人人持证、技能河南”建设工作落实落细。聚焦质量，把评价取证、持证作为培训实效性的重要标准，在不断提高培训质量的前提下，"
        "加大评价取证力度。")
MARK = "【待核实：2022年计划，是否仍列入2023年】"


def _part_two(body: str) -> str:
    return body.split("二、下一步工作计划")[1].split("再次感谢")[0]


def test_1_the_programmes_plan_offered_to_confirm_from_the_title_alone(tmp_path):
    _, path = _seeds(tmp_path, None)
    body, comments = _body_and_comments(path)
    steps = _part_two(body)
    assert PLAN in steps and MARK in steps and "聚焦效能" in steps
    assert "8月底" not in steps and "23.5万人次" not in steps and "我市将" not in steps  # (a lapsed target; the place's will)
    assert comments.count("原文为“我市将…”，是全市的安排") == 1  # (was said twice: the lead's comment copied to the rest)


def test_1_the_programmes_plan_offered_to_confirm_with_the_text(tmp_path):
    _, path = _seeds(tmp_path, TEXT)
    steps = _part_two(_body_and_comments(path)[0])
    assert "（一）提高思想认识" in steps and "（二）加大宣传力度" in steps
    assert f"（三）{PLAN}" in steps and MARK in steps and "8月底" not in steps


def test_2_a_scene_word_opening_an_item_is_dropped(tmp_path):
    said = "会上，市人社局以《锚定提质增效 聚焦“五个突出” 高质量推进“人人持证、技能河南”建设》为题，介绍了我市技能建设工作所取得的成绩。"
    assert unreported([said]) == [said.removeprefix("会上，")]
    assert unreported(["会议上，我局作交流发言。活动中，发放资料300份。"]) == ["我局作交流发言。活动中，发放资料300份。"]  # (md59d: no subject)
    assert unreported(["会上讨论了方案。"]) == ["会上讨论了方案。"]  # (no scene word alone: its clause is the sentence's)
    held = "6月17日下午，河南省人社系统“人人持证、技能河南”建设“月月评”电视电话会议召开。"
    bureau = "驻马店市人力资源和社会保障局"
    assert without_event_attended([held, said], bureau, "我局") == [said]
    assert without_event_attended([held, "会上，省人社厅领导作了讲话。"], bureau, "我局")[0] == held  # (not the bureau's account)
    own = "6月17日下午，市人社局召开全市技能建设推进会。"  # (the bureau's own meeting: its work)
    assert without_event_attended([own, said], bureau, "我局") == [own, said]
    assert not reports_result(held + said) and reports_result("至目前，全市已累计开展各类职业培训14.58万人次。")
    _, path = _seeds(tmp_path, None)
    body, _ = _body_and_comments(path)
    assert "会上" not in body and "一是我局以《锚定提质增效" in body


def test_bl59_an_unclosed_byline_is_cut_from_the_lede(tmp_path):
    """(bl59) A news byline whose bracket the page never closed (驻马店网讯(记者 姚 晶 通讯员 陈兵6月17日下午,…) is the outlet's
    credit, no words of the lede (it stayed at the head of a 背景 fact and reached the title-only draft)."""
    ws = unit_workspace(tmp_path / "ws", "驻马店市人力资源和社会保障局", "市人社局", "驻马店市", AREAS)
    ff = distil(tmp_path, ws, NEWS, "2022-06-17_驻马店人人持证月月评经验介绍.txt")
    fact = first_saying(ff.facts, "电视电话会议")
    assert fact.text.startswith("6月17日下午，河南省人社系统")
    assert not any("记者" in f.text or "通讯员" in f.text for f in ff.facts)
