#include "checkbesiderunner.h"

#include "messagebox.h"

#include <QThread>

CheckBesideRunner::CheckBesideRunner(const QString &dataDir, QWidget *window)
    : m_dataDir(dataDir)
    , m_window(window)
{
    connect(this, &CheckBesideRunner::finished, this, &CheckBesideRunner::tell);
}

CheckBesideRunner::~CheckBesideRunner()
{
    m_stop.ask();
    if (m_thread)
        m_thread->wait();
}

void CheckBesideRunner::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] {
        const auto check = proofdesk::cache::CheckBeside::run(m_dataDir, m_stop);
        // Queued to this object's thread: emitted from the worker, told on the window's.
        QMetaObject::invokeMethod(
            this, [this, check] { emit finished(int(check.outcome), check.problem, check.damagedRows); },
            Qt::QueuedConnection);
    }));
    m_thread->start(QThread::LowPriority);
}

void CheckBesideRunner::tell(int outcome, const QString &problem, qint64 damagedRows)
{
    if (outcome == int(proofdesk::cache::CheckBeside::Outcome::Passed) && damagedRows > 0) {
        MessageBox::warning(m_window, tr("Proofdesk"),
                            tr("The daily check found %n letter(s) in the cache changed outside Proofdesk. Such a "
                               "letter says so where it is shown, and is neither produced nor exported as evidence "
                               "until the next sync writes it again as its repository holds it.",
                               nullptr, int(qMin<qint64>(damagedRows, INT_MAX))));
        return;
    }
    if (outcome != int(proofdesk::cache::CheckBeside::Outcome::FoundProblem))
        return;
    MessageBox::warning(
        m_window, tr("Proofdesk"),
        tr("The cache in %1 failed its daily check: part of the file is damaged, and what it shows may be "
           "incomplete. When Proofdesk is next started it checks the cache again before anything is read; a cache "
           "that fails again is moved aside and filled again from its repositories. The audit trail, holds and other "
           "records are not in the cache and are not touched.")
            .arg(m_dataDir),
        problem); // SQLite's words: for a support engineer, under Show Details
}
