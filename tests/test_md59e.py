"""md59e: a sentence speaking of the page's place as its own (我市) or naming the bureau as its subject keeps the page's place,
whatever other place a sentence before it in its paragraph named (au59 on hd68b: since bl59 cut the byline left open, 驻马店网讯
(记者 姚 晶 通讯员 陈兵6月17日下午,…, the paragraph opens on 河南省人社系统…会议召开。 and 全省4市做典型发言，我市是其中之一，
市人社局代表我市在会上作经验介绍… took the province's place, 河南省（外地）)."""

from __future__ import annotations

from helpers import distil, fact_saying, unit_workspace

from drafter.distill.facts import speaks_as_own

# hd68b's seeds/2022-06-17_驻马店人人持证月月评经验介绍.txt, its address and first two paragraphs (a page in traditional characters).
NEWS = ('http://sibcons.com/2022/0617/708108.shtml\n'
        '駐馬店網訊(記者 姚 晶 通訊員 陳兵6月17日下午,河南省人社系統(tǒng)“人人持證、技能河南”建設“月月評”電視電話會議召開。'
        '全省4市做典型發(fā)言,我市是其中之一,市人社局代表我市在會上作經驗介紹,受到省人社廳領導的高度評價。\n\n'
        '會上,市人社局以《錨定提質增效 聚焦“五個突出 ”  高質量推進“人人持證、技能河南”建設》為題,介紹了我市技能建設工作所取得的成績。\n')


def test_the_bureau_speaking_for_our_city_after_the_provinces_meeting_is_the_citys(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "驻马店市人力资源和社会保障局", "市人社局", "驻马店市", "驿城区, 西平县, 上蔡县")
    ff = distil(tmp_path, ws, NEWS, "2022-06-17_驻马店人人持证月月评经验介绍.txt")
    meeting = fact_saying(ff, "电视电话会议召开")
    assert (meeting.jurisdiction, meeting.external) == ("河南省", True)  # (the province's meeting: its own place stays)
    spoke = fact_saying(ff, "我市是其中之一")
    assert (spoke.jurisdiction, spoke.external) == ("驻马店市", False)  # (was 河南省, external)


def test_our_city_opening_a_clause_is_the_page_place_spoken_of_as_its_own():
    said = "全省4市做典型发言，我市是其中之一，市人社局代表我市在会上作经验介绍，受到省人社厅领导的高度评价。"
    assert speaks_as_own(said, "驻马店市")
    assert not speaks_as_own(said, "河南省")  # (the province's page would say 我省: 全省 is its scope, no subject)
    assert not speaks_as_own("6月17日下午，河南省人社系统“人人持证、技能河南”建设“月月评”电视电话会议召开。", "驻马店市")
