// MainWindow: what is remembered between sessions (QSettings).
#include "mainwindow.h"

#include "detailpane.h"
#include "resultsview.h"

#include <QCloseEvent>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
const QString kDetailSplitter = QStringLiteral("mainWindow/detailSplitter");
} // namespace

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    settings.setValue(kSplitter, m_splitter->saveState());
    settings.setValue(kDetailSplitter, m_detail->splitter()->saveState());
    m_resultsView->saveSettings();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometry).toByteArray()) && screen()) {
        // First start: most of the screen, centred.
        const QRect available = screen()->availableGeometry();
        resize(available.size().boundedTo(QSize(1500, 920)).expandedTo(QSize(900, 600)));
        move(available.center() - rect().center());
    }
    restoreState(settings.value(kState).toByteArray());
    m_splitter->restoreState(settings.value(kSplitter).toByteArray());
    m_detail->splitter()->restoreState(settings.value(kDetailSplitter).toByteArray());
    m_resultsView->restoreSettings();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
