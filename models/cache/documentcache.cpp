#include "documentcache.h"

#include "cache/holdsql.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QUuid>
#include <algorithm>

namespace proofdesk::cache {

namespace {

bool isHexName(const QString &name, int length)
{
    if (name.size() != length)
        return false;
    for (const QChar ch : name) {
        if (!((ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) || (ch >= QLatin1Char('a') && ch <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

} // namespace

DocumentCache::DocumentCache(Database &writer, const ContentStore &store)
    : m_writer(writer)
    , m_store(store)
{}

void DocumentCache::markViewed(Database &writer, const QString &communicationId, qint64 nowMs)
{
    // Both hashes: a verified document is stored under rendition_sha256 (= content_sha256).
    writer
        .prepare("UPDATE doc_objects SET used_at = ?2 WHERE sha256 IN "
                 "(SELECT lower(rendition_sha256) FROM communications WHERE id = ?1)")
        .bind(1, communicationId)
        .bind(2, nowMs)
        .run();
}

int DocumentCache::reconcile(const Progress &progress)
{
    int changed = 0;
    for (int i = 0; i < 256; ++i) {
        changed += reconcileFolder(QStringLiteral("%1").arg(i, 2, 16, QLatin1Char('0')));
        if (progress)
            progress(i + 1, 256);
    }
    return changed;
}

// One folder of the store (objects/ab) against the rows whose names start with "ab".
int DocumentCache::reconcileFolder(const QString &prefix)
{
    QHash<QString, bool> onDisk; // name -> seen in the table
    const QDir dir(m_store.root() + QLatin1Char('/') + prefix);
    // Temporary files of a write under way (QSaveFile: name.XXXXXX) are not objects yet.
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (isHexName(name, 62))
            onDisk.insert(prefix + name, false);
    }
    Statement rows = m_writer.prepare("SELECT sha256 FROM doc_objects WHERE sha256 >= ?1 AND sha256 < ?2");
    rows.bind(1, prefix).bind(2, prefix + QLatin1Char('g')); // 'g' sorts after every hex digit
    QStringList gone;
    while (rows.step()) {
        const QString sha = rows.columnText(0);
        auto it = onDisk.find(sha);
        if (it == onDisk.end())
            gone << sha;
        else
            *it = true;
    }
    QList<QFileInfo> added;
    for (auto it = onDisk.cbegin(); it != onDisk.cend(); ++it) {
        if (!it.value())
            added << QFileInfo(dir.filePath(it.key().mid(2)));
    }
    if (gone.isEmpty() && added.isEmpty())
        return 0;
    Transaction tx(m_writer);
    Statement remove = m_writer.prepare("DELETE FROM doc_objects WHERE sha256 = ?1");
    for (const QString &sha : gone) {
        remove.reset();
        remove.bind(1, sha).run();
    }
    // Stored recently counts as used recently: a new object is not the first to go.
    Statement insert = m_writer.prepare("INSERT OR IGNORE INTO doc_objects(sha256, bytes, used_at) VALUES(?1, ?2, ?3)");
    for (const QFileInfo &file : added) {
        insert.reset();
        insert.bind(1, prefix + file.fileName())
            .bind(2, file.size())
            .bind(3, file.lastModified().toMSecsSinceEpoch())
            .run();
    }
    tx.commit();
    return int(gone.size() + added.size());
}

qint64 DocumentCache::storedBytes() { return m_writer.queryInt("SELECT coalesce(sum(bytes), 0) FROM doc_objects"); }

// temp.doc_keep: the objects that must stay, as of now.
void DocumentCache::collectKept(qint64 now)
{
    m_writer.exec("CREATE TEMP TABLE IF NOT EXISTS doc_keep(sha256 TEXT PRIMARY KEY) WITHOUT ROWID");
    m_writer.exec("DELETE FROM temp.doc_keep");
    const QString held = cache::holdsql::activeHeldRowIds();
    for (const char *column : {"rendition_sha256", "content_sha256"})
        m_writer.exec(QStringLiteral("INSERT OR IGNORE INTO temp.doc_keep SELECT lower(%1) FROM communications "
                                     "WHERE %1 IS NOT NULL AND rowid IN (%2)")
                          .arg(QLatin1String(column), held));
    m_writer.prepare("INSERT OR IGNORE INTO temp.doc_keep SELECT sha256 FROM doc_pins WHERE until > ?1")
        .bind(1, now)
        .run();
}

DocumentCache::Eviction DocumentCache::evict(qint64 limit, const std::function<void(qint64, qint64)> &progress)
{
    Eviction e;
    e.limit = limit;
    const qint64 toEvict = std::max<qint64>(0, storedBytes() - limit);
    for (;;) {
        Transaction tx(m_writer);
        qint64 total = storedBytes();
        if (total <= limit) {
            e.bytesAfter = total;
            break;
        }
        collectKept(nowMs());
        QList<QPair<QString, qint64>> batch;
        {
            Statement candidates = m_writer.prepare(
                "SELECT sha256, bytes FROM doc_objects WHERE sha256 NOT IN (SELECT sha256 FROM temp.doc_keep) "
                "ORDER BY used_at, sha256 LIMIT 256");
            while (candidates.step())
                batch.append({candidates.columnText(0), candidates.columnInt(1)});
        }
        Statement remove = m_writer.prepare("DELETE FROM doc_objects WHERE sha256 = ?1");
        int taken = 0;
        for (const auto &[sha, bytes] : batch) {
            if (total <= limit)
                break;
            if (!Sha256Hex::isValid(sha)) {
                // A row an older version took from a repository's hash ("..//victim.txt"):
                // it names no object of the store, so the row goes and no file is touched.
                remove.reset();
                remove.bind(1, sha).run();
                total -= bytes;
                ++taken;
                continue;
            }
            // The file goes inside the transaction: a pin can only be taken before (and is
            // seen above) or after (and then finds the object gone, as after any eviction).
            if (!m_store.remove(sha))
                continue; // cannot be deleted (permissions): left, counted as stored
            remove.reset();
            remove.bind(1, sha).run();
            total -= bytes;
            e.bytes += bytes;
            ++e.objects;
            ++taken;
        }
        tx.commit();
        if (progress)
            progress(e.bytes, toEvict);
        if (taken == 0) {
            e.bytesAfter = total;
            e.keptOverLimit = total > limit;
            break;
        }
    }
    return e;
}

DocumentCache::Eviction DocumentCache::afterFetch(const QString &sha256, const QString &dataDir)
{
    const QString sha = sha256.toLower();
    const QString path = m_store.objectPath(sha); // empty for a name that is not a SHA-256
    const QFileInfo object(path);
    if (!path.isEmpty() && object.exists())
        m_writer
            .prepare("INSERT INTO doc_objects(sha256, bytes, used_at) VALUES(?1, ?2, ?3) "
                     "ON CONFLICT(sha256) DO UPDATE SET bytes = excluded.bytes, used_at = excluded.used_at")
            .bind(1, sha)
            .bind(2, object.size())
            .bind(3, nowMs())
            .run();
    // The document someone is about to look at stays, even under a limit smaller than it:
    // evicting it would only send the viewer to fetch it again.
    const DocumentPin viewing(m_writer, {sha});
    return evict(DocumentLimit::read(m_writer, dataDir).bytes);
}

DocumentCache::Eviction DocumentCache::afterStoring(const QList<StoredObject> &objects, const QString &dataDir)
{
    {
        Transaction tx(m_writer);
        Statement insert =
            m_writer.prepare("INSERT OR IGNORE INTO doc_objects(sha256, bytes, used_at) VALUES(?1, ?2, ?3)");
        const qint64 now = nowMs();
        for (const StoredObject &object : objects) {
            if (!Sha256Hex::isValid(object.sha256))
                continue; // the store names nothing so (ContentStore): no row for it
            insert.reset();
            insert.bind(1, object.sha256.toLower()).bind(2, object.bytes).bind(3, now).run();
        }
        tx.commit();
    }
    const qint64 limit = DocumentLimit::read(m_writer, dataDir).bytes;
    if (const qint64 stored = storedBytes(); stored <= limit) {
        Eviction within;
        within.limit = limit;
        within.bytesAfter = stored;
        return within;
    }
    return evict(limit);
}

qint64 DocumentCache::room(const QString &dataDir)
{
    return std::max<qint64>(0, DocumentLimit::read(m_writer, dataDir).bytes - storedBytes());
}

DocumentCache::Eviction DocumentCache::enforceLimit(const QString &dataDir)
{
    reconcile();
    return evict(DocumentLimit::read(m_writer, dataDir).bytes);
}

DocumentPin::DocumentPin(Database &writer, const QStringList &sha256s, qint64 ttlMs)
    : m_writer(writer)
    , m_token(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    Statement st = m_writer.prepare("INSERT OR IGNORE INTO doc_pins(token, sha256, until) VALUES(?1, ?2, ?3)");
    for (const QString &sha : sha256s) {
        if (sha.isEmpty())
            continue;
        st.reset();
        st.bind(1, m_token).bind(2, sha.toLower()).bind(3, nowMs() + ttlMs).run();
    }
}

DocumentPin::~DocumentPin()
{
    try {
        m_writer.prepare("DELETE FROM doc_pins WHERE token = ?1 OR until < ?2").bind(1, m_token).bind(2, nowMs()).run();
    } catch (...) {
        // A pin that cannot be removed (a full disk) runs out by its time.
    }
}

} // namespace proofdesk::cache
