#pragma once

#include "demo/demodropwriter.h"
#include "services/actionrunner.h"

#include <QString>
#include <QStringList>
#include <optional>

class QWidget;

// Runs a drop import (services::ImportJob, on its worker thread) behind a modal progress dialog
// with the job's phase, a percentage and a Cancel button that stops the job. Returns when
// the job has finished; the GUI thread keeps painting meanwhile.
struct ImportOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString message;
    qint64 accepted = 0;
    qint64 rejected = 0;
    QStringList firstRejected; // "file:line: reason", the first ImportJob::kFirstRejected
};

class ImportRunner
{
public:
    ImportRunner(const QString &databasePath, const QString &dataDir);

    // Writes the demo archive into dropPath first when `demo` is set.
    // A drop new to the data folder is added as a repository only if `addingActor` may add one.
    ImportOutcome run(QWidget *parent, const QString &dropPath,
                      const std::optional<proofdesk::demo::DemoOptions> &demo = std::nullopt,
                      const std::optional<proofdesk::services::Actor> &addingActor = std::nullopt);

private:
    QString m_databasePath;
    QString m_dataDir;
};
