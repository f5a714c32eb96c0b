#include "dispositionview.h"

#include "itemmodels/records/accessrecorder.h"
#include "itemmodels/records/dispositionmodel.h"
#include "itemmodels/records/recordscontext.h"
#include "reasondialog.h"
#include "records/disposition.h"
#include "records/outboxdispatcher.h"
#include "recordsui.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace proofdesk;
using itemmodels::DispositionModel;

namespace {

struct ReviewDone : itemmodels::RecordsOutcome
{
    QList<records::EligibleItem> items;
    qint64 heldEligible = 0;
};

struct ApproveDone : itemmodels::RecordsOutcome
{
    records::DispositionResult result;
};

constexpr int kReviewLimit = 5000;

} // namespace

DispositionView::DispositionView(itemmodels::RecordsContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new DispositionModel(this))
    , m_table(new QTableView(this))
    , m_approve(new QPushButton(tr("&Approve Disposition…"), this))
    , m_summary(new QLabel(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("dispositionReview"));
    m_table->setModel(m_model);
    recordsui::setUpTable(m_table, tr("Communications eligible for disposition"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->resizeSection(DispositionModel::Communication, 160);
    m_table->horizontalHeader()->resizeSection(DispositionModel::Type, 140);
    m_table->horizontalHeader()->resizeSection(DispositionModel::RetentionClass, 170);
    m_approve->setAccessibleName(tr("Approve the disposition of the selected communications"));
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshDisposition"));
    m_approve->setObjectName(QStringLiteral("approveDisposition"));
    refresh->setAccessibleName(tr("Refresh the disposition review"));
    m_summary->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result->setOpenExternalLinks(true);
    m_result->setAccessibleDescription(tr("Result of the last disposition"));
    m_result->setObjectName(QStringLiteral("dispositionResult"));
    // Its links make it a Tab stop: hidden while there is no result, it is not an empty one (#64).
    m_result->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_approve);
    bar->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_result);

    connect(refresh, &QPushButton::clicked, this, [this] { load(Read::Review); }); // the person asks again
    m_reviewAfter.setSingleShot(true);
    m_reviewAfter.setInterval(itemmodels::AccessRecorder::kReadMs);
    connect(&m_reviewAfter, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_reviewedThisOpening && m_context->permits(records::Action::ReviewDisposition))
            load(Read::Review);
    });
    connect(m_approve, &QPushButton::clicked, this, [this] { approveSelected(); });
    connect(m_context, &itemmodels::RecordsContext::roleChanged, this, &DispositionView::onRoleChanged);
    updateButtons();
}

void DispositionView::refresh()
{
    load(Read::Again);
    if (!m_reviewedThisOpening)
        m_reviewAfter.start();
}

void DispositionView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DispositionView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_reviewedThisOpening = false; // shown again, it is another look
    m_reviewAfter.stop();          // passed over: not a review
}

// A role switch is not a review: on screen the list follows the role (recorded only if this
// opening had no review yet: the person sees the list for the first time); hidden, it is
// read when next shown.
void DispositionView::onRoleChanged()
{
    if (!isVisible()) {
        m_stale = true;
        updateButtons();
        return;
    }
    refresh();
}

void DispositionView::load(Read read)
{
    m_stale = false;
    updateButtons();
    if (!m_context->permits(records::Action::ReviewDisposition)) {
        // Not asked of the library at every look (each refusal is audited); Approve still is.
        m_model->setRows({});
        m_summary->setText(tr("The disposition review is for records managers. Switch role in the status bar if "
                              "you hold that role."));
        emit refreshed();
        return;
    }
    m_summary->setText(tr("Reading the review list…"));
    if (read == Read::Review)
        m_reviewedThisOpening = true;
    const auto recorded = read == Read::Review ? records::ReviewRead::Review : records::ReviewRead::Again;
    m_context->run<ReviewDone>(
        records::Action::ReviewDisposition, this,
        [recorded](services::ActionContext &a) {
            ReviewDone out;
            out.items = a.records.disposition().dispositionReview(kReviewLimit, recorded);
            out.heldEligible = a.records.disposition().heldEligibleCount();
            return out;
        },
        [this](ReviewDone out) {
            m_model->setRows(out.items);
            if (!out.ok())
                m_summary->setText(out.error);
            else
                m_summary->setText(
                    tr("%Ln communication(s) past retention and under no hold%1;", nullptr, int(out.items.size()))
                        .arg(out.items.size() >= kReviewLimit ? tr(" (the first shown)") : QString())
                    + QLatin1Char(' ') + tr("%Ln more are past retention but held.", nullptr, int(out.heldEligible)));
            updateButtons();
            emit refreshed();
        });
}

void DispositionView::updateButtons()
{
    const bool permitted = m_context->permits(records::Action::ApproveDisposition);
    // With nothing eligible it would do nothing (#64): disabled, and the tooltip says why.
    const bool anything = m_model->rowCount() > 0;
    m_approve->setEnabled(permitted && anything);
    m_approve->setToolTip(!permitted  ? tr("Only a records manager approves disposition")
                          : !anything ? tr("No communication is eligible for disposition")
                                      : tr("Dispose of the selected communications (all when none is selected)"));
}

void DispositionView::approveSelected(const QString &givenReason)
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(DispositionModel::IdRole).toString());
    if (ids.isEmpty()) {
        for (const auto &item : m_model->rows())
            ids.append(item.id);
    }
    if (ids.isEmpty())
        return;
    QString reason = givenReason;
    if (reason.isEmpty()) {
        reason = ReasonDialog::ask(this, tr("Approve Disposition"),
                                   tr("Dispose of %n communication(s)? Their documents are purged, a tombstone is "
                                      "kept for each and a certificate is written. This cannot be undone.",
                                      nullptr, int(ids.size())),
                                   tr("Dispose of %n", nullptr, int(ids.size())));
        if (reason.isEmpty())
            return;
    }
    m_context->run<ApproveDone>(
        records::Action::ApproveDisposition, this,
        [ids, reason](services::ActionContext &a) {
            ApproveDone out;
            out.result = a.records.disposition().approveDisposition(ids, reason);
            return out;
        },
        [this](ApproveDone out) {
            const bool ok = recordsui::report(this, tr("Approve Disposition"), out);
            if (ok) {
                const auto &r = out.result;
                m_certificate = r.certificatePath;
                QString text = tr("Batch %1: %2 disposed of, %3 skipped.")
                                   .arg(r.batchId)
                                   .arg(r.disposed.size())
                                   .arg(r.skipped.size());
                if (!r.certificatePath.isEmpty())
                    text += QLatin1Char(' ')
                            + tr("Certificate: <a href=\"%1\">%2</a>")
                                  .arg(QUrl::fromLocalFile(r.certificatePath).toString(),
                                       QDir::toNativeSeparators(r.certificatePath).toHtmlEscaped());
                if (!r.certificateError.isEmpty())
                    text += QLatin1Char(' ')
                            + tr("The certificate could not be written: %1").arg(r.certificateError.toHtmlEscaped());
                m_result->setText(text);
                m_result->show();
            }
            load(Read::Again); // the approval is in the trail; this is its outcome, not a review
            emit approved(ok);
        });
}
