#include "demotables.h"

#include "demokey.h"
#include "demotime.h"

#include <cmath>

namespace proofdesk::demo {

namespace {

LetterTable transactions(const CommunicationPlan &plan, DemoRandom &rng, Variables &vars)
{
    // Everyday spending with its usual size (cents), after the month's salary and rent.
    struct Spend
    {
        const char *text;
        int low, high;
    };
    static const Spend spends[] = {
        {"Card payment, Carrefour Luxembourg", 1500, 14000}, {"Card payment, Lidl", 800, 9000},
        {"Direct debit, Enovos energy", 6000, 16000},        {"Direct debit, POST Telecom", 2999, 5999},
        {"Cash withdrawal, ATM Gare", 2000, 20000},          {"Card payment, Café Schéiss", 350, 4200},
        {"Card payment, Boulangerie Fischer", 280, 2500},    {"Direct debit, Northbridge Assurance", 2400, 9800},
        {"Card payment, Librairie Ernster", 900, 6500},      {"Online payment, Deutsche Bahn", 2900, 18900}};
    LetterTable t{{key("Date"), key("Description"), key("Amount"), key("Balance")}, {}, {}, {14, 50, 18, 18}, {2, 3}};
    const qint64 periodStart = addMonths(startOfMonth(plan.documentDate), -1);
    qint64 balance = rng.range(50000, 900000);
    vars.insert(key("opening_balance"), money(balance));
    vars.insert(key("period"), monthYear(periodStart));
    const int rows = rng.range(8, 24);
    for (int i = 0; i < rows; ++i) {
        const qint64 day = periodStart + qint64(i * 27 / rows) * kDay;
        QString text;
        qint64 amount = 0;
        if (i == 0) {
            text = key("Salary");
            amount = rng.range(180000, 520000);
        } else if (i == 1) {
            text = key("Standing order, rent");
            amount = -rng.range(65000, 145000);
        } else {
            const Spend &spend = rng.pick(spends);
            text = QString::fromUtf8(spend.text);
            amount = -rng.range(spend.low, spend.high);
        }
        balance += amount;
        t.rows.append({isoDate(day), text, figure(amount), figure(balance)});
    }
    t.total = {QString(), key("Closing balance"), QString(), figure(balance)};
    vars.insert(key("closing_balance"), money(balance));
    return t;
}

LetterTable feeItems(const CommunicationPlan &plan, DemoRandom &rng, Variables &vars)
{
    static const char *const services[] = {"Account maintenance", "Debit card",
                                           "Paper statements",    "Cash withdrawals at other banks",
                                           "Safe deposit box",    "Standing order set-up"};
    static const int prices[] = {490, 150, 120, 200, 1250, 300};
    LetterTable t{
        {key("Service"), key("Quantity"), key("Unit price"), key("Amount")}, {}, {}, {46, 14, 20, 20}, {1, 2, 3}};
    qint64 total = 0;
    const int rows = rng.range(2, 5);
    for (int i = 0; i < rows; ++i) {
        const int quantity = i < 2 ? 1 : rng.range(1, 4);
        const qint64 amount = qint64(quantity) * prices[i];
        total += amount;
        t.rows.append({QLatin1String(services[i]), QString::number(quantity), figure(prices[i]), figure(amount)});
    }
    t.total = {key("Total due"), QString(), QString(), figure(total)};
    vars.insert(key("total_due"), money(total));
    vars.insert(key("period"), monthYear(addMonths(plan.documentDate, -1)));
    return t;
}

LetterTable feeComparison(const CommunicationPlan &, DemoRandom &rng, Variables &vars)
{
    static const char *const services[] = {"Account maintenance, per month", "Debit card, per month",
                                           "Instant transfer", "Cash withdrawal at another bank", "Paper statement"};
    static const int before[] = {490, 150, 50, 150, 100};
    LetterTable t{{key("Service"), key("Current fee"), key("New fee")}, {}, {}, {56, 22, 22}, {1, 2}};
    for (int i = 0; i < 5; ++i) {
        const int after = before[i] + rng.range(-1, 4) * 10;
        t.rows.append({QLatin1String(services[i]), figure(before[i]), figure(qMax(0, after))});
    }
    vars.insert(key("fee_change_summary"),
                QStringLiteral("For a typical customer the changes add %1 a month.").arg(money(rng.range(1, 6) * 10)));
    return t;
}

LetterTable premium(const CommunicationPlan &plan, DemoRandom &rng, Variables &vars)
{
    const bool renewal = QLatin1String(plan.type->type) == QLatin1String("renewal_letter");
    const qint64 base = rng.range(18000, 140000);
    const qint64 discount = -(base * rng.range(5, 30) / 100);
    const qint64 tax = (base + discount) * 4 / 100;
    const qint64 total = base + discount + tax;
    LetterTable t;
    if (renewal) {
        t = {{key("Item"), key("Last year"), key("This year")}, {}, {}, {50, 25, 25}, {1, 2}};
        const qint64 last = total * rng.range(88, 100) / 100;
        t.rows = {{key("Base premium"), figure(base * 96 / 100), figure(base)},
                  {key("No-claims discount"), figure(discount), figure(discount)},
                  {key("Insurance premium tax (4%)"), figure(tax * 96 / 100), figure(tax)}};
        t.total = {key("Annual premium"), figure(last), figure(total)};
    } else {
        t = {{key("Item"), key("Amount")}, {}, {}, {70, 30}, {1}};
        t.rows = {{key("Base premium"), figure(base)},
                  {key("No-claims discount"), figure(discount)},
                  {key("Insurance premium tax (4%)"), figure(tax)}};
        t.total = {key("Premium due"), figure(total)};
    }
    vars.insert(key("premium_total"), money(total));
    return t;
}

LetterTable settlement(const CommunicationPlan &, DemoRandom &rng, Variables &vars)
{
    const qint64 claimed = rng.range(40000, 1800000);
    const qint64 excess = -qint64(rng.pick(QList<int>{10000, 15000, 25000, 50000}));
    const qint64 depreciation = -(claimed * rng.range(0, 20) / 100);
    const qint64 paid = qMax<qint64>(0, claimed + excess + depreciation);
    LetterTable t{{key("Item"), key("Amount")}, {}, {}, {70, 30}, {1}};
    t.rows = {{key("Amount claimed"), figure(claimed)},
              {key("Policy excess"), figure(excess)},
              {key("Deduction for wear and tear"), figure(depreciation)}};
    t.total = {key("Settlement"), figure(paid)};
    vars.insert(key("settlement_amount"), money(paid));
    return t;
}

LetterTable instalments(const CommunicationPlan &plan, DemoRandom &, Variables &vars)
{
    const qint64 principal = vars.value(key("loan_amount_cents")).toLongLong();
    const int rateBp = vars.value(key("rate_bp")).toInt();
    const int term = vars.value(key("term_months")).toInt();
    const double r = rateBp / 10000.0 / 12.0;
    const qint64 payment = monthlyInstalment(principal, rateBp, term);
    LetterTable t{{key("No."), key("Due date"), key("Instalment"), key("Interest"), key("Principal"), key("Balance")},
                  {},
                  {},
                  {8, 20, 18, 18, 18, 18},
                  {2, 3, 4, 5}};
    const qint64 first = addMonths(startOfMonth(plan.documentDate), 1) + 4 * kDay;
    qint64 balance = principal;
    for (int i = 0; i < 12 && i < term; ++i) {
        const qint64 interest = qint64(std::llround(balance * r));
        const qint64 repaid = qMin(balance, payment - interest);
        balance -= repaid;
        t.rows.append({QString::number(i + 1), isoDate(addMonths(first, i)), figure(payment), figure(interest),
                       figure(repaid), figure(balance)});
    }
    vars.insert(key("first_due"), longDate(first));
    vars.insert(key("instalment_amount"), money(payment));
    return t;
}

LetterTable enclosures(const CommunicationPlan &, DemoRandom &rng, Variables &)
{
    LetterTable t{{key("Document"), key("Pages"), key("What to do")}, {}, {}, {56, 12, 32}, {1}};
    t.rows = {{key("Credit agreement"), QString::number(rng.range(10, 16)), key("Sign and return")},
              {key("European Standardised Information Sheet"), key("4"), key("Keep")},
              {key("Direct debit mandate"), key("1"), key("Sign and return")},
              {key("Valuation report"), QString::number(rng.range(5, 9)), key("Keep")},
              {key("Insurance declaration"), key("2"), key("Sign and return")}};
    return t;
}

LetterTable coverage(const CommunicationPlan &, DemoRandom &rng, Variables &vars)
{
    LetterTable t{{key("Cover"), key("Sum insured"), key("Excess")}, {}, {}, {50, 25, 25}, {1, 2}};
    t.rows = {{key("Buildings"), figure(rng.range(150, 600) * 100000), figure(25000)},
              {key("Contents"), figure(rng.range(20, 90) * 100000), figure(15000)},
              {key("Personal liability"), figure(500000000), figure(0)},
              {key("Legal expenses"), figure(5000000), figure(10000)}};
    vars.insert(key("premium_total"), money(rng.range(24000, 160000)));
    return t;
}

} // namespace

qint64 monthlyInstalment(qint64 principal, int rateBp, int months)
{
    const double r = rateBp / 10000.0 / 12.0;
    return qint64(std::llround(principal * r / (1.0 - std::pow(1.0 + r, -months))));
}

LetterTable buildTable(const CommunicationPlan &plan, DemoRandom &rng, Variables &vars)
{
    switch (plan.type->table) {
    case TableKind::None:
        return {};
    case TableKind::Transactions:
        return transactions(plan, rng, vars);
    case TableKind::FeeItems:
        return feeItems(plan, rng, vars);
    case TableKind::FeeComparison:
        return feeComparison(plan, rng, vars);
    case TableKind::Premium:
        return premium(plan, rng, vars);
    case TableKind::Settlement:
        return settlement(plan, rng, vars);
    case TableKind::Instalments:
        return instalments(plan, rng, vars);
    case TableKind::Enclosures:
        return enclosures(plan, rng, vars);
    case TableKind::Coverage:
        return coverage(plan, rng, vars);
    }
    return {};
}

} // namespace proofdesk::demo
