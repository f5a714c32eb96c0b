// MainWindow: menus, actions and the commands behind them.
#include "appearance.h"
#include "detailpane.h"
#include "exportrunner.h"
#include "filedialog.h"
#include "icons.h"
#include "importrunner.h"
#include "itemmodels/records/accessrecorder.h"
#include "itemmodels/resultsmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "resultsview.h"
#include "savedsearchespanel.h"
#include "searchbar.h"
#include "templatehistorydialog.h"
#include "windowshortcut.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStyle>

namespace {

QAction *makeAction(QMenu *menu, const QString &name, const QString &text, const QList<QKeySequence> &keys,
                    const QString &description)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setStatusTip(description);
    action->setToolTip(description);
    return action;
}

} // namespace

// A shortcut of the review workspace acts on what is in front: Review comes to the front
// first, so that nothing is searched, read or exported out of sight.
std::function<void()> MainWindow::inReview(std::function<void()> act)
{
    return [this, act = std::move(act)] {
        showReview();
        act();
    };
}

QAction *MainWindow::action(const QString &objectName) const { return findChild<QAction *>(objectName); }

void MainWindow::buildMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *import = makeAction(file, QStringLiteral("importDrop"), tr("&Import Drop…"), {QKeySequence(tr("Ctrl+I"))},
                                 tr("Import an output drop folder into the cache"));
    import->setIcon(icons::themed(QStringLiteral("document-import"), QStyle::SP_DirOpenIcon));
    connect(import, &QAction::triggered, this, [this] { importDrop(); });
    QAction *exportCsv = makeAction(file, QStringLiteral("exportCsv"), tr("&Export Results to CSV…"),
                                    {QKeySequence(tr("Ctrl+E"))}, tr("Write the current results to a CSV file"));
    connect(exportCsv, &QAction::triggered, this, inReview([this] { exportResults(); }));
    new WindowShortcut(exportCsv, this); // Ctrl+E also from the search box and the other fields
    file->addSeparator();
    QAction *quit = makeAction(file, QStringLiteral("quit"), tr("&Quit"), {QKeySequence::Quit}, tr("Quit Proofdesk"));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_searchMenu = menuBar()->addMenu(tr("&Search"));
    buildSearchMenu(m_searchMenu);
    buildGoMenu(menuBar()->addMenu(tr("&Go")));

    QMenu *help = m_helpMenu = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *syntax = makeAction(help, QStringLiteral("syntaxHelp"), tr("Search &Syntax"), {QKeySequence::HelpContents},
                                 tr("How to write searches"));
    connect(syntax, &QAction::triggered, this, &MainWindow::showSyntaxHelp);
    QAction *about = makeAction(help, QStringLiteral("about"), tr("&About Proofdesk"), {}, tr("About Proofdesk"));
    connect(about, &QAction::triggered, this, [this] {
        MessageBox::information(
            this, tr("About Proofdesk"),
            tr("Proofdesk %1\nRecords and audit for customer communications.").arg(QApplication::applicationVersion()));
    });
    appearance::addMenu(this);
    language::addMenu(this);
}

void MainWindow::buildSearchMenu(QMenu *menu)
{
    QAction *find = makeAction(menu, QStringLiteral("focusSearch"), tr("&Find"),
                               {QKeySequence::Find, QKeySequence(tr("Ctrl+L"))}, tr("Go to the search box"));
    connect(find, &QAction::triggered, this, inReview([this] { m_searchBar->focusSearch(); }));
    QAction *save = makeAction(menu, QStringLiteral("saveSearch"), tr("&Save Search…"), {QKeySequence::Save},
                               tr("Save the current search in the side list"));
    connect(save, &QAction::triggered, this, inReview([this] { m_saved->addSearch(m_searchBar->text()); }));
    menu->addSeparator();
    QAction *back =
        makeAction(menu, QStringLiteral("back"), tr("&Back"), {QKeySequence::Back}, tr("The previous search"));
    back->setIcon(icons::themed(QStringLiteral("go-previous"), QStyle::SP_ArrowBack));
    connect(back, &QAction::triggered, this, inReview([this] { goBack(); }));
    QAction *forward =
        makeAction(menu, QStringLiteral("forward"), tr("F&orward"), {QKeySequence::Forward}, tr("The next search"));
    connect(forward, &QAction::triggered, this, inReview([this] { goForward(); }));
    QAction *clear =
        makeAction(menu, QStringLiteral("clearSearch"), tr("Show &All"), {QKeySequence(tr("Ctrl+Shift+A"))},
                   tr("Clear the search and show every communication"));
    connect(clear, &QAction::triggered, this, inReview([this] { m_searchBar->setQuery(QString()); }));
    updateHistoryActions();
}

void MainWindow::buildGoMenu(QMenu *menu)
{
    QAction *next = makeAction(menu, QStringLiteral("nextResult"), tr("&Next Result"),
                               {QKeySequence(tr("Ctrl+Down")), QKeySequence(Qt::Key_F8)}, tr("Select the next result"));
    connect(next, &QAction::triggered, this, inReview([this] { m_resultsView->stepCurrent(1); }));
    QAction *previous =
        makeAction(menu, QStringLiteral("previousResult"), tr("&Previous Result"),
                   {QKeySequence(tr("Ctrl+Up")), QKeySequence(tr("Shift+F8"))}, tr("Select the previous result"));
    connect(previous, &QAction::triggered, this, inReview([this] { m_resultsView->stepCurrent(-1); }));
    QAction *results = makeAction(menu, QStringLiteral("focusResults"), tr("&Results"), {QKeySequence(tr("Ctrl+1"))},
                                  tr("Go to the results list"));
    connect(results, &QAction::triggered, this, inReview([this] { m_resultsView->setFocus(Qt::ShortcutFocusReason); }));
    QAction *open = makeAction(menu, QStringLiteral("openDocument"), tr("&Open Document"), {QKeySequence(tr("Ctrl+2"))},
                               tr("Go to the document of the selected communication"));
    connect(open, &QAction::triggered, this, inReview([this] {
                m_detail->focusDocument();
                m_access->communicationOpened(m_detail->shownId()); // opened on purpose
            }));
    QAction *history = makeAction(menu, QStringLiteral("templateHistory"), tr("&Template History…"),
                                  {QKeySequence(tr("Ctrl+T"))}, tr("The version history of the shown template"));
    connect(history, &QAction::triggered, this, inReview([this] {
                const QJsonObject tpl = m_detail->detail().record.value(QStringLiteral("template")).toObject();
                if (!tpl.isEmpty())
                    openTemplateHistory(tpl.value(QStringLiteral("id")).toString(),
                                        tpl.value(QStringLiteral("version")).toString());
            }));
}

void MainWindow::updateHistoryActions()
{
    if (QAction *back = action(QStringLiteral("back")))
        back->setEnabled(m_history.canGoBack());
    if (QAction *forward = action(QStringLiteral("forward")))
        forward->setEnabled(m_history.canGoForward());
}

void MainWindow::importDrop(const QString &dropPath)
{
    const QString path =
        !dropPath.isEmpty()
            ? dropPath
            : QFileDialog::getExistingDirectory(this, tr("Import a drop folder"),
                                                QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    if (path.isEmpty())
        return;
    const ImportOutcome outcome = ImportRunner(m_databasePath, m_dataDir).run(this, path);
    if (outcome.ok) {
        MessageBox::information(this, tr("Import"),
                                tr("%Ln record(s) imported", nullptr, int(outcome.accepted)) + QLatin1String(", ")
                                    + tr("%Ln line(s) rejected.", nullptr, int(outcome.rejected)));
    } else if (!outcome.cancelled) {
        MessageBox::critical(this, tr("Import"), tr("The drop could not be imported.\n\n%1").arg(outcome.message));
    }
    cacheChanged();
}

void MainWindow::exportResults(const QString &filePath)
{
    if (!m_results->hasAllRowIds()) {
        m_results->needRowIds();
        MessageBox::information(this, tr("Export to CSV"),
                                tr("The results are still being counted; try again in a moment."));
        return;
    }
    const QString path =
        !filePath.isEmpty()
            ? filePath
            : FileDialog::getSaveFileName(this, tr("Export results to CSV"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                              + QStringLiteral("/proofdesk-results.csv"),
                                          tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QList<qint64> rows = m_results->rowIdsInOrder();
    const QString query = m_results->shownQuery();
    // Every export is audited, as in the CLI: when the file is written, not when its box closes.
    ExportRunner(m_databasePath).run(this, rows, path, [&] { m_access->resultsExported(query, path, rows.size()); });
}

void MainWindow::openTemplateHistory(const QString &templateId, const QString &version)
{
    auto *dialog = new TemplateHistoryDialog(m_databasePath, templateId, version, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TemplateHistoryDialog::searchRequested, m_searchBar, &SearchBar::setQuery);
    dialog->show();
    dialog->activateWindow();
}

void MainWindow::showSyntaxHelp()
{
    MessageBox::information(
        this, tr("Search syntax"),
        tr("word — a word of the text, the recipient or an id (garcia finds García)\n"
           "word* — words starting with it\n"
           "\"two words\" — a phrase\n"
           "field:value — customer:, account:, policy:, claim:, loan:, case:, workspace:, type:, channel:, "
           "template:, version:, block:, unit:, batch:, campaign:, language:, origin:, status:, hold:, fixity:, repo:, "
           "id:\n"
           "issued:2026-10-03, issued:2026-10, issued:2026, issued:2026-01-01..2026-03-31\n"
           "finding:unapproved_template, retired_block, undelivered, fixity_failed, retention_overdue, "
           "reissue_unfulfilled, or finding:any — has that kind of finding now\n"
           "a b — both;  a OR b — either;  -a — not a;  ( … ) — grouping"));
}
