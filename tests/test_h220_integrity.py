"""hd44b (吴忠市城市管理局): the integrity of distilled facts — a seed corrected by the clerk, vague counts, figures that
lost characters."""

from __future__ import annotations

import re

from click.testing import CliRunner

from drafter.cli import cli
from drafter.facts.index import FactIndex

from helpers import distil, unit_workspace

# The tester's seed (its first line as first written, 據 for 据: the typo the clerk corrected).
DUCHA = "2017-10-17_吴忠督查实事.txt"
DUCHA_TEXT = (
    "据《吴忠日报》消息 8月10日,吴忠市政府督查室到滨河体育运动公园、市妇幼保健院、利通区第七小学建设现场等地,通过实地察看、查看资料等形式,对2016年度市政府承诺为民办理实事、市人大四届六次会议代表议案及重点建议、市政协四届四次会议重点提案办理情况进行督察。\n"
    "据了解,市政府承诺为民办理的10件实事目前正在稳步推进,部分实事已发挥惠民效益。10件实事共涉及30个子项,其中向全市1891名特困群众和1206名残疾人发放生活救助金、为全市依法登记宗教场所全部免费订阅一份《吴忠日报》、购买公益性岗位252个、对吴忠餐饮店免费制作发放统一标识标牌4个子项已提前完成;市区第二、三自来水厂水质提标改造等22个子项实现了时间过半、进度过半;市区10个老旧小区基础设施维修改造、小学生口腔卫生计划、电动车综合管理整治、建设市区城市绿道4个子项也在稳步推进当中。\n"
    "今年,市政府承办的四届人大六次会议代表议案、市政协四届四次会议委员提案办理工作正在加紧推进,部分重点议案和建议已陆续开始答复代表及委员。(记者 白雯喆)\n"
)


def _distil(ws) -> str:
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(ws.root / "seeds")])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_corrected_seed_replaces_its_old_source_keeping_what_the_clerk_edited(tmp_path):
    """F7: 據→据 corrected in a seed gave a second source of the same file beside the old one, both listed, the old
    facts drafted beside the new. The same path is the same source: its facts read anew, a fact the clerk edited kept."""
    ws = unit_workspace(tmp_path / "ws", "吴忠市城市管理局", "市城市管理局", "吴忠市")
    corrected = DUCHA_TEXT
    (ws.root / "seeds").mkdir()
    seed = ws.root / "seeds" / DUCHA
    seed.write_text(corrected.replace("据《吴忠日报》", "據《吴忠日报》", 1), "utf-8")
    _distil(ws)
    (old,) = FactIndex.load(ws).sources.values()
    facts = ws.root / "facts" / f"{old.id}.yaml"
    # (the clerk corrects a figure's sentence by hand: a curated fact)
    text = facts.read_text("utf-8")
    assert "10件实事共涉及30个子项" in text
    facts.write_text(text.replace("10件实事共涉及30个子项", "10件实事共涉及31个子项", 1), "utf-8")
    seed.write_text(corrected, "utf-8")
    output = _distil(ws)
    index = FactIndex.load(ws)
    assert [s.path for s in index.sources.values()] == [f"seeds/{DUCHA}"]
    (new,) = index.sources.values()
    assert new.id != old.id and not any(f.id.startswith(f"f-{old.id}-") for f in index.facts.values())
    assert not any("據" in f.text for f in index.facts.values())
    assert [f for f in index.facts.values() if "31个子项" in f.text]  # (the clerk's edit kept, as any re-distill keeps it)
    assert f"取代此前的{old.id}" in re.sub(r"\s", "", output)
    assert list((ws.root / "withdrawn").glob(f"*{old.id}/{old.id}.yaml"))


def test_no_vague_count_becomes_a_value(tmp_path):
    """F6: 吴忠公园文明 (a mirror page in traditional characters) says 道路兩旁每隔幾十米就有一個垃圾箱: stored as
    {value: 10, unit: 米} — a number the page never states. A vague count (几十, 几百, 十几, 上百, 上千) is a figure of no value."""
    ws = unit_workspace(tmp_path / "ws", "吴忠市城市管理局", "市城市管理局", "吴忠市")
    text = ("扮靚公園 “點亮”文明\n"
            "9月7日,在吳忠明珠公園內,綠樹成蔭,湖面上不時有水鳥劃過。行走在塑膠健身步道上,整潔的路面看不到垃圾,"
            "道路兩旁每隔幾十米就有一個垃圾箱,上面張貼著醒目的愛護衛生、垃圾分類標語,供游人休息的長椅長凳隨處可見。\n"
            "2020年,全市清理垃圾几百吨,建成十几个口袋公园,上百名志愿者参与,吸引上千人参加。\n")
    figures = {g.raw: g for f in distil(tmp_path, ws, text, "2020-09-15_吴忠公园文明.txt").facts for g in f.figures}
    assert {raw: g.value for raw, g in figures.items()} == {
        "几十米": None, "几百吨": None, "十几个": None, "上百名": None, "上千人": None}
    assert figures["几十米"].unit == "米"


def test_a_figure_that_lost_characters_is_no_figure(tmp_path):
    """F5: a mirror of 中广网's page (2010-06-30_吴忠滨河生态水韵) lost characters of 總人口123萬 and 占總人口的4x.2%
    (總?cè)丝?23萬, 占總?cè)丝诘?7.2%): its fact kept 7.2% (digits lost) and dropped 2.02萬 and 58萬; and 29日,…進入?yún)侵,
    就被其清新?dòng)人的…吸引。 was kept as 29日。, the sentence between lost. A clause whose figure lost characters goes whole; a
    sentence left as its time alone goes too."""
    ws = unit_workspace(tmp_path / "ws", "吴忠市城市管理局", "市城市管理局", "吴忠市")
    text = ("回族之乡吴忠初显沿黄城市带滨河生态水韵城市轮廓\n"
            "中廣網(wǎng)銀川6月30日消息(記者郭長(zhǎng)江 陳鐘 馬玲艷)微微小雨,卻讓吳忠這個(gè)回族之鄉(xiāng)越顯朦朧之美。29日,全國(guó)網(wǎng)絡(luò)媒體行采訪團(tuán)一進(jìn)入?yún)侵,就被其清新?dòng)人的“靚影”深深吸引。黃河岸邊,蘆葦隨風(fēng)搖曳;新月廣場(chǎng),一彎新月依水而立……“沿黃城市帶濱河生態(tài)水韻城市”初顯輪廓。\n"
            "吳忠位于寧夏中部,是引黃灌區(qū)的精華地段。全市總面積2.02萬(wàn)平方公里,轄利通區(qū)、紅寺堡區(qū)、青銅峽市、鹽池縣、同心縣,總?cè)丝?23萬(wàn),其中回族58萬(wàn)人,占總?cè)丝诘?7.2%,是中國(guó)回族主要聚居區(qū)之一。素有“塞上江南”、“塞上明珠”等豐富多彩之美稱。\n")
    facts = distil(tmp_path, ws, text, "2010-06-30_吴忠滨河生态水韵.txt").facts
    said = "".join(f.text for f in facts)
    raws = [g.raw for f in facts for g in f.figures]
    assert "2.02万平方公里" in raws and "58万人" in raws
    assert not [r for r in raws if r in ("7.2%", "23万")] and "7.2%" not in said and "？" not in said
    assert "29日。" not in said and "黄河岸边，芦苇随风摇曳" in said


def test_a_papers_story_reprinted_and_a_captioned_story_are_news(tmp_path):
    """F6b: 吴忠督查实事 opens 据《吴忠日报》消息 8月10日，… (its closing （记者 白雯喆） cut as a credit) and was classed 总结/计划,
    issued by 吴忠市政府; 吴忠公园文明 (a mirror page) captions its photo …擦拭宣傳欄。丁寶萍 攝 and was classed 总结/计划 too."""
    ws = unit_workspace(tmp_path / "ws", "吴忠市城市管理局", "市城市管理局", "吴忠市")
    reprinted = distil(tmp_path, ws, DUCHA_TEXT, DUCHA).source
    assert (reprinted.kind, reprinted.issuer) == ("news", "吴忠日报")
    text = ("近年來,在吳忠市委、政府高度重視文明創建工作的前提下,全市上下積極響應、廣泛參與,不僅城市的人居品質得到了提高,市民自身的素養也有了顯著提升。一座座環境優美、干凈整潔、設施完善的公園,猶如一顆顆明珠,散落在綠意盎然的城市中。\n"
            "城市公園是市民游覽、休憩、娛樂、健身以及舉辦各類活動的公共場所,是城市文明的窗口和名片。近年來,吳忠市委、政府高度重視,有效施策,大力推進公園建設。一組數字足以說明我市公園建設工作取得的成績:至“十三五”末,城市綠地總面積達到37535畝,五年凈增城市綠地3018畝,改造、修復綠地面積3823畝,城市建成區綠地率、綠化覆蓋率、人均公園綠地面積分別達到41%、42%和21.5平方米。截至目前,吳忠市區共有公園17處,綠地總面積為467.13公頃,主要有明珠公園、秦渠公園、母子公園、憲法公園、城南生態公園、濱河運動公園等。\n"
            "9月8日,在吳忠明珠公園,志愿者正在擦拭宣傳欄。丁寶萍 攝\n")
    assert distil(tmp_path, ws, text, "2020-09-15_吴忠公园文明.txt").source.kind == "news"
