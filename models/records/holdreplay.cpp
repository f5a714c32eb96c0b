#include "holdreplay.h"

#include "audit/canonicaljson.h"
#include "cache/sqlite.h"
#include "domain/textfold.h"
#include "holditemsdigest.h"
#include "holdregister.h"
#include "replaykeys.h"
#include "util/translation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace proofdesk::records {

namespace {

QString tr(const char *text, const char * = nullptr, int n = -1)
{
    return util::translateEither("proofdesk::records::HoldReplay", "proofdesk::records", text, n);
}

// What a hold's row says that its entries decide (not its counts, which follow the cache).
QJsonObject decided(const QJsonObject &hold)
{
    static const char *const kFields[] = {"id",         "name",        "matter",      "reason",
                                          "status",     "scope",       "query",       "created_by",
                                          "created_at", "released_at", "released_by", "release_reason"};
    QJsonObject out;
    for (const char *field : kFields) {
        const QLatin1String key(field);
        if (hold.contains(key) && !hold.value(key).isNull())
            out.insert(key, hold.value(key));
    }
    return out;
}

struct Replayed
{
    std::optional<QJsonObject> state; // as the last hold.create or hold.release made it
    qint64 seq = 0;
    QString name;
    HoldItemsDigest items;
    bool itemsKnown = true;
};

void applyHoldEntry(Replayed &r, qint64 seq, const QString &action, const QJsonObject &after)
{
    if (action == QLatin1String("hold.create") || action == QLatin1String("hold.release")) {
        r.state = decided(after);
        r.seq = seq;
    }
    if (action == QLatin1String("hold.release"))
        return;
    const QString digest = after.value(QLatin1String("items_xor")).toString();
    if (digest.isEmpty())
        r.itemsKnown = false; // written before entries kept their letters' digest
    else
        r.items.combine(HoldItemsDigest::fromHex(digest));
}

QMap<QString, Replayed> replay(cache::Database &db)
{
    QMap<QString, Replayed> holds;
    // Hold entries, and the matters a carry-over opened for holds' old matter texts, in order.
    cache::Statement st = db.prepare(
        "SELECT seq, action, object_id, after FROM rec.audit_entries WHERE outcome = 'done' AND ("
        "(object_type = 'hold' AND action IN ('hold.create', 'hold.add', 'hold.remove', 'hold.release')) OR "
        "(object_type = 'matter' AND action = 'matter.open' AND instr(after, '\"holds\"') > 0)) ORDER BY seq");
    while (st.step()) {
        const qint64 seq = st.columnInt(0);
        const QString action = st.columnText(1);
        const QJsonObject after = QJsonDocument::fromJson(st.columnUtf8(3)).object();
        if (action == QLatin1String("matter.open")) {
            for (const QJsonValue &hold : after.value(QLatin1String("holds")).toArray()) {
                Replayed &r = holds[domain::foldCase(hold.toString())];
                if (r.state)
                    r.state->insert(QLatin1String("matter"), st.columnText(2));
            }
            continue;
        }
        Replayed &r = holds[domain::foldCase(st.columnText(2))];
        r.name = st.columnText(2);
        applyHoldEntry(r, seq, action, after);
    }
    return holds;
}

struct Row
{
    QJsonObject state;
    HoldItemsDigest items;
    qint64 held = 0;
};

QMap<QString, Row> rows(cache::Database &db)
{
    QMap<QString, Row> out;
    HoldRegister reg(db);
    cache::Statement ids = db.prepare("SELECT id FROM rec.holds");
    while (ids.step()) {
        if (const auto hold = reg.find(ids.columnText(0)))
            out[domain::foldCase(hold->id)].state = decided(hold->toJson());
    }
    cache::Statement items = db.prepare("SELECT hold_id, comm_id FROM rec.hold_items WHERE removed_at IS NULL");
    while (items.step()) {
        Row &row = out[domain::foldCase(items.columnText(0))];
        row.items.add(items.columnText(1));
        ++row.held;
    }
    return out;
}

void compare(QList<StateProblem> &problems, const QString &key, const Row *row, const Replayed *made)
{
    const QString id = row && row->state.contains(QLatin1String("id"))
                           ? row->state.value(QLatin1String("id")).toString()
                           : (made ? made->name : key);
    const QString object = tr("legal hold %1").arg(id);
    if (!made || !made->state) {
        if (row && !row->state.isEmpty())
            problems << StateProblem{object, tr("no entry of the audit trail made this hold: it was added outside "
                                                "Proofdesk")};
        else if (row)
            problems << StateProblem{object, tr("letters are held by a hold that does not exist: they were added "
                                                "outside Proofdesk")};
        return;
    }
    if (!row || row->state.isEmpty()) {
        problems << StateProblem{
            object, tr("entry %1 made this hold and it is gone: it was deleted outside Proofdesk").arg(made->seq)};
        return;
    }
    const QByteArray rowState = audit::canonicalJson(row->state);
    const QByteArray entryState = audit::canonicalJson(*made->state);
    if (rowState != entryState)
        problems << StateProblem{object, tr("the hold is not what entry %1 made it: it was changed outside Proofdesk "
                                            "(the row: %2; the entry: %3)")
                                             .arg(made->seq)
                                             .arg(QString::fromUtf8(rowState), QString::fromUtf8(entryState))};
    if (made->itemsKnown && row->items != made->items)
        problems << StateProblem{object, tr("the %n letter(s) it holds now are not those its entries added and "
                                            "removed: a letter was added to it, removed from it or deleted outside "
                                            "Proofdesk",
                                            nullptr, int(qMin<qint64>(row->held, INT_MAX)))};
}

} // namespace

HoldReplay::HoldReplay(cache::Database &db)
    : m_db(db)
{}

QList<StateProblem> HoldReplay::check() const { return check(QString()); }

QList<StateProblem> HoldReplay::check(const QString &holdId) const
{
    const QMap<QString, Replayed> made = replay(m_db);
    const QMap<QString, Row> now = rows(m_db);
    QList<StateProblem> problems;
    forEachKey(now, made, [&](const QString &key, const Row *row, const Replayed *state) {
        if (holdId.isEmpty() || key == domain::foldCase(holdId))
            compare(problems, key, row, state);
    });
    return problems;
}

} // namespace proofdesk::records
