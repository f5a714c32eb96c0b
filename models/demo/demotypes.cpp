#include "democatalogue.h"

// The communication types of spec/drop-format.md, the unit that sends each, and how it is
// usually delivered. Weights are relative frequencies within a unit.

namespace proofdesk::demo {

namespace {
constexpr int B = 1 << int(Unit::RetailBanking);
constexpr int I = 1 << int(Unit::Insurance);
constexpr int L = 1 << int(Unit::Lending);
constexpr int ALL = B | I | L;
} // namespace

QString channelKey(Channel channel)
{
    switch (channel) {
    case Channel::Print:
        return QStringLiteral("print");
    case Channel::Email:
        return QStringLiteral("email");
    case Channel::Web:
        return QStringLiteral("web");
    case Channel::Mobile:
        return QStringLiteral("mobile");
    case Channel::Sms:
        return QStringLiteral("sms");
    }
    return {};
}

const QList<TypeDef> &typeDefs()
{
    // clang-format off
    //                                                                             print email web mobile sms
    static const QList<TypeDef> table = {
        {"statement", "TPL-STMT-MONTHLY", "Monthly account statement", "STMT", "FIN-7Y", B, 34,
         {40, 30, 18, 12, 0}, TableKind::Transactions, true},
        {"invoice", "TPL-INV-SERVICE", "Service fee invoice", "INV", "FIN-7Y", B, 8,
         {45, 45, 10, 0, 0}, TableKind::FeeItems, true},
        {"fee_change_notice", "TPL-FEE-CHANGE", "Fee change notice", "FEE", "FIN-7Y", B, 6,
         {55, 40, 5, 0, 0}, TableKind::FeeComparison, true},
        {"account_change_notice", "TPL-ACCT-CHANGE", "Account change notice", "ACCT", "FIN-7Y", B, 7,
         {30, 35, 0, 10, 25}, TableKind::None, false},
        {"policy_document", "TPL-POLICY-DOC", "Policy document", "POLDOC", "INS-10Y", I, 10,
         {50, 30, 20, 0, 0}, TableKind::Coverage, false},
        {"renewal_letter", "TPL-RENEWAL", "Renewal invitation", "RENEW", "INS-10Y", I, 10,
         {55, 40, 5, 0, 0}, TableKind::Premium, true},
        {"premium_notice", "TPL-PREMIUM-NOTICE", "Premium notice", "PREM", "INS-10Y", I, 10,
         {35, 35, 0, 15, 15}, TableKind::Premium, true},
        {"claim_acknowledgement", "TPL-CLAIM-ACK", "Claim acknowledgement", "CLMACK", "INS-10Y", I, 8,
         {25, 45, 0, 10, 20}, TableKind::None, false},
        {"missing_information_request", "TPL-CLAIM-MISSING-INFO", "Request for missing information",
         "CLMINFO", "INS-10Y", I, 5, {45, 40, 0, 15, 0}, TableKind::None, false},
        {"settlement_notice", "TPL-CLAIM-SETTLEMENT", "Claim settlement notice", "CLMSET", "INS-10Y", I,
         5, {60, 40, 0, 0, 0}, TableKind::Settlement, false},
        {"denial_letter", "TPL-CLAIM-DENIAL", "Claim decision letter", "CLMDEN", "INS-10Y", I, 2,
         {100, 0, 0, 0, 0}, TableKind::None, false},
        {"approval_letter", "TPL-LOAN-APPROVAL", "Loan approval letter", "LNAPP", "LEND-6Y", L, 8,
         {60, 40, 0, 0, 0}, TableKind::None, false},
        {"payment_schedule", "TPL-LOAN-SCHEDULE", "Repayment schedule", "LNSCHED", "LEND-6Y", L, 16,
         {40, 30, 20, 10, 0}, TableKind::Instalments, true},
        {"condition_notice", "TPL-LOAN-CONDITIONS", "Loan conditions notice", "LNCOND", "LEND-6Y", L, 7,
         {55, 45, 0, 0, 0}, TableKind::None, false},
        {"closing_package", "TPL-LOAN-CLOSING", "Loan closing package", "LNCLOSE", "LEND-6Y", L, 4,
         {100, 0, 0, 0, 0}, TableKind::Enclosures, false},
        {"complaint_response", "TPL-COMPLAINT-RESP", "Final response to a complaint", "CMPL", "CORR-3Y",
         ALL, 2, {60, 40, 0, 0, 0}, TableKind::None, false},
        {"privacy_notice", "TPL-PRIVACY", "Privacy notice", "PRIV", "CORR-3Y", ALL, 3,
         {30, 50, 20, 0, 0}, TableKind::None, true},
        {"terms_update", "TPL-TERMS-UPDATE", "Terms and conditions update", "TERMS", "CORR-3Y", ALL, 3,
         {30, 40, 15, 15, 0}, TableKind::None, true},
        {"service_confirmation", "TPL-SERVICE-CONF", "Service confirmation", "SVC", "SVC-1Y", ALL, 7,
         {0, 40, 10, 20, 30}, TableKind::None, false},
    };
    // clang-format on
    return table;
}

const TypeDef *typeByName(const QString &type)
{
    for (const TypeDef &def : typeDefs()) {
        if (type == QLatin1String(def.type))
            return &def;
    }
    return nullptr;
}

const QList<RetentionClass> &retentionClasses()
{
    // SVC-1Y is short on purpose: the demo's oldest confirmations are already past
    // retention, so the disposition review has something to show.
    static const QList<RetentionClass> list = {
        {"FIN-7Y", "Financial statements and account records", 7},   {"INS-10Y", "Insurance policies and claims", 10},
        {"LEND-6Y", "Credit agreements and loan correspondence", 6}, {"CORR-3Y", "General customer correspondence", 3},
        {"SVC-1Y", "Service confirmations and one-time notices", 1},
    };
    return list;
}

} // namespace proofdesk::demo
