#include "actionrunner.h"

#include "cache/cachefile.h"
#include "records/localrecordsstore.h"
#include "records/rolegrants.h"
#include "records/session.h"

#include <exception>

namespace proofdesk::services {

namespace {

qint64 pendingOutboxItems(cache::Database &writer)
{
    return writer.queryInt("SELECT count(*) FROM rec.outbox WHERE state = 'pending'");
}

} // namespace

ActionFailure ActionFailure::fromCurrentException()
{
    try {
        throw;
    } catch (const records::RecordsError &e) {
        switch (e.kind()) {
        case records::RecordsError::Kind::Refused:
            return {Kind::Refused, e.message()};
        case records::RecordsError::Kind::NotFound:
            return {Kind::NotFound, e.message()};
        case records::RecordsError::Kind::Invalid:
            return {Kind::Invalid, e.message()};
        }
        return {Kind::Failed, e.message()};
    } catch (const std::exception &e) {
        return {Kind::Failed, QString::fromUtf8(e.what())};
    }
}

ActionRunner::ActionRunner(QString databasePath, QString dataDir)
    : m_databasePath(std::move(databasePath))
    , m_dataDir(std::move(dataDir))
{
}

void ActionRunner::run(const Actor &actor, records::Action action, const Body &body, const Body &afterSend)
{
    m_flush = {};
    cache::Database writer = cache::CacheFile::openWriter(m_databasePath);
    if (m_claim)
        records::grantAllRolesIfUnclaimed(writer, actor.identity);
    const records::RecordsSession session =
        records::RecordsSession::openFor(writer, actor.identity, actor.role, action);
    records::LocalRecordsStore store(session, m_dataDir);
    ActionContext context{store, writer, m_dataDir, session};
    // The outbox is sent when this action queued something (items that failed before go
    // along); a read or a refused action does not wait for an offline repository.
    const qint64 queuedBefore = pendingOutboxItems(writer);
    body(context);
    if (pendingOutboxItems(writer) > queuedBefore)
        m_flush = store.flushOutbox();
    if (afterSend)
        afterSend(context);
}

ActionFailure ActionRunner::tryRun(const Actor &actor, records::Action action, const Body &body,
                                   const Body &afterSend)
{
    try {
        run(actor, action, body, afterSend);
        return {};
    } catch (...) {
        return ActionFailure::fromCurrentException();
    }
}

} // namespace proofdesk::services
