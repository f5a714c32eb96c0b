#include "documentlimit.h"

#include <QStorageInfo>
#include <algorithm>

namespace proofdesk::cache {

qint64 DocumentLimit::defaultFor(const QString &dataDir)
{
    constexpr qint64 kMinimum = 1000LL * 1000 * 1000;
    constexpr qint64 kMaximum = 20 * kMinimum;
    const QStorageInfo disk(dataDir);
    if (!disk.isValid() || disk.bytesTotal() <= 0)
        return kMinimum;
    return std::clamp(disk.bytesTotal() / 10, kMinimum, kMaximum);
}

DocumentLimit DocumentLimit::read(Database &db, const QString &dataDir)
{
    Statement st = db.prepare("SELECT value FROM meta WHERE key = ?1");
    st.bind(1, QString::fromLatin1(kKey));
    if (st.step()) {
        bool ok = false;
        const qint64 bytes = st.columnText(0).toLongLong(&ok);
        if (ok && bytes >= 0)
            return {bytes, false};
    }
    return {defaultFor(dataDir), true};
}

void DocumentLimit::write(Database &writer, qint64 bytes)
{
    writer.prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, QString::fromLatin1(kKey))
        .bind(2, QString::number(bytes))
        .run();
}

DocumentUsage DocumentUsage::read(Database &db, const QString &dataDir)
{
    DocumentUsage u;
    u.limit = DocumentLimit::read(db, dataDir);
    Statement st = db.prepare("SELECT count(*), coalesce(sum(bytes), 0) FROM doc_objects");
    if (st.step()) {
        u.objects = st.columnInt(0);
        u.bytes = st.columnInt(1);
    }
    return u;
}

} // namespace proofdesk::cache
