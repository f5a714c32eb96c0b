#include "matterstab.h"

#include "mattersworkspace.h"
#include "reviewselection.h"

#include <QMenu>

MattersTab::MattersTab(proofdesk::itemmodels::RecordsContext *context, const ReviewSelection *review,
                       const QString &databasePath, const QString &dataDir, QWidget *parent)
    : QObject(parent)
    , m_review(review)
    , m_workspace(new MattersWorkspace(context, databasePath, dataDir, parent))
    , m_menu(new QMenu(MattersWorkspace::tr("Ma&tters"), parent))
{
    buildMenu();
    connect(m_workspace, &MattersWorkspace::statusMessage, this, &MattersTab::statusMessage);
    connect(m_workspace, &MattersWorkspace::communicationRequested, this, &MattersTab::communicationRequested);
}

void MattersTab::buildMenu()
{
    m_menu->setObjectName(QStringLiteral("mattersMenu"));
    QAction *show = m_menu->addAction(MattersWorkspace::tr("&Matters and Review"));
    show->setObjectName(QStringLiteral("showMatters"));
    show->setShortcut(QKeySequence(MattersWorkspace::tr("Ctrl+Shift+M")));
    connect(show, &QAction::triggered, this, &MattersTab::frontRequested);
    QAction *open = m_menu->addAction(MattersWorkspace::tr("&New Matter…"));
    open->setObjectName(QStringLiteral("newMatter"));
    connect(open, &QAction::triggered, this, [this] {
        emit frontRequested();
        m_workspace->newMatter();
    });
    QAction *add = m_menu->addAction(MattersWorkspace::tr("Add the Current &Search to the Matter…"));
    add->setObjectName(QStringLiteral("addSearchToMatter"));
    connect(add, &QAction::triggered, this, [this] {
        m_workspace->setCurrentQuery(m_review->searchText());
        emit frontRequested();
        shown();
        if (m_workspace->shown().matter.isOpen())
            m_workspace->addSearch();
        else
            emit statusMessage(MattersWorkspace::tr("Select an open matter first: the search is added to it."));
    });
    QAction *produce = m_menu->addAction(MattersWorkspace::tr("&Produce…"));
    produce->setObjectName(QStringLiteral("produceMatter"));
    produce->setShortcut(QKeySequence(MattersWorkspace::tr("Ctrl+Shift+P")));
    connect(produce, &QAction::triggered, this, [this] {
        emit frontRequested();
        m_workspace->produce();
    });
}

void MattersTab::shown()
{
    m_workspace->setCurrentQuery(m_review->searchText());
    if (!m_read) {
        m_read = true;
        m_workspace->refresh();
    }
}

void MattersTab::cacheChanged()
{
    if (m_read)
        m_workspace->refresh();
}
