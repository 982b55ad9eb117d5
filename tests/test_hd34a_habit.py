"""hd34a: 镇康县农业农村局's replies, real lines of their pages — the handling paragraph its part tells after who led the
item, the parts after that part, the closing its replies share (a garbled one giving no words), and a person named before a title."""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import ZHENKANG_0019_TEXT, distil_pages, unit_workspace

from drafter.cli import cli
from drafter.compose.form import closings
from drafter.compose.handling import closing_spans
from drafter.distill.places import places_in
from drafter.docx.read import read_draft
from drafter.model import REPLY, SourceMeta

# 镇康县农业农村局's reply to 第0019号建议 (ynzk.gov.cn), as the page was saved: undated, cut off in its part 二、.
ZHENKANG_0019 = "https://ynzk.gov.cn/zfxxgk_zkx/artview/333/339929.html\n\n" + ZHENKANG_0019_TEXT
# …its reply to 政协 proposal 34 (2021), as the page printed it: paragraphs under no heading, thanks and the 征询意见表 closing.
ZHENKANG_34 = """https://www.ynzk.gov.cn/info/1090/5344.htm

镇康县农业农村局关于对镇康县政协第十一届委员会第五次会议第34号提案的答复函 |
来源: 作者:镇康县农业局 时间:2021-08-25 点击率:【 打印 】【 关闭 】 |
|
罗捧军等委员: 你们在政协镇康县第十一届委员会第五次会议期间提出“关于请求帮助解决南伞镇道水村丙亩坝水渠建设的提案”,已交由我局办理。现将办理情况答复如下: 实施沟渠修建,对于提高农业生产水平,促进群众增产增收具有重要意义。据你们提出,道水村丙亩坝的水利基础已年久失修,许多老一辈建造下的人工沟渠已消磨殆尽,使得丙亩坝失去赖以生存的水利条件,只能种植对水依赖性不强的单一作物或是荒废,严重影响农田灌溉,制约村民生产种植及收成。由于机构改革,发改、国土、水务、农业综合开发等许多合并的职能还没有完全理顺,国家和省级暂无小型农田水利建设专项资金补助,加之要继续巩固脱贫攻坚成果,扶贫政策还将延续几年,县级财政筹措资金依然困难,投入基础设施项目资金十分有限。我局已将该沟渠作为小型农田水利建设项目储备,在农业农村“十四五”规划和农业补短板项目中进行细化,积极向上级争取项目,待上级下达资金后优先安排实施。 感谢你们对农业农村工作的支持,对以上办理有何意见,请填入“征询意见表”向政协提案工作委员会反馈。 镇康县农业农村局 2021年7月2日 |
【关闭窗口】 |
"""
# …its reply to 杨强 (2020), from a mirror in traditional characters, pinyin notes and all, as saved.
ZHENKANG_YANG = """https://qrrfcrh.cn/zfxxgk_zkx/artview/333/217210.html

楊 強(qiáng)代表:
你在鎮(zhèn)康縣第十七屆人民代表大會第四次會議期間提出“關(guān)于幫助修復(fù)南傘鎮(zhèn)熱水河村蘆稿壩大溝溝渠的建議”,已交由我局辦理。現(xiàn)將辦理情況答復(fù)如下:
一直以來,縣委、縣政府高度重視農(nóng)業(yè)工作,將農(nóng)業(yè)生產(chǎn)和保障糧食安全作為全縣工作的重中之重,劃定了耕地紅線,保證農(nóng)業(yè)生產(chǎn)的根基。據(jù)您建議,熱水河村蘆稿壩大溝溝渠全長4公里,輻射農(nóng)田150畝,由于管護(hù)不善,年久失修,現(xiàn)已無法正常通水,影響農(nóng)田灌溉,制約蘆稿壩村民生產(chǎn)種植及種植產(chǎn)量。經(jīng)查看,原來建設(shè)工程年限較長,工程質(zhì)量不高,溝底滲水嚴(yán)重的問題。為提高農(nóng)業(yè)綜合生產(chǎn)能力,確保糧食安全,要保證正常灌溉,需要進(jìn)行重建。
通過認(rèn)真研究后,已將建議工程建設(shè)納入我局農(nóng)田建設(shè)補(bǔ)短板項(xiàng)目計(jì)劃,列入縣“十四五”規(guī)劃。下步工作中,我局將積極向上級匯報(bào),扎實(shí)做好項(xiàng)目前期論證工作,積極組織項(xiàng)目申報(bào),爭取上級給予對我縣的農(nóng)田建設(shè)項(xiàng)目和資金支持,加強(qiáng)和改善農(nóng)業(yè)基礎(chǔ)設(shè)施。
感謝您對農(nóng)業(yè)農(nóng)村工作的支持,對以上辦理有何意見,請?zhí)钊搿罢髟円庖姳怼毕蛉舜筮x舉聯(lián)絡(luò)工作委員會反饋。
鎮(zhèn)康縣農(nóng)業(yè)農(nóng)村局
2020年8月15日
"""
# The held-out suggestion (hd34a suggestion.txt, from the real reply 第0038号's own words).
ROAD = """关于硬化勐捧镇南梳坝村老出水自然村产业道路的建议

领衔代表：杨文强等3名代表

勐捧镇南梳坝村老出水自然村耕地资源集中，农业种植是当地村民主要收入来源，其中小麦、玉米作为传统优势作物，在村域农业经济中占据重要地位。

建议：硬化勐捧镇南梳坝村老出水自然村产业道路。
"""
PAGES = {"镇康县农业农村局_2025_第0019号建议答复.txt": ZHENKANG_0019, "镇康县农业农村局_2021_第34号提案答复.txt": ZHENKANG_34,
         "鎮康縣農業農村局_2020_楊強代表建議答復.txt": ZHENKANG_YANG}


def _zhenkang(tmp_path, pages: dict[str, str]):
    ws = unit_workspace(tmp_path / "ws", "镇康县农业农村局", "县农业农村局", "镇康县", "南伞镇, 勐捧镇")
    return distil_pages(ws, pages)


def _road(root):
    out = root / "drafts" / "0038.docx"
    (root / "suggestion.txt").write_text(ROAD, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", "0038", "关于硬化勐捧镇南梳坝村老出水自然村产业道路的建议",
                                      "--deputy", "杨文强等3名代表", "--session", "镇康县第十八届人民代表大会第四次会议",
                                      "--type", "B", "--date", "2025-12-16", "--text", str(root / "suggestion.txt"),
                                      "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    return out, result.output


def _paragraphs(path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def test_the_handling_paragraph_after_who_led_the_item_is_offered(tmp_path):
    """The part 一、办理工作开展情况 of the 0019 reply names who led the item, then the county head's meeting, then 镇康县农业
    农村局高度重视，召开党组会议专题研究…提出三点办理要求 — which the held-out 0038 repeats word for word; only the part's first
    paragraph was read, so the draft left the part a placeholder (hd34a F1). The part's first paragraph saying how the item
    was handled is offered, from its handling sentence on, the bureau 我局, that year's persons and office left to fill."""
    out, _ = _road(_zhenkang(tmp_path, {"镇康县农业农村局_2025_第0019号建议答复.txt": ZHENKANG_0019}))
    paragraphs = _paragraphs(out)
    at = paragraphs.index("一、办理工作开展情况")
    said = paragraphs[at + 1]
    assert said.startswith("我局高度重视，召开党组会议专题研究人大代表建议办理工作，提出三点办理要求：一是实学。"), said
    assert "三是实效。要求与人大代表面对面协商" in said and said.endswith("负责办理此建议，全流程开展面商、办理、答复等工作。"), said
    assert "张汉愿" not in said and "农业农村股" not in said and "黎旭" not in said, said


def test_the_handling_paragraph_s_asks_stand_in_no_item_and_its_note_names_its_part(tmp_path):
    """The handling paragraph 提出三点办理要求：一是实学。…三是实效。要求…渠道。明确由【待补充】牵头… had its placeholders
    listed by ``drafter requests`` under 「三是实效」, a sentence past that item's taken as in it, and its comment said the
    reply told its handling 在答复正文之前 where it sat under 一、办理工作开展情况 (hd34a). The last item of a run runs as many
    sentences as the longest before it; the note names the part the reply told it in."""
    root = _zhenkang(tmp_path, {"镇康县农业农村局_2025_第0019号建议答复.txt": ZHENKANG_0019})
    out, _ = _road(root)
    notes = [n.text for p in read_draft(out) for n in p.notes if "写明办理过程" in n.text]
    assert notes and all("在“办理工作开展情况”一节写明办理过程" in n for n in notes), notes
    result = CliRunner().invoke(cli, ["-w", str(root), "requests", str(out)])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "一、办理工作开展情况" in line]
    assert lines and not any("是实" in line for line in lines), result.output


def test_after_a_handling_part_the_answer_is_a_part_of_its_own(tmp_path):
    """The draft on one site of a bureau writing plain opened on 一、办理工作开展情况 and had no 二、: the answer to the ask and
    the plan stood under the handling part's heading (hd34a F2). After a handling part the answer is in parts of its own,
    numbered on, the plan last."""
    out, _ = _road(_zhenkang(tmp_path, PAGES))
    paragraphs = _paragraphs(out)
    headings = [p for p in paragraphs if p[:2] in ("一、", "二、", "三、", "四、", "五、")]
    assert headings[0] == "一、办理工作开展情况" and len(headings) >= 3, headings
    assert [h[0] for h in headings] == list("一二三四五")[:len(headings)] and headings[-1].endswith("下一步工作计划"), headings
    asked = next(p for p in paragraphs if p.startswith("关于你们所提硬化"))
    assert paragraphs.index(headings[1]) < paragraphs.index(asked), paragraphs


def test_a_person_before_a_title_is_no_place(tmp_path):
    """2025年5月13日，黎旭副县长组织召开专题会议… was filed as 黎旭副县's, another place's (external), the county's own handling
    with it (hd34a F4): a name before a level's head (副县长; 县长 doing something) is a person's, never a place; a place
    before 长 that starts a name of its own (宜昌市长江大桥, 重庆市长寿区) stays one."""
    root = _zhenkang(tmp_path, {"镇康县农业农村局_2025_第0019号建议答复.txt": ZHENKANG_0019})
    said = next((root / "facts").glob("*0019*.yaml")).read_text("utf-8")
    assert "黎旭" in said and "副县" not in said.replace("副县长", "") and "external: true" not in said, said
    assert places_in("2025年12月5日，黎旭副县长再次组织召开专题会议") == [] and places_in("孟晓斌县长主持会议") == []
    assert [p for _, _, p in places_in("重庆市长寿区宜昌市长江大桥")] == ["重庆市", "长寿区", "宜昌市"]


def test_a_closing_the_bureaus_replies_share_is_its_closing(tmp_path):
    """All of 镇康's complete replies end 感谢您/你们对农业农村工作的支持，对以上办理有何意见，请填入“征询意见表”向…委员会反馈; the
    draft wrote the default 感谢你们对我局工作的理解和支持… while its reminder said it followed those replies (hd34a F3). A
    closing two of the bureau's own replies share, up to their reader and names, is the draft's: the fullest, said to this
    reader, highlighted under a comment naming its reply, the reminder saying so; one reply's closing is no habit."""
    out, said = _road(_zhenkang(tmp_path, PAGES))
    closing = docx.Document(str(out)).paragraphs
    text = next(p.text for p in closing if p.text.startswith("感谢"))
    # (learned of a 提案's reply, its 政协提案工作委员会 is no committee a 建议's reader reports to: left to fill)
    assert text == "感谢你们对农业农村工作的支持，对以上办理有何意见，请填入“征询意见表”向【待补充：反馈意见的委员会】反馈。", text
    read = next(p for p in read_draft(out) if p.text == text)
    assert "".join(h.text for h in read.highlights) == text
    assert any("第34号提案的答复函" in n and "结束语" in n for n in read.comments), read.comments
    assert "的写法和措辞，结束语只致谢" in said, said


def test_one_replys_closing_is_no_habit(tmp_path):
    """With one reply closing so (the 2021 one; the 0019 page cut before its end), the closing is the draft's own."""
    out, _ = _road(_zhenkang(tmp_path, {k: v for k, v in PAGES.items() if "楊強" not in k}))
    closing = [p.text for p in docx.Document(str(out)).paragraphs if p.text.startswith("感谢")]
    assert closing and "征询意见表" not in closing[0] and "我局工作" in closing[0], closing


def test_a_garbled_closing_bears_witness_but_gives_no_words():
    """The mirror's 2020 closings lost characters (请?zhí)钊搿罢髟円庖姳怼毕蛉舜…): alike to the 2021 one up to them, they
    make its words the habit, never their own."""
    def reply(id_: str, thanks: str) -> SourceMeta:
        return SourceMeta(id=id_, path="", sha256="", kind=REPLY, thanks=thanks)
    garbled = reply("2020", "感谢您对农业农村工作的支持，对以上办理有何意见，请?zhí)钊搿罢髟円庖姳怼毕蛉舜筮x舉聯(lián)絡(luò)工作委员会反馈。")
    clean = reply("2021", "感谢你们对农业农村工作的支持，对以上办理有何意见，请填入“征询意见表”向政协提案工作委员会反馈。")
    assert closings([garbled, clean])[False] is clean and closings([garbled, garbled])[False] is None
    assert closings([clean, reply("2019", "感谢你们对我局工作的支持。")])[False] is None


def test_a_closing_is_learned_of_replies_to_the_same_kind_of_item_first():
    """Of closings the bureau's replies share, a suggestion's draft takes the one of a reply to a suggestion (its 人大
    committee), a proposal's draft a proposal's (its 政协 committee); where only the other kind's closing is learned, its
    committee is left to fill (hd34a: 0038, a 建议, was told to report to 政协提案工作委员会)."""
    def reply(id_: str, thanks: str, proposal: bool) -> SourceMeta:
        return SourceMeta(id=id_, path="", sha256="", kind=REPLY, thanks=thanks, proposal=proposal)
    said = "感谢你们对农业农村工作的支持，对以上办理有何意见，请填入“征询意见表”向{}反馈。"
    proposals = [reply("2021", said.format("政协提案工作委员会"), True), reply("2022", said.format("县政协提案委员会"), True)]
    suggestion = reply("2020", said.format("人大选举联络工作委员会"), False)
    assert closings([*proposals, suggestion])[False] is suggestion
    assert closings([*proposals, suggestion])[True] is proposals[0]
    assert closings(proposals)[False] is proposals[0]
    text = "".join(s.text for s in closing_spans(proposals[0].thanks, "您", "2021", True))
    assert text == said.replace("你们", "您").format("【待补充：反馈意见的委员会】"), text
    assert "".join(s.text for s in closing_spans(suggestion.thanks, "您", "2020", False)) == said.replace("你们", "您").format(
        "【待补充：反馈意见的委员会】")
    assert "".join(s.text for s in closing_spans(suggestion.thanks, "您", "2020")) == said.replace("你们", "您").format(
        "人大选举联络工作委员会")


def test_closings_are_compared_with_those_opening_on_the_same_thanks_alone(monkeypatch):
    """Of many own replies (10,000 facts' worth in bench_draft), each closing is compared with those opening on the same
    thanks, once for both kinds of item (a closing opening otherwise is never alike: :func:`~drafter.compose.form._alike`):
    every pair of replies compared twice made the habit quadratic in them. What is learned is the same."""
    from drafter.compose import form

    def reply(id_: str, thanks: str, proposal: bool = False) -> SourceMeta:
        return SourceMeta(id=id_, path="", sha256="", kind=REPLY, thanks=thanks, proposal=proposal)
    said = "感谢你们对农业农村工作的支持，对以上办理有何意见，请填入“征询意见表”向{}反馈。"
    replies = [reply("2021", said.format("政协提案工作委员会"), True), reply("2020", said.format("人大选举联络工作委员会")),
               *(reply(f"19{n:02}", f"感谢您对{chr(0x6C34 + n)}利工作的关心。") for n in range(40))]  # (水利, 氵利…: each its own)
    compared = []
    alike = form._alike
    monkeypatch.setattr(form, "_alike", lambda a, b: compared.append((a, b)) or alike(a, b))
    assert form.closings(replies) == (replies[1], replies[0])
    assert len(compared) == 2  # the two closings opening on 感谢你们对农业农村工作的支持, each once
