#include "dispositionreplay.h"

#include "cache/sqlite.h"
#include "domain/textfold.h"
#include "replaykeys.h"
#include "util/translation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace proofdesk::records {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::DispositionReplay", "proofdesk::records", text, -1);
}

struct Batch
{
    QString id;
    QString approvedBy;
    QString reason;
    qint64 itemCount = 0;
    qint64 seq = 0;                 // the entry that made it; 0 for a row
    QMap<QString, QString> letters; // folded id -> id as written
};

using Batches = QMap<QString, Batch>; // by batch id

Batches approved(cache::Database &db)
{
    Batches out;
    cache::Statement st = db.prepare("SELECT seq, user, object_id, reason, after FROM rec.audit_entries "
                                     "WHERE object_type = 'disposition' AND action = 'disposition.approve' "
                                     "AND outcome = 'done' ORDER BY seq");
    while (st.step()) {
        Batch &b = out[st.columnText(2)];
        b = Batch{st.columnText(2), st.columnText(1), st.columnText(3), 0, st.columnInt(0), {}};
        const QJsonArray ids =
            QJsonDocument::fromJson(st.columnUtf8(4)).object().value(QLatin1String("communications")).toArray();
        for (const QJsonValue &id : ids)
            b.letters.insert(domain::foldCase(id.toString()), id.toString());
        b.itemCount = b.letters.size();
    }
    return out;
}

Batches rows(cache::Database &db)
{
    Batches out;
    cache::Statement batches =
        db.prepare("SELECT id, approved_by, coalesce(reason, ''), item_count FROM rec.disposition_batches");
    while (batches.step())
        out.insert(
            batches.columnText(0),
            Batch{batches.columnText(0), batches.columnText(1), batches.columnText(2), batches.columnInt(3), 0, {}});
    cache::Statement tombs = db.prepare("SELECT batch_id, comm_id FROM rec.tombstones");
    while (tombs.step()) {
        Batch &b = out[tombs.columnText(0)];
        b.id = tombs.columnText(0);
        b.letters.insert(domain::foldCase(tombs.columnText(1)), tombs.columnText(1));
    }
    return out;
}

void compareLetters(QList<StateProblem> &problems, const QString &object, const Batch &row, const Batch &made)
{
    for (auto it = row.letters.cbegin(); it != row.letters.cend(); ++it) {
        if (!made.letters.contains(it.key()))
            problems << StateProblem{object, tr("%1 is marked disposed by it, and entry %2 did not dispose of it: its "
                                                "tombstone was added outside Proofdesk")
                                                 .arg(it.value())
                                                 .arg(made.seq)};
    }
    for (auto it = made.letters.cbegin(); it != made.letters.cend(); ++it) {
        if (!row.letters.contains(it.key()))
            problems << StateProblem{object, tr("entry %1 disposed of %2 and its tombstone is gone: it was deleted "
                                                "outside Proofdesk")
                                                 .arg(made.seq)
                                                 .arg(it.value())};
    }
}

void compare(QList<StateProblem> &problems, const Batch *row, const Batch *made)
{
    const QString object = tr("disposition batch %1").arg(row ? row->id : made->id);
    if (!made) {
        problems << StateProblem{object, tr("no entry of the audit trail approved this batch: it was added outside "
                                            "Proofdesk")};
        return;
    }
    if (!row) {
        problems << StateProblem{
            object, tr("entry %1 approved this batch and it is gone: it was deleted outside Proofdesk").arg(made->seq)};
        return;
    }
    // A batch whose row is gone but whose tombstones remain has no approver in its row.
    if (row->approvedBy != made->approvedBy || row->reason != made->reason || row->itemCount != made->itemCount)
        problems << StateProblem{object, tr("the batch is not what entry %1 made it: it was changed outside Proofdesk "
                                            "(the row: %2, %3 letters, \"%4\"; the entry: %5, %6 letters, \"%7\")")
                                             .arg(made->seq)
                                             .arg(row->approvedBy.isEmpty() ? tr("no row") : row->approvedBy)
                                             .arg(row->itemCount)
                                             .arg(row->reason)
                                             .arg(made->approvedBy)
                                             .arg(made->itemCount)
                                             .arg(made->reason)};
    compareLetters(problems, object, *row, *made);
}

} // namespace

DispositionReplay::DispositionReplay(cache::Database &db)
    : m_db(db)
{}

QList<StateProblem> DispositionReplay::check() const
{
    const Batches made = approved(m_db);
    const Batches now = rows(m_db);
    QList<StateProblem> problems;
    forEachKey(now, made,
               [&](const QString &, const Batch *row, const Batch *entry) { compare(problems, row, entry); });
    return problems;
}

} // namespace proofdesk::records
