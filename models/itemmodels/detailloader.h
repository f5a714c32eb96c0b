#pragma once

#include "communicationdetail.h"

#include <QObject>
#include <QString>

namespace proofdesk::itemmodels {

// Loads a communication's detail (record, verified bytes, template judgement, blocks,
// related searches) on a worker thread. Only the newest request's answer is emitted, so
// running down the results list never shows a stale communication.
class DetailLoader : public QObject
{
    Q_OBJECT

public:
    DetailLoader(const QString &databasePath, const QString &dataDir, QObject *parent = nullptr);

    void load(qint64 rowid);
    // Forgets the request in flight (nothing selected any more).
    void cancel() { ++m_generation; }

signals:
    void loaded(const proofdesk::itemmodels::CommunicationDetail &detail);

private:
    QString m_databasePath;
    QString m_dataDir;
    int m_generation = 0;
};

} // namespace proofdesk::itemmodels
