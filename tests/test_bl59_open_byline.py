"""A news byline whose bracket the page never closed is still the outlet's credit, no words of the lede (hd68b:
驻马店网讯(记者 姚 晶 通讯员 陈兵6月17日下午,… stayed at the head of a 背景 fact and reached a title-only draft)."""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

ZHUMADIAN = ("驻马店市人力资源和社会保障局", "市人社局", "驻马店市", "驿城区, 西平县, 上蔡县, 平舆县, 正阳县, 确山县, 泌阳县, 汝南县, 遂平县, 新蔡县")
# seeds/2022-06-17_驻马店人人持证月月评经验介绍.txt of hd68b (http://sibcons.com/2022/0617/708108.shtml): its first paragraph, as stored.
LEDE = ("http://sibcons.com/2022/0617/708108.shtml\n"
        "駐馬店網訊(記者 姚 晶 通訊員 陳兵6月17日下午,河南省人社系統(tǒng)“人人持證、技能河南”建設“月月評”電視電話會議召開。全省4市做典型發(fā)言,"
        "我市是其中之一,市人社局代表我市在會上作經驗介紹,受到省人社廳領導的高度評價。\n")


def test_an_unclosed_byline_is_cut_from_the_lede(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *ZHUMADIAN), LEDE, "2022-06-17_驻马店人人持证月月评经验介绍.txt")
    fact = first_saying(ff.facts, "电视电话会议")
    assert fact.text.startswith("6月17日下午，河南省人社系统")
    assert not any("记者" in f.text or "通讯员" in f.text for f in ff.facts)
