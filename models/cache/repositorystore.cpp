#include "repositorystore.h"

#include "util/timeutil.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrl>
#include <sqlite3.h>
#include <stdexcept>

namespace proofdesk::cache {

namespace {

// The URL without its user information ("https://alice:pw@host/x" -> "https://host/x"): what
// is shown, printed and audited. A local path (a drop) has none and stays as it is.
QString withoutUserInfo(const QString &url)
{
    QUrl u(url);
    if (!u.isValid() || u.userInfo().isEmpty())
        return url;
    u.setUserInfo(QString());
    return u.toString();
}

// A password never goes into the cache: the CLI and the settings dialog take it separately
// and keep it in the keychain. Last line of defence for any other caller.
void refusePassword(const QString &url)
{
    if (!QUrl(url).password().isEmpty())
        throw std::invalid_argument("A repository URL must not carry a password: give the URL without it and the "
                                    "password separately (proofdesk-cli repo add --user USER --password-stdin).");
}

} // namespace

QJsonObject RepositoryInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("url"), withoutUserInfo(url)},
                  {QStringLiteral("settings"), settings},
                  {QStringLiteral("cursor"), QString::fromUtf8(cursor)}};
    o.insert(QStringLiteral("last_sync"), lastSync ? QJsonValue(formatUtc(*lastSync)) : QJsonValue());
    o.insert(QStringLiteral("last_error"), lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError));
    o.insert(QStringLiteral("offline_since"), offlineSince ? QJsonValue(formatUtc(*offlineSince)) : QJsonValue());
    return o;
}

RepositoryStore::RepositoryStore(Database &db)
    : m_db(db)
{}

QList<RepositoryInfo> RepositoryStore::query(const char *where, const QString &a, const QString &b) const
{
    Statement st = m_db.prepare(QStringLiteral("SELECT id, name, kind, url, settings, cursor, "
                                               "last_sync, last_error, offline_since, scope_read FROM "
                                               "repositories %1 ORDER BY name")
                                    .arg(QLatin1String(where)));
    if (!a.isNull())
        st.bind(1, a);
    if (!b.isNull())
        st.bind(2, b);
    QList<RepositoryInfo> out;
    while (st.step()) {
        RepositoryInfo r;
        r.id = st.columnInt(0);
        r.name = st.columnText(1);
        r.kind = st.columnText(2);
        r.url = st.columnText(3);
        r.settings = QJsonDocument::fromJson(st.columnUtf8(4)).object();
        r.cursor = st.columnUtf8(5);
        if (!st.isNull(6))
            r.lastSync = st.columnInt(6);
        r.lastError = st.columnText(7);
        if (!st.isNull(8))
            r.offlineSince = st.columnInt(8);
        r.scopeRead = st.columnUtf8(9);
        out << r;
    }
    return out;
}

std::optional<RepositoryInfo> RepositoryStore::find(const QString &name) const
{
    const auto rows = query("WHERE name = ?1", name);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<RepositoryInfo> RepositoryStore::findByUrl(const QString &kind, const QString &url) const
{
    const auto rows = query("WHERE kind = ?1 AND url = ?2", kind, url);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<RepositoryInfo> RepositoryStore::findById(qint64 id) const
{
    const auto rows = query("WHERE id = ?1", QString::number(id));
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

QList<RepositoryInfo> RepositoryStore::list() const { return query(""); }

RepositoryInfo RepositoryStore::add(const QString &name, const QString &kind, const QString &url,
                                    const QJsonObject &settings)
{
    refusePassword(url);
    m_db.prepare("INSERT INTO repositories(name, kind, url, settings) VALUES(?1, ?2, ?3, ?4)")
        .bind(1, name)
        .bind(2, kind)
        .bind(3, url)
        .bind(4, QJsonDocument(settings).toJson(QJsonDocument::Compact))
        .run();
    return *findById(m_db.lastInsertRowId());
}

RepositoryInfo RepositoryStore::findOrAdd(const QString &kind, const QString &url, const QString &baseName, bool *added)
{
    // BEGIN IMMEDIATE: the look-up and the insert see no other writer in between.
    Transaction tx(m_db);
    std::optional<RepositoryInfo> repository = findByUrl(kind, url);
    if (added)
        *added = !repository;
    if (!repository)
        repository = add(freeName(baseName), kind, url);
    tx.commit();
    return *repository;
}

bool RepositoryStore::remove(const QString &name)
{
    const auto repo = find(name);
    if (!repo)
        return false;
    // One transaction of its own, or the caller's (an administrator's change with its entry).
    std::optional<Transaction> tx;
    if (sqlite3_get_autocommit(m_db.handle()) != 0)
        tx.emplace(m_db);
    const QString id = QString::number(repo->id);
    // The text index must be told which rows leave (external content).
    m_db.prepare("INSERT INTO comm_fts(comm_fts, rowid, body, names, ids) "
                 "SELECT 'delete', t.rowid, t.body, t.names, t.ids FROM comm_text t "
                 "JOIN communications c ON c.rowid = t.rowid WHERE c.repo_id = ?1")
        .bind(1, repo->id)
        .run();
    for (const char *sql :
         {"DELETE FROM comm_text WHERE rowid IN (SELECT rowid FROM communications WHERE repo_id = ?1)",
          "DELETE FROM comm_blocks WHERE comm_rowid IN (SELECT rowid FROM communications WHERE repo_id = ?1)",
          "DELETE FROM communications WHERE repo_id = ?1", "DELETE FROM delivery_events WHERE repo_id = ?1",
          "DELETE FROM template_approvals WHERE (template_id, version) IN "
          "(SELECT template_id, version FROM template_versions WHERE repo_id = ?1)",
          "DELETE FROM template_versions WHERE repo_id = ?1", "DELETE FROM content_blocks WHERE repo_id = ?1",
          "DELETE FROM retention_classes WHERE repo_id = ?1", "DELETE FROM import_errors WHERE repo_id = ?1",
          "DELETE FROM repositories WHERE id = ?1"})
        m_db.prepare(sql).bind(1, repo->id).run();
    if (tx)
        tx->commit();
    return true;
}

void RepositoryStore::recordError(qint64 id, const QString &message)
{
    m_db.prepare("UPDATE repositories SET last_error = ?1, "
                 "offline_since = coalesce(offline_since, ?2) WHERE id = ?3")
        .bind(1, message)
        .bind(2, QDateTime::currentMSecsSinceEpoch())
        .bind(3, id)
        .run();
}

bool RepositoryStore::update(qint64 id, const QString &url, const QJsonObject &settings)
{
    refusePassword(url);
    const auto repo = findById(id);
    if (!repo)
        return false;
    m_db.prepare("UPDATE repositories SET url = ?1, settings = ?2, "
                 "cursor = CASE WHEN url = ?1 THEN cursor ELSE NULL END WHERE id = ?3")
        .bind(1, url)
        .bind(2, QJsonDocument(settings).toJson(QJsonDocument::Compact))
        .bind(3, id)
        .run();
    return true;
}

void RepositoryStore::clearCursor(qint64 id)
{
    m_db.prepare("UPDATE repositories SET cursor = NULL WHERE id = ?1").bind(1, id).run();
}

void RepositoryStore::setScopeRead(qint64 id, const QByteArray &resolvedScope)
{
    m_db.prepare("UPDATE repositories SET scope_read = ?2 WHERE id = ?1").bind(1, id).bind(2, resolvedScope).run();
}

qint64 RepositoryStore::communicationCount(qint64 id) const
{
    Statement st = m_db.prepare("SELECT count(*) FROM communications WHERE repo_id = ?1");
    st.bind(1, id);
    return st.step() ? st.columnInt(0) : 0;
}

QString RepositoryStore::freeName(const QString &base) const
{
    QString name = base;
    for (int n = 2; find(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

} // namespace proofdesk::cache
