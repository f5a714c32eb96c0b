#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace fakeserver::synthetic {

// The benchmark's generated CMIS documents, numbered 0…N-1 and never stored: the server
// writes each as compact JSON text directly. Built through QJsonObject, 100,000 of them cost
// the in-process server as much CPU as the connector it serves, and the benchmark measured
// the test server more than the sync. Every view of a synthetic document (query pages,
// object and IN queries, content, the query evaluation of syntheticquery.h) comes from
// these functions, so they all agree.
//
// Their values vary with the index: exs:documentType statement/notice/invoice (index % 3),
// exs:channel email/print/sms ((index / 3) % 3), exs:customerId "C-" + index % 5000,
// exs:accountId "A-" + index % 20000, exs:batch "STMT-2026-" + (index % 12 + 1), and
// exs:recipientName a first name (index % 5: Anna, Bruno, Carla, Dmitri, Elena) and a last
// name (index % 7: Garcia, Muller, Jones, Brown, Smith, Okafor, Novak), with " Rutherford"
// on every 1009th: words found in no other property, for full-text searches.
QString id(qsizetype index);          // "DOC-0000042"
qsizetype indexOf(const QString &id); // -1 when it is not a synthetic id
// The document's bytes: a short line, or `size` bytes when size is larger (every document's
// own, so that none is found in the content store as another's).
QByteArray content(const QString &id, int size = 0);
// Its cmis:creationDate (and lastModificationDate, exs:issuedAt): `spacingMs` (default one
// second) after the document before it, from 2026-01-01, so that creation order is index order.
qint64 creationTime(qsizetype index, qint64 spacingMs = 1000);
// The first index created at or after `ms` (0 before the first).
qsizetype firstCreatedAtOrAfter(qint64 ms, qint64 spacingMs = 1000);
// {"succinctProperties":{…}} appended to `out`; contentBytes as for content().
void appendObject(qsizetype index, QByteArray &out, int contentBytes = 0, qint64 spacingMs = 1000);

// A string property whose value depends on the index only through a key of few values
// (exs:customerId: index % 5000): the query evaluation reads it once per key.
struct KeyedText
{
    const char *property;
    qsizetype keys;
    qsizetype (*keyOf)(qsizetype index);
    QByteArray (*text)(qsizetype key);
};
const QList<KeyedText> &keyedTexts();
// The string properties of every document of its own: cmis:objectId and cmis:name.
const QList<const char *> &uniqueTexts();
// The properties equal to creationTime(): cmis:creationDate, lastModificationDate, exs:issuedAt.
const QList<const char *> &creationTimes();
// The string-valued properties, in the order of their names (a QJsonObject's).
QStringList documentStrings();
// One property's value as appendObject() writes it (undefined when the documents have none).
QJsonValue value(qsizetype index, const QString &property, int contentBytes = 0, qint64 spacingMs = 1000);

} // namespace fakeserver::synthetic
