#pragma once

#include "session.h"

#include <QJsonObject>
#include <QList>

namespace proofdesk::records {

// A communication whose retention period has ended, with the reason in words.
struct EligibleItem
{
    QString id;
    qint64 repoId = 0;
    QString type;
    QString retentionClass;
    int years = 0;
    qint64 triggerAt = 0;  // issued_at, or the record's trigger_date for event-based classes
    qint64 eligibleAt = 0; // triggerAt + years, or a later extension
    bool extended = false;
    QString reason;

    QJsonObject toJson() const;
};

// Retention (DESIGN.md "Records rules"): a class gives a period in years from a trigger
// (issued_at, or the communication's trigger_date for any other trigger; without one it
// is not eligible). Extensions only ever move the date later.
class Retention
{
public:
    explicit Retention(cache::Database &db);

    // The SQL expression of a communication's eligible date (ms), aliases c (communications),
    // rc (retention_classes) and x (rec.retention_extensions); NULL when it has none.
    static QString eligibleAtSql();
    // The end of the class's period alone (aliases c and rc), without this folder's extensions:
    // what the repository's facts say (the team's publisher publishes it). NULL without a trigger.
    static QString periodEndSql();
    // "1 year", "7 years": spelled out, because the command-line client prints it without a
    // catalogue that would choose the plural form.
    static QString periodText(int years);

    std::optional<EligibleItem> item(const QString &communicationId) const;
    // item() for many ids in one statement (a disposition of thousands re-checks them all in
    // its transaction); ids not in the cache, or without a class and trigger, are absent.
    QList<EligibleItem> items(const QStringList &communicationIds) const;
    // Eligible at `now` and under no active hold: the disposition review list.
    QList<EligibleItem> reviewList(qint64 now, int limit = -1) const;
    // Eligible at `now` but held (shown so that nobody wonders where they went).
    qint64 heldEligibleCount(qint64 now) const;

private:
    QList<EligibleItem> query(const QString &where, const QString &id, qint64 now, int limit) const;
    cache::Database &m_db;
};

// Extends retention for communications (records role); a date earlier than the current
// eligible date is refused: retention is never shortened here.
void extendRetention(const RecordsSession &session, const QStringList &ids, qint64 until, const QString &reason);

} // namespace proofdesk::records
