// libFuzzer: a CMIS Browser Binding answer read as a query page (results mapped to
// communications with the default mapping) and as a change-log page (the latest event per
// object), as CmisConnector reads them (models/sync/cmis/cmisanswer.h). A bad answer may
// only be refused (AnswerError); whatever is read must hold together.
#include "sync/cmis/cmisanswer.h"
#include "sync/cmis/cmisobject.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <cstdint>
#include <cstdlib>

using namespace proofdesk::sync;

namespace {

void readQueryPage(const QJsonObject &answer, const PropertyMapping &mapping)
{
    try {
        (void)cmis::hasMoreItems(answer);
    } catch (const cmis::AnswerError &) {
    }
    (void)cmis::numItems(answer);
    for (const QJsonValue &v : cmis::listOf(answer, "results")) {
        const PropertyMapping::Result mapped = cmis::toCommunication(cmis::flatProperties(v.toObject()), mapping);
        if (mapped.record.has_value() == !mapped.reason.isEmpty())
            std::abort(); // a refused object must say why
    }
}

void readChangePage(const QJsonObject &answer)
{
    const QJsonArray objects = cmis::listOf(answer, "objects");
    for (const QJsonValue &v : objects)
        (void)cmis::eventKey(v.toObject());
    const cmis::ChangeEvents events = cmis::readChangeEvents(objects, objects.isEmpty() ? 0 : 1);
    const QSet<QString> ids(events.order.begin(), events.order.end());
    if (ids.size() != events.order.size() || events.deleted.size() != events.order.size())
        std::abort(); // each object once, each with its latest event
    for (auto it = events.typeOf.cbegin(); it != events.typeOf.cend(); ++it)
        if (!ids.contains(it.key()))
            std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const PropertyMapping mapping(cmis::defaultMapping(), {});
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (error.error != QJsonParseError::NoError)
        return 0; // HttpSession::parseJson refuses it before any reading
    const QJsonObject answer = doc.object();
    try {
        readQueryPage(answer, mapping);
    } catch (const cmis::AnswerError &) {
    }
    try {
        readChangePage(answer);
    } catch (const cmis::AnswerError &) {
    }
    return 0;
}
