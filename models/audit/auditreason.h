#pragma once

#include "auditentry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace proofdesk::audit {

// Why something was done or refused, as the audit trail keeps it: a language-neutral code
// with its parameters (canonical JSON in the entry's reason, {"args":[…],"code":"…"}),
// rendered in the reader's language when it is read (the trail view, the command-line
// client, an evidence package). The same action done in German and in English stores the
// same reason. A person's own words (a hold's reason, a reviewer's note) are kept as typed.
//
// A parameter is a literal (an id, a user, a date in ISO form, a role name) or another
// reason (a phrase of the catalogue, rendered in the same language).
class AuditReason
{
public:
    AuditReason() = default; // no reason: stored() and rendered() are empty
    // `code` names a text of the catalogue (auditreason.cpp); `args` fill its %1, %2, …
    explicit AuditReason(const char *code, const QJsonArray &args = {});
    explicit AuditReason(const QString &code, const QJsonArray &args = {});

    // A phrase of the catalogue as a parameter of another reason.
    static QJsonValue phrase(const char *code);
    static QJsonValue phrase(const QString &code);

    // What the reason column stores.
    QString stored() const;
    // In the interface language (the translator installed now).
    QString rendered() const;

    const QString &code() const { return m_code; }

private:
    QString m_code;
    QJsonArray m_args;
};

// An entry's exported form (AuditEntry::toJson, hashes verifiable as stored) with, when its
// reason is coded, "reason_text": the reason in the reader's language.
QJsonObject entryJsonForReader(const AuditEntry &entry);

// A stored reason as a person reads it: a coded one in the interface language; anything
// else (a person's words, entries written before reasons were coded) exactly as stored.
QString renderReason(const QString &stored);
// Whether `stored` is a coded reason this build knows.
bool isCodedReason(const QString &stored);

} // namespace proofdesk::audit
