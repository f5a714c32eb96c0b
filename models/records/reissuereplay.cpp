#include "reissuereplay.h"

#include "audit/auditreason.h"
#include "audit/canonicaljson.h"
#include "cache/sqlite.h"
#include "reissuestore.h"
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
    return util::translateEither("proofdesk::records::ReissueReplay", "proofdesk::records", text, -1);
}

const QLatin1String kStatus("status");
const QLatin1String kNote("decision_note");

// What a request's row says that its entries decide: not its times of day (each step stamps
// its own clock reading), nor status_reason (derived from the note).
QJsonObject decided(const QJsonObject &request)
{
    static const char *const kFields[] = {"id",
                                          "communication_id",
                                          "mode",
                                          "reason",
                                          "channel",
                                          "destination",
                                          "original_channel",
                                          "original_destination",
                                          "needs_approval",
                                          "status",
                                          "requested_by",
                                          "requested_at",
                                          "approved_by",
                                          "decision_note",
                                          "fulfilled_by_communication"};
    QJsonObject out;
    for (const char *field : kFields) {
        const QLatin1String key(field);
        if (request.contains(key))
            out.insert(key, request.value(key));
    }
    return out;
}

struct Replayed
{
    std::optional<QJsonObject> state; // from its reissue.request entry on
    qint64 seq = 0;                   // the entry that last changed it
    std::optional<QString> payloadDigest;
};

void setOrNull(QJsonObject &state, QLatin1String key, const QString &value)
{
    state.insert(key, value.isEmpty() ? QJsonValue() : QJsonValue(value));
}

// The person's own words an entry's step kept as the request's note, as setStatus() keeps them.
void applyNote(QJsonObject &state, const QString &action, const QString &reason, const QJsonObject &after)
{
    if (action == QLatin1String("reissue.reject") || action == QLatin1String("reissue.cancel"))
        state.insert(kNote, reason);
    else if (action == QLatin1String("reissue.approve") && !reason.isEmpty() && !audit::isCodedReason(reason))
        state.insert(kNote, reason);
    else if (action == QLatin1String("reissue.engine_outcome"))
        setOrNull(state, kNote, after.value(QLatin1String("engine_reason")).toString());
}

struct Entry
{
    qint64 seq = 0;
    QString user;
    QString action;
    QString reason;
    QJsonObject after;
};

void apply(Replayed &r, const Entry &e)
{
    if (e.action == QLatin1String("reissue.request")) {
        r.state = decided(e.after);
        r.seq = e.seq;
        return;
    }
    if (!r.state)
        return; // no request entry: compare() names the row
    if (e.action == QLatin1String("reissue.send")) {
        // markSent moves only a queued request on, and says so by the rule, not the entry.
        if (r.state->value(kStatus).toString() == QLatin1String("queued")) {
            r.state->insert(kStatus, QStringLiteral("sent"));
            r.seq = e.seq;
        }
        return;
    }
    if (!e.after.value(kStatus).isString())
        return; // withheld and the like: the request's row did not change
    r.state->insert(kStatus, e.after.value(kStatus));
    r.seq = e.seq;
    if (e.action == QLatin1String("reissue.approve"))
        r.state->insert(QLatin1String("approved_by"), e.user);
    if (e.action == QLatin1String("reissue.queue") && e.after.contains(QLatin1String("payload_sha256")))
        r.payloadDigest = e.after.value(QLatin1String("payload_sha256")).toString();
    if (e.action == QLatin1String("reissue.fulfil")) {
        const QJsonArray args =
            QJsonDocument::fromJson(e.reason.toUtf8()).object().value(QLatin1String("args")).toArray();
        setOrNull(*r.state, QLatin1String("fulfilled_by_communication"), args.at(0).toString());
    }
    applyNote(*r.state, e.action, e.reason, e.after);
}

QMap<QString, Replayed> replay(cache::Database &db, const QString &requestId)
{
    QMap<QString, Replayed> requests;
    const char *const all = "SELECT seq, user, action, object_id, reason, after FROM rec.audit_entries "
                            "WHERE object_type = 'reissue' AND outcome = 'done' ORDER BY seq";
    const char *const one = "SELECT seq, user, action, object_id, reason, after FROM rec.audit_entries "
                            "WHERE object_type = 'reissue' AND object_id = ?1 COLLATE NOCASE AND outcome = 'done' "
                            "ORDER BY seq";
    cache::Statement st = db.prepare(requestId.isEmpty() ? all : one);
    if (!requestId.isEmpty())
        st.bind(1, requestId);
    while (st.step()) {
        const Entry e{st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(4),
                      QJsonDocument::fromJson(st.columnUtf8(5)).object()};
        apply(requests[st.columnText(3)], e);
    }
    return requests;
}

QMap<QString, QJsonObject> rows(cache::Database &db, const QString &requestId)
{
    QMap<QString, QJsonObject> out;
    const ReissueStore store(db);
    if (!requestId.isEmpty()) {
        if (const auto r = store.find(requestId))
            out.insert(r->id, decided(r->toJson()));
        return out;
    }
    cache::Statement ids = db.prepare("SELECT id FROM rec.reissue_requests");
    while (ids.step()) {
        if (const auto r = store.find(ids.columnText(0)))
            out.insert(r->id, decided(r->toJson()));
    }
    return out;
}

// Only what the request entry wrote is compared: an entry of an older version that lacked a
// field leaves that field unchecked.
QJsonObject asMade(const QJsonObject &row, const QJsonObject &made)
{
    QJsonObject out;
    for (auto it = made.begin(); it != made.end(); ++it)
        out.insert(it.key(), row.value(it.key()));
    return out;
}

void compare(QList<StateProblem> &problems, const QString &id, const QJsonObject *row, const Replayed *made)
{
    const QString object = tr("reissue request %1").arg(id);
    if (!made || !made->state) {
        problems << StateProblem{object, tr("no entry of the audit trail made this request: it was added outside "
                                            "Proofdesk")};
        return;
    }
    if (!row) {
        problems << StateProblem{
            object, tr("entry %1 made this request and it is gone: it was deleted outside Proofdesk").arg(made->seq)};
        return;
    }
    const QByteArray rowState = audit::canonicalJson(asMade(*row, *made->state));
    const QByteArray entryState = audit::canonicalJson(*made->state);
    if (rowState != entryState)
        problems << StateProblem{object, tr("the request is not what entry %1 made it: it was changed outside "
                                            "Proofdesk (the row: %2; the entry: %3)")
                                             .arg(made->seq)
                                             .arg(QString::fromUtf8(rowState), QString::fromUtf8(entryState))};
}

} // namespace

ReissueReplay::ReissueReplay(cache::Database &db)
    : m_db(db)
{}

QList<StateProblem> ReissueReplay::check() const { return check(QString()); }

QList<StateProblem> ReissueReplay::check(const QString &requestId) const { return checkToSend(requestId).problems; }

ReissueReplay::Checked ReissueReplay::checkToSend(const QString &requestId) const
{
    const QMap<QString, Replayed> made = replay(m_db, requestId);
    const QMap<QString, QJsonObject> now = rows(m_db, requestId);
    Checked out;
    forEachKey(now, made, [&](const QString &id, const QJsonObject *row, const Replayed *state) {
        compare(out.problems, id, row, state);
    });
    if (const auto it = made.constFind(requestId); it != made.cend())
        out.queuedPayloadDigest = it->payloadDigest;
    return out;
}

} // namespace proofdesk::records
