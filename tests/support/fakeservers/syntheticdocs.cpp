#include "syntheticdocs.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>

#include <utility>

namespace fakeserver::synthetic {

namespace {
constexpr qint64 kEpoch = 1767225600000; // 2026-01-01, +1 s per document

void property(QByteArray &out, const char *name, const QByteArray &quotedValue)
{
    out += '"';
    out += name;
    out += "\":";
    out += quotedValue;
    out += ',';
}

QByteArray quoted(const QByteArray &text) { return '"' + text + '"'; }
} // namespace

QString id(qsizetype index)
{
    return QStringLiteral("DOC-%1").arg(index, 7, 10, QLatin1Char('0'));
}

qsizetype indexOf(const QString &id)
{
    bool ok = false;
    const qsizetype index = id.startsWith(QLatin1String("DOC-")) ? id.mid(4).toLongLong(&ok) : -1;
    return ok ? index : -1;
}

qint64 creationTime(qsizetype index)
{
    return kEpoch + qint64(index) * 1000;
}

qsizetype firstCreatedAtOrAfter(qint64 ms)
{
    return ms <= kEpoch ? 0 : qsizetype((ms - kEpoch + 999) / 1000);
}

QByteArray content(const QString &id, int size)
{
    QByteArray bytes = QByteArray("%PDF synthetic ") + id.toLatin1();
    if (size <= bytes.size())
        return bytes;
    const QByteArray line = QByteArray("\n% filler of ") + id.toLatin1() + " line ";
    bytes.reserve(size + line.size() + 12);
    for (int n = 0; bytes.size() < size; ++n)
        bytes += line + QByteArray::number(n);
    bytes.truncate(size);
    return bytes;
}

namespace {

// A document's SHA-256 (hex) and length. Large documents are hashed once: every page, id
// batch and listing that shows one would otherwise hash its bytes again, and the test
// server's CPU would be counted against the client in the benchmarks.
std::pair<QByteArray, qsizetype> hashOf(const QString &id, int contentBytes)
{
    static QMutex mutex;
    static QHash<QPair<QString, int>, QByteArray> known;
    if (contentBytes > 0) {
        QMutexLocker lock(&mutex);
        if (const auto it = known.constFind({id, contentBytes}); it != known.constEnd())
            return {*it, contentBytes};
    }
    const QByteArray bytes = content(id, contentBytes);
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    if (contentBytes > 0) {
        QMutexLocker lock(&mutex);
        known.insert({id, contentBytes}, hash);
    }
    return {hash, bytes.size()};
}

} // namespace

void appendObject(qsizetype i, QByteArray &out, int contentBytes)
{
    // Ids, names and numbers only: nothing here needs JSON escaping.
    const QByteArray docId = id(i).toLatin1();
    const auto [hash, length] = hashOf(QString::fromLatin1(docId), contentBytes);
    const QByteArray time = QByteArray::number(creationTime(i));
    out += "{\"succinctProperties\":{";
    property(out, "cmis:changeToken", "\"1\"");
    property(out, "cmis:contentStreamHash",
             "[\"{sha-256}" + hash + "\"]");
    property(out, "cmis:contentStreamLength", QByteArray::number(length));
    property(out, "cmis:contentStreamMimeType", "\"application/pdf\"");
    property(out, "cmis:creationDate", time);
    property(out, "cmis:lastModificationDate", time);
    property(out, "cmis:name", quoted(docId + ".pdf"));
    property(out, "cmis:objectId", quoted(docId));
    property(out, "cmis:objectTypeId", "\"cmis:document\"");
    property(out, "cmis:secondaryObjectTypeIds", "[]");
    property(out, "exs:accountId", quoted("A-" + QByteArray::number(i % 20000)));
    property(out, "exs:batch", quoted("STMT-2026-" + QByteArray::number(i % 12 + 1)));
    property(out, "exs:channel", "\"email\"");
    property(out, "exs:customerId", quoted("C-" + QByteArray::number(i % 5000)));
    property(out, "exs:documentType", "\"statement\"");
    property(out, "exs:issuedAt", time);
    property(out, "exs:recipientName", quoted("Customer " + QByteArray::number(i)));
    out.chop(1); // the last comma
    out += "}}";
}

} // namespace fakeserver::synthetic
