#include "teamrequests.h"

#include "repositoryidentity.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::team {

QString reissueRequestJson(cache::Database &db, const records::ReissueRequest &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("comm_id"), r.communicationId},
                  {QStringLiteral("mode"), r.mode},
                  {QStringLiteral("reason"), r.reason},
                  {QStringLiteral("channel"), r.channel},
                  {QStringLiteral("destination"), r.destination},
                  {QStringLiteral("original_channel"), r.originalChannel},
                  {QStringLiteral("original_destination"), r.originalDestination}};
    if (const auto repository = cache::RepositoryStore(db).findById(r.repoId))
        o.insert(QStringLiteral("repository"), repositoryIdentity(*repository));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace proofdesk::team
