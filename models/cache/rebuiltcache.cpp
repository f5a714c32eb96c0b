#include "rebuiltcache.h"

#include "communicationcount.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::cache::RebuiltCache {

namespace {
constexpr char kKey[] = "rebuilt_after_damage";
} // namespace

void remember(Database &writer, const QString &movedAsidePath)
{
    const QJsonObject note{{QStringLiteral("at"), QDateTime::currentMSecsSinceEpoch()},
                           {QStringLiteral("moved_to"), movedAsidePath}};
    writer.prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, QLatin1String(kKey))
        .bind(2, QString::fromUtf8(QJsonDocument(note).toJson(QJsonDocument::Compact)))
        .run();
}

std::optional<Unfilled> unfilled(const Database &db)
{
    Statement note = db.prepare("SELECT value FROM meta WHERE key = ?1");
    note.bind(1, QLatin1String(kKey));
    if (!note.step())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(note.columnUtf8(0)).object();
    Unfilled found;
    found.rebuiltAt = o.value(QStringLiteral("at")).toInteger();
    found.movedAsidePath = o.value(QStringLiteral("moved_to")).toString();
    // A sync writes last_sync with every page it applies; the carried repositories have none.
    Statement behind =
        db.prepare("SELECT name FROM repositories WHERE last_sync IS NULL OR last_sync < ?1 ORDER BY id");
    behind.bind(1, found.rebuiltAt);
    while (behind.step())
        found.repositories << behind.columnText(0);
    if (found.repositories.isEmpty() && db.queryInt("SELECT count(*) FROM repositories") > 0)
        return std::nullopt; // filled again
    found.communications = countCommunications(db);
    return found;
}

} // namespace proofdesk::cache::RebuiltCache
