"""hx74b1: findings of the held-out tests hd73c (奉节县生态环境局, 第16号建议 关于强化农村养殖户排污管理利用的建议) and hd73a
(乐清市农业农村局, 第457号建议 关于支持山区共富林下养殖的建议), on their seeds' real lines.

1. Material a placeholder's comment names as 涉及该主题 says the suggestion's subject its ask's phrase says (养殖 of 督促养殖大户配套
   完善粪污水处理设备 under 强化农村养殖户排污管理利用): not the 督察调研 page's …石料厂、生态工业园区污水处理厂、金盆货运码头…13个点位,
   on the ask for its 污水处理 alone. An ask whose phrase says none of the title's words is weighed as before.
2. Where nothing within max_age is on the ask, the bureau's own place's older material on that subject is named with its year,
   source and sentence, and its age (hd73c: 2019's …养殖场拆除并清理等3个问题已经完成整改 in a draft of 2023; hd73a: 2019's 石斛谷
   林下仿生栽培示范基地 under 完善林下养殖扶持政策) — never another place's (温州市's 2016 生猪规模养殖场 under an ask saying none).
"""

from __future__ import annotations

from helpers import comments_on, seeds_draft, unit_workspace

FENGJIE = ("奉节县生态环境局", "县生态环境局", "奉节县", "兴隆镇, 草堂镇, 康乐镇, 五马镇, 石岗乡, 冯坪乡, 红土乡, 新民镇, 大树镇")
# hd73c's seeds/2022-06-20_西南督察局赴奉开展第二轮中央环保督察调研.txt: its head and paragraph.
SURVEY = ('生态环境部西南督察局赴奉开展第二轮中央环保督察调研工作\n日期:2022-06-20\n\n'
          '近日生态环境部西南督察局梅进副处长一行对我县第二轮中央生态环境保护督察整改情况开展跟踪督察调研。督察组调研了草堂镇久轩石料厂、'
          '生态工业园区污水处理厂、金盆货运码头、康乐镇寂静港、五马镇采石场、兴隆镇桃源村大石坝石厂等13个点位。督察组先后听取了县级相关部门'
          '关于第二轮中央生态环保督察整改情况的汇报,并调阅相关档案资料。督察组对我县第二轮中央生态环保督察整改落实情况表示肯定,调查的13个点位均反馈问题。\n')
# hd73c's seeds/2019-05-10_奉节强力推进生态环境突出问题整改.txt: its third paragraph.
RECTIFIED = ('相关部门和乡镇接受工作任务后立即行动,采取明确工作方案、整改措施、责任人员、整改时限等办法,倒排工期,大力推进生态环境突出问题整改'
             '和固废点位清理整治工作,取得了积极效果。整改的10个生态环境突出问题中,兴隆镇垃圾中转站渗滤液管道修复、关闭梅溪河湿地自然保护区内'
             '石岗乡瓦坪村附近违规采砂、天坑地缝自然保护区李美坤和谢先兰养殖场拆除并清理等3个问题已经完成整改,其余的7个问题正在整改并取得了明显成效。'
             '114个固废点位的清理整治工作已完成40个,74个正在整改中,完成率35.1%;其中冯坪乡、红土乡、新民镇、兴隆镇、大树镇全部完成固废点位的清理整治工作。\n')
# hd73c's suggestion.txt, whole.
FARMS = ('关于强化农村养殖户排污管理利用的建议\n\n农村养殖户排污影响农村环境，建议强化农村养殖户排污的管理和粪污利用：\n'
         '一、强化宣传教育，提高环保意识。\n二、切实督促养殖大户配套完善粪污水处理设备。\n三、严格执法管理。\n')

YUEQING = ("乐清市农业农村局", "市农业农村局", "乐清市")
# hd73a's seeds/2019-01-27_乐清市自然资源和规划局2019年工作报告.txt: its paragraph on 铁皮石斛.
DENDROBIUM = ('一是以林业重大产业化项目实施为重点,推进铁皮石斛全产业链发展。建成雁荡山铁皮石斛文化馆、石斛谷林下仿生栽培示范基地等一批林业产业化'
              '重点项目,集合全市铁皮石斛林下种植加工企业,通过义乌国际森林博览会开展全球供应商对接、线上线下展示。\n')
# hd73a's seeds/2016-…_温州畜牧业转型升级.txt: its paragraph on 乐清 (温州市's notice).
PIGS = ('昨日,温州市人民政府办公室发布《关于进一步推进畜牧业转型升级》的通知。通知要求大力推进畜牧业规模化、标准化、生态化、特色化和产业化发展,'
        '到2018年,全市新建万头生猪规模养殖场(小区)18个以上。\n')
# hd73a's suggestion.txt, whole.
FOREST = ('关于支持山区共富林下养殖的建议\n\n乐清山区、山老区林地资源丰富，发展林下养殖（林禽等模式）是带动山区农民就业增收、实现共同富裕的有效途径。'
          '但目前林下养殖存在用地规划不清、扶持政策不足、养殖户技术薄弱等问题。为此建议：\n'
          '一、充分利用山区林地资源，科学规划林下养殖布局，明确可养区域和用地。\n'
          '二、完善林下养殖扶持政策，创新发展模式，发挥企业带动作用，带动周边农户就业增收。\n'
          '三、强化技术服务，加强对林下养殖户的技术培训和指导，引导规范、科学养殖。\n')


def _farms_notes(tmp_path) -> tuple[list[str], list[str], list[str]]:
    ws = unit_workspace(tmp_path / "ws", *FENGJIE)
    _, out = seeds_draft(tmp_path, ws, {"2022-06-20_西南督察局赴奉开展第二轮中央环保督察调研.txt": SURVEY,
                                        "2019-05-10_奉节强力推进生态环境突出问题整改.txt": RECTIFIED},
                         "16", "关于强化农村养殖户排污管理利用的建议", FARMS, "--deputy", "程晓玲", "--session", "县十八届人大二次会议",
                         "--date", "2023-10-08")
    return tuple(comments_on(out, f"【待补充：{ask}") for ask in ("强化宣传教育", "督促养殖大户", "严格执法管理"))


def test_1_material_named_on_an_ask_says_the_subject_its_phrase_says(tmp_path):
    publicity, equipment, enforcement = _farms_notes(tmp_path)
    assert not any("督察" in n or "污水处理厂" in n for n in publicity + equipment + enforcement)  # (was under 督促养殖大户…)


def test_2_older_material_on_the_subject_is_named_with_its_year(tmp_path):
    _, [equipment], _ = _farms_notes(tmp_path)
    assert "只有2019年涉及“养殖”的材料" in equipment and "奉节强力推进生态环境突出问题整改" in equipment
    assert "李美坤和谢先兰养殖场拆除并清理等3个问题已经完成整改" in equipment and "距成文年份已4年" in equipment


def test_2_older_material_near_the_subject_never_another_places(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *YUEQING)
    _, out = seeds_draft(tmp_path, ws, {"2019-01-27_乐清市自然资源和规划局2019年工作报告.txt": DENDROBIUM,
                                        "2016-06-01_温州畜牧业转型升级.txt": PIGS},
                         "457", "关于支持山区共富林下养殖的建议", FOREST, "--deputy", "郑国东", "--session", "市十七届人大三次会议",
                         "--date", "2024-06-20")
    [policy] = comments_on(out, "【待补充：完善林下养殖扶持政策")
    assert "只有2019年涉及“林下”的材料" in policy and "石斛谷林下仿生栽培示范基地" in policy  # (was: 没有本单位此方面的工作情况)
    [service] = comments_on(out, "【待补充：强化技术服务")
    assert "生猪" not in service and "石斛" not in service  # (its phrase says none of the title's words; 温州市's is no 乐清's)
