#include "matterstate.h"

namespace proofdesk::records::matterstate {

QJsonObject matter(const MatterInfo &m) { return {{QStringLiteral("matter"), m.toJson()}}; }

QJsonObject search(const QString &matterId, const MatterSearch &s)
{
    QJsonObject state = s.toJson();
    state.insert(QStringLiteral("matter"), matterId);
    return {{QStringLiteral("search"), state}};
}

QJsonObject member(const QString &matterId, const QString &user, const QString &addedBy, qint64 addedAt)
{
    return {{QStringLiteral("member"), QJsonObject{{QStringLiteral("matter"), matterId},
                                                   {QStringLiteral("user"), user},
                                                   {QStringLiteral("added_by"), addedBy},
                                                   {QStringLiteral("added_at"), addedAt}}}};
}

QJsonObject item(const ReviewItem &i) { return {{QStringLiteral("item"), i.toJson()}}; }

QJsonObject production(const ProductionInfo &p) { return {{QStringLiteral("production"), p.toJson()}}; }

} // namespace proofdesk::records::matterstate
