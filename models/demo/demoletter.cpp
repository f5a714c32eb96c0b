#include "demoletter.h"

#include "demokey.h"
#include "demotables.h"
#include "demotime.h"

namespace proofdesk::demo {

namespace {

struct UnitContact
{
    const char *phone;
    const char *supervisor;
    const char *signatory;
};

UnitContact contactFor(Unit unit)
{
    switch (unit) {
    case Unit::RetailBanking:
        return {"+352 27 40 10 00", "Commission de Surveillance du Secteur Financier (CSSF)",
                "Claire Dumont\nHead of Customer Service"};
    case Unit::Insurance:
        return {"+352 27 40 20 00", "Commissariat aux Assurances (CAA)", "Marco Rinaldi\nClaims and Policy Services"};
    case Unit::Lending:
        return {"+352 27 40 30 00", "Commission de Surveillance du Secteur Financier (CSSF)",
                "Ingrid Vos\nHead of Lending Operations"};
    }
    return {"", "", ""};
}

// Salutation and closing in the customer's language; the body text is English in the demo.
QPair<QString, QString> greeting(const Customer &c)
{
    const QString lang = c.language;
    const bool ms = c.title == QLatin1String("Ms");
    const bool mr = c.title == QLatin1String("Mr");
    const QString family = c.familyName;
    if (lang == QLatin1String("de") && (ms || mr))
        return {(ms ? QStringLiteral("Sehr geehrte Frau ") : QStringLiteral("Sehr geehrter Herr ")) + family
                    + QLatin1Char(','),
                QStringLiteral("Mit freundlichen Grüßen")};
    if (lang == QLatin1String("fr") && (ms || mr))
        return {(ms ? QStringLiteral("Chère Madame ") : QStringLiteral("Cher Monsieur ")) + family + QLatin1Char(','),
                QStringLiteral("Veuillez agréer nos salutations distinguées")};
    if (lang == QLatin1String("es") && (ms || mr))
        return {(ms ? QStringLiteral("Estimada Sra. ") : QStringLiteral("Estimado Sr. ")) + family + QLatin1Char(':'),
                QStringLiteral("Atentamente")};
    if (lang == QLatin1String("pl") && (ms || mr))
        return {ms ? QStringLiteral("Szanowna Pani,") : QStringLiteral("Szanowny Panie,"),
                QStringLiteral("Z poważaniem")};
    if (lang == QLatin1String("da"))
        return {QStringLiteral("Kære ") + c.fullName() + QLatin1Char(','), QStringLiteral("Med venlig hilsen")};
    if (lang == QLatin1String("nl") && (ms || mr))
        return {(ms ? QStringLiteral("Geachte mevrouw ") : QStringLiteral("Geachte heer ")) + family + QLatin1Char(','),
                QStringLiteral("Met vriendelijke groet")};
    if (ms || mr)
        return {QStringLiteral("Dear ") + c.title + QLatin1Char(' ') + family + QLatin1Char(','),
                QStringLiteral("Yours sincerely,")};
    return {QStringLiteral("Dear ") + c.fullName() + QLatin1Char(','), QStringLiteral("Yours sincerely,")};
}

void addLoanFigures(const CommunicationPlan &plan, DemoRandom &rng, Variables &vars)
{
    const bool mortgage = plan.customer.loanProduct.contains(QLatin1String("mortgage"));
    const qint64 amount = mortgage ? rng.range(800, 6500) * 10000LL : rng.range(50, 600) * 10000LL;
    const int rateBp = mortgage ? rng.range(280, 460) : rng.range(490, 990);
    const int term = mortgage ? rng.range(20, 25) * 12 : rng.range(3, 7) * 12;
    vars.insert(key("loan_amount_cents"), QString::number(amount));
    vars.insert(key("loan_amount"), money(amount));
    vars.insert(key("rate_bp"), QString::number(rateBp));
    vars.insert(key("rate"), QStringLiteral("%1.%2%").arg(rateBp / 100).arg(rateBp % 100, 2, 10, QLatin1Char('0')));
    vars.insert(key("term_months"), QString::number(term));
    vars.insert(key("instalment_amount"), money(monthlyInstalment(amount, rateBp, term)));
}

void addStoryFigures(const CommunicationPlan &plan, DemoRandom &rng, Variables &vars)
{
    static const char *const missing[] = {
        "a copy of the repair estimate", "photographs of the damage and the receipts for the damaged items",
        "the police report number",      "proof of ownership for the items claimed",
        "your last three payslips",      "the signed property valuation"};
    static const char *const topics[] = {
        "a card payment that was taken twice", "the delay in closing your savings account",
        "the fee charged for a returned direct debit", "how long your claim took to handle",
        "a letter sent to your previous address"};
    static const char *const changes[] = {"your overdraft limit changes to EUR 1,500",
                                          "your account moves to the Premium package", "a second card holder is added",
                                          "your statements will be sent electronically",
                                          "interest on savings balances above EUR 50,000 is now 1.85% a year"};
    static const char *const actions[] = {"replacement debit card order", "change of postal address",
                                          "new standing order",           "direct debit cancellation",
                                          "change of contact number",     "PIN reminder request"};
    const qint64 d = plan.documentDate;
    vars.insert(key("missing_items"), QString::fromUtf8(rng.pick(missing)));
    vars.insert(key("complaint_topic"), QString::fromUtf8(rng.pick(topics)));
    vars.insert(key("change_summary"), QString::fromUtf8(rng.pick(changes)));
    vars.insert(key("service_action"), QString::fromUtf8(rng.pick(actions)));
    vars.insert(key("amount"), money(rng.range(25, 150) * 100));
    vars.insert(key("due_date"), longDate(d + 21 * kDay));
    vars.insert(key("payment_date"), longDate(d + 5 * kDay));
    vars.insert(key("renewal_date"), longDate(d + 30 * kDay));
    vars.insert(key("condition_deadline"), longDate(d + 30 * kDay));
    vars.insert(key("effective_date"), longDate(addMonths(startOfMonth(d), 3)));
    vars.insert(key("period"), monthYear(addMonths(d, -1)));
}

Variables baseVariables(const CommunicationPlan &plan, const QPair<QString, QString> &hello)
{
    const Customer &c = plan.customer;
    const UnitContact contact = contactFor(plan.unit);
    return Variables{
        {key("name"), c.fullName()},
        {key("salutation"), hello.first},
        {key("closing"), hello.second},
        {key("signatory"), QString::fromUtf8(contact.signatory) + QStringLiteral(", ") + unitCompany(plan.unit)},
        {key("date"), longDate(plan.documentDate)},
        {key("customer_id"), c.id},
        {key("document_id"), plan.id},
        {key("account_id"), c.accountId},
        {key("policy_id"), c.policyId},
        {key("policy_product"), c.policyProduct},
        {key("loan_id"), c.loanId},
        {key("loan_product"), c.loanProduct},
        {key("claim_id"), plan.claimId},
        {key("claim_kind"), plan.claimKind},
        {key("claim_date"), plan.claimDate ? longDate(plan.claimDate) : QString()},
        {key("case_id"), plan.caseId},
        {key("company"), unitCompany(plan.unit)},
        {key("phone"), QLatin1String(contact.phone)},
        {key("supervisor"), QString::fromUtf8(contact.supervisor)},
        {key("portal"), QStringLiteral("https://my.northbridge.example")},
    };
}

QList<QPair<QString, QString>> referencesFor(const CommunicationPlan &plan, const QString &documentId)
{
    const Customer &c = plan.customer;
    QList<QPair<QString, QString>> refs{{key("Date"), longDate(plan.documentDate)}, {key("Customer"), c.id}};
    if (plan.unit == Unit::RetailBanking)
        refs.append({key("Account"), c.accountId});
    if (plan.unit == Unit::Insurance)
        refs.append({key("Policy"), c.policyId});
    if (!plan.claimId.isEmpty())
        refs.append({key("Claim"), plan.claimId});
    if (plan.unit == Unit::Lending)
        refs.append({key("Loan"), c.loanId});
    if (!plan.caseId.isEmpty())
        refs.append({key("Case"), plan.caseId});
    refs.append({key("Document"), documentId});
    return refs;
}

void addParts(Letter &letter, const CommunicationPlan &plan, const Variables &vars)
{
    if (plan.origin == Origin::Regeneration) {
        letter.parts.append({LetterPart::Paragraph,
                             QStringLiteral("This is a new copy of document %1, produced at your request (%2).")
                                 .arg(plan.reissueOf, plan.requestId),
                             QString()});
    }
    for (const TemplatePart &part : plan.version->parsed.parts) {
        if (part.kind == TemplatePart::Table) {
            if (!letter.table.isEmpty())
                letter.parts.append({LetterPart::Table, QString(), QString()});
        } else if (part.kind == TemplatePart::Paragraph) {
            letter.parts.append({LetterPart::Paragraph, fillPlaceholders(part.text, vars), QString()});
        }
        if (part.kind != TemplatePart::Block)
            continue;
        for (const BlockUse &use : plan.blocks) {
            if (use.block->id != part.text || use.block->kind == QLatin1String("image"))
                continue; // the wordmark image is the letterhead itself
            // The legal footer reads as the company's imprint, without a heading.
            const bool imprint = use.block->id == QLatin1String("CB-LEGAL-FOOTER");
            letter.parts.append({LetterPart::SmallPrint, fillPlaceholders(use.version->text, vars),
                                 imprint ? QString() : use.block->title});
        }
    }
}

} // namespace

Letter composeLetter(const CommunicationPlan &plan, quint64 seed)
{
    DemoRandom rng = DemoRandom::derived(seed, Stream::Content, plan.contentKey);
    const QPair<QString, QString> hello = greeting(plan.customer);
    Variables vars = baseVariables(plan, hello);
    addLoanFigures(plan, rng, vars);
    addStoryFigures(plan, rng, vars);
    Letter letter;
    letter.table = buildTable(plan, rng, vars);
    letter.documentId = vars.value(key("document_id"));
    letter.language = plan.customer.language;
    letter.company = unitCompany(plan.unit);
    const UnitContact contact = contactFor(plan.unit);
    letter.senderLines = {QStringLiteral("14 Rue Érasme"), QStringLiteral("L-1468 Luxembourg"),
                          QLatin1String(contact.phone), QStringLiteral("www.northbridge.example")};
    letter.returnAddress = QStringLiteral("Northbridge · 14 Rue Érasme · L-1468 Luxembourg");
    letter.recipientName = plan.customer.fullName();
    letter.recipientEmail = plan.customer.email;
    letter.recipientLines = QStringList{letter.recipientName} + plan.customer.address;
    letter.references = referencesFor(plan, letter.documentId);
    letter.subject = fillPlaceholders(plan.version->parsed.subject, vars);
    letter.sms = fillPlaceholders(plan.version->parsed.sms, vars);
    if (letter.sms.isEmpty())
        letter.sms = letter.company + QStringLiteral(": ") + letter.subject + QStringLiteral(". Details at ")
                     + vars.value(key("portal"));
    letter.footer = letter.company + QStringLiteral(" · ") + letter.documentId;
    addParts(letter, plan, vars);
    return letter;
}

} // namespace proofdesk::demo
