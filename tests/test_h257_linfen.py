"""h257: findings of held-out round hd48d (临汾市城市管理局, 山西): a CPPCC party committee's proposal pasted with its form's
header (提案单位：民进临汾委员会), and four seeds — a 2010 news page under a spam site's header, a 2019 results report
(靓城提质“三大行动”), a 2022 reply under its portal's footer labels (承办：临汾市城市管理局), a 2023 inspection notice.
"""

from __future__ import annotations

import docx
import pytest
from helpers import distil_by_cli, first_saying, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.compose.gaps import WORK_GAP_NOTE

# /work/wt/hd48d/suggestion.txt, as the clerk saved it.
SUGGESTION = ("关于靓城提质行动向城乡结合部延伸的建议\n\n提案单位：民进临汾委员会\n\n"
              "建议将我市靓城提质行动向城乡结合部延伸，把城乡结合部的基础设施建设和市容市貌整治纳入靓城提质范围，"
              "推动城乡结合部环境提质改造。\n")
TITLE = "关于靓城提质行动向城乡结合部延伸的建议"
ASK = SUGGESTION.split("\n\n")[2].strip()


@pytest.mark.parametrize("label", ["提案单位", "提案者", "领衔代表", "领衔委员", "建议人", "建议单位", "附议人", "联名委员", "联名代表",
                                   "案由", "类别"])
def test_a_proposals_header_labels_are_no_part_of_its_ask(label):
    """hd48d F1: 提案单位：民进临汾委员会 was read as part of the ask — the gap placeholder asked for «民进临汾委员会、将我市靓城提质
    行动向城乡结合部延伸…方面的工作情况» (提案人： was known). Every label of who proposes or seconds, and the form's 案由/类别,
    heads a line of the form, no ask."""
    [ask] = parse_asks(SUGGESTION.replace("提案单位", label), TITLE)
    assert ask.text == ASK, ask.text
    assert ask.phrase == "靓城提质行动向城乡结合部延伸", ask.phrase
    assert not any("民进" in p or p.startswith("将我市") for p in ask.points), ask.points


def test_the_own_place_taken_by_jiang_opens_no_matter():
    """hd48d F1: a numbered ask opening on 将我市 (把/将 and the own place as the object's opener) headed its section
    «将我市靓城提质行动向城乡结合部延伸»: the matter is the action; 把我县… of a point the same."""
    asks = parse_asks("为此建议：\n一、将我市靓城提质行动向城乡结合部延伸，推动城乡结合部环境提质改造。\n"
                      "二、把全县城乡结合部的基础设施建设纳入靓城提质范围，把我县市容市貌整治纳入考核。\n", TITLE)
    assert [a.phrase for a in asks] == ["靓城提质行动向城乡结合部延伸", "城乡结合部的基础设施建设纳入靓城提质范围"]
    assert asks[1].points == ["市容市貌整治纳入考核"], asks[1].points


# seeds/2019-11-23_靓城提质三大行动分指挥部.txt as the tester saved it (a big5 page read as GBK: its 區(qū) glosses and a quote
# mark's bytes garbled, 處?!叭隆狈种笓]部).
RESULTS_2019 = '臨汾市區(qū)靚城提質(zhì)“三大行動”分指揮部:主動擔當 快速推進\n\n2019-11-23 09:32:39 來源:臨汾新聞網(wǎng)\n\n  臨汾新聞網(wǎng)訊(記者 韓曉芳) 市區(qū)靚城提質(zhì)“三大行動”開展以來,在市委、市政府強有力的領導下,三個分指揮部主動擔當、積極作為,在各市直部門和廣大群眾的支持配合下,各項行動全面鋪開、快速推進,城市環(huán)境明顯改善、品質(zhì)顯著提升。\n\n  截至11月21日,“三拆”分指揮部共拆除違章建筑16處、4328平方米,拆除有礙觀瞻的臨街建筑1處?!叭隆狈种笓]部共拆除廣告牌匾447塊、2.2萬平方米,拆除落地式廣告17塊、893平方米,拆除附著物87處,管線下地共啟動改造10條街道,拆除報廢光纜52根、6800米;拆除報廢架線桿15根、交接箱兩個;整治跨街線路3處;鋪設管道10485.5米,制作檢查井102座;鋪設光纜2200米。“三進”分指揮部共劃設路內(nèi)停車泊位1524個,在建停車場(庫)4座,停車泊位402個,規(guī)范整治路邊洗車場1處。\n\n  通過整治,市區(qū)市容市貌明顯改觀,交通秩序大有好轉,私搭亂建勢頭得到了有效遏制。很多市民由衷感慨:“看著城市一天天變得更美,環(huán)境靚麗、交通有序,更增加了我們對家鄉(xiāng)的熱愛,對美好明天的向往!”\n\n\n     \n\n責任編輯: 吉政\n\n版權聲明:凡臨汾日報、臨汾日報晚報版、臨汾新聞網(wǎng)刊載及發(fā)布的各類稿件,未經(jīng)書面授權,任何媒體、網(wǎng)站或自媒不得轉載發(fā)布。若有違者將依法追究侵權責任。\n'
RESULTS_NAME = "2019-11-23_靓城提质三大行动分指挥部.txt"


def _linfen(tmp_path):
    return unit_workspace(tmp_path / "ws", "临汾市城市管理局", "市城市管理局", "临汾市")


def test_results_counted_to_a_day_of_the_year_are_work_done(tmp_path):
    """hd48d F2: 「截至11月21日，“三拆”分指挥部共拆除违章建筑16处、4328平方米，…划设路内停车泊位1524个」 in the city's own news was
    kind context, a deed read as background. A statement opening on a day (or month) of the year counted to is the place's
    results so far that year, as one opening on 1-11月 is."""
    facts = distil_by_cli(tmp_path, _linfen(tmp_path), RESULTS_2019, RESULTS_NAME)[1]
    results = first_saying(facts, "拆除违章建筑16处")
    assert results.kind == "done", (results.kind, results.text)
    assert results.period.year == 2019, results.period


def test_a_gap_with_old_background_on_its_matter_names_it_as_too_old(tmp_path):
    """hd48d F2: the placeholder's comment said 已收集的材料中没有本单位此方面的工作情况 though the base held the 2019 page on
    靓城提质“三大行动” (its lead paragraph on the matter; its results' paragraph says no 靓城提质 of its own). Background on the
    heading's matter, too old to use, is named as such, as old work is."""
    _, out = seeds_draft(tmp_path, _linfen(tmp_path), {RESULTS_NAME: RESULTS_2019}, "001", TITLE, SUGGESTION,
                         "--deputy", "民进临汾委员会", "--session", "市政协五届二次会议", "--type", "B", "--proposal",
                         "--date", "2023-11-21")
    notes = [c.text for c in docx.Document(str(out)).comments]
    assert not any(n.startswith(WORK_GAP_NOTE[:20]) for n in notes), notes
    [note] = [n for n in notes if n.startswith("“靓城提质行动向城乡结合部延伸”方面")]
    assert "2019年" in note and "靓城提质“三大行动”分指挥部" in note and "距成文年份已4年" in note and "重新起草" not in note, note


# seeds/2010-08-26_市环卫局撤站改善环境卫生.txt as saved: a mirror's spam line over a big5 page read as GBK.
NEWS_2010 = '亚洲AV 秘 一区二区柚木提娜_一级黄色片在线播放_超大乳抖乳露双乳呻吟_朴妮唛捏奶29分钟视频_宇野来菜88AV中出_无码中文无码高清_成人国产精品高清在线观看_亚洲欧美国产日韩天堂在线视_老子午夜伦理不卡一级电影_99视频都是精品热在线播放,日日躁夜夜躁狠狠躁夜夜躁,免费看成人AA片无码视,AV在线亚洲欧洲日产一区二区\n\n市環(huán)衛(wèi)局開展活動改善我市環(huán)境衛(wèi)生\n\n2010-08-26 10:11:00 來源:臨汾新聞網(wǎng)\n\n\n“先后撤除了鼓樓南街,、福利巷,、鼓樓北街、平陽南街,、南外環(huán),、孫臏廟,、塔街等街道暴露垃圾站點26個,撤除鼓樓南街,、建設(shè)路,、洪家樓等沿街擺放的垃圾桶56個,對撤站、撤桶地段居民垃圾全部實行全密封上門收集清運,,改敞篷清運車裝運運壓縮車上門收運,,不落地清運杜絕了沿街暴露垃圾污染問題?!笔协h(huán)衛(wèi)局副局長趙敏生說,,為了徹底解決市民長期以來反映的市區(qū)地坑式垃圾站臭味大、污染大問題,,市環(huán)衛(wèi)局先后撤除市區(qū)地坑式垃圾中轉(zhuǎn)站和街道暴露垃圾點,,采用上門收集、桶裝收集和壓縮轉(zhuǎn)運站收集等多種方式,,既方便了群眾,,又杜絕了垃圾污染,受到廣大群眾的贊譽,。\n當日,,記者分別前往我市部分撤除的垃圾站點進行實地走訪。水塔街四巷街路長劉亞麗說,,剛剛撤除地區(qū)建筑設(shè)計院門前的垃圾站時,,每天三班六個人輪流看守,為的就是制止居民在此丟倒垃圾,。而附近居民也反映,,垃圾點撤除后,巷內(nèi)沒有了異味,,更看不到紙片,、塑料袋亂飛了。隨后記者來到鼓樓北大街孫臏廟巷,,由于那里的部分房屋正在拆建,,垃圾壓縮車根本無法到達,只能設(shè)置一個臨時垃圾點,,之后再由一名環(huán)衛(wèi)工人將垃圾用保潔\n'
NEWS_NAME = "2010-08-26_市环卫局撤站改善环境卫生.txt"
# seeds/2022-10-10_张福星代表建议答复.txt: the city portal's footer labels over and under the reply.
REPLY_2022 = '主办:山西省临汾市人民政府 © 版权所有 2018\n承办:临汾市城市管理局\n晋ICP备05003731号 网站标识码:1410000069\n涉密文件严禁上网\n张福星代表:\n您提出的《关于清除牛皮藓进一步美化县城的建议》已收悉,现就具体情况答复如下:\n根据市委、市政府“双城引领”工作安排部署,为创建省级文明城市奠定基础,我局围绕职能任务,印发了《市区城市环境综合整治百日行动方案》,开展了城市环境综合整治百日行动。同时按照临汾市爱国卫生运动委员会办公室《关于开展省卫生城市质量提升行动的通知》(临爱卫办发〔2022〕2号)文件要求,积极开展了卫生城市提质行动。行动开展以来,对于精品示范街道的小广告要求第一时间发现,第一时间清理,其他街道当天发现并清理。共清理乱贴乱画、大型喷绘广告、橱窗广告、小广告 、喷号、粉刷墙面18406余处。\n自今年开展封号行动以来,对小广告上的通讯号码进行采集,向三大运营商发函,对通讯号码实施停机处理,共采集通讯号码344个,实施停机处理325个,接受处罚后复机182个。对生活类通讯号码消除影响、接受处罚,做出保证后,函告三大运营商安排复机,有效遏制了违法张贴广告行为。\n感谢您对我们工作的关心和支持,以后还请对我们工作继续予以关注和监督。\n谢谢!\n临汾市城市管理局\n2022年10月10日\n主办:山西省临汾市人民政府 © 版权所有 2018\n承办:临汾市城市管理局\n晋ICP备05003731号 网站标识码:1410000069\n涉密文件严禁上网\n'
REPLY_NAME = "2022-10-10_张福星代表建议答复.txt"


def test_a_verb_before_shi_makes_no_place_name():
    """hd48d F3: 市环卫局先后撤除市区地坑式垃圾中转站 gave the page the place 撤除市, no place of the bureau's (a reminder asked
    the clerk to correct it). A verb of removing before 市 (撤除, 破除 of corpus/10's 破除市区一体的障碍) makes no name."""
    from drafter.distill.places import is_place, places_in

    assert not is_place("撤除市") and not is_place("破除市")
    assert not places_in("为了彻底解决市民长期以来反映的市区地坑式垃圾站臭味大、污染大问题，市环卫局先后撤除市区地坑式垃圾中转站")


def test_a_mirrors_spam_line_is_no_fact_and_the_page_is_the_citys(tmp_path):
    """hd48d F3: the 2010 page's first line, a mirror's search words (…_一级黄色片在线播放_…_朴妮唛捏奶29分钟视频_…,日日躁…), was
    stored as a fact with 29分钟 counting 视频; the page's place was 撤除市. Phrases parted by underscores and commas, no sentence's
    mark among them, are a mirror's clutter, whatever their words; the page (改善我市环境卫生, 市环卫局) is 临汾市's."""
    result, facts, source = distil_by_cli(tmp_path, _linfen(tmp_path), NEWS_2010, NEWS_NAME)
    assert not any("在线播放" in f.text or "视频" in f.text for f in facts), [f.text[:40] for f in facts]
    assert source.jurisdiction == "临汾市", source.jurisdiction
    assert "撤除市" not in result.output


def test_a_portal_footer_label_is_no_title(tmp_path):
    """hd48d F3: the 2022 reply's title was 承办：临汾市城市管理局, the portal's footer line (主办：…人民政府 / 承办：…) over the
    reply. A site's 主办/承办/协办 label heads a field, no title; a reply printing none is named by the item it answers (您提出的
    《关于清除牛皮藓进一步美化县城的建议》已收悉), not by its file's name."""
    from drafter.distill.structure import is_meta_line

    assert is_meta_line("承办：临汾市城市管理局") and is_meta_line("主办：山西省临汾市人民政府")
    source = distil_by_cli(tmp_path, _linfen(tmp_path), REPLY_2022, REPLY_NAME)[2]
    assert source.title == "对《关于清除牛皮藓进一步美化县城的建议》的答复", source.title
    assert source.suggestion_title == "关于清除牛皮藓进一步美化县城的建议"


def _counts(sentence: str) -> dict[str, str | None]:
    from drafter.distill.figures import find_figures, normalise

    norm = normalise(sentence)
    return {f.raw: f.counts for f in find_figures(norm, norm)}


def test_a_count_after_a_list_counts_the_whole_list():
    """hd48d F3: the 2022 reply's 「共清理乱贴乱画、大型喷绘广告、橱窗广告、小广告、喷号、粉刷墙面18406余处」 counted 粉刷墙面 alone (大型喷绘广告,
    six characters, broke the list of short nouns): the figure after a list counts its items, said by its first ones and 等
    where all do not fit."""
    counts = _counts("共清理乱贴乱画、大型喷绘广告、橱窗广告、小广告、喷号、粉刷墙面18406余处。")["18406余处"]
    assert counts.startswith("清理乱贴乱画、大型喷绘广告") and counts.endswith("等"), counts
    # (the seeds' own: 新增高新技术企业、科技小巨人领军企业100家以上 counted 科技小巨人领军企业 alone; the whole list added, h307)
    assert _counts("新增高新技术企业、科技小巨人领军企业100家以上")["100家以上"] == "新增高新技术企业、科技小巨人领军企业"


def test_a_size_listed_after_a_count_measures_the_same_things():
    """hd48d F3: 「拆除报废光缆52根、6800米」 lost 52根 (根 no measure word) and 6800米 counted nothing; so did 4328平方米 of
    共拆除违章建筑16处、4328平方米 and 2.2万平方米 of 共拆除广告牌匾447块、2.2万平方米. A size listed right after a count is the size
    of the things counted: their length, their area."""
    counts = _counts("截至11月21日，“三拆”分指挥部共拆除违章建筑16处、4328平方米，拆除有碍观瞻的临街建筑1处。"
                     "“三乱”分指挥部共拆除广告牌匾447块、2.2万平方米，拆除落地式广告17块、893平方米，拆除附着物87处，"
                     "管线下地共启动改造10条街道，拆除报废光缆52根、6800米；拆除报废架线杆15根、交接箱两个。")
    assert counts["52根"] == counts["6800米"] == "拆除报废光缆", counts
    assert counts["4328平方米"] == counts["16处"] == "拆除违章建筑", counts
    assert counts["2.2万平方米"] == "拆除广告牌匾" and counts["15根"] == "拆除报废架线杆", counts
    assert "3根" not in _counts("按照3根据规定办理。")


# seeds/2023-10-07_净城行动检查通报.txt: an inspection notice, each failing its item's line, the units at fault under it.
NOTICE_2023 = '臨汾新聞網(wǎng)訊 為改善我市大氣環(huán)境質(zhì)量,提升城市品質(zhì),市政府決定在市區及周邊區域開(kāi)展“凈城行動(dòng)”,各相關(guān)縣市區和市直有關(guān)單位對所轄道路、工地、裸地、車(chē)輛等開(kāi)展揚塵整治。根據每周進(jìn)行一次公開(kāi)通報要求,現將9月30日—10月6日檢查發(fā)現問(wèn)題通報如下:\n一是道路保潔不到位。\n堯都區負責的二中路、華康路、陽(yáng)光街等道路部分路段;\n市城市管理局負責的福利巷、濱河東路、常興中街等道路部分路段。\n經(jīng)調度后,全部整改完成。\n二是裸地整治不到位。\n臨汾開(kāi)發(fā)區負責的平陽(yáng)北街(河汾一路跨鐵路橋以北100米)道路西側裸地、濱河辦事處南焦堡村道路兩側裸地。\n經(jīng)調度后全部整改完成。\n臨汾市大氣污染防治行動(dòng)指揮部辦公室\n2023年10月7日\n責任編輯:暢任杰\n'
NOTICE_NAME = "2023-10-07_净城行动检查通报.txt"


def test_the_lines_under_a_bare_item_keep_it_as_their_heading(tmp_path):
    """hd48d F3: 「市城市管理局负责的福利巷、滨河东路、常兴中街等道路部分路段。」 was stored cut from its item 一是道路保洁不到位。 (a
    criticism of the bureau read as a list of its roads), and 经调度后，全部整改完成。 alone. A first item that is its paragraph
    whole, one short sentence, heads the paragraphs after it up to the next item."""
    facts = distil_by_cli(tmp_path, _linfen(tmp_path), NOTICE_2023, NOTICE_NAME)[1]
    roads = first_saying(facts, "市城市管理局负责的福利巷")
    assert roads.section[-1:] == ["一是道路保洁不到位"], roads.section
    done = [f for f in facts if f.text.startswith("经调度后")]
    assert [f.section[-1:] for f in done] == [["一是道路保洁不到位"], ["二是裸地整治不到位"]], [f.section for f in done]
