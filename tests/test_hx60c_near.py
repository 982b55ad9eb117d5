"""hx60c: findings of the held-out test hd60b (黄冈市发展和改革委员会, 第45号建议, B3), through a real draft of its seeds' real lines.

A gap's comment offers material on the ask's key object, not on a word of its heading alone: under 推进公共服务共建共享 (推动政务服务
跨区通办) the near work quoted is 238个事项在武汉和黄冈间可跨城通办, not a 强县 paragraph saying 公共服务城乡一体化; under 加快交通基础设施
互联互通 黄黄高铁建成通车…硬联通项目 is named; a national body's act (《武汉都市圈发展规划》获得国家发改委批复同意) is offered under no
ask; and where the ask's search found nothing on its key object (建立…工作机制: only 强县 paragraphs), the comment says plainly that
nothing was found (hx60a had named whatever the search found).
"""

from __future__ import annotations

from helpers import comments_on, seeds_draft, unit_workspace

TITLE = "关于加快黄团浠一体化发展的建议"
# hd60b's suggestion.txt (title real, asks written by the tester).
TEXT = '关于加快黄团浠一体化发展的建议\n\n黄州、团风、浠水三地山水相连、人缘相亲，是黄冈主城区和融入武汉都市圈的前沿。目前三地在规划衔接、交通互联、产业协作和公共服务共享方面仍存在各自为政、重复建设等问题。为此建议：\n一、建立黄团浠一体化发展工作机制，成立工作专班，统筹推进三地一体化发展；\n二、加强规划统筹衔接，编制黄团浠一体化发展规划，将其纳入全市“十五五”规划；\n三、加快交通基础设施互联互通，推进三地快速通道和公交一体化建设；\n四、推动产业协同布局，错位发展，共建产业园区，承接武汉产业转移；\n五、推进公共服务共建共享，推动政务服务跨区通办、教育医疗资源共享。\n'
# hd60b's seeds: the 2023 page's first paragraphs (as published, in traditional characters), the 2024 page whole.
PAGE_2023 = 'URL: http://www.outsourcelocker.com/dangjianquntuan/xuexiyuandi/2023-06-02/290.html\n新聞資訊\nnews這是一次千載難逢的戰略機遇——省第十二次黨代會(huì )吹響建設全國構建新發(fā)展格局先行區的奮進(jìn)號角,提出大力發(fā)展以武鄂黃黃為核心的武漢都市圈。2022年12月7日,《武漢都市圈發(fā)展規劃》獲得國家發(fā)改委批復同意,這是國家批復的第7個(gè)都市圈規劃。\n這是一個(gè)意義深遠的目標定位——“在全省大局中,黃岡要做什么、能做什么、怎么去做?”市委市政府提出,建設武漢都市圈重要功能區,是省委省政府賦予黃岡的重大使命任務(wù),是未來(lái)一段時(shí)間黃岡發(fā)展的目標定位,要發(fā)揮黃岡比較優(yōu)勢,加速主城崛起、加快全域振興,著(zhù)力提升黃岡在武漢都市圈中的能級,為建設全國構建新發(fā)展格局先行區作出黃岡貢獻。\n這是一份鼓舞人心的黃岡答卷——黃黃高鐵建成通車(chē),鄂黃長(cháng)江大橋9座以下客車(chē)實(shí)現惠民免費通行,燕磯長(cháng)江大橋、武紅高速等硬聯(lián)通項目加快建設;武漢都市圈已實(shí)現410個(gè)政務(wù)服務(wù)事項自助服務(wù)互通互辦,238個(gè)事項在武漢和黃岡間可跨城通辦;黃岡(光谷)離岸科創(chuàng )中心建成運營(yíng),光谷科技創(chuàng )新大走廊黃岡功能區加快建設;全市與武漢都市圈企業(yè)簽約億元以上項目57個(gè),協(xié)議投資額509.78億元……'
PAGE_2024 = 'URL: http://gdzschangxing.com/yewu/zhizhuchanye/1146.html\n这份传递信心、凝聚共识的报告干货满满。报告中指出,2023年全省经济全面修复、稳定向好、展现出蓬勃生机活力。在总结2023年工作、部署2024年工作时,报告提到强县工程、科技创新、深化改革、畅通循环、区域协同融通、乡村全面振兴、增进民生福祉等方面工作,与黄冈密切相关。黄冈日报全媒记者撷取报告热词,结合黄冈重点工作等进行了梳理。\n纵深推进强县工程,重点支持县域特色产业集群建设,加快推进以县城为重要载体的就地城镇化和以县域为单元的城乡统筹发展,着力强化县城就业、教育、养老、医疗、住房等公共服务供给,提高城市功能品质和综合承载能力。\n市委系统谋划强县工程和乡村振兴的总体思路、目标任务和落地措施,明确13项重点任务,有力有效推进实施。在县城,积极推进城市产业“双集中”和就地城镇化。优化城市空间布局、增强产业配套功能、“四区联动”城市更新,实现集中集约发展。建设专业园区、出台专项政策、完善专项配套,推动产业集中高质量发展。在县域,系统构建发展体系、服务体系和治理体系。坚持一二三产业融合发展,以供应链思维重构产业链、提升价值链,围绕“一县一品”“一县一特”,做强做大十大农业产业链,构建“一县一个供应链”,重点打造24个地标产品品牌。坚持公共服务城乡一体化,推动共同缔造向纵深拓展,黄冈比较优势和发展内生动力正有效激活。\n聚焦推进乡村全面振兴,加快农业农村现代化。坚持农业农村优先发展,学习运用“千村示范、万村整治”工程经验,促进农业更高效、农村更美丽、农民更富裕。强化粮食和重要农产品稳产保供;强化农业产业化发展和品牌化培育;强化农业科技和农村改革双轮驱动;强化乡村建设和乡村治理协同推进。\n'
NOTHING = "已收集的材料中没有本单位此方面的工作情况："


def _draft(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "黄冈市发展和改革委员会", "市发改委", "黄冈市", "黄州区, 团风县, 浠水县")
    _, out = seeds_draft(tmp_path, ws, {"2023-06-02_huanggang-wuhan-dushiquan-zhongyao-gongnengqu.txt": PAGE_2023,
                                        "2024-01-25_huanggang-sheng-zhengfu-gongzuo-baogao-redian.txt": PAGE_2024},
                         "45", TITLE, TEXT, "--deputy", "徐友明", "--date", "2025-07-15")
    return out


def test_b3_a_gaps_comment_offers_material_on_the_asks_key_object(tmp_path):
    out = _draft(tmp_path)
    service, = comments_on(out, "【待补充：推进公共服务共建共享")
    assert "238个事项在武汉和黄冈间可跨城通办" in service and "强县" not in service  # (was the 强县 paragraph)
    transport, = comments_on(out, "【待补充：加快交通基础设施互联互通")
    assert "黄黄高铁建成通车" in transport and "硬联通项目加快建设" in transport and NOTHING not in transport
    planning = " ".join(comments_on(out, "【待补充：加强规划统筹衔接"))
    assert "国家发改委" not in planning  # (a national body's act: was offered as near local work)


def test_b3_material_off_the_asks_key_object_is_not_named_and_the_comment_says_none_was_found(tmp_path):
    out = _draft(tmp_path)
    mechanism, = comments_on(out, "【待补充：建立黄团浠一体化发展工作机制")
    assert mechanism.startswith(NOTHING) and "2024-01-25" not in mechanism  # (hx60a named the 强县 source)
