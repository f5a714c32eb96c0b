#include "teammatterrecords.h"

#include "pgconnection.h"
#include "records/matterservice.h"
#include "records/mattersets.h"
#include "records/recordserror.h"
#include "search/searchengine.h"
#include "teamactor.h"

#include <QJsonArray>
#include <QJsonObject>

namespace proofdesk::team {

using records::Action;
using records::RecordsError;

namespace {

constexpr qsizetype kChunk = 10000;

QStringList idsOf(const QJsonValue &items)
{
    QStringList ids;
    for (const QJsonValue &v : items.toArray())
        ids << v.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace

TeamMatterRecords::TeamMatterRecords(TeamActor &actor)
    : m_actor(actor)
{}

QJsonValue TeamMatterRecords::read(const QString &what, const QString &sql, const QVariantList &params) const
{
    if (m_actor.isOffline())
        m_actor.needsServer(what);
    try {
        return m_actor.server().callJson(sql, params);
    } catch (const TeamError &e) {
        throw recordsErrorOf(e);
    }
}

QJsonValue TeamMatterRecords::change(const QString &action, const QString &matterId, const QString &sql,
                                     const QVariantList &params)
{
    if (m_actor.isOffline())
        m_actor.needsServer(action);
    return m_actor.call(action, QStringLiteral("matter"), matterId, sql, params);
}

records::MatterInfo TeamMatterRecords::openMatter(const QString &title, const QString &reason, const QStringList &tags)
{
    m_actor.require(Action::ManageMatter, QStringLiteral("matter"));
    const QStringList checked = records::MatterService::checkedTags(tags);
    return records::MatterInfo::fromJson(
        change(QStringLiteral("matter.open"), QString(),
               QStringLiteral("SELECT proofdesk.open_matter($1, $2, $3, $4, $5, $6)"),
               {m_actor.roleText(), m_actor.device(), title.trimmed(), reason.trimmed(), checked})
            .toObject());
}

records::AddedSearch TeamMatterRecords::addSearch(const QString &matterId, const QString &query)
{
    m_actor.require(Action::ManageMatter, QStringLiteral("matter"), matterId);
    if (m_actor.isOffline())
        m_actor.needsServer(QStringLiteral("matter.add_search"));
    const search::RowIdsResult found = search::SearchEngine(m_actor.local().db()).allRowIds(query);
    if (found.error)
        throw RecordsError(RecordsError::Kind::Invalid, QStringLiteral("The search is not valid at character %1: %2")
                                                            .arg(found.error->position + 1)
                                                            .arg(found.error->message));
    QStringList ids;
    cache::Statement st = m_actor.local().db().prepare("SELECT id FROM communications WHERE rowid = ?1");
    for (const qint64 row : found.rowIds) {
        if (st.bind(1, row).step())
            ids << st.columnText(0);
        st.reset();
    }
    if (ids.size() > kChunk) {
        for (qsizetype from = 0; from < ids.size(); from += kChunk)
            change(QStringLiteral("matter.add_search"), matterId,
                   QStringLiteral("SELECT proofdesk.stage_matter_hits($1, $2, $3, $4, $5)"),
                   {m_actor.roleText(), matterId, qint64(from), ids.mid(from, kChunk)});
        ids.clear();
    }
    const QJsonObject s = change(QStringLiteral("matter.add_search"), matterId,
                                 QStringLiteral("SELECT proofdesk.add_matter_search($1, $2, $3, $4, $5, $6)"),
                                 {m_actor.roleText(), m_actor.device(), matterId, query.trimmed(), ids})
                              .toObject();
    return {s.value(QStringLiteral("matter")).toString(), records::MatterSearch::fromJson(s)};
}

records::MatterSearch TeamMatterRecords::setWatch(const QString &matterId, int search, bool watch)
{
    m_actor.require(Action::ManageMatter, QStringLiteral("matter"), matterId);
    return records::MatterSearch::fromJson(
        change(QStringLiteral("matter.watch"), matterId,
               QStringLiteral("SELECT proofdesk.watch_matter_search($1, $2, $3, $4, $5, $6)"),
               {m_actor.roleText(), m_actor.device(), matterId, search, watch})
            .toObject());
}

void TeamMatterRecords::addMember(const QString &matterId, const QString &user, const QString &reason)
{
    m_actor.require(Action::ManageMatter, QStringLiteral("matter"), matterId);
    change(QStringLiteral("matter.member"), matterId,
           QStringLiteral("SELECT proofdesk.add_matter_member($1, $2, $3, $4, $5, $6)"),
           {m_actor.roleText(), m_actor.device(), matterId, user, reason});
}

records::MatterInfo TeamMatterRecords::closeMatter(const QString &matterId, const QString &reason)
{
    m_actor.require(Action::ManageMatter, QStringLiteral("matter"), matterId);
    return records::MatterInfo::fromJson(change(QStringLiteral("matter.close"), matterId,
                                                QStringLiteral("SELECT proofdesk.close_matter($1, $2, $3, $4, $5)"),
                                                {m_actor.roleText(), m_actor.device(), matterId, reason})
                                             .toObject());
}

records::ReviewItem TeamMatterRecords::tag(const QString &matterId, const QString &commId, const QStringList &tags,
                                           const std::optional<QString> &note, std::optional<int> expectedRevision)
{
    m_actor.require(Action::ReviewMatter, QStringLiteral("matter"), matterId);
    const QJsonValue r =
        m_actor.call(QStringLiteral("matter.tag"), QStringLiteral("matter"), matterId,
                     QStringLiteral("SELECT proofdesk.tag_matter_item($1, $2, $3, $4, $5, $6, $7, $8, $9)"),
                     {m_actor.roleText(), m_actor.device(), matterId, commId, tags, note.value_or(QString()),
                      note.has_value(), expectedRevision ? QVariant(*expectedRevision) : QVariant()});
    if (m_actor.isOffline()) {
        records::ReviewItem waiting; // the team decides when it is back; this desk shows what was asked
        waiting.id = commId;
        waiting.tags = tags;
        waiting.note = note.value_or(QString());
        return waiting;
    }
    return records::ReviewItem::fromJson(r.toObject());
}

QList<records::MatterInfo> TeamMatterRecords::list() const
{
    QList<records::MatterInfo> out;
    for (const QJsonValue &v :
         read(QStringLiteral("matter list"), QStringLiteral("SELECT proofdesk.matter_list($1)"), {m_actor.roleText()})
             .toArray())
        out << records::MatterInfo::fromJson(v.toObject());
    return out;
}

std::optional<records::MatterOverview> TeamMatterRecords::show(const QString &matterId) const
{
    return records::MatterOverview::fromJson(read(QStringLiteral("matter show"),
                                                  QStringLiteral("SELECT proofdesk.matter_show($1, $2)"),
                                                  {m_actor.roleText(), matterId})
                                                 .toObject());
}

QList<records::ReviewItem> TeamMatterRecords::review(const QString &matterId, const records::ReviewFilter &filter) const
{
    QList<records::ReviewItem> out;
    for (const QJsonValue &v :
         read(QStringLiteral("matter review"), QStringLiteral("SELECT proofdesk.matter_review($1, $2, $3, $4, $5, $6)"),
              {m_actor.roleText(), matterId, filter.tag, filter.reviewer, filter.unreviewedOnly, filter.limit})
             .toArray())
        out << records::ReviewItem::fromJson(v.toObject());
    return out;
}

QList<records::MatterNews> TeamMatterRecords::news(const QString &matterId) const
{
    QList<records::MatterOverview> asked;
    if (matterId.trimmed().isEmpty()) {
        for (const records::MatterInfo &m : list()) {
            if (m.isOpen())
                asked << *show(m.id);
        }
    } else {
        asked << *show(matterId);
    }
    QList<records::MatterNews> out;
    for (const records::MatterOverview &m : asked) {
        const QStringList reviewSet = idsOf(read(
            QStringLiteral("matter news"), QStringLiteral("SELECT proofdesk.matter_review($1, $2, '', '', false, -1)"),
            {m_actor.roleText(), m.matter.id}));
        for (const records::MatterSearch &s : m.searches) {
            if (s.watch)
                out << records::mattersets::news(m_actor.local().db(), m.matter.id, s, reviewSet);
        }
    }
    return out;
}

records::ProductionInfo TeamMatterRecords::startProduction(const QString &matterId,
                                                           const records::ProductionRequest &request)
{
    m_actor.require(Action::ProduceMatter, QStringLiteral("matter"), matterId);
    const QJsonObject o =
        change(QStringLiteral("production.start"), matterId,
               QStringLiteral("SELECT proofdesk.start_production($1, $2, $3, $4, $5, $6, $7, $8, $9)"),
               {m_actor.roleText(), m_actor.device(), matterId, request.prefix, request.tag, request.path,
                request.letters, request.key})
            .toObject();
    records::ProductionInfo p = records::ProductionInfo::fromJson(o);
    p.anchorSeq = o.value(QStringLiteral("anchor_seq")).toInteger();
    p.anchorHash = o.value(QStringLiteral("anchor_hash")).toString();
    return p;
}

records::ProductionInfo TeamMatterRecords::completeProduction(const QString &productionId, qint64 documents,
                                                              qint64 exceptions, const QString &rootSha256)
{
    m_actor.require(Action::ProduceMatter, QStringLiteral("production"), productionId);
    return records::ProductionInfo::fromJson(
        change(QStringLiteral("production.create"), productionId,
               QStringLiteral("SELECT proofdesk.complete_production($1, $2, $3, $4, $5, $6, $7)"),
               {m_actor.roleText(), m_actor.device(), productionId, documents, exceptions, rootSha256})
            .toObject());
}

std::optional<records::ProductionInfo> TeamMatterRecords::findProduction(const QString &productionId) const
{
    const QJsonValue v =
        read(QStringLiteral("matter produce"), QStringLiteral("SELECT proofdesk.matter_production($1, $2)"),
             {m_actor.roleText(), productionId});
    if (!v.isObject())
        return std::nullopt;
    return records::ProductionInfo::fromJson(v.toObject());
}

QStringList TeamMatterRecords::productionSet(const QString &matterId, const QString &tag) const
{
    const QStringList ids = idsOf(read(QStringLiteral("matter produce"),
                                       QStringLiteral("SELECT proofdesk.matter_review($1, $2, $3, '', false, -1)"),
                                       {m_actor.roleText(), matterId, tag.trimmed()}));
    return records::mattersets::productionOrder(m_actor.local().db(), ids);
}

} // namespace proofdesk::team
