// The window's watched saved searches: counted after each change of the cache, their new
// letters listed one click from the window (issue #61). Beside mainwindow.cpp, which builds the rest.
#include "itemmodels/savedsearchesmodel.h"
#include "mainwindow.h"
#include "newlettersdialog.h"
#include "querytext.h"
#include "savedsearchespanel.h"
#include "savedsearchwatcher.h"
#include "searchbar.h"

#include <QStatusBar>

void MainWindow::connectWatches()
{
    connect(m_saved, &SavedSearchesPanel::watchChanged, m_watcher, &SavedSearchWatcher::watchChanged);
    connect(m_watcher, &SavedSearchWatcher::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_saved, &SavedSearchesPanel::newLettersRequested, this, [this](int row) {
        const QString query = m_savedModel->queryAt(row);
        auto *dialog = new NewLettersDialog(m_databasePath, m_savedModel->nameAt(row), m_watcher->newIds(query), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &NewLettersDialog::letterRequested, this,
                [this](const QString &id) { m_searchBar->setQuery(QStringLiteral("id:") + querytext::quoted(id)); });
        connect(dialog, &NewLettersDialog::markSeenRequested, this, [this, query] { m_watcher->markSeen(query); });
        dialog->show();
    });
    m_watcher->recount();
}
