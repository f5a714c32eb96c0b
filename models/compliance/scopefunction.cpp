#include "scopefunction.h"

#include <atomic>
#include <sqlite3.h>

namespace proofdesk::compliance {

namespace {

void inScope(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *rows = static_cast<const cache::RowIdSet *>(sqlite3_user_data(context));
    sqlite3_result_int(context,
                       sqlite3_value_type(argv[0]) == SQLITE_INTEGER && rows->contains(sqlite3_value_int64(argv[0])));
}

} // namespace

ScopeFunction::ScopeFunction(cache::Database &db, const cache::RowIdSet &rows)
    : m_db(db)
{
    static std::atomic<quint64> next{0};
    m_name = "compliance_in_scope_" + QByteArray::number(++next);
    // DIRECTONLY: only the statements that name it, never a trigger or view, can call it.
    const int rc = sqlite3_create_function_v2(db.handle(), m_name.constData(), 1,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                                              const_cast<cache::RowIdSet *>(&rows), inScope, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw cache::SqliteError(rc,
                                 QStringLiteral("registering %1: %2")
                                     .arg(QString::fromLatin1(m_name), QString::fromUtf8(sqlite3_errmsg(db.handle()))));
}

ScopeFunction::~ScopeFunction()
{
    // Removing it expires any statement still prepared with it; none should be.
    sqlite3_create_function_v2(m_db.handle(), m_name.constData(), 1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr,
                               nullptr);
}

QString ScopeFunction::call(const QString &alias) const
{
    return QString::fromLatin1(m_name) + QLatin1Char('(') + alias + QLatin1String(".rowid)");
}

} // namespace proofdesk::compliance
