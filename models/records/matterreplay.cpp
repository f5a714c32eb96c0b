#include "matterreplay.h"

#include "audit/canonicaljson.h"
#include "cache/sqlite.h"
#include "domain/textfold.h"
#include "matterregister.h"
#include "matterstate.h"
#include "util/translation.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace proofdesk::records {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::MatterReplay", "proofdesk::records", text);
}

// A row as the trail makes it: its state (canonical JSON) and the entry that last made it.
struct Made
{
    QByteArray state;
    qint64 seq = 0;
    QString name; // the row's key as written (the map's key is folded)
};
using MadeByKey = QMap<QString, Made>;

// What a matter's entries make, replayed in order.
struct Replayed
{
    std::optional<Made> matter;
    MadeByKey searches, members, items, productions;
};

QByteArray canonical(const QJsonValue &v) { return audit::canonicalJson(v); }

// The kind of row an action makes, and the key of its state in the entry's `after`.
struct Kind
{
    const char *action;
    const char *key;
    MadeByKey Replayed::*rows; // nullptr: the matter's own row
    const char *rowKey;        // the field of the state that tells rows apart
};
constexpr Kind kKinds[] = {
    {matterstate::kOpen, "matter", nullptr, nullptr},
    {matterstate::kClose, "matter", nullptr, nullptr},
    {matterstate::kAddSearch, "search", &Replayed::searches, "search"},
    {matterstate::kWatch, "search", &Replayed::searches, "search"},
    {matterstate::kMember, "member", &Replayed::members, "user"},
    {matterstate::kTag, "item", &Replayed::items, "id"},
    {matterstate::kProductionStart, "production", &Replayed::productions, "production"},
    {matterstate::kProductionCreate, "production", &Replayed::productions, "production"},
};

QString nameOf(const QJsonValue &v) { return v.isDouble() ? QString::number(v.toInteger()) : v.toString(); }

Replayed replay(cache::Database &db, const QString &matterId)
{
    Replayed r;
    cache::Statement st = db.prepare("SELECT seq, action, after FROM rec.audit_entries WHERE object_type = 'matter' "
                                     "AND object_id = ?1 AND outcome = 'done' ORDER BY seq");
    st.bind(1, matterId);
    while (st.step()) {
        const QString action = st.columnText(1);
        for (const Kind &k : kKinds) {
            if (action != QLatin1String(k.action))
                continue;
            const QJsonValue state = QJsonDocument::fromJson(st.columnUtf8(2)).object().value(QLatin1String(k.key));
            const QString name = k.rows ? nameOf(state.toObject().value(QLatin1String(k.rowKey))) : matterId;
            const Made made{canonical(state), st.columnInt(0), name};
            if (k.rows)
                (r.*k.rows).insert(domain::foldCase(name), made);
            else
                r.matter = made;
        }
    }
    return r;
}

class Comparison
{
public:
    // lupdate files the texts of this class under its name.
    static QString tr(const char *text)
    {
        return util::translateEither("proofdesk::records::Comparison", "proofdesk::records", text);
    }

    Comparison(QList<StateProblem> &problems, QString matterId)
        : m_problems(problems)
        , m_matter(std::move(matterId))
    {}

    void problem(const QString &object, const QString &what) { m_problems << StateProblem{object, what}; }
    // Rows (key → state and entry) against what the entries made of that kind; `kind` empty
    // for the matter's own row.
    void compare(const QString &kind, const MadeByKey &rows, const MadeByKey &made)
    {
        const auto objectOf = [&](const Made &m) {
            return kind.isEmpty() ? tr("matter %1").arg(m_matter)
                                  : tr("%1 %2 of matter %3").arg(kind, m.name, m_matter);
        };
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            const QString object = objectOf(*it);
            const auto m = made.constFind(it.key());
            if (m == made.cend())
                problem(object, tr("no entry of the audit trail made this row: it was added outside Proofdesk"));
            else if (m->state != it->state || m->seq != it->seq)
                problem(object, tr("the row is not what entry %1 made it: it was changed outside Proofdesk "
                                   "(the row: %2; the entry: %3)")
                                    .arg(m->seq)
                                    .arg(QString::fromUtf8(it->state), QString::fromUtf8(m->state)));
        }
        for (auto it = made.cbegin(); it != made.cend(); ++it) {
            if (!rows.contains(it.key()))
                problem(objectOf(*it),
                        tr("entry %1 made this row and it is gone: it was deleted outside Proofdesk").arg(it->seq));
        }
    }
    const QString &matter() const { return m_matter; }

private:
    QList<StateProblem> &m_problems;
    QString m_matter;
};

MadeByKey memberRows(cache::Database &db, const QString &matterId)
{
    MadeByKey rows;
    cache::Statement st =
        db.prepare("SELECT user, added_by, added_at, entry_seq FROM rec.matter_members WHERE matter_id = ?1");
    st.bind(1, matterId);
    while (st.step()) {
        const QJsonObject state = matterstate::member(matterId, st.columnText(0), st.columnText(1), st.columnInt(2))
                                      .value(QLatin1String("member"))
                                      .toObject();
        rows.insert(domain::foldCase(st.columnText(0)), {canonical(state), st.columnInt(3), st.columnText(0)});
    }
    return rows;
}

QMap<QString, qint64> entrySeqs(cache::Database &db, const char *sql, const QString &matterId)
{
    QMap<QString, qint64> seqs;
    cache::Statement st = db.prepare(sql);
    st.bind(1, matterId);
    while (st.step())
        seqs.insert(domain::foldCase(st.columnText(0)), st.columnInt(1));
    return seqs;
}

void compareRows(cache::Database &db, Comparison &c, const Replayed &r)
{
    const QString &id = c.matter();
    MatterRegister matters(db);
    MadeByKey searches, items, productions;
    const auto searchSeqs = entrySeqs(db, "SELECT seq, entry_seq FROM rec.matter_searches WHERE matter_id = ?1", id);
    for (const MatterSearch &s : matters.searches(id))
        searches.insert(QString::number(s.seq), {canonical(matterstate::search(id, s).value(QLatin1String("search"))),
                                                 searchSeqs.value(QString::number(s.seq)), QString::number(s.seq)});
    // A letter never reviewed has no entry; one with any trace of a review must have one.
    const auto itemSeqs = entrySeqs(
        db, "SELECT comm_id, entry_seq FROM rec.matter_items WHERE matter_id = ?1 AND entry_seq IS NOT NULL", id);
    for (const ReviewItem &i : matters.review(id)) {
        const QString key = domain::foldCase(i.id);
        const bool pristine = i.revision == 0 && i.tags.isEmpty() && i.note.isEmpty() && i.reviewer.isEmpty()
                              && !i.reviewedAt && !itemSeqs.contains(key);
        if (!pristine)
            items.insert(key, {canonical(i.toJson()), itemSeqs.value(key, -1), i.id});
    }
    const auto productionSeqs = entrySeqs(db, "SELECT id, entry_seq FROM rec.productions WHERE matter_id = ?1", id);
    for (const ProductionInfo &p : matters.productions(id))
        productions.insert(domain::foldCase(p.id),
                           {canonical(p.toJson()), productionSeqs.value(domain::foldCase(p.id)), p.id});
    c.compare(tr("search"), searches, r.searches);
    c.compare(tr("member"), memberRows(db, id), r.members);
    c.compare(tr("review of"), items, r.items);
    c.compare(tr("production"), productions, r.productions);
}

// The review set is every letter the searches found, in the order found, each once; each
// search's hits hash to what its row (and so its entry) says.
void compareReviewSet(cache::Database &db, Comparison &c)
{
    const QString &id = c.matter();
    MatterRegister matters(db);
    QStringList expected;
    QSet<QString> seen;
    for (const MatterSearch &s : matters.searches(id)) {
        const QStringList hits = matters.hits(id, s.seq);
        QCryptographicHash sha(QCryptographicHash::Sha256);
        for (const QString &hit : hits) {
            sha.addData(QByteArray(hit.toUtf8() + '\n'));
            if (!seen.contains(domain::foldCase(hit))) {
                seen.insert(domain::foldCase(hit));
                expected << hit;
            }
        }
        if (QString::fromLatin1(sha.result().toHex()) != s.idsSha256 || hits.size() != s.total)
            c.problem(tr("search %1 of matter %2").arg(s.seq).arg(id),
                      tr("its %1 frozen ids are not the %2 its entry recorded: they were changed outside Proofdesk")
                          .arg(hits.size())
                          .arg(s.total));
    }
    const QStringList rows = matters.itemIds(id);
    if (rows.size() != expected.size())
        c.problem(tr("review set of matter %1").arg(id),
                  tr("it holds %1 letters where its searches found %2: letters were added or removed outside Proofdesk")
                      .arg(rows.size())
                      .arg(expected.size()));
    for (qsizetype i = 0; i < qMin(rows.size(), expected.size()); ++i) {
        if (domain::foldCase(rows.at(i)) != domain::foldCase(expected.at(i))) {
            c.problem(tr("review set of matter %1").arg(id),
                      tr("letter %1 of it is %2 where its searches found %3 there")
                          .arg(i + 1)
                          .arg(rows.at(i), expected.at(i)));
            break;
        }
    }
}

} // namespace

MatterReplay::MatterReplay(cache::Database &db)
    : m_db(db)
{}

QList<StateProblem> MatterReplay::check(const QString &matterId) const
{
    QList<StateProblem> problems;
    const Replayed r = replay(m_db, matterId);
    Comparison c(problems, matterId);
    const auto row = MatterRegister(m_db).find(matterId);
    const auto rowSeqs = entrySeqs(m_db, "SELECT id, entry_seq FROM rec.matters WHERE id = ?1", matterId);
    MadeByKey rows, made;
    if (row)
        rows.insert(domain::foldCase(row->id),
                    {canonical(row->toJson()), rowSeqs.value(domain::foldCase(row->id)), row->id});
    if (r.matter)
        made.insert(domain::foldCase(matterId), *r.matter);
    c.compare(QString(), rows, made);
    compareRows(m_db, c, r);
    compareReviewSet(m_db, c);
    return problems;
}

QList<StateProblem> MatterReplay::check() const
{
    QStringList ids;
    cache::Statement st = m_db.prepare(
        "SELECT id FROM rec.matters UNION SELECT object_id FROM rec.audit_entries WHERE object_type = 'matter' "
        "AND action = 'matter.open' AND outcome = 'done' UNION SELECT matter_id FROM rec.matter_items "
        "UNION SELECT matter_id FROM rec.matter_searches UNION SELECT matter_id FROM rec.productions "
        "UNION SELECT matter_id FROM rec.matter_members UNION SELECT matter_id FROM rec.matter_hits");
    while (st.step())
        ids << st.columnText(0);
    QList<StateProblem> problems;
    for (const QString &id : ids)
        problems << check(id);
    return problems;
}

} // namespace proofdesk::records
