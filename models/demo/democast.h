#pragma once

#include <QString>
#include <QStringList>

namespace proofdesk::demo {

enum class Unit { RetailBanking, Insurance, Lending };
constexpr int kUnitCount = 3;

QString unitKey(Unit unit);     // "retail-banking", "insurance", "lending"
QString unitCompany(Unit unit); // the letterhead's legal name

// One customer of the demo bank group. Everything about customer N is a pure function of
// (seed, N), so the writer never has to keep the whole cast in memory, even for a million
// communications.
struct Customer
{
    int index = 0;
    QString id;    // CUS-0001234
    QString title; // Ms, Mr, Mx: drives the salutation
    QString givenName;
    QString familyName;
    QString country;     // ISO 3166 code
    QString language;    // BCP 47
    QStringList address; // street, postcode and city, country name
    QString email;
    QString phone;
    QString accountId; // retail banking (empty when the customer has no account)
    QString policyId;  // insurance
    QString policyProduct;
    QString loanId; // lending
    QString loanProduct;
    bool paperless = false;

    QString fullName() const { return givenName + QLatin1Char(' ') + familyName; }
    bool hasUnit(Unit unit) const;
};

Customer customerAt(quint64 seed, int index);
// The cast size for a run: about one customer for every six communications.
int customerCountFor(int communications);

// Claim ids belong to a customer's policy and a quarter, so the letters about one claim
// (acknowledgement, missing information, settlement) share it.
QString claimIdFor(int customerIndex, int quarterIndex);
QString claimKindFor(const QString &policyProduct, int quarterIndex);

} // namespace proofdesk::demo
