"""A new bureau's workspace: ``drafter.yaml`` written for it, with ``seeds/`` for its documents.

What the bureau's name says is filled in (its place, short name and self name: 福州市教育局 → 福州市,
市教育局, 我局); what it cannot say (signatory, contacts, the units it copies to, other units' fields)
is left in the file as commented lines to fill. Templates are drafter's own until the workspace has
its own copy (:data:`~.workspace.BUNDLED_TEMPLATES`).
"""

from __future__ import annotations

from pathlib import Path

from .errors import WorkspaceError
from .fileio import atomic_write
from .grammar import PREFECTURE_WORD, place_and_short_name, same_unit
from .web.config import DEFAULT_UPLOAD_MB
from .workspace import CONFIG_NAME, DEFAULT_CLASSES, HEADING_FORMS, SEEDS_DIR, Workspace, levels_of, prefilled_cc, self_name_of


def create_workspace(root: str | Path, name: str, *, short_name: str | None = None,
                     jurisdiction: str | None = None, areas: list[str] | tuple[str, ...] = ()) -> Path:
    """Write ``root/drafter.yaml`` for the bureau called ``name`` and make ``root/seeds``; the file's path.
    The place is ``jurisdiction``, else the one the name opens with; refused where the folder already holds
    a drafter.yaml (never overwritten) or neither gives a place."""
    root = Path(root)
    name = name.strip()
    path = root / CONFIG_NAME
    if path.exists():
        raise WorkspaceError("该目录已有 drafter.yaml，未覆盖：请换一个目录，或直接编辑该文件", path)
    place, form = place_and_short_name(name)
    jurisdiction = (jurisdiction or place).strip()
    if not jurisdiction:
        raise WorkspaceError(f"无法从单位名称“{name}”看出所属地区：请用 --jurisdiction 写明（如福州市）")
    if root.exists() and not root.is_dir():
        raise WorkspaceError("不是目录", root)
    root.mkdir(parents=True, exist_ok=True)
    (root / SEEDS_DIR).mkdir(exist_ok=True)
    atomic_write(path, config_text(name, short_name or form, jurisdiction, list(areas)), overwrite=False)
    return path


# What a jurisdiction of each level has under it, as drafter.yaml's areas comment names it, and an example (hd14: a
# county's file said 县（市、区）, 某某区).
SUBUNITS = {"省": ("市（州）", "某某市"), "市": ("县（市、区）", "某某区"), "州": ("县（市）", "某某县"),
            "县": ("乡镇（街道）", "某某镇"), "区": ("镇（街道）", "某某街道"), "旗": ("苏木（乡镇）", "某某镇"),
            PREFECTURE_WORD: ("县（市）", "某某县"), "盟": ("旗（县、市）", "某某旗")}
# drafter.yaml's examples of another unit's fields and of what another unit counts, each with a second to show a bureau
# that is the first itself (hd24d: 济南市市场监督管理局's file named 市市场监管局 as another unit).
OTHER_FIELDS_EXAMPLES = (("市场监管局", "知识产权, 专利, 商标"), ("自然资源局", "国土空间规划, 土地利用"))
OTHER_UNITS_EXAMPLES = (("工信局", "规上工业增加值"), ("统计局", "地区生产总值"))


def _other_example(examples, level: str, name: str) -> str:
    """The first of ``examples`` (unit, its words) that is another unit than the bureau ``name``: the unit as its letters
    say it (市市场监管局) and its words."""
    return next((f"{level}{u}", w) for u, w in examples if not same_unit(f"{level}{u}", name))


def config_text(name: str, short_name: str, jurisdiction: str, areas: list[str]) -> str:
    """The text of a new drafter.yaml: the bureau's own lines set, the rest to fill, each explained."""
    level, bodies = levels_of(name, jurisdiction)
    under, example = SUBUNITS.get(bodies, SUBUNITS["市"])
    cc = prefilled_cc(name, jurisdiction)
    (congress,), (office,) = cc["suggestion"]
    (cppcc,), _ = cc["proposal"]
    listed = "".join(f"    - {a}\n" for a in areas) or f"    # - {example}\n"
    classes = "".join(f"  {code}: {meaning}\n" for code, meaning in DEFAULT_CLASSES.items())
    field_unit, fields = _other_example(OTHER_FIELDS_EXAMPLES, level, name)
    counting_unit, counted = _other_example(OTHER_UNITS_EXAMPLES, level, name)
    return f"""# drafter.yaml — {name}的工作区。drafter 每次起草都读取本文件，可随时修改。
organisation:
  name: {name}          # 发文机关标志、落款
  short_name: {short_name}
  self: {self_name_of(name)}                      # 答复中的自称
  # work: 我{level}某某工作          # 开头语、结束语感谢对方支持的工作（不写时为“{self_name_of(name)}工作”）
  # you_many: 您们                # 多名代表（委员）联名时的称呼：您们或你们（不写时按事实库中本单位答复的用法，没有的用“你们”）
  jurisdiction: {jurisdiction}            # 本地区：这里的事实是“我{level}”的
  areas:                          # 下辖的{under}：其事实写明地名后作为例子
{listed}
# 以下各项请按本单位实际填写（未填的，稿中留【待补充】）。含“某”或 XX 的姓名（王某某、李某）和全为 0 的
# 电话（0000-00000000）是占位的写法：稿中照样写出，但标黄并加批注待改，核稿时也会提示，试用时可以这样填。
# signatory: 某某某                 # 领导署名
# contact: 某某                     # 联系人
# phone: 0000-00000000              # 联系电话
disclosure: 主动公开               # 附注：（此件主动公开）

# 抄送，按建议/提案分别填写；每个内层列表为一组（组间以“；”分隔）。请按本地实际修改（下面是预填的，未改动而本单位以往答复都不写抄送的，稿中不写）。
cc:
  suggestion:
    - [{congress}]
    - [{office}]
  proposal:
    - [{cppcc}]
    - [{office}]

# 答复类型：代号 → 含义。
classes:
{classes}
# 其他单位的职责领域：建议中属于这些领域、库中又没有材料的事项，稿中请该单位提供（【待某某局提供：…】）。
# other_fields:
#   {field_unit}: [{fields}]
# 其他单位统计的事项：稿中写明出处（据{counting_unit}统计…）。
# other_units:
#   {counting_unit}: [{counted}]
# 上级部门的事权：建议所提属于这些事权的，稿中请补充本地开展的工作。
# higher_powers:
#   国家知识产权局: [专利审查, 专利确权]
# 同义词：建议与本单位答复对同一事物的不同说法，检索材料时互相代替（已内置道路/公路、通村道路/农村公路/村道等通用说法）。
# synonyms:
#   - [断头路, 断头桥]
# cc_co_handlers: {str(Workspace.cc_co_handlers).lower()}            # 主办答复是否抄送会办单位（false：不抄送）

# 事实的时效：早于成文年份 freshness_years 年以上的事实，没有更新的材料时照用，数字标出待更新；早于 draft.max_age
# 年以上的事实不用（该部分留待补充，批注写明库中有哪些旧材料）。max_age 不能小于 freshness_years。
# freshness_years: {Workspace.freshness_years}
# draft:
#   max_age: {Workspace.max_age}
#   form: {Workspace.reply_form}                # 答复结构：auto 按本单位以往答复；parts 基本情况+下一步；per_ask 建议每条一节；plain 不设标题的段落
#   closing: {Workspace.reply_closing}             # 结束语：auto 按本单位以往答复；status 按答复类型写明办理状态；thanks 只致谢（类型见文首）
#   headings: {Workspace.heading_form}            # 小标题：{' 或 '.join(HEADING_FORMS)}（separate 单独成行，inline 段首）
#   earlier_plans: {Workspace.earlier_plans}          # 只有上年计划时：text 照录并标待核实；comment 只写标题、计划放批注
#   old_figures: {Workspace.old_figures}            # 不是最新的数字：keep 照写标亮；blank 写作X、原数放批注；frame 同 blank 并改写为上年
#   asked_measures: {Workspace.asked_measures}      # 没有计划、建议写了做法时：comment 做法放批注；text 照录并标待核实
#   standing_measures: {Workspace.standing_measures}   # 没有计划、第一部分有现行做法时：comment 只写标题；text 续写并标待核实
#   length: {Workspace.target_length}              # 正文目标字数
#   max_length: {Workspace.max_length}          # 正文最多字数

# drafter serve（浏览器页面）：供局域网同事使用时须设口令；上传文件大小上限（MB）。
# serve:
#   password: 换成你的口令
#   upload_limit_mb: {DEFAULT_UPLOAD_MB}
"""
