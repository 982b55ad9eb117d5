"""Held-out round hd37 (舒城县水利局, 安徽): a reply the town's site published under its own title, the letter's title in
brackets after it.

Each test distils (or drafts from) a few real lines of the pages the tester saved (as the pages print them) in a workspace
of the bureau, through the path ``drafter`` takes.
"""

from __future__ import annotations

from helpers import distil, unit_workspace

SHUCHENG_AREAS = ("城关镇, 桃溪镇, 万佛湖镇, 南港镇, 柏林乡, 杭埠镇, 千人桥镇, 干汊河镇, 百神庙镇, 张母桥镇, 五显镇, 山七镇, "
                  "河棚镇, 汤池镇, 晓天镇, 舒茶镇, 春秋乡, 庐镇乡, 高峰乡, 阙店乡, 棠树乡")

# 南港镇's site publishing the bureau's reply to 第14号建议 (2023-10-07), its 信息来源 the town.
SHUCHENG_14 = """当前位置:网站首页 > 信息公开 > 舒城县南港镇 > 建议提案办理 > 人大建议办理

南港镇2023年人大代表建议办理答复(舒城县水利局关于县十八届人大二次会议第14号代表建议办理的函)

发布时间:2023-10-07 09:50 信息来源:舒城县南港镇 阅读次数: 字体:[    ]我要纠错

夏文三、吴军涛、贾月超、陶月、卫道宝、程露、梁钧、樊浪生、黄小雨、昌春台代表:

你们提出的《关于加强山区自来水管网建设确保群众饮用水安全的建议》收悉,现将办理情况答复如下:

目前,我县建有农村规模水厂23座,千人供水工程1处,小型集中供水工程162处,铺设管网7000多公里,总供水能力12万吨/日。全县396个行政村全部通自来水,农村供水人口80.06万人,其中农村集中供水人口77.94万人,分散式供水2.12万人。全县农村人口自来水普及率97.4%,高于全国、全省平均水平。

为保障全县农村饮用水安全,助力乡村振兴战略实施,舒城县水利局以健全机制、强化安全管理责任体系为举措,全力开展农村供水工程设施建设。2023年根据十四五规划及农村供水保障规划,结合各乡镇实际情况,完成了对全县农村饮水工程项目的设计施工,共涉及12个乡镇20处,包括规模水厂改扩建、供水管网升级改造、小型集中供水工程升级改造,总投资3000万元。十三五以来我县农村饮水工程累计完成投资5.58亿元,形成了供水稳定、可靠的供水管网,规模化供水受益人口比例90.3%。极大地改善了全县农村群众生产、生活条件和健康状况。

县委、县政府制定了《关于加强农村饮水安全工程长效管理机制建设的实施意见》,出台《关于完善农村饮用水水质三级检(监)测体系的通知》《舒城县农村饮水安全工程运行管理考评办法》《舒城县农村小型集中供水工程运行管理办法》《舒城
"""


def _shucheng(tmp_path):
    return unit_workspace(tmp_path / "ws", "舒城县水利局", "县水利局", "舒城县", SHUCHENG_AREAS, "我县水利工作")


def test_the_letters_bracketed_title_names_the_issuer_over_the_sites_source(tmp_path):
    """A site's title closing on the letter's own in brackets (…答复(舒城县水利局关于…第14号代表建议办理的函)) names the
    writer: the bureau, not the town whose site published it (信息来源:舒城县南港镇)."""
    ff = distil(tmp_path, _shucheng(tmp_path), SHUCHENG_14, "舒城县水利局_2023_十八届二次_第14号建议办理函.txt")
    assert ff.source.issuer == "舒城县水利局"

