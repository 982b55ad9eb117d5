"""Deadlines of the handling cycle: when a reply (主办) or a co-handler's views (会办/协办) are due.

The lead unit answers within 3 calendar months of assignment (交办), an extended item within at most
6 months, a co-handling unit sends its views within 1 month. A deadline that falls on a weekend or
a public holiday moves to the next working day of China's official calendar (``chinese_calendar``,
which knows the 调休 weekend days that are working days). For a year that calendar does not cover
yet, weekends alone are skipped and a warning says so, once per year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import warnings

LEAD_MONTHS = 3
CO_HANDLER_MONTHS = 1
EXTENDED_MONTHS = 6
ROLE_MONTHS = {"主办": LEAD_MONTHS, "会办": CO_HANDLER_MONTHS, "协办": CO_HANDLER_MONTHS}


class CalendarWarning(UserWarning):
    """A deadline was computed without the official holiday calendar for its year."""


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months, clamped to the month's end (Nov 30 + 3 → Feb 28)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class WorkCalendar:
    """Working days by China's official calendar, falling back to weekends for uncovered years.

    ``warnings`` lists, once per year, the years for which only weekends were skipped.
    """

    def __init__(self) -> None:
        self.uncovered_years: set[int] = set()
        self.warnings: list[str] = []

    def is_workday(self, day: dt.date) -> bool:
        import chinese_calendar

        try:
            return chinese_calendar.is_workday(day)
        except NotImplementedError:
            if day.year not in self.uncovered_years:
                self.uncovered_years.add(day.year)
                message = (f"节假日历未覆盖{day.year}年，该年期限只顺延周末，"
                           f"法定节假日和调休请人工核对")
                self.warnings.append(message)
                warnings.warn(message, CalendarWarning, stacklevel=3)
            return day.weekday() < 5

    def next_workday(self, day: dt.date) -> dt.date:
        """``day`` itself when it is a working day, else the first working day after it."""
        while not self.is_workday(day):
            day += dt.timedelta(days=1)
        return day


_DEFAULT_CALENDAR = WorkCalendar()


def due_date(assigned: dt.date, role: str, extended: bool = False,
             work_calendar: WorkCalendar | None = None) -> dt.date:
    """The deadline of an item assigned on ``assigned`` for a unit acting as ``role``.

    主办: 3 months; 会办/协办: 1 month; ``extended``: 6 months whatever the role (the office granted
    the unit an extension). Moved to the next working day when it falls on a rest day.
    """
    if role not in ROLE_MONTHS:
        raise ValueError(f"unknown role {role!r}; expected one of {', '.join(ROLE_MONTHS)}")
    months = EXTENDED_MONTHS if extended else ROLE_MONTHS[role]
    return (work_calendar or _DEFAULT_CALENDAR).next_workday(add_months(assigned, months))


def days_left(due: dt.date, today: dt.date) -> int:
    """Calendar days from ``today`` to ``due``: 0 on the day, negative when overdue."""
    return (due - today).days
