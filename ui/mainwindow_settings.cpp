// MainWindow: what is remembered between sessions (QSettings).
#include "detailpane.h"
#include "mainwindow.h"
#include "resultsview.h"
#include "screenfit.h"

#include <QCloseEvent>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTimer>

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
        // First start: the screen, its frame (title bar) counted, so that the status bar with the
        // role switcher is on screen and a 1600 px screen shows the results up to Fixity.
        setGeometry(screenfit::firstStartGeometry(screen()->availableGeometry()));
    }
    // A geometry saved on a larger screen (or a screen no longer there) comes back inside this one.
    screenfit::keepOnScreen(this);
    m_restoredGeometry = geometry();
    restoreState(settings.value(kState).toByteArray());
    m_splitter->restoreState(settings.value(kSplitter).toByteArray());
    m_detail->splitter()->restoreState(settings.value(kDetailSplitter).toByteArray());
    m_resultsView->restoreSettings();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_placedOnScreen)
        return;
    m_placedOnScreen = true;
    // The frame is known once the window is on screen: its title bar and borders are fitted too.
    // A size given since (a test's, a benchmark's) is theirs to choose.
    if (geometry() == m_restoredGeometry)
        QTimer::singleShot(0, this, [this] { screenfit::keepOnScreen(this); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
