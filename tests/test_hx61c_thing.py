"""hx61c: findings of the held-out tests hd61b (霞浦县农业农村局, 第186号建议 关于加大扶持茶产业发展力度的建议: E1–E3) and hd61a
(大理州卫生健康委员会, 第12号提案 关于重视社区卫生服务人才建设的提案: C2), each on its seeds' and suggestion's real lines.

E1. The thing an ask names is what it is asked for, never the means helping it nor a manner or rank before its verb:
    加大财政对茶产业的扶持力度 names 茶产业 (its 财政 found the county's 公共财政总收入 as work near it), 高度重视茶叶质量安全 names
    茶叶质量安全, 重点扶持茶叶龙头企业 names 茶叶龙头企业.
E2. An old-material comment quotes a sentence saying the ask's thing, not one sharing the field every fact says (the 2017
    茶园面积10.5万亩 sentence under 恢复县茶产业发展中心的机构规格, for its 全县茶园's 县茶, the place run into the field): else it quotes none and says so.
E3. Background within max_age is said as background, never "距成文年份已N年，未写入" (which is for material too old).
C2. A fact sharing with an ask only words of its field and bigrams across two words (务人 of 医务人员 and of 服务人才; 重视 of
    要充分重视医疗机构的作用) is not on it.
"""

from __future__ import annotations

import docx
from helpers import comments_on, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.compose.select import GENERIC, ask_words, matter_phrase, on_ask, prime_asks, thing_named
from drafter.compose.sentences import bigrams
from drafter.facts.index import FactIndex
from drafter.model import Fact, Period

# hd61b's suggestion.txt (restated from the real reply's wording).
TEA_TEXT = '关于加大扶持茶产业发展力度的建议\n\n茶产业是我县传统农业支柱产业。2020年机构改革后,县茶业管理局被撤销,县茶业技术推广站变更为茶产业发展中心并入县农业农村局,茶产业管理力量有所弱化。为推动我县茶产业振兴,建议:\n一、恢复县茶产业发展中心的机构规格,加强茶产业管理和技术推广力量。\n二、加大财政对茶产业的扶持力度,设立茶产业发展专项资金,重点扶持茶叶龙头企业,帮助茶企解决融资难问题。\n三、高度重视茶叶质量安全,加强宣传教育,禁止茶园使用禁限用农药,推广绿色防控技术,加强茶叶农药残留检测监管。\n'
TEA_TITLE = "关于加大扶持茶产业发展力度的建议"
# hd61b's seeds: the 2018 article's title and first paragraphs (as published, in traditional characters); the 2019
# government report's opening, to its 公共财政总收入 sentence (as reposted, with the reposting site's 7rw clutter).
TEA_2018 = '霞浦縣推進綠色發展質量興茶對策之淺見\n\n2018-01-19 04:44:40鐘新菊\n福建茶葉 2018年12期\n關鍵詞:綠色質量發展\n\n鐘新菊\n\n(霞浦縣茶技站福建霞浦 355100)\n\n茶業是霞浦縣傳統的農業支柱產業,霞浦產茶歷史悠久,是福建省20個重點產業縣之一,全省綠茶主產區。全縣涉茶人口達13萬余人,占全縣總人口的四分之一。近年來,縣委、縣政府高度重視茶產業工作,在上級有關部門的大力支持和關心下,2017年全縣茶園面積10.5萬畝,完成毛茶產量8206噸,產值4.6億元,為實施鄉村振興戰略,加快轉變茶產業發展方式,全面推進綠色發展,實現質量興茶,品牌強茶,努力實現到2022年茶產業產值超8億元的目標,筆者提出膚淺之對策,以期拋磚引鈺,共同提升茶產業綠色發展水平。\n\n1 發展方向\n\n立足資源優勢,依靠科技創新,以品種結構調整和生態方式轉變為基礎,以提升產品質量和打造公共品牌為主導,以發展精深加工為重點,加速規?;?、標準化、產業化進程,把茶產業提升成為一個完整的、具有競爭優勢的富農增收產業集群,推動霞茶產業全面健康綠色發展。\n'
REPORT_2019 = '(福建省)2020年霞浦县人民政府工作报告(全文)\n公文搜 2021-07-27 17:49:24 政府报告\n(福建省)2020年霞浦县人民政府工作报告(全文) 政府工作报告7rw ――2019年12月29日在霞浦县第十七届人民代表大会第四次会议上7rw 霞浦县人民政府代\n(福建省)2020年霞浦县人民政府工作报告(全文)\n政府工作报告7rw\n――2019年12月29日在霞浦县第十七届人民代表大会第四次会议上7rw\n霞浦县人民政府代县长 陈贵裕7rw\n各位代表:7rw\n现在,我代表霞浦县人民政府向大会报告政府工作,请予审议,并请各位政协委员\n和列席人员提出意见。7rw\n一、2019年工作回顾7rw\n即将过去的一年,是霞浦坚持高质量发展落实赶超、决胜全面建成小康社会的重要\n一年。一年来,我们坚持以新时代中国特色社会主义思想为指导,学习贯彻党的\n十九大和十九届二中、三中、四中全会精神,认真落实重要讲话重要指示\n批示精神,在市委、市政府和县委的坚强领导下,在县人大和县政协的监督支持下,团\n结依靠全县人民,充分调动和凝聚一切积极因素,攻坚克难、砥砺奋进,较好完成了县\n十七届人大三次会议确定的目标任务。预计全年地区生产总值增长8.3%;固定资产投资(\n不含农户)增长20%;公共财政总收入12.77亿元,下降2.4%,地方公共财政收入8.58亿元\n,下降4.3%;城镇居民人均可支配收入35504元、增长8.7%,农村居民人均可支配收入17\n772元、增长8.5%。7rw\n'
SEEDS = {"2018-01-19_霞浦县推进绿色发展质量兴茶对策.txt": TEA_2018, "2019-12-29_2020年霞浦县政府工作报告.txt": REPORT_2019}
QUOTED_2017 = "2017年全县茶园面积10.5万亩"
OFFICE = "【待补充：恢复县茶产业发展中心的机构规格"


def _tea_draft(root, max_age: int | None = None):
    root.mkdir(exist_ok=True)
    ws = unit_workspace(root / "ws", "霞浦县农业农村局", "县农业农村局", "霞浦县", "松城街道, 长春镇, 水门畲族乡")
    if max_age:
        yaml = ws.root / "drafter.yaml"
        yaml.write_text(yaml.read_text("utf-8") + f"draft:\n  max_age: {max_age}\n", "utf-8")
    _, out = seeds_draft(root, ws, SEEDS, "186", TEA_TITLE, TEA_TEXT, "--deputy", "林岩银", "--type", "A",
                         "--date", "2022-12-28")
    return out


def test_e1_the_thing_an_ask_names_is_past_its_means_manner_and_rank():
    assert thing_named("加大财政对茶产业的扶持力度") == "茶产业的扶持力度"  # (was 财政对茶产业的扶持力度)
    assert thing_named("高度重视茶叶质量安全") == "茶叶质量安全"  # (was itself: 高度 its opening word)
    assert thing_named("重点扶持茶叶龙头企业") == "茶叶龙头企业"
    assert thing_named("帮助茶企解决融资难问题").startswith("茶企")
    assert thing_named("加强与武汉对接的产业") == "与武汉对接的产业"  # (对接 is no 对 of a means)


def test_e1_e2_gap_comments_offer_no_means_sentence_and_quote_only_the_asks_thing(tmp_path):
    out = _tea_draft(tmp_path)
    funds = " ".join(comments_on(out, "【待补充：加大财政对茶产业的扶持力度"))
    assert "公共财政总收入" not in funds and "地区生产总值" not in funds, funds
    office, = comments_on(out, OFFICE)
    assert "2017" in office and QUOTED_2017 not in office and "其中没有此项的具体内容" in office, office
    # (beyond max_age 3: too old, as it was; 2017's alone since hx66c1 — 2018's 推动霞茶产业全面健康绿色发展 shares with
    # 茶产业发展中心 no word beyond 茶产业 once 发展 is a verb of no matter, SHAPING_VERBS)
    assert "距成文年份已5年，未写入" in office and "2018" not in office, office


def test_e3_background_within_max_age_is_said_as_background_not_too_old(tmp_path):
    office, = comments_on(_tea_draft(tmp_path, max_age=6), OFFICE)
    assert "记为背景材料" in office and "距成文年份已" not in office, office


# hd61a's suggestion.txt and the 2020-05-27 news page to its speaker's paragraph (大理市政协委员报到).
HEALTH_TEXT = '关于重视社区卫生服务人才建设的提案\n\n提案人:张金勇、赵茂盛委员\n\n（提案原文未公开，以下据州卫生健康委员会答复的措辞重述其所提事项）\n\n社区卫生服务机构由社区卫生服务中心和社区卫生服务站组成，是为社区群众提供基本卫生和诊疗服务的网底。当前我州社区卫生服务人才不足、能力偏弱。为此建议：\n一、重视社区卫生服务人才建设，加强对基层、社区卫生工作人员的培养，提升其服务能力；\n二、充实社区卫生服务中心、服务站的人员力量，稳定社区卫生人才队伍。\n'
HEALTH_TITLE = "关于重视社区卫生服务人才建设的提案"
NEWS_2020 = '市政协九届四次会议于5月27日至29日在下关召开。5月26日上午,来自全市各行各业的政协委员肩负全市人民的重托,带着认真履职的责任和参政议政的热情,陆续前来向大会报到,积极建言献策、服务发展。\n记者在报到现场看到,会前各项准备工作井井有条,市政协委员在有序领取代表证及相关会议资料。有的委员办完报到手续开始专心阅读手中的会议资料,有的委员则围绕准备提交大会的提案展开讨论,现场气氛十分热烈。\n在现场,市政协委员张建波告诉记者,这次他带来了3个提案,其中2个关于新冠肺炎疫情防控工作,另一个与关爱一线医务人员有关。张建波说:“我作为大理州援鄂医疗的副队长出征武汉,积累了丰富的防控经验。我市作为一个旅游城市如何采取常态化的防控方式,在综合医院‘平战结合’的理念非常重要。平时可为普通群众提供医疗卫生服务,疫情期间可快速成为战疫收治医院。通过这次疫情的考验,加强我市辖区医院感染科、感染科门诊建设尤为重要,要充分重视医疗机构的作用,我还提案建议落实省政府办公厅印发的关于切实保护关心爱护一线医务人员的十二条措施。”\n'
SPEAKER = '在现场,市政协委员张建波告诉记者,这次他带来了3个提案,其中2个关于新冠肺炎疫情防控工作,另一个与关爱一线医务人员有关。张建波说:“我作为大理州援鄂医疗的副队长出征武汉,积累了丰富的防控经验。我市作为一个旅游城市如何采取常态化的防控方式,在综合医院‘平战结合’的理念非常重要。平时可为普通群众提供医疗卫生服务,疫情期间可快速成为战疫收治医院。通过这次疫情的考验,加强我市辖区医院感染科、感染科门诊建设尤为重要,要充分重视医疗机构的作用,我还提案建议落实省政府办公厅印发的关于切实保护关心爱护一线医务人员的十二条措施。”'


def _health_ws(tmp_path):
    return unit_workspace(tmp_path / "ws", "大理白族自治州卫生健康委员会", "州卫生健康委", "大理州", "大理市, 祥云县")


def test_c2_a_fact_sharing_only_field_words_and_seams_is_not_on_the_ask(tmp_path):
    ws = _health_ws(tmp_path)
    index = FactIndex.load(ws)
    asks = parse_asks(HEALTH_TEXT, HEALTH_TITLE)
    for ask in asks:  # (as the draft sets them)
        ask.titled = frozenset(bigrams(matter_phrase(HEALTH_TITLE)) - GENERIC)
    words = ask_words(asks, ws, index)
    prime_asks(asks, index, ws)
    fact = Fact(id="f1", text=SPEAKER, kind="done", period=Period(2020, "document date"), jurisdiction="大理市",
                source_id="news")
    assert asks[0].phrase == "重视社区卫生服务人才建设"
    assert not on_ask(fact, asks[0], words[0])  # (said 务人, 重视, 人员, 卫生: as many words as an answer's)
    assert "重视" not in words[0]


def test_c2_the_draft_cites_no_such_fact(tmp_path):
    _, out = seeds_draft(tmp_path, _health_ws(tmp_path), {"2020-05-27_大理市政协委员报到.txt": NEWS_2020}, "12", HEALTH_TITLE,
                         HEALTH_TEXT, "--deputy", "张金勇", "--proposal", "--type", "B", "--date", "2022-02-14")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "医务人员" not in text and "【待补充：重视社区卫生服务人才建设" in text, text
