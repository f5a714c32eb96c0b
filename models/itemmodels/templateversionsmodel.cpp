#include "templateversionsmodel.h"

#include "asyncread.h"
#include "util/readerdates.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace proofdesk::itemmodels {

void loadTemplateHistory(const QString &databasePath, const QString &templateId, QObject *context,
                         std::function<void(TemplateHistory)> done)
{
    readAsync<TemplateHistory>(
        databasePath, context,
        [templateId](cache::Database &db) {
            TemplateHistory history;
            history.templateId = templateId;
            try {
                cache::TemplateReader reader(db);
                history.versions = reader.versions(templateId);
                for (const auto &v : history.versions)
                    history.communicationCounts << reader.communicationCount(templateId, v.version);
            } catch (const std::exception &e) {
                history.error = QString::fromUtf8(e.what());
            }
            return history;
        },
        std::move(done));
}

TemplateVersionsModel::TemplateVersionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TemplateVersionsModel::setHistory(const TemplateHistory &history)
{
    beginResetModel();
    m_history = history;
    endResetModel();
}

int TemplateVersionsModel::rowOfVersion(const QString &version) const
{
    for (int i = 0; i < m_history.versions.size(); ++i) {
        if (m_history.versions.at(i).version.compare(version, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int TemplateVersionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.versions.size());
}

int TemplateVersionsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString TemplateVersionsModel::dateText(const std::optional<qint64> &ms)
{
    if (!ms)
        return QString();
    return util::readerDate(QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()).date());
}

QString TemplateVersionsModel::approvalsText(const QList<cache::TemplateApproval> &approvals)
{
    QStringList parts;
    for (const auto &a : approvals) {
        parts << tr("%1: %2 by %3 on %4")
                     .arg(a.step.isEmpty() ? tr("approval") : a.step, a.decision, a.by, dateText(a.at));
    }
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral("; "));
}

QVariant TemplateVersionsModel::display(const cache::TemplateVersionInfo &v, int row, int column) const
{
    switch (Column(column)) {
    case VersionColumn:
        return v.version;
    case StatusColumn:
        return v.status;
    case EffectiveFromColumn:
        return dateText(v.effectiveFrom);
    case EffectiveToColumn:
        return v.effectiveTo ? dateText(v.effectiveTo) : tr("open");
    case ApprovalsColumn:
        return approvalsText(v.approvals);
    case CommunicationsColumn:
        return row < m_history.communicationCounts.size() ? QLocale().toString(m_history.communicationCounts.at(row))
                                                          : QString();
    case ChangeNoteColumn:
        return v.changeNote;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TemplateVersionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &v = m_history.versions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(v, index.row(), index.column());
    case VersionRole:
        return v.version;
    case StatusRole:
        return v.status;
    case BodyRole:
        return v.body;
    default:
        return {};
    }
}

QVariant TemplateVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case VersionColumn:
        return tr("Version");
    case StatusColumn:
        return tr("Status");
    case EffectiveFromColumn:
        return tr("Effective from");
    case EffectiveToColumn:
        return tr("Effective to");
    case ApprovalsColumn:
        return tr("Approvals");
    case CommunicationsColumn:
        return tr("Communications");
    case ChangeNoteColumn:
        return tr("Change note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace proofdesk::itemmodels
