#pragma once

// A typed CMIS repository whose properties the code does not know in advance: letters of
// the type acme:letter (a cmis:document subtype) with acme: properties, none of the exs:
// ones of the default mapping. Shared by the connector and the command-line tests.
#include "fakecmisserver.h"

#include <QJsonObject>
#include <QMap>

namespace fakeserver::acme {

inline const QString kLetterType = QStringLiteral("acme:letter");

// Adds acme:letter (and acme:memo, another type in the same repository) to the server.
inline void addTypes(FakeCmisServer &server, bool listsInherited = true)
{
    server.addType(kLetterType, QStringLiteral("cmis:document"),
                   {QStringLiteral("acme:customerNo"), QStringLiteral("acme:letterKind"), QStringLiteral("acme:sentOn"),
                    QStringLiteral("acme:addressee")},
                   listsInherited);
    server.addType(QStringLiteral("acme:memo"), QStringLiteral("cmis:document"), {QStringLiteral("acme:topic")});
}

inline QJsonObject letter(const QString &customer)
{
    return {{QStringLiteral("cmis:objectTypeId"), kLetterType},
            {QStringLiteral("acme:customerNo"), customer},
            {QStringLiteral("acme:letterKind"), QStringLiteral("dunning")},
            {QStringLiteral("acme:sentOn"), QStringLiteral("2026-02-03T10:00:00Z")},
            {QStringLiteral("acme:addressee"), QStringLiteral("Grace Hopper")}};
}

inline QJsonObject memo()
{
    return {{QStringLiteral("cmis:objectTypeId"), QStringLiteral("acme:memo")},
            {QStringLiteral("acme:topic"), QStringLiteral("lunch")}};
}

// The mapping a newcomer writes for acme:letter: its four properties, and the exs: fields of
// the default mapping left unread ("").
inline QMap<QString, QString> letterMapping()
{
    QMap<QString, QString> mapping{{QStringLiteral("customer_id"), QStringLiteral("acme:customerNo")},
                                   {QStringLiteral("type"), QStringLiteral("acme:letterKind")},
                                   {QStringLiteral("issued_at"), QStringLiteral("acme:sentOn")},
                                   {QStringLiteral("recipient_name"), QStringLiteral("acme:addressee")}};
    for (const char *unread :
         {"channel", "template_id", "template_version", "recipient_email", "recipient_address", "account_id",
          "policy_id", "claim_id", "business_unit", "batch", "language", "retention_class"})
        mapping.insert(QLatin1String(unread), QString());
    return mapping;
}

} // namespace fakeserver::acme
