#include "aspaceanswer.h"

#include "aspacerecord.h"
#include "util/jsoninteger.h"

#include <QJsonArray>
#include <algorithm>

namespace proofdesk::sync::aspace {

std::optional<QList<qint64>> readIdList(const QJsonDocument &answer, QString *problem)
{
    if (!answer.isArray()) {
        *problem = QStringLiteral("the answer is not a list of ids");
        return std::nullopt;
    }
    QList<qint64> ids;
    for (const QJsonValue &v : answer.array()) {
        const std::optional<qint64> id = v.isDouble() ? util::jsonInteger(v.toDouble()) : std::nullopt;
        if (!id) {
            *problem = v.isDouble() ? QStringLiteral("an id is out of range") : QStringLiteral("an id is not a number");
            return std::nullopt;
        }
        ids << *id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::optional<RecordBatch> readRecords(const QJsonDocument &answer, const PropertyMapping &mapping,
                                       const QString &request)
{
    if (!answer.isArray())
        return std::nullopt;
    RecordBatch batch;
    for (const QJsonValue &v : answer.array()) {
        auto mapped = toCommunication(v.toObject(), mapping);
        if (!mapped.record) {
            batch.rejected << RejectedRecord{
                request, 0,
                QStringLiteral("%1: %2").arg(v.toObject().value(QStringLiteral("uri")).toString(), mapped.reason)};
            continue;
        }
        mapped.record->sourceFile = request;
        if (!mapped.warning.isEmpty())
            batch.warnings << RejectedRecord{
                request, 0, QStringLiteral("%1: %2").arg(mapped.record->repositoryObjectId, mapped.warning)};
        batch.communications << std::move(*mapped.record);
    }
    return batch;
}

} // namespace proofdesk::sync::aspace
