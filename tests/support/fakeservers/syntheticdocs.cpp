#include "syntheticdocs.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <utility>

namespace fakeserver::synthetic {

namespace {
constexpr qint64 kEpoch = 1767225600000; // 2026-01-01, +spacing per document
const char *const kTypes[] = {"statement", "notice", "invoice"};
const char *const kChannels[] = {"email", "print", "sms"};
const char *const kFirst[] = {"Anna", "Bruno", "Carla", "Dmitri", "Elena"};
const char *const kLast[] = {"Garcia", "Muller", "Jones", "Brown", "Smith", "Okafor", "Novak"};
constexpr qsizetype kRareEvery = 1009;

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

QString id(qsizetype index) { return QStringLiteral("DOC-%1").arg(index, 7, 10, QLatin1Char('0')); }

qsizetype indexOf(const QString &id)
{
    bool ok = false;
    const qsizetype index = id.startsWith(QLatin1String("DOC-")) ? id.mid(4).toLongLong(&ok) : -1;
    return ok ? index : -1;
}

qint64 creationTime(qsizetype index, qint64 spacingMs) { return kEpoch + qint64(index) * spacingMs; }

qsizetype firstCreatedAtOrAfter(qint64 ms, qint64 spacingMs)
{
    return ms <= kEpoch ? 0 : qsizetype((ms - kEpoch + spacingMs - 1) / spacingMs);
}

const QList<KeyedText> &keyedTexts()
{
    static const QList<KeyedText> keyed{
        {"cmis:changeToken", 1, [](qsizetype) { return qsizetype(0); },
         [](qsizetype) -> QByteArray { return QByteArray("1"); }},
        {"cmis:contentStreamMimeType", 1, [](qsizetype) { return qsizetype(0); },
         [](qsizetype) -> QByteArray { return QByteArray("application/pdf"); }},
        {"cmis:objectTypeId", 1, [](qsizetype) { return qsizetype(0); },
         [](qsizetype) -> QByteArray { return QByteArray("cmis:document"); }},
        {"exs:accountId", 20000, [](qsizetype i) { return i % 20000; },
         [](qsizetype k) -> QByteArray { return "A-" + QByteArray::number(k); }},
        {"exs:batch", 12, [](qsizetype i) { return i % 12; },
         [](qsizetype k) -> QByteArray { return "STMT-2026-" + QByteArray::number(k + 1); }},
        {"exs:channel", 3, [](qsizetype i) { return (i / 3) % 3; },
         [](qsizetype k) -> QByteArray { return QByteArray(kChannels[k]); }},
        {"exs:customerId", 5000, [](qsizetype i) { return i % 5000; },
         [](qsizetype k) -> QByteArray { return "C-" + QByteArray::number(k); }},
        {"exs:documentType", 3, [](qsizetype i) { return i % 3; },
         [](qsizetype k) -> QByteArray { return QByteArray(kTypes[k]); }},
        {"exs:recipientName", 5 * 7 * kRareEvery, [](qsizetype i) { return i % (5 * 7 * kRareEvery); },
         [](qsizetype k) -> QByteArray {
             return QByteArray(kFirst[k % 5]) + ' ' + kLast[k % 7] + (k % kRareEvery == 0 ? " Rutherford" : "");
         }},
    };
    return keyed;
}

const QList<const char *> &uniqueTexts()
{
    static const QList<const char *> unique{"cmis:objectId", "cmis:name"};
    return unique;
}

QStringList documentStrings()
{
    QStringList names;
    for (const KeyedText &k : keyedTexts())
        names << QLatin1String(k.property);
    for (const char *p : uniqueTexts())
        names << QLatin1String(p);
    names.sort();
    return names;
}

const QList<const char *> &creationTimes()
{
    static const QList<const char *> times{"cmis:creationDate", "cmis:lastModificationDate", "exs:issuedAt"};
    return times;
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

namespace {

QByteArray keyed(const char *property, qsizetype index)
{
    for (const KeyedText &k : keyedTexts())
        if (qstrcmp(k.property, property) == 0)
            return k.text(k.keyOf(index));
    return QByteArray();
}

} // namespace

QJsonValue value(qsizetype index, const QString &property, int contentBytes, qint64 spacingMs)
{
    const QByteArray name = property.toLatin1();
    for (const KeyedText &k : keyedTexts())
        if (name == k.property)
            return QString::fromLatin1(k.text(k.keyOf(index)));
    for (const char *time : creationTimes())
        if (name == time)
            return double(creationTime(index, spacingMs));
    if (name == "cmis:objectId")
        return id(index);
    if (name == "cmis:name")
        return QString(id(index) + QStringLiteral(".pdf"));
    if (name == "cmis:secondaryObjectTypeIds")
        return QJsonArray();
    if (name == "cmis:contentStreamLength" || name == "cmis:contentStreamHash") {
        const auto [hash, length] = hashOf(id(index), contentBytes);
        return name == "cmis:contentStreamLength" ? QJsonValue(double(length))
                                                  : QJsonValue(QJsonArray{QString::fromLatin1("{sha-256}" + hash)});
    }
    return QJsonValue(QJsonValue::Undefined);
}

void appendObject(qsizetype i, QByteArray &out, int contentBytes, qint64 spacingMs)
{
    // Ids, names and numbers only: nothing here needs JSON escaping.
    const QByteArray docId = id(i).toLatin1();
    const auto [hash, length] = hashOf(QString::fromLatin1(docId), contentBytes);
    const QByteArray time = QByteArray::number(creationTime(i, spacingMs));
    out += "{\"succinctProperties\":{";
    property(out, "cmis:changeToken", "\"1\"");
    property(out, "cmis:contentStreamHash", "[\"{sha-256}" + hash + "\"]");
    property(out, "cmis:contentStreamLength", QByteArray::number(length));
    property(out, "cmis:contentStreamMimeType", "\"application/pdf\"");
    property(out, "cmis:creationDate", time);
    property(out, "cmis:lastModificationDate", time);
    property(out, "cmis:name", quoted(docId + ".pdf"));
    property(out, "cmis:objectId", quoted(docId));
    property(out, "cmis:objectTypeId", "\"cmis:document\"");
    property(out, "cmis:secondaryObjectTypeIds", "[]");
    for (const char *name : {"exs:accountId", "exs:batch", "exs:channel", "exs:customerId", "exs:documentType"})
        property(out, name, quoted(keyed(name, i)));
    property(out, "exs:issuedAt", time);
    property(out, "exs:recipientName", quoted(keyed("exs:recipientName", i)));
    out.chop(1); // the last comma
    out += "}}";
}

} // namespace fakeserver::synthetic
