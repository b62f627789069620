"""DISBURSED: a body pays out a fund named by its head or as a standing policy's money
(sentences invented)."""

from tests.helpers import extract, relations


def test_a_subsidy_paid_out_with_its_amount():
    ex = extract("1月5日,青石县民政局向全县困难群众发放一次性取暖补助金50万元。")
    assert ("青石县民政局", "一次性取暖补助金") in relations(ex, "DISBURSED")
    paid = [r.amount for r in ex.relations if r.type == "DISBURSED"]
    assert paid == ["50万元"]


def test_a_special_fund_allocated():
    ex = extract("青石县财政局拨付农业产业发展专项资金300万元。")
    assert ("青石县财政局", "农业产业发展专项资金") in relations(ex, "DISBURSED")


def test_a_subsidy_paid_again_to_a_policys_people():
    ex = extract("青石县民政局为全县低保对象补发一次性取暖补助金。")
    assert ("青石县民政局", "一次性取暖补助金") in relations(ex, "DISBURSED")


def test_benefits_paid_out_are_funds_and_a_bare_benefit_is_none():
    ex = extract(
        "青石县人社局为失业人员发放失业保险金860万元。县民政局为老人发放高龄津贴。"
        "村里为老人发放养老金。"
    )
    paid = relations(ex, "DISBURSED")
    assert {("青石县人社局", "失业保险金"), ("县民政局", "高龄津贴")} <= paid
    assert not {fund for _, fund in paid} - {"失业保险金", "高龄津贴"}
