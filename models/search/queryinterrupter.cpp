#include "queryinterrupter.h"

#include <sqlite3.h>

namespace proofdesk::search {

QueryInterrupter::QueryInterrupter(cache::Database &db, std::function<bool()> shouldStop)
    : m_db(db)
    , m_shouldStop(std::move(shouldStop))
{
    sqlite3_progress_handler(m_db.handle(), kCheckInterval, &QueryInterrupter::onProgress, this);
}

QueryInterrupter::~QueryInterrupter()
{
    sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
}

int QueryInterrupter::onProgress(void *self)
{
    return static_cast<QueryInterrupter *>(self)->m_shouldStop() ? 1 : 0;
}

} // namespace proofdesk::search
