#pragma once

#include "cache/checkbeside.h"

#include <QObject>
#include <QString>
#include <memory>

class QThread;
class QWidget;

// Runs the daily check the desktop's opening left beside the work (cache::CheckBeside) on its
// own thread while the window is in use, and tells the person when it found a problem: the
// next start checks again before anything is read and rebuilds a cache that fails. Stopped,
// and waited for, when destroyed (quitting never waits for a whole check).
class CheckBesideRunner : public QObject
{
    Q_OBJECT
public:
    CheckBesideRunner(const QString &dataDir, QWidget *window);
    ~CheckBesideRunner() override;

    void start();

signals:
    // cache::CheckBeside::Outcome as an int, the problem's words (empty when none), and the
    // letters' rows a passed check found changed outside Proofdesk.
    void finished(int outcome, const QString &problem, qint64 damagedRows);

private:
    void tell(int outcome, const QString &problem, qint64 damagedRows);

    QString m_dataDir;
    QWidget *m_window;
    proofdesk::cache::CheckBeside::Stop m_stop;
    std::unique_ptr<QThread> m_thread;
};
