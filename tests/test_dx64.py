"""dx64: a rate's per-unit base stays in its label (hd74a distillation 5)."""
from drafter.distill.figures import find_figures

# 2022-06-09 《便民停车行动方案》 (安徽), paragraph 5 (excerpt).
_RATE = "新建医院、商场等公共建筑，按每百平方米1.1-1.5个车位配建。"


def test_per_unit_base_kept_in_label():
    (fig,) = find_figures(_RATE)
    assert (fig.value, fig.upto, fig.counts) == (1.1, 1.5, "每百平方米车位配建")
