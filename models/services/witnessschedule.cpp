#include "witnessschedule.h"

#include "cache/sqlite.h"

#include <algorithm>

namespace proofdesk::services {

namespace {

constexpr qint64 kDayMs = 86400000;

std::optional<qint64> lastPassOf(cache::Database &writer, const QString &repository)
{
    // From the newest entry back (the trail has no index on its actions): passes are recent, so
    // the scan stops early, where max(at) would read the whole trail.
    cache::Statement st = writer.prepare("SELECT at FROM rec.audit_entries WHERE action = 'repository.witness' "
                                         "AND object_type = 'repository' AND object_id = ?1 ORDER BY seq DESC LIMIT 1");
    st.bind(1, repository);
    if (!st.step())
        return std::nullopt;
    return st.columnInt(0);
}

} // namespace

int witnessDays(const cache::RepositoryInfo &repository)
{
    const QJsonValue days = repository.settings.value(QStringLiteral("witness_days"));
    if (days.isUndefined() || days.isNull())
        return kDefaultWitnessDays;
    // A setting given as text (`repo add --set witness_days=14`) or as a number.
    bool ok = false;
    const int value = days.isString() ? days.toString().toInt(&ok) : days.toInt(-1);
    if (days.isString() && !ok)
        return kDefaultWitnessDays;
    return value < 0 ? kDefaultWitnessDays : value;
}

QList<WitnessDue> duePasses(cache::Database &writer, qint64 now)
{
    QList<WitnessDue> due;
    for (const cache::RepositoryInfo &repository : cache::RepositoryStore(writer).list()) {
        const int days = witnessDays(repository);
        if (days == 0 || !repository.lastSync)
            continue;
        WitnessDue one{repository, lastPassOf(writer, repository.name), 0};
        one.dueAt = one.lastPass ? *one.lastPass + days * kDayMs : *repository.lastSync;
        if (one.dueAt <= now)
            due << one;
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const WitnessDue &a, const WitnessDue &b) { return a.dueAt < b.dueAt; });
    return due;
}

} // namespace proofdesk::services
