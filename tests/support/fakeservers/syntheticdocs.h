#pragma once

#include <QByteArray>
#include <QString>

namespace fakeserver::synthetic {

// The benchmark's generated CMIS documents, numbered 0…N-1 and never stored: the server
// writes each as compact JSON text directly. Built through QJsonObject, 100,000 of them cost
// the in-process server as much CPU as the connector it serves, and the benchmark measured
// the test server more than the sync. Every view of a synthetic document (query pages,
// object and IN queries, content) comes from these functions, so they all agree.
QString id(qsizetype index);                  // "DOC-0000042"
qsizetype indexOf(const QString &id);         // -1 when it is not a synthetic id
// The document's bytes: a short line, or `size` bytes when size is larger (every document's
// own, so that none is found in the content store as another's).
QByteArray content(const QString &id, int size = 0);
// Its cmis:creationDate (and lastModificationDate, exs:issuedAt): one second after the
// document before it, so that creation order is index order.
qint64 creationTime(qsizetype index);
// The first index created at or after `ms` (0 before the first).
qsizetype firstCreatedAtOrAfter(qint64 ms);
// {"succinctProperties":{…}} appended to `out`; contentBytes as for content().
void appendObject(qsizetype index, QByteArray &out, int contentBytes = 0);

} // namespace fakeserver::synthetic
