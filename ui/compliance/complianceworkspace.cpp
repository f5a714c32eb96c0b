#include "complianceworkspace.h"

#include "compliance/dashboardqueries.h"
#include "compliance/findingsengine.h"
#include "compliance/findingstreemodel.h"
#include "dashboardchart.h"
#include "dashboardpanel.h"
#include "elidedlabel.h"
#include "flowlayout.h"
#include "focusinsight.h"
#include "itemmodels/asyncread.h"
#include "itemmodels/records/recordscontext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>

Q_LOGGING_CATEGORY(lcCompliance, "proofdesk.ui.compliance", QtInfoMsg)

namespace {

struct ChecksAllowed : proofdesk::itemmodels::RecordsOutcome
{};

} // namespace

using namespace proofdesk;
using compliance::FindingsTreeModel;

ComplianceWorkspace::ComplianceWorkspace(proofdesk::itemmodels::RecordsContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_databasePath(context->databasePath())
    , m_model(new FindingsTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_dashboards(new DashboardPanel(this))
{
    setObjectName(QStringLiteral("complianceWorkspace"));
    m_tree->setModel(m_model);
    m_tree->setObjectName(QStringLiteral("findingsView"));
    m_tree->setAccessibleName(tr("Findings"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FindingsTreeModel::Detail, QHeaderView::Stretch);
    sizeFindingColumns();
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(FindingsTreeModel::CommIdRole).toString();
        if (!id.isEmpty())
            emit communicationRequested(id);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ComplianceWorkspace::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ComplianceWorkspace::updateButtons);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ComplianceWorkspace::showFindingMenu);
    connect(m_dashboards, &DashboardPanel::queryRequested, this, &ComplianceWorkspace::searchRequested);

    m_content = buildContent();
    // A role that may not run the checks sees why, never the findings (#41).
    m_notForRole = new QLabel(this);
    m_notForRole->setObjectName(QStringLiteral("complianceNotForRole"));
    m_notForRole->setWordWrap(true);
    m_notForRole->setAlignment(Qt::AlignCenter);
    m_notForRole->setTextFormat(Qt::PlainText);
    m_notForRole->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_status);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_notForRole, 1);
    connect(m_context, &itemmodels::RecordsContext::roleChanged, this, &ComplianceWorkspace::onRoleChanged);
    orderTabStops();
    updateScopeLabel();
    updateButtons();
}

// Tab as the page reads: the bar, the findings, the charts (the bar was made last).
void ComplianceWorkspace::orderTabStops()
{
    QWidget *previous = m_report;
    const QList<DashboardChart *> charts = m_dashboards->charts();
    for (QWidget *next : QList<QWidget *>{m_tree} + QList<QWidget *>(charts.begin(), charts.end())) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void ComplianceWorkspace::onRoleChanged()
{
    updateButtons();
    if (m_model->report().ranAt == 0 && m_notForRole->isHidden())
        return; // never run: they run when first shown
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

bool ComplianceWorkspace::mayRunChecks() const { return m_context->permits(records::Action::RunFindings); }

// The findings and the dashboards are emptied, and the page says who may see them: `why` is the
// library's refusal (already in the trail), or empty when the role is known not to permit it
// (nothing is asked of the library, as the disposition review does).
void ComplianceWorkspace::showNotForRole(const QString &why)
{
    ++m_generation; // a read still running is not shown
    m_model->setReport({});
    m_dashboards->setDashboard({});
    m_content->hide();
    m_notForRole->setText(!why.isEmpty() ? why
                                         : tr("Compliance checks and dashboards are for compliance officers and "
                                              "records managers. Your role here may not run them. Switch role in the "
                                              "status bar if you hold one of those roles."));
    m_notForRole->show();
    m_status->setText(tr("Not available in this role"));
    updateButtons();
}

// The findings beside the dashboards. The findings take the larger part; the dashboards' charts
// keep their least width and scroll.
QWidget *ComplianceWorkspace::buildContent()
{
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Dashboards"));
    scroll->setWidget(m_dashboards);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(420);
    keepFocusInSight(scroll);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildFindingsPane());
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({960, 640});
    return splitter;
}

// The findings, and under them the current finding's reason whole: a reason is longer than its
// column leaves room for at 1280 px ("content block CB-LEGAL-FOOTER v1 was retired on
// 2024-03-01, at or before issue on 2024-12-15"), and was read only by a mouse resize (#64 item 4).
QWidget *ComplianceWorkspace::buildFindingsPane()
{
    auto *pane = new QWidget(this);
    auto *column = new QVBoxLayout(pane);
    column->setContentsMargins(0, 0, 0, 0);
    m_reason = new QLabel(pane);
    m_reason->setObjectName(QStringLiteral("findingReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_tree, 1);
    column->addWidget(m_reason);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ComplianceWorkspace::showReason);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ComplianceWorkspace::showReason);
    showReason();
    return pane;
}

void ComplianceWorkspace::showReason()
{
    const QString reason = m_tree->currentIndex().data(FindingsTreeModel::DetailRole).toString();
    m_reason->setText(reason.isEmpty() ? tr("Choose a finding to read its reason here.") : reason);
}

QWidget *ComplianceWorkspace::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_onlySearch = new QCheckBox(tr("Only the current search"), bar);
    m_scopeLabel = new ElidedLabel(bar);
    // The status has a line of its own under the buttons: beside them at 1280 px it was cut to
    // "201 findings over …nications in 28 ms", and a written file's path to its middle.
    m_status = new ElidedLabel(this);
    m_status->setObjectName(QStringLiteral("complianceStatus"));
    m_status->setElideMode(Qt::ElideMiddle); // "… written: /home/…/evidence-EXS-1.zip (SHA-256 …)"
    auto *run = m_run = new QPushButton(tr("&Run Checks"), bar);
    m_open = new QPushButton(tr("O&pen Communication"), bar);
    m_review = new QPushButton(tr("&Mark Reviewed…"), bar);
    m_case = new QPushButton(tr("Open E&xception Case…"), bar);
    m_case->setToolTip(tr("Start an exception case for this finding in the workflow service"));
    m_case->setObjectName(QStringLiteral("openExceptionCase"));
    m_evidence = new QPushButton(tr("Export &Evidence Package…"), bar);
    m_report = new QPushButton(tr("&Audit Report…"), bar);
    run->setObjectName(QStringLiteral("runChecks"));
    m_review->setObjectName(QStringLiteral("markReviewed"));
    m_evidence->setObjectName(QStringLiteral("exportEvidence"));
    m_report->setObjectName(QStringLiteral("auditReport"));
    // The scope and the status are cut to the room left (whole in their tooltips) and the
    // buttons wrap onto a second row: a laptop screen holds the bar in every language.
    row->addWidget(m_onlySearch);
    row->addWidget(m_scopeLabel, 1);
    auto *buttons = new FlowLayout;
    for (QPushButton *b : {run, m_open, m_review, m_case, m_evidence, m_report})
        buttons->addWidget(b);
    row->addLayout(buttons, 4);
    connect(m_onlySearch, &QCheckBox::toggled, this, [this] {
        updateScopeLabel();
        refresh();
    });
    connect(run, &QPushButton::clicked, this, &ComplianceWorkspace::refresh);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!selectedCommId().isEmpty())
            emit communicationRequested(selectedCommId());
    });
    connect(m_review, &QPushButton::clicked, this, [this] { markSelectedReviewed(); });
    connect(m_case, &QPushButton::clicked, this, [this] { openExceptionCase(); });
    connect(m_evidence, &QPushButton::clicked, this, [this] { exportEvidence(selectedCommId()); });
    connect(m_report, &QPushButton::clicked, this, [this] { exportAuditReport(); });
    return bar;
}

void ComplianceWorkspace::setCurrentQuery(const QString &query)
{
    if (m_currentQuery == query)
        return;
    m_currentQuery = query;
    updateScopeLabel();
    if (m_onlySearch->isChecked() && isVisible())
        refresh();
}

QString ComplianceWorkspace::scopeQuery() const
{
    return m_onlySearch->isChecked() ? m_currentQuery.trimmed() : QString();
}

void ComplianceWorkspace::updateScopeLabel()
{
    const QString q = m_currentQuery.trimmed();
    m_onlySearch->setEnabled(!q.isEmpty());
    m_scopeLabel->setText(scopeQuery().isEmpty()
                              ? tr("Scope: the whole cache")
                              : tr("Scope: %1").arg(QFontMetrics(font()).elidedText(q, Qt::ElideRight, 300)));
    m_scopeLabel->setToolTip(scopeQuery());
}

void ComplianceWorkspace::recordsChanged()
{
    if (m_model->report().ranAt == 0)
        return; // never run: they run when first shown
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void ComplianceWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

// The findings' ids and issue days as wide as they are written, so that the reason, the column
// a person reads, has the rest of the findings' width.
void ComplianceWorkspace::sizeFindingColumns()
{
    const QFontMetrics metrics(m_tree->font());
    const int margins = 2 * m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 12;
    int widestId = metrics.horizontalAdvance(QStringLiteral("EXS-0000000"));
    const QList<compliance::Finding> &findings = m_model->report().findings;
    for (qsizetype i = 0; i < qMin<qsizetype>(findings.size(), 2000); ++i) // a sample is enough: ids share a shape
        widestId = qMax(widestId, metrics.horizontalAdvance(findings.at(i).commId));
    // A finding sits a level under its kind, and the root is decorated: two indentations.
    m_tree->setColumnWidth(FindingsTreeModel::KindOrId, 2 * m_tree->indentation() + widestId + margins);
    m_tree->setColumnWidth(FindingsTreeModel::Issued,
                           metrics.horizontalAdvance(QStringLiteral("2025-12-28")) + margins); // as the model writes it
}

QString ComplianceWorkspace::statusText() const { return m_status->fullText(); }

void ComplianceWorkspace::refresh()
{
    m_stale = false;
    if (!mayRunChecks()) {
        showNotForRole({});
        return;
    }
    const int generation = ++m_generation;
    m_timer.start();
    m_status->setText(tr("Checking…"));
    // The same role check as `proofdesk-cli findings` (a refusal is recorded by the library);
    // the checks themselves read on their own connection.
    m_context->run<ChecksAllowed>(
        records::Action::RunFindings, this, [](services::ActionContext &) { return ChecksAllowed{}; },
        [this, generation](ChecksAllowed out) {
            if (generation != m_generation)
                return;
            if (!out.ok()) {
                showNotForRole(out.error);
                return;
            }
            m_notForRole->hide();
            m_content->show();
            readChecks(generation);
        });
}

void ComplianceWorkspace::readChecks(int generation)
{
    const QString query = scopeQuery();
    itemmodels::readAsync<compliance::FindingsReport>(
        m_databasePath, this, [query](cache::Database &db) { return compliance::FindingsEngine(db).run(query); },
        [this, generation](compliance::FindingsReport report) {
            if (generation == m_generation)
                onFindings(report);
        });
    itemmodels::readAsync<compliance::DashboardData>(
        m_databasePath, this, [query](cache::Database &db) { return compliance::DashboardQueries(db).load(query); },
        [this, generation](compliance::DashboardData data) {
            if (generation != m_generation)
                return;
            QElapsedTimer draw;
            draw.start();
            m_dashboards->setDashboard(data);
            qCInfo(lcCompliance) << "dashboards: aggregates" << data.elapsedMs << "ms, drawn" << draw.elapsed() << "ms,"
                                 << m_timer.elapsed() << "ms after refresh" << data.error;
        });
}

void ComplianceWorkspace::onFindings(const compliance::FindingsReport &report)
{
    m_model->setReport(report);
    sizeFindingColumns();
    m_dashboards->setFindings(report);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_tree->setFirstColumnSpanned(row, {}, true);
        const QModelIndex group = m_model->index(row, 0);
        m_tree->setExpanded(group, m_model->rowCount(group) <= 50);
    }
    m_status->setText(report.error.isEmpty()
                          ? tr("%1 findings over %2 communications in %3 ms")
                                .arg(QLocale().toString(report.findings.size()), QLocale().toString(report.scopeCount),
                                     QLocale().toString(report.elapsedMs))
                          : tr("The checks could not run: %1").arg(report.error));
    qCInfo(lcCompliance) << "findings" << report.findings.size() << "in" << report.elapsedMs << "ms";
    updateButtons();
}

QString ComplianceWorkspace::selectedCommId() const
{
    return m_tree->currentIndex().data(FindingsTreeModel::CommIdRole).toString();
}

void ComplianceWorkspace::updateButtons()
{
    const bool finding = !selectedCommId().isEmpty();
    const bool checks = mayRunChecks();
    m_open->setEnabled(finding);
    m_review->setEnabled(finding && m_context->permits(records::Action::ReviewFinding));
    m_case->setEnabled(m_tree->currentIndex().data(FindingsTreeModel::CanOpenCaseRole).toBool()
                       && m_context->permits(records::Action::OpenExceptionCase));
    m_evidence->setEnabled(finding);
    m_run->setEnabled(checks);
    m_report->setEnabled(checks);
    const QString notForRole = checks ? QString() : tr("Only compliance officers and records managers run the checks");
    m_run->setToolTip(notForRole);
    m_report->setToolTip(notForRole);
}

void ComplianceWorkspace::showFindingMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (index.data(FindingsTreeModel::CommIdRole).toString().isEmpty())
        return;
    m_tree->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_open->text(), this, [this] { emit communicationRequested(selectedCommId()); });
    menu.addAction(m_review->text(), this, [this] { markSelectedReviewed(); });
    QAction *openCase = menu.addAction(m_case->text(), this, [this] { openExceptionCase(); });
    openCase->setObjectName(QStringLiteral("openExceptionCaseAction"));
    openCase->setEnabled(m_case->isEnabled());
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}
