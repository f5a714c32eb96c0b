#include "mattersworkspace.h"

#include "audit/auditreason.h"
#include "itemmodels/records/mattersmodel.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/records/reviewmodel.h"
#include "newmatterdialog.h"
#include "productiondialog.h"
#include "records/matterhold.h"
#include "records/reasondialog.h"
#include "records/recordsstore.h"
#include "records/recordsui.h"
#include "reviewpane.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace proofdesk;
using itemmodels::MattersModel;

namespace {

struct ListRead : itemmodels::RecordsOutcome
{
    QList<itemmodels::MatterRow> rows;
};

struct MatterRead : itemmodels::RecordsOutcome
{
    records::MatterOverview overview;
    QList<itemmodels::ReviewRow> rows;
    QHash<int, qint64> news; // watched search → letters it finds now that the set does not hold
};

struct Changed : itemmodels::RecordsOutcome
{
    QString message; // what was done, for the status line
};

} // namespace

MattersWorkspace::MattersWorkspace(itemmodels::RecordsContext *context, const QString &databasePath,
                                   const QString &dataDir, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_databasePath(databasePath)
    , m_dataDir(dataDir)
    , m_model(new MattersModel(this))
    , m_table(new QTableView(this))
    , m_header(new QLabel(this))
    , m_searches(new QTableWidget(this))
    , m_holdsAndProductions(new QLabel(this))
    , m_review(new ReviewPane(context, databasePath, dataDir, this))
    , m_new(new QPushButton(tr("New &Matter…"), this))
    , m_addSearch(new QPushButton(tr("Add S&earch…"), this))
    , m_watch(new QPushButton(tr("&Watch Search"), this))
    , m_addNew(new QPushButton(tr("Add Its New &Letters"), this))
    , m_hold(new QPushButton(tr("Place Hol&d…"), this))
    , m_produce(new QPushButton(tr("&Produce…"), this))
    , m_close(new QPushButton(tr("Close Matter…"), this))
{
    setObjectName(QStringLiteral("mattersWorkspace"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildList());
    split->addWidget(buildMatter());
    split->setSizes({260, 1020});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    connect(m_new, &QPushButton::clicked, this, [this] { newMatter(); });
    connect(m_addSearch, &QPushButton::clicked, this, [this] { addSearch(); });
    connect(m_watch, &QPushButton::clicked, this, &MattersWorkspace::toggleWatch);
    connect(m_addNew, &QPushButton::clicked, this, [this] {
        const QList<QTableWidgetItem *> selected = m_searches->selectedItems();
        if (!selected.isEmpty())
            addSearch(m_shown.searches.value(selected.first()->row()).query);
    });
    connect(m_hold, &QPushButton::clicked, this, [this] { placeHold(); });
    connect(m_produce, &QPushButton::clicked, this, &MattersWorkspace::produce);
    connect(m_close, &QPushButton::clicked, this, [this] { closeMatter(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MattersWorkspace::loadMatter);
    connect(m_searches, &QTableWidget::itemSelectionChanged, this, &MattersWorkspace::updateButtons);
    connect(m_review, &ReviewPane::statusMessage, this, &MattersWorkspace::statusMessage);
    connect(m_context, &itemmodels::RecordsContext::roleChanged, this, [this] { refresh(); });
    // Another reviewer's tags, a search another officer added: shown as they happen.
    connect(m_context, &itemmodels::RecordsContext::teamMattersChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    updateButtons();
}

QWidget *MattersWorkspace::buildList()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *refreshButton = new QPushButton(tr("&Refresh"), box);
    refreshButton->setAccessibleName(tr("Read the matters again"));
    bar->addWidget(m_new);
    bar->addStretch(1);
    bar->addWidget(refreshButton);
    connect(refreshButton, &QPushButton::clicked, this, &MattersWorkspace::refresh);
    m_table->setModel(m_model);
    recordsui::setUpTable(m_table, tr("Matters"));
    recordsui::selectWithCurrentRow(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    recordsui::fitColumns(m_table);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    return box;
}

QWidget *MattersWorkspace::buildMatter()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_searches->setColumnCount(5);
    m_searches->setHorizontalHeaderLabels({tr("Search"), tr("Query"), tr("Ran"), tr("Found"), tr("Watched")});
    recordsui::setUpTable(m_searches, tr("The matter's searches"));
    m_searches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_searches->setSelectionMode(QAbstractItemView::SingleSelection);
    m_searches->setMaximumHeight(m_searches->horizontalHeader()->sizeHint().height() * 4);
    m_holdsAndProductions->setWordWrap(true);
    m_holdsAndProductions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bar = new QHBoxLayout;
    for (QPushButton *b : {m_addSearch, m_watch, m_addNew, m_hold, m_produce, m_close})
        bar->addWidget(b);
    bar->addStretch(1);
    m_addSearch->setToolTip(tr("Run a search now and add what it finds to the review set"));
    m_watch->setToolTip(tr("After each sync, count what the selected search finds that the review set does not hold"));
    m_addNew->setToolTip(tr("Run the selected watched search again: what it finds now joins the review set"));
    m_hold->setToolTip(tr("A legal hold over the whole review set (records role)"));
    m_produce->setToolTip(tr("Natives, text, load file and manifest of the review set, or of the letters tagged so"));
    layout->addWidget(m_header);
    layout->addWidget(m_searches);
    layout->addWidget(m_holdsAndProductions);
    layout->addLayout(bar);
    layout->addWidget(m_review, 1);
    return box;
}

QString MattersWorkspace::selectedMatter() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(MattersModel::IdRole).toString();
}

void MattersWorkspace::refresh()
{
    const QString keep = selectedMatter();
    m_context->run<ListRead>(
        records::Action::ReviewMatter, this,
        [](services::ActionContext &a) {
            ListRead out;
            records::MatterRecords &matters = a.records.matters();
            for (const records::MatterInfo &m : matters.list()) {
                itemmodels::MatterRow row{m, matters.show(m.id)->review, -1};
                for (const records::MatterNews &n : matters.news(m.id))
                    row.news = qMax<qint64>(row.news, 0) + n.ids.size();
                out.rows << row;
            }
            return out;
        },
        [this, keep](ListRead read) {
            m_model->setRows(read.rows);
            recordsui::fitColumns(m_table);
            if (!read.ok())
                m_header->setText(read.refused ? tr("Matters are not shown in this role: %1").arg(read.error)
                                               : tr("The matters cannot be read: %1").arg(read.error));
            selectMatter(keep.isEmpty() && !read.rows.isEmpty() ? read.rows.first().matter.id : keep);
            emit refreshed();
        });
}

void MattersWorkspace::selectMatter(const QString &matterId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rows().at(row).matter.id == matterId) {
            if (selectedMatter() == matterId)
                loadMatter();
            else
                m_table->selectRow(row);
            return;
        }
    }
    m_shown = {};
    showOverview();
}

void MattersWorkspace::loadMatter()
{
    const QString id = selectedMatter();
    const int generation = ++m_generation;
    if (id.isEmpty()) {
        m_shown = {};
        showOverview();
        return;
    }
    m_context->run<MatterRead>(
        records::Action::ReviewMatter, this,
        [id](services::ActionContext &a) {
            MatterRead out;
            out.overview = *a.records.matters().show(id);
            out.rows = itemmodels::reviewRows(a.cache, a.records.matters().review(id));
            for (const records::MatterNews &n : a.records.matters().news(id))
                out.news.insert(n.search, n.ids.size());
            return out;
        },
        [this, generation](MatterRead read) {
            if (generation != m_generation)
                return; // another matter was selected meanwhile
            if (!read.ok()) {
                emit statusMessage(read.error);
                return;
            }
            m_shown = read.overview;
            m_news = read.news;
            showOverview();
            m_review->showMatter(m_shown.matter, read.rows);
            emit matterShown(m_shown.matter.id);
        });
}

void MattersWorkspace::showOverview()
{
    const records::MatterInfo &m = m_shown.matter;
    if (m.id.isEmpty()) {
        m_header->setText(m_model->rowCount() ? tr("Select a matter.") : emptyText());
        m_searches->setRowCount(0);
        m_holdsAndProductions->clear();
        m_review->clear();
        updateButtons();
        return;
    }
    m_header->setText(tr("%1 — %2 (%3)\n%4\nOpened by %5 on %6%7")
                          .arg(m.id, m.title, m.isOpen() ? tr("open") : tr("closed"), audit::renderReason(m.reason),
                               m.openedBy, itemmodels::formatRecordsTime(m.openedAt),
                               m.isOpen() ? QString()
                                          : tr("; closed by %1 on %2: %3")
                                                .arg(m.closedBy, itemmodels::formatRecordsTime(m.closedAt.value_or(0)),
                                                     m.closeReason)));
    m_searches->setRowCount(int(m_shown.searches.size()));
    for (int i = 0; i < m_shown.searches.size(); ++i) {
        const records::MatterSearch &s = m_shown.searches.at(i);
        const QStringList cells{QString::number(s.seq), s.query, itemmodels::formatRecordsTime(s.ranAt),
                                tr("%1 (%2 added)").arg(QLocale().toString(s.total), QLocale().toString(s.added)),
                                !s.watch ? tr("no")
                                : m_news.value(s.seq) > 0
                                    ? tr("yes: %n new letter(s)", nullptr, int(m_news.value(s.seq)))
                                    : tr("yes: nothing new")};
        for (int c = 0; c < cells.size(); ++c)
            m_searches->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    recordsui::fitColumns(m_searches);
    QString productions = tr("none");
    if (!m_shown.productions.isEmpty()) {
        const records::ProductionInfo &p = m_shown.productions.constLast();
        productions = tr("%n (the latest, %1: %2 documents, root SHA-256 %3)", nullptr, int(m_shown.productions.size()))
                          .arg(p.id, QLocale().toString(p.documents), p.complete() ? p.rootSha256 : tr("not finished"));
    }
    m_holdsAndProductions->setText(
        tr("Holds: %1. Productions: %2.")
            .arg(m_shown.holds.isEmpty() ? tr("none") : m_shown.holds.join(QStringLiteral(", ")), productions));
    updateButtons();
}

// Why the list is empty, in the person's role: an agent sees only the matters they were added to.
QString MattersWorkspace::emptyText() const
{
    const auto role = m_context->role();
    if (!role || !records::AccessPolicy::permits(*role, records::Action::ReviewMatter))
        return tr("Matters are not shown in this role: compliance officers and records managers see them, and agents "
                  "see those they were added to. Switch role at the bottom right if you have another.");
    if (*role == records::Role::Agent)
        return tr("No matter you were added to. A compliance officer opens matters and adds the agents who answer "
                  "them; switch role at the bottom right if you are one.");
    return m_context->permits(records::Action::ManageMatter)
               ? tr("No matter yet. New Matter… opens one for a question: an examiner's request, a complaint, a "
                    "litigation.")
               : tr("No matter yet: compliance officers open them.");
}

void MattersWorkspace::updateButtons()
{
    const bool open = !m_shown.matter.id.isEmpty() && m_shown.matter.isOpen();
    const auto may = [this](records::Action a) { return m_context->permits(a); };
    m_new->setEnabled(may(records::Action::ManageMatter));
    m_new->setToolTip(m_new->isEnabled() ? tr("Open a matter for a question (Matters > New Matter…)")
                                         : tr("Opening a matter needs the compliance role"));
    m_addSearch->setEnabled(open && may(records::Action::ManageMatter));
    const QList<QTableWidgetItem *> selected = m_searches->selectedItems();
    m_watch->setEnabled(open && may(records::Action::ManageMatter) && !selected.isEmpty());
    const int search = selected.isEmpty() ? -1 : int(m_shown.searches.value(selected.first()->row()).seq);
    m_addNew->setEnabled(open && may(records::Action::ManageMatter) && m_news.value(search) > 0);
    m_hold->setEnabled(open && may(records::Action::ApplyHold));
    m_produce->setEnabled(open && may(records::Action::ProduceMatter));
    m_close->setEnabled(open && may(records::Action::ManageMatter));
}

void MattersWorkspace::hideEvent(QHideEvent *event)
{
    m_review->screenHidden();
    QWidget::hideEvent(event);
}
