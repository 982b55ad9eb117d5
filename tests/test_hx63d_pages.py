"""hx63d: findings of the held-out tests hd63a (重庆市南川区林业局), each on its seed's real lines.

ID2. A single run of lost marks (??N of 縉) before a statement with a figure of its own (…新成效??N雲山國家級自然保護區…
     綜合整治340宗問題全部整改完畢) dropped the clause and its 340宗: the run alone is lost, shown □.
ID3. A fire-risk warning (南川区森林草原火险橙色预警) was typed a work report: a warning issued is a notice, no report of work.
"""

from __future__ import annotations

from helpers import distil, unit_workspace

from drafter.read.clean import normalize_text

NANCHUAN = ("重庆市南川区林业局", "区林业局", "南川区")
# seeds/2023-01-18_重庆市林业局新春干部大会总结2022年工作.txt of hd63a: its second paragraph's opening, as the mirror printed it.
CHONGQING_2022 = ('會議強調(diào),2022年,在市委、市政府的堅強領導下,全市林業(yè)干部職工堅定信心、同心同德,真抓實干、埋頭苦干,'
                  '圓滿完成了各項重要指標任務,林業(yè)事業(yè)取得新進展新成效??N云山國家級自然保護區(qū)生態(tài)環(huán)境綜合整治340宗問題全部整改完畢,'
                  '第二輪中央環(huán)保督察10項涉林任務順利銷號4項,正按程序開展銷號6項;林長制工作獲國務院督查激勵。\n')
# seeds/2021-02-09_南川区森林草原火险橙色预警.txt of hd63a, whole.
WARNING = ('南川區(qū)森林防滅火指揮部辦公室、南川區(qū)林業(yè)局、南川區(qū)氣象局2021年2月9日11時0分聯(lián)合發(fā)布“森林草原火險橙色預(yù)警信號”,'
           '我區(qū)已出現(xiàn)四級森林火險氣象等級,預(yù)計2月9日12時到2月14日20時全區(qū)各鄉(xiāng)鎮(zhèn)將持續(xù)四級以上森林火險氣象等級,加之,春節(jié)期間'
           '林區(qū)上墳燒紙、燃放煙花爆竹活動頻繁,引發(fā)森林火災(zāi)的可能性較大。(預(yù)警信息來源:國家預(yù)警信息發(fā)布中心)\n')


def test_a_run_of_lost_marks_before_a_statement_loses_only_itself(tmp_path):
    """ID2: the clause after the run, with its 340宗, stays; the run is shown □; a run with no statement of its own after it
    (宁？?h成为全省唯一的试点县, hd26c) still takes its clause."""
    line = normalize_text(CHONGQING_2022.strip())
    assert "取得新進展新成效□云山國家級自然保護區生態環境綜合整治340宗問題全部整改完畢，第二輪" in line, line
    assert normalize_text("2023年，宁波市宁？?h成为全省唯一的试点县，新增水库3座。") == "2023年，新增水库3座。"
    ws = unit_workspace(tmp_path / "ws", *NANCHUAN)
    facts = distil(tmp_path, ws, CHONGQING_2022, "2023-01-18_重庆市林业局新春干部大会总结2022年工作.txt").facts
    assert "340宗" in [g.raw for f in facts for g in f.figures], [f.text for f in facts]


def test_a_warning_issued_is_no_work_report(tmp_path):
    """ID3: 森林草原火险橙色预警 is a notice (policy), not the bureau's report of work done."""
    ws = unit_workspace(tmp_path / "ws", *NANCHUAN)
    source = distil(tmp_path, ws, WARNING, "2021-02-09_南川区森林草原火险橙色预警.txt").source
    assert source.title == "南川区森林草原火险橙色预警" and source.kind == "policy", (source.title, source.kind)
