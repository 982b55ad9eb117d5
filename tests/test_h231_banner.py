"""hd45b (邢台市林业局): a news site's banner, its owner and 主办 apart by spaces (长城新媒体集团  主办), was the page's title, so the
draft's comment named the source 「长城新媒体集团 主办（2022-06-06）」, which no clerk finds."""

from __future__ import annotations

from helpers import distil, unit_workspace

# The tester's seed (2022-06-06_目标2025年建50个省级森林乡村.txt), its first lines as the store returned them.
PAGE = '长城新媒体集团  主办\n当前位置: 牛城要闻\n\n目标2025年!邢台将建50个省级森林乡村\n\n来源: 掌上邢台客户端  作者:王露橦 赵娟娟 和钰\n2022-06-06 11:10:53\n分享:\n\n  从邢台市绿委办获悉,邢台市明确到2025年底前,结合美丽乡村建设和农村人居环境综合整治,以街道绿化、庭院绿化、进村路绿化、小游园建设等为重点,加快推进村庄绿化美化进程。\n\n  按照计划,邢台市将遵循科学规划、合理布局,以人为本、生态优先,优化结构、绿美并举,保护为先、造改结合,突出重点、循序渐进的原则,采取街巷绿化、庭院绿化、公共场地绿化、沟渠坑塘绿化、环村林建设等模式推进村庄绿化美化。\n'


def test_a_banner_naming_who_runs_the_site_is_no_title(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "邢台市林业局", "市林业局", "邢台市")
    ff = distil(tmp_path, ws, PAGE, "2022-06-06_目标2025年建50个省级森林乡村.txt")
    assert ff.source.title == "目标2025年！邢台将建50个省级森林乡村"
    assert not any("主办" in f.text for f in ff.facts)
