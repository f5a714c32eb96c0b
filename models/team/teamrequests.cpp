#include "teamrequests.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::team {

QString reissueRequestJson(const records::ReissueRequest &r)
{
    const QJsonObject o{{QStringLiteral("id"), r.id},
                        {QStringLiteral("comm_id"), r.communicationId},
                        {QStringLiteral("repo_id"), r.repoId},
                        {QStringLiteral("mode"), r.mode},
                        {QStringLiteral("reason"), r.reason},
                        {QStringLiteral("channel"), r.channel},
                        {QStringLiteral("destination"), r.destination},
                        {QStringLiteral("original_channel"), r.originalChannel},
                        {QStringLiteral("original_destination"), r.originalDestination}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace proofdesk::team
