#include "localmatterrecords.h"

#include "localrecordsfolder.h"
#include "matteraccess.h"
#include "matterregister.h"
#include "matterreplay.h"
#include "matterreview.h"
#include "matterservice.h"
#include "mattersets.h"
#include "productionnumbers.h"
#include "recordserror.h"
#include "session.h"
#include "util/translation.h"

namespace proofdesk::records {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::LocalMatterRecords", "proofdesk::records", text);
}

} // namespace

LocalMatterRecords::LocalMatterRecords(const LocalRecordsFolder &folder)
    : m_folder(folder)
    , m_session(folder.session())
{}

MatterInfo LocalMatterRecords::openMatter(const QString &title, const QString &reason, const QStringList &tags)
{
    m_folder.writable();
    return MatterService(m_session).open(title, reason, tags);
}

AddedSearch LocalMatterRecords::addSearch(const QString &matterId, const QString &query)
{
    m_folder.writable();
    return MatterService(m_session).addSearch(matterId, query);
}

MatterSearch LocalMatterRecords::setWatch(const QString &matterId, int search, bool watch)
{
    m_folder.writable();
    return MatterService(m_session).setWatch(matterId, search, watch);
}

void LocalMatterRecords::addMember(const QString &matterId, const QString &user, const QString &reason)
{
    m_folder.writable();
    MatterService(m_session).addMember(matterId, user, reason);
}

MatterInfo LocalMatterRecords::closeMatter(const QString &matterId, const QString &reason)
{
    m_folder.writable();
    return MatterService(m_session).close(matterId, reason);
}

ReviewItem LocalMatterRecords::tag(const QString &matterId, const QString &commId, const QStringList &tags,
                                   const std::optional<QString> &note, std::optional<int> expectedRevision)
{
    m_folder.writable();
    return MatterReview(m_session).tag(matterId, commId, tags, note, expectedRevision);
}

bool LocalMatterRecords::maySee(const MatterInfo &matter) const
{
    const auto role = m_session.role();
    return role && MatterAccess::maySee(*role, MatterRegister(m_session.db()).isMember(matter.id, m_session.user()));
}

MatterInfo LocalMatterRecords::seen(const QString &matterId) const
{
    const auto matter = MatterRegister(m_session.db()).find(matterId.trimmed());
    if (!matter || !maySee(*matter))
        throw RecordsError(
            RecordsError::Kind::NotFound,
            tr("There is no matter %1 that you may see. `matter list` shows yours.").arg(matterId.trimmed()));
    return *matter;
}

QList<MatterInfo> LocalMatterRecords::list() const
{
    QList<MatterInfo> out;
    for (const MatterInfo &m : MatterRegister(m_session.db()).list()) {
        if (maySee(m))
            out << m;
    }
    return out;
}

std::optional<MatterOverview> LocalMatterRecords::show(const QString &matterId) const
{
    return MatterRegister(m_session.db()).overview(seen(matterId));
}

QList<ReviewItem> LocalMatterRecords::review(const QString &matterId, const ReviewFilter &filter) const
{
    return MatterRegister(m_session.db()).review(seen(matterId).id, filter);
}

QList<MatterNews> LocalMatterRecords::news(const QString &matterId) const
{
    MatterRegister matters(m_session.db());
    QList<MatterInfo> asked;
    if (matterId.trimmed().isEmpty()) {
        for (const MatterInfo &m : list()) {
            if (m.isOpen())
                asked << m;
        }
    } else {
        asked << seen(matterId);
    }
    QList<MatterNews> out;
    for (const MatterInfo &m : asked) {
        const QStringList reviewSet = matters.itemIds(m.id);
        for (const MatterSearch &s : matters.searches(m.id)) {
            if (s.watch)
                out << mattersets::news(m_session.db(), m.id, s, reviewSet);
        }
    }
    return out;
}

ProductionInfo LocalMatterRecords::startProduction(const QString &matterId, const ProductionRequest &request)
{
    m_folder.writable();
    return ProductionNumbers(m_session).start(matterId, request);
}

ProductionInfo LocalMatterRecords::completeProduction(const QString &productionId, qint64 documents, qint64 exceptions,
                                                      const QString &rootSha256)
{
    m_folder.writable();
    return ProductionNumbers(m_session).complete(productionId, documents, exceptions, rootSha256);
}

std::optional<ProductionInfo> LocalMatterRecords::findProduction(const QString &productionId) const
{
    auto p = MatterRegister(m_session.db()).production(productionId.trimmed());
    if (p)
        seen(p->matter);
    return p;
}

QStringList LocalMatterRecords::productionSet(const QString &matterId, const QString &tag) const
{
    const MatterInfo m = seen(matterId);
    QStringList ids;
    if (tag.trimmed().isEmpty()) {
        ids = MatterRegister(m_session.db()).itemIds(m.id);
    } else {
        ReviewFilter filter;
        filter.tag = MatterReview::matterTags(m, {tag}).value(0);
        for (const ReviewItem &i : MatterRegister(m_session.db()).review(m.id, filter))
            ids << i.id;
    }
    return mattersets::productionOrder(m_session.db(), ids);
}

} // namespace proofdesk::records

namespace proofdesk::records {

QList<audit::StateProblem> LocalMatterRecords::checkState(const QString &matterId) const
{
    return MatterReplay(m_session.db()).check(seen(matterId).id);
}

} // namespace proofdesk::records
