"""dx64: a rate's per-unit base stays in its label (hd74a distillation 5)."""
from drafter.distill.figures import find_figures

# 2022-06-09 《便民停车行动方案》 (安徽), paragraph 5 (excerpt).
_RATE = "新建医院、商场等公共建筑，按每百平方米1.1-1.5个车位配建。"


def test_per_unit_base_kept_in_label():
    (fig,) = find_figures(_RATE)
    assert (fig.value, fig.upto, fig.counts) == (1.1, 1.5, "每百平方米车位配建")


# 2021-11-10 安徽新闻网 “安徽城市停车场建设三年行动提前“收官””, paragraph 4 (excerpt): the span lost its 年.
_TARGET = "超过2019-2021新增公共停车泊位17.2万个的目标。"


def test_span_without_nian_dates_a_target():
    from drafter.distill.figures import YEAR

    m = YEAR.search(_TARGET)
    assert m and (m.group(1), m.group(2)) == ("2019", "2021")
    assert YEAR.search("2019新增停车泊位") is None  # (a bare year alone keeps needing its 年)
