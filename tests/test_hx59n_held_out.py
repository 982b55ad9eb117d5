"""hx59n: findings of the held-out tests hd59b (乌拉特前旗水利局, N1) and hd59c (信阳市工业和信息化局, item 4), on their seeds'
real lines, through real drafts.

N1. A placeholder's comment says what the base holds on its ask: a higher government's recent material reaching the places below
    it (巴彦淖尔市's 自治区供水保障专项资金5022万元，已下达各旗县区) is named, credited to it by name, for the clerk to check the
    county's part — never in the body as 我旗's; the county's own old facts are then what the base holds besides (另有), not all
    (只有2009、2014年).
4.  A news page of the city's leader briefing on its work (信阳市委书记…介绍) tells the city's results: under 我局…主要做法和成效如下
    they are said as 我市's in the sentence (我市科创动能不断增强…), never as the bureau's own.
"""

from __future__ import annotations

import docx
from helpers import comments_on, part_one, seeds_draft, unit_workspace

URAD = ("乌拉特前旗水利局", "旗水利局", "乌拉特前旗", "乌拉山镇, 西小召镇, 先锋镇, 明安镇")
# seeds/2022-01-17_巴彦淖尔市农村牧区供水保障.txt of hd59b: its first and fourth paragraphs, as stored (traditional characters).
CITY_WATER = '近日,記者從巴彥淖爾市水利局了解到,“十四五”全市將投資4億元,計(jì)劃改造工程58處,改善31萬人的供水保障問題,對(duì)現(xiàn)有供水工程從水量、水質(zhì)、供水保證率、用水方便程度四個(gè)方面,進(jìn)一步鞏固提升現(xiàn)有供水工程,滿足農(nóng)牧民生活及生產(chǎn)需求。\n2021年我市還爭取到國家飲水安全維修養(yǎng)護(hù)資金397萬元,用于工程維修養(yǎng)護(hù),目前全市76處工程的維修工作已完成,改善了10萬人的供水狀況。2021年還爭取到自治區(qū)供水保障專項(xiàng)資金5022萬元,已下達(dá)各旗縣區(qū),現(xiàn)正在做招標(biāo)準(zhǔn)備工作,2022年開春后實(shí)施。同時(shí),爭取到自治區(qū)維修養(yǎng)護(hù)資金175萬元,已下達(dá)各旗縣區(qū),現(xiàn)正在陸續(xù)開展維修。各旗縣區(qū)都制定了應(yīng)急供水預(yù)案,對(duì)分散供水戶采取打井、建水窖等方式解決飲水困難問題。\n'
# seeds/2015-05-27_乌拉特前旗扎实推进安全饮水工程建设.txt of hd59b: its head and the paragraph of 2014's figures.
OWN_WATER = '乌拉特前旗扎实推进安全饮水工程建设\n\n2015-05-27\n  乌拉特前旗农村牧区人口25.26万人,截至2014年底,已建成农村自来水工程205处,其中:大中型集中供水工程11处,小型集中供水工程(单村)194处;建成农村学校饮水安全工程16处。现已解决农村饮水安全人口达到25万人,自来水的普及率达99% 。累计完成总投资13226.13万元,其中,国家投资8449.5万元,自治区投资1687万元,地方配套1023.64万元,群众自筹2065.99万元。\n'
WATER_TITLE = "关于继续完善人畜饮水工程的建议"
# hd59b's suggestion.txt.
WATER_TEXT = (f"{WATER_TITLE}\n\n保障人畜饮水安全，是对群众最基本的生产生活保障。建议旗政府继续完善农村牧区人畜饮水工程：对我旗各镇村组"
              "老化、水量不足的集中供水工程和机电井进行维修养护、更新改造，继续实施农村牧区供水保障工程，切实保障农牧民群众人畜饮水安全。\n")

XINYANG = ("信阳市工业和信息化局", "市工业和信息化局", "信阳市", "浉河区, 平桥区, 潢川县, 光山县")
# seeds/2024-09-24_河南信阳老区聚力新赛道.txt of hd59c: its head, the briefing's opening and its paragraph on industry.
BRIEFING = '河南信陽:老區聚力新賽道 書寫「兩個更好」答卷\n\n2024-09-24\n来源:香港商報網\n\n    9月24日上午,中共河南省委宣傳部召開「推進中國式現代化建設河南實踐」系列主題信陽專場新聞發佈會。\n\n    發佈會上,信陽市委書記蔡松濤介紹,近年來,信陽市加快老區振興,加速綠色崛起,各項事業取得新成效。公路、航空、高鐵、內河航運等一批結構性項目加快建設,豫東南高新區全面拉開,各項改革深入推進,老區信陽正在發生有目共睹的變化。\n\n    聚焦產業綠色崛起。信陽市系統梳理全市產業鏈群,做優做大做強裝備製造、綠色家居、電子信息、綠色食品、時尚紡織、生物醫藥六大產業集群,主導產業增加值、主營業務收入分別占規上工業的62.8%、66.6%。新質生產力加快培育,以明陽新能源為代表的新能源裝備製造產業、以萬華生態板材為代表的綠色家居產業不斷壯大。科創動能不斷增強,建成14家國家級科技創新平台載體,落地4個院士工作站,大別山實驗室正式掛牌運營。蘇信對口合作走深走實,中億豐蘇信合作綠色智能製造產業園等20個項目落地開工。豫東南高新區32.7平方公里啟動區骨架路網建成通車,第一批標誌性產業項目建設順利,綠色集聚發展的核心競爭力正在加速形成。\n'
PROPOSAL_TITLE = "关于推进信阳现代化产业体系建设，加快发展新质生产力的提案"
# hd59c's suggestion.txt (restated from the real reply's headings).
PROPOSAL_TEXT = (f"{PROPOSAL_TITLE}\n提案人：港澳台侨民族和宗教委员会\n\n当前，我市正处于加快产业绿色崛起的关键时期，构建现代化产业体系、"
                 "加快发展新质生产力是推动老区高质量发展的必由之路。为此建议：\n"
                 "一、推动产业链式集群发展。围绕主导产业梳理重点产业链，完善链式培育的政策体系，打造县域特色产业集群，提升产业集群发展效应。\n"
                 "二、加强科技创新和人才支撑。把科技创新作为发展新质生产力的核心要素，推进创新联合体建设，围绕制约产业发展的关键核心技术开展攻关，"
                 "积极争取各级科技项目，加强人才引育。\n")


def test_a_placeholder_names_the_higher_governments_material_reaching_the_county(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *URAD)
    seeds = {"2022-01-17_巴彦淖尔市农村牧区供水保障.txt": CITY_WATER, "2015-05-27_乌拉特前旗扎实推进安全饮水工程建设.txt": OWN_WATER}
    _, out = seeds_draft(tmp_path, ws, seeds, "46", WATER_TITLE, WATER_TEXT, "--deputy", "吴先锁", "--session",
                         "乌拉特前旗第十八届人大一次会议", "--date", "2023-08-31")
    one = part_one(docx.Document(str(out)))
    assert not any("5022" in p for p in one), one  # the city's funds never the county's in the body
    gap = next(p for p in one if p.startswith("【待补充"))
    note = " ".join(comments_on(out, gap[:12]))
    # (was: 已收集的材料中只有2009、2014年的相关情况…, the city's 2021–22 funds unnamed)
    assert "巴彦淖尔市" in note and "5022万元，已下达各旗县区" in note and "不是我旗的" in note, note
    assert "另有2014年" in note and "只有" not in note, note


def test_the_city_leaders_briefing_is_said_as_the_citys_not_the_bureaus(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *XINYANG)
    _, out = seeds_draft(tmp_path, ws, {"2024-09-24_河南信阳老区聚力新赛道.txt": BRIEFING}, "2024488", PROPOSAL_TITLE,
                         PROPOSAL_TEXT, "--deputy", "港澳台侨民族和宗教委员会", "--session", "市政协六届二次会议", "--proposal",
                         "--date", "2024-10-04")
    one = part_one(docx.Document(str(out)))
    said = [p for p in one if "科创动能不断增强" in p]
    # (was: 科创动能不断增强，…建成14家国家级科技创新平台载体 under 我局立足工作职责…主要做法和成效如下, the city's results the bureau's)
    assert said and all("我市科创动能不断增强" in p for p in said), one
    assert not any("我市聚焦" in p for p in one), one  # the lead phrase heads the item as it was
    note = " ".join(comments_on(out, said[0][:6]))
    assert "全市的情况" in note and "我市" in note, note
