"""Words that name the same thing in a suggestion and in the bureau's replies (通村道路 of a deputy's
title, 农村公路 of the replies): the base is searched for each where the suggestion says one.

Terms are character bigrams, and two such words may share none; the search of the base (a title's
topic, an ask's query) is the suggestion's text followed by the equivalents it does not say, and the things a
field it names is worked on in (:data:`FIELD_PARTS`). The facts are never rewritten. A short built-in list of general administrative equivalents; a bureau adds its
own under ``synonyms:`` in drafter.yaml.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..grammar import FUNCTION_CHARS
from ..lazyre import lazy
from ..textutil import is_cjk
from ..workspace import Workspace

# Care of the aged by its several names.
ELDER_CARE = ("养老服务", "老年照护", "老年人照护", "养老照护", "为老服务")
# The night-time economy by its names (hd42c: 发展我市夜经济 answered by 繁荣夜间经济集聚示范区).
NIGHT_ECONOMY = ("夜经济", "夜间经济")

# The greening of villages by its names (hd45b: 深入实施乡村绿化美化 asked, 村庄绿化 said in the 林业局's plans and reports).
VILLAGE_GREENING = ("乡村绿化", "村庄绿化", "农村绿化")

# Planting stock freed of viruses by its names (hd51b: 建立苹果无病毒采穗圃 asked, 建成2000亩…脱毒苗木繁育基地 said in the county's
# briefing). Not a bare 无毒, which is also drug-free (无毒社区 of 禁毒 work).
VIRUS_FREE = ("脱毒", "无病毒", "无毒苗", "无毒种苗")

# The roads and channels of farmland works by their names (hd53c: 修建片区农耕道路和沟渠 asked, 新建排灌渠10条…田间机耕路15条 said
# in the county's news of a 田间工程 started).
FARM_ROADS = ("农耕道路", "机耕路", "机耕道", "田间道路", "生产道路")
FARM_CHANNELS = ("沟渠", "排灌渠", "灌排渠", "排灌沟渠", "灌溉渠")
# General equivalents of official prose, each group one thing by several names.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("道路", "公路"),
    ("农村公路", "通村公路", "通村道路", "乡村道路", "村道"),
    ("高校毕业生", "大学生"),
    ("养老机构", "养老院", "敬老院"),
    ("水务", "水利"),  # (a 水务局 is the 水利局 of its place: its replies thank for 水利事业)
    ("消防", "防火"),  # (a forest county's 消防通道 is its 防火 work: 森林防火检查 of a 林业局's news, hd52d)
    NIGHT_ECONOMY,
    ELDER_CARE,
    VILLAGE_GREENING,
    VIRUS_FREE,
    FARM_ROADS,
    FARM_CHANNELS,
)

# A field by its names, and the settings its work is done in, which a bureau's account of the field reports by name: a
# suggestion naming the field is answered by that work (改造提升7处敬老院、运营兴办30处社区幸福食堂 of a 民政局's results, on
# 居家及社区老年照护体系, hd38a). One way only: an ask on 敬老院 is not on every setting of elder care.
# (supervision by the acts it is done by: 成立专项检查执法组…共检查建筑工地55处…检查企业排污许可174家次 is a bureau's
# 监管 work though it never says the word, hd42b)
FIELD_PARTS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    ((*ELDER_CARE, "居家养老", "社区养老"), ("养老机构", "养老院", "敬老院", "日间照料", "助餐", "老年食堂", "长者食堂", "幸福食堂")),
    # (the night-time economy by its markets, food streets and evening trade: 钟楼烟火美食街开街 of a 商务局's results, hd42c)
    (NIGHT_ECONOMY, ("夜市", "美食街", "夜游", "夜购", "夜食", "夜娱", "夜间消费", "不夜城", "灯光秀")),
    (("监管",), ("执法", "检查", "督查", "巡查")),
    # (village greening by the villages it made forest villages, the honour its results are counted in: 授予…100个村庄“邢台市森林
    # 村庄”称号 of a 林业局's base under 深入实施乡村绿化美化, hd45b)
    (VILLAGE_GREENING, ("森林乡村", "森林村庄")),
    # (and awareness by the publicity that raises it: 开展生态环境宣教活动11场次…发放生态环保宣传资料2200余份 under 提升公众环保意识)
    (("意识",), ("宣传", "宣教", "科普", "普法")),
    # (and investment promotion by the events it is done at and the projects signed there: 重点项目推介暨签约仪式，共签约项目141个
    # and 主题招商周启动，签订合同项目60个 of a 经济合作局's base under 利用…各类投资促进活动…推介汉商资源, hd68c)
    (("投资促进", "招商引资", "招商推介"), ("推介会", "推介暨签约", "招商会", "招商周", "签约仪式", "洽谈会", "博览会", "签约项目",
                                       "合同项目")),
)

# A field by the works its news names without the field's word (黄黄高铁建成通车，…燕矶长江大桥、武红高速等硬联通项目加快建设 of
# 交通基础设施, hd60b; 红江渡改桥项目已完成总投资的90%, hd72a): material near an ask on the field that a placeholder's comment may name, no answer drafted on their word alone.
FIELD_WORKS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("交通基础设施", "交通设施"), ("高铁", "铁路", "高速公路", "大桥", "渡改桥", "机场", "港口", "码头", "航道")),
)

# A facility by the field whose rules govern it, one way too: a suggestion on a 公墓 is answered by the place's 殡葬 measures
# and work (《香格里拉市殡葬管理办法》 of a 民政局's base under 完善仓觉村村民小组集体公墓, hd51a; the bureau's own reply framed it
# as 推进殡葬改革) — not an ask on 殡葬改革 by every cemetery.
FIELD_OF: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("公墓", "墓地", "骨灰堂", "殡仪馆", "火化场"), ("殡葬管理", "殡葬改革", "殡葬设施")),
)


# Longer words holding a group's member that name another thing (网络安全防火墙, 防火门 a door, 消防救援 the rescue force — its 队伍 no
# 防火 work, rv17): the member is not said in them.
OTHER_THINGS = lazy(r"防火墙|防火门|消防救援")


def _words(text: str) -> str:
    """``text`` without the words that hold a member but name another thing (:data:`OTHER_THINGS`)."""
    return OTHER_THINGS.sub(" ", text)


def groups(ws: Workspace) -> tuple[tuple[str, ...], ...]:
    """The built-in groups and the workspace's own (``synonyms:`` of drafter.yaml)."""
    return SYNONYMS + tuple(tuple(g) for g in ws.synonyms)


def equivalents(text: str, ws: Workspace) -> dict[str, list[str]]:
    """Each word of ``text`` naming a thing (a member of a group, a field's name) → the words that name it too: the group's
    others, the settings of the field (:data:`FIELD_PARTS`: 敬老院 of 老年照护), the field governing a facility
    (:data:`FIELD_OF`: 殡葬管理 of 公墓)."""
    named = [(g, g) for g in groups(ws)] + list(FIELD_PARTS) + list(FIELD_OF)
    out: dict[str, list[str]] = {}
    text = _words(text)
    for names, others in named:
        for m in names:
            if m in text:
                out.setdefault(m, []).extend(o for o in others if o != m)
    return out


def _named_by(table: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...], text: str) -> list[str]:
    """The words ``table`` gives for the names of it ``text`` says (its rows: names, words)."""
    return [w for names, said in table if any(m in text for m in names) for w in said]


def governing_fields(text: str) -> list[str]:
    """The fields whose rules govern a facility ``text`` names (:data:`FIELD_OF`: 殡葬管理 of 公墓): said whole, their words say
    its matter."""
    return _named_by(FIELD_OF, text)


def field_works(text: str) -> list[str]:
    """The works a field ``text`` names is reported by (:data:`FIELD_WORKS`: 高铁, 大桥 of 交通基础设施)."""
    return _named_by(FIELD_WORKS, text)


def synonyms_of(text: str, ws: Workspace) -> list[str]:
    """The words equivalent to those ``text`` says that it does not say itself (农村公路, 通村公路,
    乡村道路, 公路 of …通村道路拓宽重建), and the settings of a field it names (:data:`FIELD_PARTS`: 敬老院 of 老年照护)."""
    return list(dict.fromkeys(w for others in equivalents(text, ws).values() for w in others if w not in text))


def phrase_synonyms(phrase: str, text: str, ws: Workspace) -> list[str]:
    """:func:`synonyms_of` an ask's ``phrase``, and the settings of a field its ``text`` names (:data:`FIELD_PARTS`) when the
    phrase names one of them by a word of two characters (推介 of 广泛宣传推介 and 推介会, the field 投资促进 of its text's
    利用…各类投资促进活动): the phrase's work is that field's, and its other settings say it too (主题招商周启动，签订合同项目60个, hd68c)."""
    pairs = {phrase[k:k + 2] for k in range(len(phrase) - 1)}
    fields = [w for names, settings in FIELD_PARTS if any(m in text for m in names)
              and any(p in s for p in pairs for s in settings) for w in settings]
    return list(dict.fromkeys(w for w in (*synonyms_of(phrase, ws), *fields) if w not in phrase))


def with_synonyms(text: str, ws: Workspace) -> str:
    """``text`` followed by :func:`synonyms_of` it, apart: no bigram straddles two of them."""
    return " ".join([text, *synonyms_of(text, ws)])


def equivalents_said(text: str, said: str, ws: Workspace) -> list[str]:
    """The words of ``text`` naming a thing (老年照护) that ``said`` names by another of its names or by a setting of its field
    (敬老院): ``said`` is on them, though it shares none of their characters."""
    said = _words(said)
    return [m for m, others in equivalents(text, ws).items() if any(o in said for o in others)]


# A modifier a longer name of the base sets inside a term of the suggestion's (长者 of 社区长者食堂 for 社区食堂, 服务 of
# 助餐服务点 for 助餐点, hd70c): a word of MIN_PART to MAX_INSERT characters (not 转 of 产业转化 for 产业化); the term's word
# before it MIN_PART characters at least (社区, 助餐).
MAX_INSERT = 3
MIN_PART = 2


def longer_names(text: str, names: Iterable[str], said: str) -> dict[str, str]:
    """The longer names among ``names`` (the base's) of the terms of ``text``, each → its term: a run of a name saying a term
    of ``text`` with a modifier inside — the term's first word (MIN_PART characters or more) and its rest in order, at most
    MAX_INSERT characters between them (社区长者食堂 of 社区食堂; 助餐服务点, of 社区老年人助餐服务点, of 助餐点). The modifier is
    one the suggestion sets beside a part of the term (``said``: 社区长者 of its 社区长者食堂, 助餐服务 of its 助餐服务网络), so the
    name says no more than the deputy does: one inserting another word names another thing (社区卫生服务 of 社区服务; 科技成果转移转化
    of 科技成果转化 where 1288's deputy says no 成果转移). No function character in the
    term or the modifier (社区和居家, 食堂的); a term's rest of one character ends a word of ``text`` (:func:`_word_ends`). A
    name ``text`` says as it is adds nothing."""
    out: dict[str, str] = {}
    runs = {text[k:k + MIN_PART + 1] for k in range(len(text) - MIN_PART)}  # (the term's first word and next character, looked up)
    for name in names:
        if name in text:
            continue
        for i in range(MIN_PART, len(name) - 1):
            head = name[i - MIN_PART:i]
            if head not in text:
                continue
            for j in range(i + MIN_PART, min(i + MAX_INSERT, len(name) - 1) + 1):
                if head + name[j] not in runs:
                    continue
                insert = name[i:j]
                if not is_cjk(insert) or FUNCTION_CHARS & set(insert):
                    continue
                a, b = i - MIN_PART, j + 1
                if not (name[a:j] in said or name[i:b] in said):
                    continue
                while a > 0 and name[a - 1:i] + name[j:b] in text:
                    a -= 1
                while b < len(name) and name[a:i] + name[j:b + 1] in text:
                    b += 1
                term = name[a:i] + name[j:b]
                if is_cjk(term) and not FUNCTION_CHARS & set(term) and (b - j > 1 or _word_ends(text, term)):
                    out.setdefault(name[a:b], term)
    return out


def _word_ends(text: str, term: str) -> bool:
    """Whether ``term`` ends a word where ``text`` says it: before a mark, a function character or the end (助餐点 of 助餐点的规划;
    not 服务质 of 提升服务质量, a word's part)."""
    at = text.find(term)
    while at >= 0:
        after = text[at + len(term):at + len(term) + 1]
        if not after or not is_cjk(after) or after in FUNCTION_CHARS:
            return True
        at = text.find(term, at + 1)
    return False
