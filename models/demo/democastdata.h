#pragma once

#include <QList>

namespace proofdesk::demo {

// Name and address material for one country. Plain UTF-8 C strings: the table is data, and
// keeping it apart from the logic keeps democast.cpp short.
struct CountryData
{
    const char *code;
    const char *name;
    const char *language;
    const char *phonePrefix;
    bool numberAfterStreet; // "Hauptstraße 12" rather than "12 Baker Street"
    QList<const char *> femaleNames;
    QList<const char *> maleNames;
    QList<const char *> familyNames;
    QList<const char *> streets;
    QList<const char *> places; // "postcode city" exactly as written on an envelope
    int weight;                 // share of the customer base
};

const QList<CountryData> &countries();
const QList<const char *> &policyProducts();
const QList<const char *> &loanProducts();

} // namespace proofdesk::demo
