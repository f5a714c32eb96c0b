#include "windowsettings.h"

#include "resultsview.h"
#include "screenfit.h"

#include <QMainWindow>
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

WindowSettings::WindowSettings(QMainWindow *window, QSplitter *review, QSplitter *detail, ResultsView *results)
    : m_window(window)
    , m_review(review)
    , m_detail(detail)
    , m_results(results)
{}

void WindowSettings::save() const
{
    QSettings settings;
    settings.setValue(kGeometry, m_window->saveGeometry());
    settings.setValue(kState, m_window->saveState());
    settings.setValue(kSplitter, m_review->saveState());
    settings.setValue(kDetailSplitter, m_detail->saveState());
    m_results->saveSettings();
}

void WindowSettings::restore()
{
    QSettings settings;
    if (!m_window->restoreGeometry(settings.value(kGeometry).toByteArray()) && m_window->screen()) {
        // First start: the screen, its frame (title bar) counted, so that the status bar with the
        // role switcher is on screen and a 1600 px screen shows the results up to Fixity.
        m_window->setGeometry(screenfit::firstStartGeometry(m_window->screen()->availableGeometry()));
    }
    // A geometry saved on a larger screen (or a screen no longer there) comes back inside this one.
    screenfit::keepOnScreen(m_window);
    m_restoredGeometry = m_window->geometry();
    m_window->restoreState(settings.value(kState).toByteArray());
    m_review->restoreState(settings.value(kSplitter).toByteArray());
    m_detail->restoreState(settings.value(kDetailSplitter).toByteArray());
    m_results->restoreSettings();
}

void WindowSettings::placeOnScreen()
{
    if (std::exchange(m_placed, true))
        return;
    QMainWindow *window = m_window;
    if (window->geometry() == m_restoredGeometry)
        QTimer::singleShot(0, window, [window] { screenfit::keepOnScreen(window); });
}
