"""What is being answered: a deputy's suggestion or a member's proposal, as the clerk gives it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

ROLES = ("主办", "会办", "协办")


@dataclass
class Suggestion:
    """One item to answer (a row of the 交办清单, or the options of ``drafter draft``)."""

    number: str  # 1288 (建议号 / 提案号)
    title: str  # 关于推动科技创新与产业创新深度融合…的建议 (the topic)
    deputy: str | None = None  # 领衔代表 / 提案人
    session: str | None = None  # 市十七届人大五次会议
    reply_class: str | None = None  # 答复类型 code from the workspace's class scheme
    role: str = "主办"  # 主办 | 会办 | 协办
    lead: str | None = None  # the lead unit a 会办意见 is addressed to
    co_handlers: list[str] = field(default_factory=list)  # 会同…办理
    proposal: bool = False  # 政协提案 (委员) rather than 人大建议 (代表)
    date: dt.date | None = None  # 成文日期; None leaves a placeholder
    doc_number: str | None = None  # 泉科函〔2026〕102号; None leaves a placeholder
