#include "folderopening.h"

#include "datafolder/openingahead.h"

#include <QApplication>
#include <QEventLoop>
#include <QLabel>
#include <QProgressDialog>
#include <QThread>
#include <exception>

using proofdesk::datafolder::DataFolder;
using proofdesk::datafolder::OpeningAhead;

std::unique_ptr<DataFolder> openDataFolderShowingWork(const QString &path, QWidget *parent)
{
    const OpeningAhead ahead = OpeningAhead::of(path, proofdesk::cache::DailyCheck::Beside);
    if (!ahead.isLong())
        return std::make_unique<DataFolder>(path, proofdesk::cache::DailyCheck::Beside);

    // No cancel: a check or an index build stopped half-way would only start again next time.
    QProgressDialog progress(parent);
    progress.setWindowTitle(QApplication::translate("FolderOpening", "Opening the data folder"));
    // Its own label: QProgressDialog's does not wrap, and a folder's path and the size read
    // make a long line.
    auto *label = new QLabel(QApplication::translate("FolderOpening", "Proofdesk opens when this is done.")
                             + QStringLiteral("\n\n") + ahead.describe(path));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setFixedWidth(480);
    progress.setLabel(label);
    progress.setCancelButton(nullptr);
    progress.setRange(0, 0); // how far a check has read is not told by SQLite
    progress.setMinimumDuration(0);
    progress.setWindowModality(Qt::ApplicationModal);

    // DataFolder holds no QObject: made on the worker, owned here once the worker is done.
    std::unique_ptr<DataFolder> folder;
    std::exception_ptr failure;
    QEventLoop waiting;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        try {
            folder = std::make_unique<DataFolder>(path, proofdesk::cache::DailyCheck::Beside);
        } catch (...) {
            failure = std::current_exception();
        }
    }));
    QObject::connect(worker.get(), &QThread::finished, &waiting, &QEventLoop::quit, Qt::QueuedConnection);
    worker->start();
    progress.show();
    if (!worker->isFinished())
        waiting.exec();
    worker->wait(); // a termination signal may have ended the loop first
    progress.hide();
    if (failure)
        std::rethrow_exception(failure);
    return folder;
}
