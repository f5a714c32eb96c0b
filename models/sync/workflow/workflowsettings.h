#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace proofdesk::sync {

// The settings of a workflow repository (a BPMN engine's Flowable REST API), as one table:
// the connector reads it, `repo add --set` is checked against it and docs/connecting.md
// lists it (tst_repositoryprofiles keeps the two in step).
struct WorkflowSetting
{
    QString key;          // the repository setting: reissue_process, …
    QString defaultValue; // what applies when the repository does not set it
    QString meaning;      // for people, in English (docs/connecting.md)
};

const QList<WorkflowSetting> &workflowSettings();
// The setting's value in `settings`, else its default.
QString workflowSetting(const QJsonObject &settings, const QString &key);
// The process definition that handles an outbox item of this kind (reissue,
// exception_case); empty for kinds a workflow service takes none of.
QString processSettingFor(const QString &itemKind);
// Every problem with a workflow repository's settings: a process key that is empty or not a
// string, a page size that is not a positive number. One sentence each.
QStringList workflowSettingsProblems(const QJsonObject &settings);

} // namespace proofdesk::sync
