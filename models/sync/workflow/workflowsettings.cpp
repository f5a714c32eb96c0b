#include "workflowsettings.h"

#include "util/translation.h"

#include <QCoreApplication>

namespace proofdesk::sync {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::sync::WorkflowSettings", "proofdesk::sync", text);
}

const QString kReissue = QStringLiteral("reissue_process");
const QString kException = QStringLiteral("exception_process");
const QString kPageSize = QStringLiteral("page_size");
const QString kOutcome = QStringLiteral("outcome_variable");
const QString kOutcomeReason = QStringLiteral("outcome_reason_variable");

} // namespace

const QList<WorkflowSetting> &workflowSettings()
{
    static const QList<WorkflowSetting> all{
        {kReissue, QStringLiteral("proofdesk-reissue"),
         QStringLiteral("the process definition key started for each reissue request (fulfilment)")},
        {kException, QStringLiteral("proofdesk-exception"),
         QStringLiteral("the process definition key started for an exception case opened from a finding")},
        {kPageSize, QStringLiteral("100"), QStringLiteral("instances asked for per page of a list")},
        {kOutcome, QStringLiteral("outcome"),
         QStringLiteral(
             "the process variable that says `rejected` (or `declined`, `denied`, `refused`) when a person at "
             "the engine rejected the work")},
        {kOutcomeReason, QStringLiteral("outcome_reason"),
         QStringLiteral("the process variable with that person's reason for the rejection")},
    };
    return all;
}

QString workflowSetting(const QJsonObject &settings, const QString &key)
{
    const QJsonValue v = settings.value(key);
    if (v.isString() && !v.toString().trimmed().isEmpty())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    for (const WorkflowSetting &s : workflowSettings())
        if (s.key == key)
            return s.defaultValue;
    return QString();
}

QString processSettingFor(const QString &itemKind)
{
    if (itemKind == QLatin1String("reissue"))
        return kReissue;
    if (itemKind == QLatin1String("exception_case"))
        return kException;
    return QString();
}

QStringList workflowSettingsProblems(const QJsonObject &settings)
{
    QStringList problems;
    const auto isName = [&settings](const QString &key) {
        const QJsonValue v = settings.value(key);
        return v.isUndefined() || (v.isString() && !v.toString().trimmed().isEmpty());
    };
    for (const QString &key : {kReissue, kException})
        if (!isName(key))
            problems << tr("The setting \"%1\" must name a process definition key, e.g. %1=%2.")
                            .arg(key, workflowSetting({}, key));
    for (const QString &key : {kOutcome, kOutcomeReason})
        if (!isName(key))
            problems << tr("The setting \"%1\" must name a process variable, e.g. %1=%2.")
                            .arg(key, workflowSetting({}, key));
    const QJsonValue size = settings.value(kPageSize);
    if (!size.isUndefined() && (!size.isDouble() || size.toDouble() < 1 || size.toDouble() > 1000))
        problems << tr("The setting \"page_size\" must be a number from 1 to 1000.");
    return problems;
}

} // namespace proofdesk::sync
