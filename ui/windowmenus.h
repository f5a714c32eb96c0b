#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

// The window's own menus, in its menu bar: File (Import Drop…, Export Results to CSV…, Quit),
// Search (Find, Save Search…, Back, Forward, Show All), Go (Next and Previous Result, Results,
// Open Document, Template History…), View (appearance, language) and Help (Search Syntax,
// About, answered here). Each action has an object name, a shortcut where it has one and a
// description; what it does is the window's to connect (each its signal). The workspaces' menus
// go before Help (insertMenu).
class WindowMenus : public QObject
{
    Q_OBJECT

public:
    explicit WindowMenus(QMainWindow *window);

    QMenu *fileMenu() const { return m_file; }
    QMenu *searchMenu() const { return m_search; }
    // Before Help, after the window's own menus and those inserted before.
    void insertMenu(QMenu *menu);
    // Back and Forward, as the search history allows.
    void setHistory(bool canGoBack, bool canGoForward);

signals:
    void importRequested();
    void exportRequested();
    void findRequested();
    void saveSearchRequested();
    void backRequested();
    void forwardRequested();
    void showAllRequested();
    void nextResultRequested();
    void previousResultRequested();
    void resultsRequested();
    void openDocumentRequested();
    void templateHistoryRequested();

private:
    void buildFileMenu();
    void buildSearchMenu();
    void buildGoMenu(QMenu *menu);
    void buildHelpMenu();
    void showSyntaxHelp();

    QMainWindow *m_window;
    QMenu *m_file = nullptr;
    QMenu *m_search = nullptr;
    QMenu *m_help = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
};
