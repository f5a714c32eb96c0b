// The window's Tab order (#64 item 5), asked at each press. Beside mainwindow.cpp, which builds
// the rest.
#include "demonotice.h"
#include "detailpane.h"
#include "filterbar.h"
#include "focuschain.h"
#include "mainwindow.h"
#include "remotesearchnotice.h"
#include "resultsview.h"
#include "savedsearchespanel.h"
#include "searchbar.h"
#include "tombstonenotice.h"

#include <QApplication>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

// Tab follows the eye: the search and its buttons, the filters, a notice's buttons, the results,
// the letter and its details, the saved searches; the other workspaces' pages, the status bar,
// and the workspaces' tabs, from which Tab comes back to the search.
QList<QWidget *> MainWindow::tabRegions() const
{
    QList<QWidget *> regions{m_searchBar,    m_filterBar,   m_demoNotice, m_tombstone,
                             m_remoteNotice, m_resultsView, m_detail,     m_saved};
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i) != m_reviewPage)
            regions << m_tabs->widget(i);
    return regions << statusBar() << m_tabs->tabBar();
}

bool MainWindow::focusNextPrevChild(bool next)
{
    QWidget *to = tabStopAfter(tabRegions(), QApplication::focusWidget(), next);
    if (!to)
        return QMainWindow::focusNextPrevChild(next);
    to->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}
