#include "auditentriesmodel.h"

#include "audit/actionlabels.h"
#include "audit/auditreason.h"
#include "itemmodels/tones.h"
#include "roletitle.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::itemmodels {

QString AuditEntriesModel::objectText(const audit::AuditEntry &e)
{
    // A search has no object id: what was searched is the object (and how many matched).
    if (e.objectType == QLatin1String("search") && !e.after.isEmpty()) {
        const QJsonObject after = QJsonDocument::fromJson(e.after).object();
        const QString query = after.value(QStringLiteral("query")).toString();
        if (after.contains(QStringLiteral("total")))
            return tr("search “%1” (%Ln found)", nullptr, after.value(QStringLiteral("total")).toInt()).arg(query);
        return tr("search “%1”").arg(query);
    }
    if (e.objectType == QLatin1String("none") && e.objectId.isEmpty())
        return QStringLiteral("—"); // a refusal of something not yet made (its type read "none")
    const QString type = objectTypeText(e.objectType);
    return e.objectId.isEmpty() ? type : tr("%1 %2").arg(type, e.objectId);
}

QString AuditEntriesModel::objectTypeText(const QString &type)
{
    // The types the desk, the command line and the team server record (#41: the German trail
    // read "hold HOLD-1").
    static const QHash<QString, const char *> types = {{QStringLiteral("communication"), QT_TR_NOOP("communication")},
                                                       {QStringLiteral("hold"), QT_TR_NOOP("hold")},
                                                       {QStringLiteral("reissue"), QT_TR_NOOP("reissue")},
                                                       {QStringLiteral("exception_case"), QT_TR_NOOP("exception case")},
                                                       {QStringLiteral("disposition"), QT_TR_NOOP("disposition")},
                                                       {QStringLiteral("repository"), QT_TR_NOOP("repository")},
                                                       {QStringLiteral("user"), QT_TR_NOOP("user")},
                                                       {QStringLiteral("role"), QT_TR_NOOP("role")},
                                                       {QStringLiteral("group_roles"), QT_TR_NOOP("group's roles")},
                                                       {QStringLiteral("setting"), QT_TR_NOOP("setting")},
                                                       {QStringLiteral("audit"), QT_TR_NOOP("audit trail")},
                                                       {QStringLiteral("records_file"), QT_TR_NOOP("records file")},
                                                       {QStringLiteral("search"), QT_TR_NOOP("search")}};
    const char *text = types.value(type);
    return text ? tr(text) : type;
}

QVariant AuditEntriesModel::data(const QModelIndex &index, int role) const
{
    const audit::AuditEntry *e = rowAt(index);
    if (!e)
        return {};
    const bool refused = e->outcome == QLatin1String("refused");
    switch (role) {
    case SeqRole:
        return e->seq;
    case OutcomeRole:
        return e->outcome;
    case HashRole:
        return e->hash;
    case Qt::ForegroundRole:
        return refused && index.column() == Outcome ? QVariant(QBrush(tones::text(tones::Tone::Bad))) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Action)
            return e->action;
        return tr("Device %1\nhash %2\nprevious %3").arg(e->device, e->hash, e->prevHash);
    case Qt::TextAlignmentRole:
        return index.column() == Seq ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Seq:
        return e->seq;
    case Time:
        return formatRecordsTime(e->at);
    case User:
        return e->user;
    case Role:
        return roleTitle(e->role); // the code stays in filters and exports
    case Action:
        return audit::ActionLabels::label(e->action); // the code in its tooltip, filters and exports
    case Outcome:
        return refused ? tr("Refused") : tr("Done");
    case Object:
        return objectText(*e);
    case Reason:
        return audit::renderReason(e->reason); // coded reasons in the reader's language
    }
    return {};
}

QVariant AuditEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("#");
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Role:
        return tr("Role");
    case Action:
        return tr("Action");
    case Outcome:
        return tr("Outcome");
    case Object:
        return tr("Object");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace proofdesk::itemmodels
