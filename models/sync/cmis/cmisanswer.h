#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <stdexcept>

namespace proofdesk::sync::cmis {

// The reading of a Browser Binding answer (a query page or a change-log page) once it is
// JSON, apart from the network: the connector asks and these read, so that the reading can
// be tested and fuzzed on its own (tests/fuzz/fuzz_cmispage.cpp).

// What is wrong with an answer, e.g. "\"results\" is not a list": the connector names the
// repository and the request around it.
class AnswerError : public std::runtime_error
{
public:
    explicit AnswerError(const QString &problem);
    QString problem() const { return QString::fromUtf8(what()); }
};

// The list under `key` ("results" of a query, "objects" of the change log); empty when it is
// absent or null. Throws AnswerError when it is anything else.
QJsonArray listOf(const QJsonObject &answer, const char *key);
// "hasMoreItems"; false when absent or null. Throws AnswerError when it is not a boolean.
bool hasMoreItems(const QJsonObject &answer);
// "numItems" when it is a number ≥ 0, otherwise -1 (not given).
qint64 numItems(const QJsonObject &answer);

// The change-log events from `first` on, the latest event of each object deciding: updated
// then deleted is a deletion, the other way round a record. Events without an object id are
// skipped.
struct ChangeEvents
{
    QStringList order;              // object ids, in the order first seen
    QHash<QString, bool> deleted;   // per id: its latest event is a deletion
    QHash<QString, QString> typeOf; // per id, where an event says it (includeProperties)
};
ChangeEvents readChangeEvents(const QJsonArray &objects, qsizetype first);

} // namespace proofdesk::sync::cmis
