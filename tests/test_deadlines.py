"""Deadlines: 3 months (主办), 1 month (会办/协办), 6 months (extended), next working day of China's
official calendar (2026 schedule published by the State Council: 国庆 10月1日—7日放假, 9月20日（周日）和
10月10日（周六）上班)."""

import datetime as dt
import warnings

import pytest

from drafter.deadlines import CalendarWarning, WorkCalendar, add_months, days_left, due_date

D = dt.date


def test_lead_three_months_clamps_to_month_end():
    assert due_date(D(2026, 1, 31), "主办") == D(2026, 4, 30)  # Thursday, a working day
    assert due_date(D(2026, 3, 16), "主办") == D(2026, 6, 16)


def test_month_end_clamp_in_leap_and_common_years():
    assert add_months(D(2027, 11, 30), 3) == D(2028, 2, 29)
    assert add_months(D(2026, 11, 30), 3) == D(2027, 2, 28)
    assert add_months(D(2026, 8, 31), 1) == D(2026, 9, 30)
    assert add_months(D(2026, 12, 15), 1) == D(2027, 1, 15)


def test_co_handler_one_month_weekend_moves_to_monday():
    assert D(2026, 11, 15).weekday() == 6  # Sunday
    assert due_date(D(2026, 10, 15), "会办") == D(2026, 11, 16)
    assert due_date(D(2026, 10, 15), "协办") == D(2026, 11, 16)


def test_national_day_moves_to_first_working_day_after_holiday():
    assert due_date(D(2026, 7, 1), "主办") == D(2026, 10, 8)
    assert due_date(D(2026, 9, 3), "会办") == D(2026, 10, 8)  # 10-03 Saturday inside the holiday


def test_makeup_workday_on_weekend_stays():
    assert D(2026, 10, 10).weekday() == 5 and D(2026, 9, 20).weekday() == 6
    assert due_date(D(2026, 9, 10), "会办") == D(2026, 10, 10)
    assert due_date(D(2026, 6, 20), "主办") == D(2026, 9, 20)


def test_extended_item_six_months():
    assert due_date(D(2026, 3, 15), "主办", extended=True) == D(2026, 9, 15)
    assert due_date(D(2026, 3, 31), "主办", extended=True) == D(2026, 9, 30)


def test_year_end_lead_deadline_in_next_year():
    # 2026-11-30 + 3 months = 2027-02-28, a Sunday → Monday 2027-03-01
    assert D(2027, 2, 28).weekday() == 6
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CalendarWarning)  # 2027 may be beyond the calendar
        assert due_date(D(2026, 11, 30), "主办") == D(2027, 3, 1)


def test_uncovered_year_falls_back_to_weekends_and_warns_once():
    cal = WorkCalendar()
    assert D(2099, 3, 1).weekday() == 6 and D(2099, 2, 28).weekday() == 5
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert due_date(D(2098, 11, 28), "主办", work_calendar=cal) == D(2099, 3, 2)
        assert due_date(D(2098, 12, 1), "主办", work_calendar=cal) == D(2099, 3, 2)
        assert due_date(D(2099, 2, 3), "会办", work_calendar=cal) == D(2099, 3, 3)  # Tuesday
    assert [w.category for w in caught] == [CalendarWarning]
    assert len(cal.warnings) == 1 and "2099" in cal.warnings[0]


def test_unknown_role_is_an_error():
    with pytest.raises(ValueError):
        due_date(D(2026, 3, 1), "督办")


def test_days_left():
    assert days_left(D(2026, 6, 16), D(2026, 6, 1)) == 15
    assert days_left(D(2026, 6, 16), D(2026, 6, 16)) == 0
    assert days_left(D(2026, 6, 16), D(2026, 6, 20)) == -4
