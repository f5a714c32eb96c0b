// libFuzzer: an ArchivesSpace answer read as an all_ids list and as an id_set batch of
// digital objects mapped with the default mapping, as AspaceConnector reads them
// (models/sync/archivesspace/aspaceanswer.h). A bad answer may only be refused; every
// object of a batch is either a communication or a rejection with a reason.
#include "sync/archivesspace/aspaceanswer.h"
#include "sync/archivesspace/aspacerecord.h"

#include <QJsonArray>
#include <QJsonParseError>
#include <algorithm>
#include <cstdint>
#include <cstdlib>

using namespace proofdesk::sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const PropertyMapping mapping(aspace::defaultMapping(), {});
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (error.error != QJsonParseError::NoError)
        return 0; // HttpSession::parseJson refuses it before any reading
    QString problem;
    if (const auto ids = aspace::readIdList(doc, &problem)) {
        if (!std::is_sorted(ids->begin(), ids->end()) || ids->size() != doc.array().size())
            std::abort();
    } else if (problem.isEmpty()) {
        std::abort();
    }
    const QString request = QStringLiteral("GET /repositories/2/digital_objects (id_set)");
    if (const auto batch = aspace::readRecords(doc, mapping, request)) {
        if (batch->communications.size() + batch->rejected.size() != doc.array().size())
            std::abort();
        for (const RejectedRecord &r : batch->rejected)
            if (r.reason.isEmpty())
                std::abort();
    } else if (doc.isArray()) {
        std::abort();
    }
    return 0;
}
