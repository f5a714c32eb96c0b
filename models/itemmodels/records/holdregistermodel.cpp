#include "holdregistermodel.h"

#include <QHash>
#include <QLocale>

namespace proofdesk::itemmodels {

QString HoldRegisterModel::scopeText(const records::HoldInfo &hold)
{
    if (!hold.scopeField.isEmpty()) {
        // The key in words, not its column (#41: "Every customer_id CUST-1").
        static const QHash<QString, const char *> keys = {{QStringLiteral("customer_id"), QT_TR_NOOP("customer")},
                                                          {QStringLiteral("account_id"), QT_TR_NOOP("account")},
                                                          {QStringLiteral("policy_id"), QT_TR_NOOP("policy")},
                                                          {QStringLiteral("claim_id"), QT_TR_NOOP("claim")},
                                                          {QStringLiteral("loan_id"), QT_TR_NOOP("loan")},
                                                          {QStringLiteral("case_id"), QT_TR_NOOP("case")}};
        const char *key = keys.value(hold.scopeField);
        return tr("Every %1 %2 (also later ones)").arg(key ? tr(key) : hold.scopeField, hold.scopeValue);
    }
    if (!hold.scopeQuery.isEmpty())
        return tr("Search: %1").arg(hold.scopeQuery);
    return tr("Selected communications");
}

QString HoldRegisterModel::deliveryText(const records::HoldInfo &hold)
{
    if (hold.deliveries.isEmpty())
        return QString();
    qint64 confirmed = 0, pending = 0, refused = 0;
    QHash<QString, int> keys; // a hold on a key: how many drops stand each way on it
    for (const records::HoldDeliveryCount &d : hold.deliveries) {
        confirmed += d.confirmed;
        pending += d.pending;
        refused += d.refused;
        if (!d.keyState.isEmpty())
            ++keys[d.keyState];
    }
    QStringList parts;
    // A drop holding none of a key's communications yet took the key all the same: "0
    // confirmed" alone read as if the hold had not reached it (#41).
    if (confirmed || pending || refused || keys.isEmpty()) {
        parts << tr("%1 confirmed").arg(QLocale().toString(confirmed));
        if (pending)
            parts << tr("%1 pending").arg(QLocale().toString(pending));
        if (refused)
            parts << tr("%1 refused").arg(QLocale().toString(refused));
    }
    if (keys.value(QStringLiteral("confirmed")))
        parts << tr("key written in %n drop(s)", nullptr, keys.value(QStringLiteral("confirmed")));
    if (keys.value(QStringLiteral("pending")))
        parts << tr("key pending for %n drop(s)", nullptr, keys.value(QStringLiteral("pending")));
    if (keys.value(QStringLiteral("refused")))
        parts << tr("key refused by %n drop(s)", nullptr, keys.value(QStringLiteral("refused")));
    return parts.join(QStringLiteral(", "));
}

QString HoldRegisterModel::deliveryToolTip(const records::HoldInfo &hold)
{
    QStringList lines;
    for (const records::HoldDeliveryCount &d : hold.deliveries) {
        lines << tr("%1 (%2): %3 confirmed, %4 pending, %5 refused")
                     .arg(d.repository, d.kind, QLocale().toString(d.confirmed), QLocale().toString(d.pending),
                          QLocale().toString(d.refused));
        if (d.keyState == QLatin1String("confirmed"))
            lines << tr("    the key: written");
        else if (d.keyState == QLatin1String("pending"))
            lines << tr("    the key: pending");
        else if (d.keyState == QLatin1String("refused"))
            lines << tr("    the key: refused");
        if (!d.lastError.isEmpty() && (d.pending || d.refused || d.keyState == QLatin1String("refused")))
            lines << tr("    last problem: %1").arg(d.lastError);
    }
    return lines.isEmpty() ? tr("The hold concerns no repository yet.") : lines.join(QLatin1Char('\n'));
}

QVariant HoldRegisterModel::data(const QModelIndex &index, int role) const
{
    const records::HoldInfo *h = rowAt(index);
    if (!h)
        return {};
    switch (role) {
    case IdRole:
        return h->id;
    case ActiveRole:
        return h->active();
    case Qt::ToolTipRole:
        if (index.column() == Repositories)
            return deliveryToolTip(*h);
        return h->active() ? tr("Hold %1: %2").arg(h->id, h->reason)
                           : tr("Released by %1: %2").arg(h->releasedBy, h->releaseReason);
    case Qt::TextAlignmentRole:
        return index.column() == Items || index.column() == Removed ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                    : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return h->name;
    case Matter:
        return h->matter;
    case Scope:
        return scopeText(*h);
    case Items:
        return QLocale().toString(h->items);
    case Removed:
        return QLocale().toString(h->removedItems);
    case Repositories:
        return deliveryText(*h);
    case Status:
        return h->active() ? tr("Active") : tr("Released %1").arg(formatRecordsTime(h->releasedAt.value_or(0)));
    case CreatedBy:
        return h->createdBy;
    case Created:
        return formatRecordsTime(h->createdAt);
    }
    return {};
}

QVariant HoldRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Hold");
    case Matter:
        return tr("Matter");
    case Scope:
        return tr("Covers");
    case Items:
        return tr("Items");
    case Removed:
        return tr("Removed");
    case Repositories:
        return tr("In repositories");
    case Status:
        return tr("Status");
    case CreatedBy:
        return tr("Created by");
    case Created:
        return tr("Created");
    }
    return {};
}

} // namespace proofdesk::itemmodels
