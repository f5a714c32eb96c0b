#include "windowmenus.h"

#include "appearance.h"
#include "icons.h"
#include "language.h"
#include "messagebox.h"
#include "windowshortcut.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
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

WindowMenus::WindowMenus(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    buildFileMenu();
    m_search = window->menuBar()->addMenu(tr("&Search"));
    buildSearchMenu();
    buildGoMenu(window->menuBar()->addMenu(tr("&Go")));
    buildHelpMenu();
    appearance::addMenu(window);
    language::addMenu(window);
}

void WindowMenus::insertMenu(QMenu *menu) { m_window->menuBar()->insertMenu(m_help->menuAction(), menu); }

void WindowMenus::setHistory(bool canGoBack, bool canGoForward)
{
    m_back->setEnabled(canGoBack);
    m_forward->setEnabled(canGoForward);
}

void WindowMenus::buildFileMenu()
{
    m_file = m_window->menuBar()->addMenu(tr("&File"));
    QAction *import = makeAction(m_file, QStringLiteral("importDrop"), tr("&Import Drop…"),
                                 {QKeySequence(tr("Ctrl+I"))}, tr("Import an output drop folder into the cache"));
    import->setIcon(icons::themed(QStringLiteral("document-import"), QStyle::SP_DirOpenIcon));
    connect(import, &QAction::triggered, this, &WindowMenus::importRequested);
    QAction *exportCsv = makeAction(m_file, QStringLiteral("exportCsv"), tr("&Export Results to CSV…"),
                                    {QKeySequence(tr("Ctrl+E"))}, tr("Write the current results to a CSV file"));
    connect(exportCsv, &QAction::triggered, this, &WindowMenus::exportRequested);
    new WindowShortcut(exportCsv, m_window); // Ctrl+E also from the search box and the other fields
    m_file->addSeparator();
    QAction *quit = makeAction(m_file, QStringLiteral("quit"), tr("&Quit"), {QKeySequence::Quit}, tr("Quit Proofdesk"));
    connect(quit, &QAction::triggered, m_window, &QWidget::close);
}

void WindowMenus::buildSearchMenu()
{
    QAction *find = makeAction(m_search, QStringLiteral("focusSearch"), tr("&Find"),
                               {QKeySequence::Find, QKeySequence(tr("Ctrl+L"))}, tr("Go to the search box"));
    connect(find, &QAction::triggered, this, &WindowMenus::findRequested);
    QAction *save = makeAction(m_search, QStringLiteral("saveSearch"), tr("&Save Search…"), {QKeySequence::Save},
                               tr("Save the current search in the side list"));
    connect(save, &QAction::triggered, this, &WindowMenus::saveSearchRequested);
    m_search->addSeparator();
    m_back = makeAction(m_search, QStringLiteral("back"), tr("&Back"), {QKeySequence::Back}, tr("The previous search"));
    m_back->setIcon(icons::themed(QStringLiteral("go-previous"), QStyle::SP_ArrowBack));
    connect(m_back, &QAction::triggered, this, &WindowMenus::backRequested);
    m_forward =
        makeAction(m_search, QStringLiteral("forward"), tr("F&orward"), {QKeySequence::Forward}, tr("The next search"));
    connect(m_forward, &QAction::triggered, this, &WindowMenus::forwardRequested);
    QAction *clear =
        makeAction(m_search, QStringLiteral("clearSearch"), tr("Show &All"), {QKeySequence(tr("Ctrl+Shift+A"))},
                   tr("Clear the search and show every communication"));
    connect(clear, &QAction::triggered, this, &WindowMenus::showAllRequested);
    setHistory(false, false);
}

void WindowMenus::buildGoMenu(QMenu *menu)
{
    QAction *next = makeAction(menu, QStringLiteral("nextResult"), tr("&Next Result"),
                               {QKeySequence(tr("Ctrl+Down")), QKeySequence(Qt::Key_F8)}, tr("Select the next result"));
    connect(next, &QAction::triggered, this, &WindowMenus::nextResultRequested);
    QAction *previous =
        makeAction(menu, QStringLiteral("previousResult"), tr("&Previous Result"),
                   {QKeySequence(tr("Ctrl+Up")), QKeySequence(tr("Shift+F8"))}, tr("Select the previous result"));
    connect(previous, &QAction::triggered, this, &WindowMenus::previousResultRequested);
    QAction *results = makeAction(menu, QStringLiteral("focusResults"), tr("&Results"), {QKeySequence(tr("Ctrl+1"))},
                                  tr("Go to the results list"));
    connect(results, &QAction::triggered, this, &WindowMenus::resultsRequested);
    QAction *open = makeAction(menu, QStringLiteral("openDocument"), tr("&Open Document"), {QKeySequence(tr("Ctrl+2"))},
                               tr("Go to the document of the selected communication"));
    connect(open, &QAction::triggered, this, &WindowMenus::openDocumentRequested);
    QAction *history = makeAction(menu, QStringLiteral("templateHistory"), tr("&Template History…"),
                                  {QKeySequence(tr("Ctrl+T"))}, tr("The version history of the shown template"));
    connect(history, &QAction::triggered, this, &WindowMenus::templateHistoryRequested);
}

void WindowMenus::buildHelpMenu()
{
    m_help = m_window->menuBar()->addMenu(tr("&Help"));
    m_help->setObjectName(QStringLiteral("helpMenu"));
    QAction *syntax = makeAction(m_help, QStringLiteral("syntaxHelp"), tr("Search &Syntax"),
                                 {QKeySequence::HelpContents}, tr("How to write searches"));
    connect(syntax, &QAction::triggered, this, &WindowMenus::showSyntaxHelp);
    QAction *about = makeAction(m_help, QStringLiteral("about"), tr("&About Proofdesk"), {}, tr("About Proofdesk"));
    connect(about, &QAction::triggered, this, [this] {
        MessageBox::information(
            m_window, tr("About Proofdesk"),
            tr("Proofdesk %1\nRecords and audit for customer communications.").arg(QApplication::applicationVersion()));
    });
}

void WindowMenus::showSyntaxHelp()
{
    MessageBox::information(
        m_window, tr("Search syntax"),
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
