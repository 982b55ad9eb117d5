"""h314: findings of the held-out test hd57b (榆林市文化和旅游局, reply 榆政文旅函〔2022〕91号 to 张凌云's 第12号 议案 on a
边塞文化旅游走廊 along the 长城), each on its seeds' and suggestion's real lines.

1. The matter every ask says is the suggestion's subject though the title does not say it (长城, the title being
   关于建设榆林边塞文化旅游走廊的议案): a fact on an ask says it or the title's matter beyond the bureau's field — the 136号 reply's
   经过近年来的精心打造，陕北民歌已逐渐成为榆林文化节庆品牌的又一大亮点。 (打造, 品牌, 文化, 旅游) was drafted under
   打造榆林长城边塞文化旅游品牌.
2. Key words glue no verb of seizing (抓住) nor the bureau's own place (榆林) onto the matter: 抓住长城, 榆林长城 were keys.
3. A placeholder whose material is background alone names the bureau's work near it too: 抓住长城国家文化公园建设机遇's
   comment named the 陕北民歌 reply, never the bureau's 2019 work on 长城.
"""

from __future__ import annotations

import docx
from helpers import YULIN_REPLY_67, comments_on, sections, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.compose.select import GENERIC, ask_words, matter_phrase, on_ask, prime_asks, thing_words
from drafter.compose.sentences import bigrams
from drafter.facts.index import FactIndex

# seeds/2020-10-29_市政协四届五次会议第136号建议的复函.txt of hd57b (the bureau's reply on 陕北民歌公园): from its title to the end of its first
# paragraph, the site's chrome left out.
REPLY_136 = """关于市政协四届五次会议第136号建议的复函

来源:榆林市文化和旅游局  发布日期:2020-10-29 17:40:26  点击量:3367

 类别:B

签发人:刘仲平

吕政轩代表:

您提出的《关于建设“陕北民歌公园”的建议》(第136号)收悉。现答复如下:

陕北民歌是榆林黄土文化的特色和精粹,是不断创新发展的源泉。近年来,市委、市政府高度重视陕北民歌的传承发展,先后成功举办了六届陕北国际民歌艺术节、三届陕北民歌大赛,吸引了众多游客来榆旅游观光;收集整理了各类陕北民歌3000余首,制作了《永远的信天游—榆林印象》;建成了全国一流的中国陕北民歌博物馆并免费对外开放;举办了“歌从陕北来”陕北民歌演唱会、“流淌在心灵的歌—杜朋朋陕北民歌音乐会”,协办了王二妮在人民大会堂举办的《黄土地的诉说》演唱会,不断推出陕北民歌手,为弘扬和传承发展陕北民歌做出了不懈努力;创作排演的《米脂婆姨绥德汉》《陕北歌谣》等大型陕北秧歌剧,多次到省内外进行了演出,好评如潮。通过一系列的活态传承,《榆林美》《再唱圪梁梁》《俏妹妹》《唱美榆林走天下》《大漠边墙》等一大批新民歌不断涌现出来,为弘扬陕北文化及陕北民歌做出了积极的贡献。组织市民间艺术研究院优秀陕北民歌手多次到学校、广场社区、厂矿进行了惠民演出,不断增强人民群众的文化获得感。横山区成功申报为“中国民间文化艺术之乡”“中国陕北民歌之乡”。经过近年来的精心打造,陕北民歌已逐渐成为榆林文化节庆品牌的又一大亮点。
"""
# seeds/2020-10-29_市政协四届五次会议第223号提案答复的函.txt of hd57b: from its title to the end of its part 一, the site's chrome, 类别
# and 签发人 left out.
REPLY_223 = """关于市政协四届五次会议第223号提案答复的函

来源:榆林市文化和旅游局  发布日期:2020-10-29 17:54:36  点击量:2384
樊金朋委员:

您提出的《关于榆林以发展旅游业为载体,打造最具影响力的区域中心城市的建议》(第223号)已收悉,现答复如下:

榆林特殊的地理区位和地形地貌,孕育了独特的文化内涵,拥有丰富的文化资源,既有传统民俗、名胜古迹、自然风光等独特的黄土文化旅游资源,同时有长城文化、农牧交汇文化等众多文化内容,被评为国家历史文化名城,近年来市县两级共同发力,不断激发榆林文化旅游的发展潜力。

一、科学规划引领,合理布局谋篇

2018年完成“十大战略”研究课题之文化旅游产业战略研究,以此为依据,启动《榆林市全域旅游发展规划》编制工作,并于2019年5月通过专家评审会,2020年3月以市政府办文件批准印发,榆林市旅游产业发展顶层设计和战略定位进一步明确,我们将以战略研究成果和《榆林市全域旅游发展规划》为指导,始终坚持“两个更大,三个更好”的总体目标,通过科学规划引领,进一步指导各县市区编制因地制宜的发展规划,合理布局榆林文化旅游产业发展新格局,努力开拓榆林文化旅游发展新局面。
"""
# seeds/2016-10-27_对我市长城沿线旅游发展情况的审议意见.txt of hd57b (the city congress's 审议意见): to the end of its (一).
REVIEW_2016 = """网站首页 -> 重要发布 -> 审议意见 -> 正文
对我市长城沿线旅游发展情况的审议意见
  • 信息来源:
  • 发布日期:2016-10-27
  • 作者:
【文字
发布时间:2016-10-27  编辑:



市四届人大常委会第四次会议于2016930日听取和审议了市人民政府《关于我市长城沿线旅游发展情况的报告》和市人大常委会调研组《关于我市长城沿线旅游发展情况的调研报告》。会议认为,近年来,在全市转型发展的大背景下,市政府不断加大长城保护利用工作力度,进一步挖掘长城文化内涵,我市长城沿线旅游业得到一定发展,但同时也存在一些不容忽视的问题,主要表现在:重视不够投入不足;旅游规划严重滞后;管理体制机制不顺;古长城保护现状堪忧;长城沿线缺少精品景区。针对存在的问题,常委会组成人员经过认真审议,提出以下审议意见:

(一)加强领导、提高认识,着力做好旅游发展规划

目前,在我市经济下行的压力之下,全市上下必须牢固树立区域统筹发展理念,统筹考虑我市长城沿线旅游发展整体方向,科学定位,统一规划,尽快出台《榆林市旅游发展总体规划》和《榆林市长城沿线旅游发展专项规划》。遵循“先规划、后开发”的原则,充分发挥规划的龙头先导作用,将我市长城沿线旅游融入国家“一带一路”战略,依托长城文化,打造边塞旅游廊道。长城沿线各县区要充分认识到旅游业作为国民经济战略型支柱产业的重要地位,要有主动转型的战略思维,切实把旅游业发展作为资源型城市转型发展的重要突破口,重点在不断完善长城沿线文化、能化、生态农业旅游上下功夫,推动全市长城沿线旅游业有序发展。
"""
# seeds/2019-12-07_榆林加强长城遗址保护.txt of hd57b (a forum's repost of news of the bureau's 长城 work): to the end of its work with figures.
WALL_2019 = """主题: 榆林加强长城遗址保护,让长城精神传承下去~

  • 不甚了了
楼主回复
  • 阅读:11991
  • 回复:0
  • 发表于:2019/12/7 13:50:45
  • 来自:陕西
  1. 楼主
  2. 倒序看帖
  3. 只看该作者
马上注册,结交更多好友,享用更多功能,让你轻松玩转府谷社区。

立即注册。已有帐号? 登录或使用QQ登录微信登录新浪微博登录

榆林作为边关要地,是我国历史上修筑长城最多的地区之一,目前主要遗存有战国秦长城(即秦昭襄王长城)、隋长城、明长城。自东向西经过我市府谷、神木、榆阳、横山、靖边、定边等县区。此外,明长城沿线还分布着规模较大的军事性驻军聚落,被称为“三十六营堡”。经过数百年风雨侵蚀和人为活动的影响,榆林长城整体保存情况较差,为此,我市逐步建立完备的长城保护管理制度,不断完善长城保护工作,全面展示长城文化精神。


镇北台(刘继远 摄)


{

多措并举

加强长城遗址保护

}

  经过数百年风雨侵蚀和人为活动的影响,长城榆林整体保存情况差,许多墙体段落及其附属的障城、烽火台等已经消失。为使珍贵的长城资源得到全面有效保护,除了逐步建立完备的长城保护管理制度,大力加强巡查力度外,2019年以来,市文旅局在全力加强榆林长城遗址保护中做了大量工作。



  市文旅局安排400余万元,完成了200块长城遗址重点段落和重点营堡保护标志碑的项目设计,将于年底安装到位;实施长城抢救性保护工作,争取国家投资1270万元,实施明长城龙洲堡、靖边县五台村段抢救性保护工程,不断改善和优化靖边县境内长城周边环境,保护长城遗存的真实性、完整性和历史风貌,展示长城遗址“中华民族精神标识”的深厚内涵。
"""
# seeds/2022-12-13_对市五届人大一次会议第1号建议的答复函.txt of hd57b (the bureau's reply of two days before, on 长城): its first two paragraphs, the second to its first sentence's end.
REPLY_67 = YULIN_REPLY_67[:YULIN_REPLY_67.index("由于历史时期")] + "\n"
TITLE = "关于建设榆林边塞文化旅游走廊的议案"
# hd57b's suggestion.txt (the asks restated from the real reply's title, opening and part one), whole.
SUGGESTION = """关于建设榆林边塞文化旅游走廊的议案

领衔代表：张凌云

（议案原文未公开；以下据答复函的标题、开头和第一个小标题复述所提事项。答复页面在第一点中途截断，其后或另有所提事项。）

榆林地处长城沿线，境内长城、营堡、烽燧等边塞文化资源丰富，但长期以来开发利用分散，尚未形成整体品牌和旅游线路。为此建议：
一、依托长城资源，统一规划建设榆林边塞文化旅游走廊（长城文化旅游带），把沿线景区景点、营堡串联起来。
二、抓住长城国家文化公园建设机遇，推进长城沿线重点景区提升和精品景区创建，丰富沿线旅游业态。
三、打造榆林长城边塞文化旅游品牌，加强宣传推介和招商。
"""
SEEDS = {"2020-10-29_市政协四届五次会议第136号建议的复函.txt": REPLY_136, "2020-10-29_市政协四届五次会议第223号提案答复的函.txt": REPLY_223,
         "2016-10-27_对我市长城沿线旅游发展情况的审议意见.txt": REVIEW_2016, "2019-12-07_榆林加强长城遗址保护.txt": WALL_2019,
         "2022-12-13_对市五届人大一次会议第1号建议的答复函.txt": REPLY_67}
HEADINGS = ("统一规划建设榆林边塞文化旅游走廊（长城文化旅游带）", "抓住长城国家文化公园建设机遇", "打造榆林长城边塞文化旅游品牌")


def _workspace(tmp_path):
    return unit_workspace(tmp_path / "ws", "榆林市文化和旅游局", "市文旅局", "榆林市",
                          "榆阳区, 横山区, 神木市, 府谷县, 靖边县, 定边县, 绥德县, 米脂县, 佳县, 吴堡县, 清涧县, 子洲县")


def _draft(tmp_path):
    ws = _workspace(tmp_path)
    _, out = seeds_draft(tmp_path, ws, SEEDS, "12", TITLE, SUGGESTION, "--deputy", "张凌云", "--session", "市五届人大一次会议",
                         "--type", "B", "--date", "2022-12-15")
    return ws, out


def _parts(out) -> list[str]:
    """Part one's three sections, each its paragraphs' text."""
    said = sections(docx.Document(str(out)))
    assert list(said) == list(HEADINGS), list(said)
    return ["\n".join(said[h]) for h in HEADINGS]


def _asks(ws):
    index = FactIndex.load(ws)
    asks = parse_asks(SUGGESTION, TITLE)
    titled = frozenset(bigrams(matter_phrase(TITLE)) - GENERIC)
    for ask in asks:
        ask.titled = titled
    words = ask_words(asks, ws, index)
    prime_asks(asks, index, ws)
    return index, asks, words


def test_a_fact_off_the_subject_every_ask_says_answers_none(tmp_path):
    ws, out = _draft(tmp_path)
    first, second, third = _parts(out)
    # (陕北民歌…榆林文化节庆品牌 shares 打造, 品牌, 文化, 旅游 with 打造榆林长城边塞文化旅游品牌, none of its 长城 or 边塞)
    assert "陕北民歌" not in first + second + third
    assert "【待补充：打造榆林长城边塞文化旅游品牌" in third
    assert not any("第136号" in c.text for c in docx.Document(str(out)).comments)
    # (the title's matter stands beside the subject: the 2020 全域旅游发展规划, on 文化旅游 and 规划, still answers the first ask)
    assert "启动《榆林市全域旅游发展规划》编制工作" in first
    index, asks, words = _asks(ws)
    brand = next(f for f in index.facts.values() if "文化节庆品牌" in f.text)
    assert [on_ask(brand, ask, own) for ask, own in zip(asks, words)] == [False, False, False]
    assert all(ask.subject >= {"长城", "边塞"} for ask in asks) and not asks[0].subject & {"文化", "旅游", "榆林"}


def test_key_words_glue_no_verb_of_seizing_nor_the_bureaus_place(tmp_path):
    ws, _ = _draft(tmp_path)
    _, asks, _ = _asks(ws)
    keys = [k for ask in asks for k in ask.matter_keys]
    assert asks[1].matter_keys[0].endswith("国家文化公园") and asks[2].matter_keys[-1].endswith("边塞文化旅游品牌"), keys
    assert not any("抓住" in k or "榆林" in k for k in keys), keys
    # (the thing each names past them: 长城, not 抓住 nor 榆林, which every fact of the base says)
    assert thing_words(asks[1].phrase, ws)[0][0] == thing_words(asks[2].phrase, ws)[0][0] == "长城"


def test_a_placeholder_on_background_alone_names_the_bureaus_work_near_it(tmp_path):
    _, out = _draft(tmp_path)
    notes = comments_on(out, "【待补充：抓住长城国家文化公园建设机遇")
    # (the 审议意见 and 223号's opening say 长城 and the ask's words as background; the bureau's 2019 work on 长城 is near it)
    assert any("涉及该主题" in c and "榆林加强长城遗址保护（2019-12-07）" in c and "安排400余万元" in c for c in notes), notes
    assert not any("第136号" in c for c in notes), notes
