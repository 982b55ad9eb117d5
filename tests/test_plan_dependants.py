"""A plan of an earlier year loses its clauses stating that year's figures, and with one its dependants — a clause of no
doer of its own (为…搭建舞台, 通过…助力…) belongs to the clause before it (hd22a fault 1: 持续深入推进“才聚荆楚”工程，为大学生
到农村就业创业搭建舞台… once 继续开展2024年“三大行业”创业补贴工作 between them was dropped — a false statement)."""

from __future__ import annotations

from helpers import WUHAN_ASKS, WUHAN_SIGNED, page_draft, unit_workspace

# real lines of 武汉市人社局's reply of 2024-07-12 to 《关于推动大学生就业与乡村振兴相互促进的建议》
PAGE = """吴彩荣委员:
您提出的关于《关于推动大学生就业与乡村振兴相互促进的建议》的提案已收悉,现答复如下:
二是2022年以来,市人社局对在养老、家政服务和现代农业“三大行业”创业并依法登记注册并取得工商营业执照的企业,给予连续2年,总额不超过8万元的创业补贴。通过专项补贴的方式,鼓励高校毕业生到“三大行业”创业,促进重点行业创新创业发展,鼓励高校毕业生返乡创业。
下一步,市人社局将持续深入推进“才聚荆楚”工程,重点服务2024届高校毕业生、往届离校未就业高校毕业生和各市州县有招聘需求的各类用人单位,实现地方揽才与高校毕业生就业有效衔接;继续开展2024年“三大行业”创业补贴工作,为大学生到农村就业创业搭建舞台,通过政策资金的支持助力大学生“三大行业”创业企业的发展。
""" + WUHAN_SIGNED


def test_a_dropped_clause_takes_its_dependants(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "武汉市人力资源和社会保障局", "市人社局", "武汉市")
    _, document = page_draft(tmp_path, ws, PAGE, WUHAN_ASKS, "20250002", "关于进一步促进高校毕业生留汉就业创业的建议",
                             "--date", "2025-08-29", name="武汉市人社局_吴彩荣委员提案答复_2024-07-12.txt")
    texts = [p.text for p in document.paragraphs]
    assert any("三大行业" in t for t in texts), texts  # (the page's work is drafted)
    spliced = [t for t in texts if "搭建舞台" in t and "创业补贴工作" not in t]
    assert not spliced, spliced
