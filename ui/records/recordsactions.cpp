#include "recordsactions.h"

#include "itemmodels/records/recordscontext.h"
#include "messagebox.h"
#include "records/holdservice.h"
#include "records/outboxdispatcher.h"
#include "records/reissueservice.h"
#include "records/reissuestore.h"
#include "recordsui.h"
#include "reissuedialog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <atomic>
#include <memory>

using namespace proofdesk;
using itemmodels::RecordsOutcome;

namespace {

struct ReissueOutcome : RecordsOutcome
{
    records::ReissueRequest request;
};

struct HoldOutcome : RecordsOutcome
{
    records::HoldInfo hold;
};

} // namespace

RecordsActions::RecordsActions(itemmodels::RecordsContext *context, QWidget *parent)
    : QObject(parent)
    , m_context(context)
    , m_parent(parent)
{}

void RecordsActions::requestReissue(const QString &communicationId, const QString &deliveryStatus)
{
    if (communicationId.isEmpty())
        return;
    ReissueDialog dialog(
        communicationId, deliveryStatus,
        [this](const records::ReissueSpec &spec, QObject *receiver,
               std::function<void(const ReissueDialog::Plan &)> answer) {
            planReissue(spec, receiver, std::move(answer));
        },
        m_parent);
    if (dialog.exec() == QDialog::Accepted)
        submitReissue(dialog.spec());
}

void RecordsActions::planReissue(const records::ReissueSpec &spec, QObject *receiver,
                                 std::function<void(const ReissueDialog::Plan &)> answer)
{
    // Asks what a request would be as a read: no writer, no login, no entry (a refusal is the
    // dialog's to show, not the trail's), whatever the person types.
    m_context->read<ReissueOutcome>(
        records::Action::RequestReissue, receiver,
        [spec](services::ActionContext &a) {
            ReissueOutcome out;
            out.request = a.records.reissues().planReissue(spec);
            return out;
        },
        [answer](ReissueOutcome out) {
            ReissueDialog::Plan plan;
            if (out.ok())
                plan.request = out.request;
            else
                plan.error = out.error;
            answer(plan);
        });
}

void RecordsActions::submitReissue(const records::ReissueSpec &spec)
{
    // The request is read back after the outbox was sent, so the status shown is the one sent.
    m_context->run<ReissueOutcome>(
        records::Action::RequestReissue, this,
        [spec](services::ActionContext &a) {
            ReissueOutcome out;
            out.request = a.records.reissues().requestReissue(spec);
            return out;
        },
        [this](ReissueOutcome out) {
            const bool ok = recordsui::report(m_parent, tr("Request Reissue"), out);
            if (ok) {
                MessageBox::information(m_parent, tr("Request Reissue"),
                                        out.request.needsApproval
                                            ? tr("Reissue %1 is waiting for a compliance officer other than you to "
                                                 "approve it (Records > Reissue Queue).")
                                                  .arg(out.request.id)
                                            : tr("Reissue %1: %2.").arg(out.request.id, out.request.status));
                emit recordsChanged();
            }
            emit reissueDone(ok, out.request);
        },
        [](services::ActionContext &a, ReissueOutcome &out) {
            out.request = a.records.reissues().findReissue(out.request.id).value_or(out.request);
        });
}

void RecordsActions::applyHold(const HoldTargets &targets)
{
    HoldDialog dialog(targets, m_context->databasePath(), m_parent);
    if (dialog.exec() == QDialog::Accepted)
        createHold(dialog.spec());
}

void RecordsActions::createHold(const records::HoldSpec &spec)
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<QProgressDialog> progress =
        new QProgressDialog(tr("Applying the legal hold “%1”…").arg(spec.name), tr("Cancel"), 0, 0, m_parent);
    progress->setWindowTitle(tr("Apply Legal Hold"));
    progress->setMinimumDuration(400);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAccessibleName(tr("Hold progress"));
    connect(progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });

    m_context->run<HoldOutcome>(
        records::Action::ApplyHold, this,
        [spec, cancel, progress](services::ActionContext &a) {
            HoldOutcome out;
            out.hold = a.records.holds().createHold(spec, [cancel, progress](qint64 done, qint64 total) {
                if (*cancel) // thrown out of the transaction: nothing of the hold stays
                    throw records::RecordsError(records::RecordsError::Kind::Invalid,
                                                QObject::tr("The legal hold was cancelled; nothing was held."));
                // The application is the context, not the dialog the window may delete meanwhile.
                QMetaObject::invokeMethod(qApp, [progress, done, total] {
                    if (progress) {
                        progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
                        progress->setValue(int(qMin<qint64>(done, INT_MAX)));
                    }
                });
            });
            return out;
        },
        [this, progress, cancel](HoldOutcome out) {
            // Deleted now, not later: a deferred delete waits for the result box's loop to end,
            // and QProgressDialog's own show timer (4 s) brought it back over that box (#41).
            delete progress.data();
            const bool ok = *cancel ? false : recordsui::report(m_parent, tr("Apply Legal Hold"), out);
            if (ok) {
                MessageBox::information(
                    m_parent, tr("Apply Legal Hold"),
                    tr("The legal hold “%1” now covers %Ln communication(s).", nullptr, int(out.hold.items))
                        .arg(out.hold.name));
                emit recordsChanged();
            }
            emit holdDone(ok, out.hold);
        });
}
