#include "reissuedialog.h"

#include "domain/codelabels.h"
#include "domain/reissuerules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

using proofdesk::records::ReissueRequest;
using proofdesk::records::ReissueSpec;

namespace {

bool sameSpec(const ReissueSpec &a, const ReissueSpec &b)
{
    return a.communicationId == b.communicationId && a.mode == b.mode && a.channel == b.channel
           && a.destination == b.destination;
}

// The spec without its reason: the dry run does not depend on it.
ReissueSpec planned(ReissueSpec spec)
{
    spec.reason = QStringLiteral("-");
    return spec;
}

} // namespace

ReissueDialog::ReissueDialog(const QString &communicationId, const QString &deliveryStatus, Planner planner,
                             QWidget *parent)
    : QDialog(parent)
    , m_id(communicationId)
    , m_deliveryStatus(deliveryStatus)
    , m_planner(std::move(planner))
    , m_askSoon(new QTimer(this))
    , m_resend(new QRadioButton(tr("&Resend the archived copy"), this))
    , m_regenerate(new QRadioButton(tr("Re&generate from the archived data with the approved template"), this))
    , m_original(new QRadioButton(tr("&Original destination"), this))
    , m_changed(new QRadioButton(tr("&Changed channel or address:"), this))
    , m_newChannel(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_plan(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Request Reissue of %1").arg(communicationId));
    setObjectName(QStringLiteral("reissueDialog"));
    // The channel's word in the reader's language; its code goes into the request.
    for (const QString &code : proofdesk::domain::reissueChannels())
        m_newChannel->addItem(proofdesk::domain::CodeLabels::label(code), code);
    m_newChannel->setAccessibleName(tr("New channel"));
    m_address->setAccessibleName(tr("New address"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why it is sent again (required; recorded in the audit trail)"));
    m_reason->setTabChangesFocus(true);
    m_plan->setObjectName(QStringLiteral("reissuePlan"));
    m_plan->setWordWrap(true);
    m_plan->setTextFormat(Qt::PlainText); // destinations come from a repository
    m_warning->setObjectName(QStringLiteral("destinationWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { background-color: #8a5100; color: white; padding: 6px; " // 6.4:1 (was 4.24)
                       "border-radius: 4px; }"));
    m_warning->hide();
    m_askSoon->setSingleShot(true);
    m_askSoon->setInterval(150);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Re&quest"));
    layOut();
    // After layOut(): the radio buttons exclude each other within their group box.
    m_resend->setChecked(true);
    m_original->setChecked(true);
    connectControls();
    specChanged();
    askPlan(); // the original route at once
    resize(520, sizeHint().height());
}

void ReissueDialog::layOut()
{
    auto *what = new QGroupBox(tr("What"), this);
    auto *whatLayout = new QVBoxLayout(what);
    whatLayout->addWidget(m_resend);
    whatLayout->addWidget(m_regenerate);
    auto *where = new QGroupBox(tr("Where"), this);
    auto *whereLayout = new QFormLayout(where);
    whereLayout->addRow(m_original);
    whereLayout->addRow(m_changed);
    whereLayout->addRow(tr("Channel:"), m_newChannel);
    whereLayout->addRow(tr("Address:"), m_address);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addWidget(what);
    layout->addWidget(where);
    layout->addWidget(new QLabel(tr("Reason:"), this));
    layout->addWidget(m_reason);
    layout->addWidget(m_plan);
    layout->addWidget(m_buttons);
}

// A change of what or where asks the dry run again, a moment later (typing an address is one
// question); the reason only decides whether Request may be pressed.
void ReissueDialog::connectControls()
{
    for (QRadioButton *b : {m_resend, m_regenerate, m_original, m_changed})
        connect(b, &QRadioButton::toggled, this, &ReissueDialog::specChanged);
    connect(m_address, &QLineEdit::textChanged, this, &ReissueDialog::specChanged);
    connect(m_newChannel, &QComboBox::currentIndexChanged, this, &ReissueDialog::specChanged);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReissueDialog::updateButton);
    connect(m_askSoon, &QTimer::timeout, this, &ReissueDialog::askPlan);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool ReissueDialog::destinationFailed(const QString &deliveryStatus)
{
    return deliveryStatus == QLatin1String("bounced") || deliveryStatus == QLatin1String("returned")
           || deliveryStatus == QLatin1String("failed");
}

QString ReissueDialog::destinationWarning() const { return m_warning->isHidden() ? QString() : m_warning->text(); }

QString ReissueDialog::planText() const { return m_plan->text(); }

ReissueSpec ReissueDialog::spec() const
{
    ReissueSpec spec;
    spec.communicationId = m_id;
    spec.mode = m_regenerate->isChecked() ? QStringLiteral("regenerate") : QStringLiteral("resend");
    spec.reason = m_reason->toPlainText().trimmed();
    if (m_changed->isChecked()) {
        spec.channel = m_newChannel->currentData().toString();
        spec.destination = m_address->text().trimmed();
    }
    return spec;
}

void ReissueDialog::specChanged()
{
    const bool changed = m_changed->isChecked();
    const bool portal = m_newChannel->currentData().toString() == QLatin1String("web");
    m_newChannel->setEnabled(changed);
    m_address->setEnabled(changed && !portal);
    m_address->setPlaceholderText(portal ? tr("The customer's portal: no address")
                                         : tr("E-mail, postal address or phone number"));
    showWarningForRoute();
    m_planOk = false;
    m_plan->setText(tr("Checking where this request goes and who must approve it…"));
    updateButton();
    m_askSoon->start();
}

void ReissueDialog::askPlan()
{
    const ReissueSpec asked = planned(spec());
    m_planner(asked, this, [this, asked](const Plan &plan) {
        if (!sameSpec(asked, planned(spec())))
            return; // the dialog has changed since: its own question is on its way
        m_plannedSpec = asked;
        showPlan(plan);
        emit planShown();
    });
}

void ReissueDialog::showPlan(const Plan &plan)
{
    m_planOk = plan.request.has_value();
    if (!plan.request) {
        m_plan->setText(plan.error);
        updateButton();
        return;
    }
    const ReissueRequest &r = *plan.request;
    showOriginal(r);
    const QString channel = proofdesk::domain::CodeLabels::label(r.channel);
    const QString route = r.destination.isEmpty() ? tr("It goes by %1 (the customer's portal).").arg(channel)
                                                  : tr("It goes by %1 to %2.").arg(channel, r.destination);
    const QString approval =
        r.status == QLatin1String("undecided")
            ? tr("The team database cannot be reached, so whether it needs a compliance officer's approval is "
                 "decided there when it is back; the request waits in this data folder until then.")
        : r.needsApproval ? tr("A compliance officer other than you must approve it before it is sent.")
                          : tr("A resend to the original destination needs no approval: it is sent at once.");
    const QString unknown = r.originalFromDesk ? tr("The team has no facts about this letter yet, so its original "
                                                    "route is this desk's copy.")
                                                     + QLatin1Char(' ')
                                               : QString();
    m_plan->setText(unknown + route + QLatin1Char(' ') + approval);
    updateButton();
}

// The original route, as the dry run read it, once: the radio button names it, the channel
// list starts from it, and a failed delivery there is warned about.
void ReissueDialog::showOriginal(const ReissueRequest &r)
{
    if (m_originalKnown)
        return;
    m_originalKnown = true;
    const QString destination = r.originalDestination;
    const QString channel = proofdesk::domain::CodeLabels::label(r.originalChannel);
    m_original->setText(destination.isEmpty() ? tr("&Original destination: %1").arg(channel)
                                              : tr("&Original destination: %1 %2").arg(channel, destination));
    if (r.originalFromDesk)
        m_original->setToolTip(tr("As this desk's copy of the letter has it: the team has no facts about "
                                  "this letter yet."));
    m_originalChannel = r.originalChannel;
    m_originalDestination = destination;
    const QSignalBlocker quiet(m_newChannel);
    m_newChannel->setCurrentIndex(qMax(0, m_newChannel->findData(r.originalChannel)));
    if (!destinationFailed(m_deliveryStatus))
        return;
    m_warningText =
        (m_deliveryStatus == QLatin1String("returned")
             ? tr("The letter sent to %1 was returned. A resend to the same address will likely come "
                  "back again: choose a changed channel or address unless the address was corrected.")
                   .arg(destination)
             : tr("Delivery to %1 %2. A resend to the same destination will likely fail again: choose a "
                  "changed channel or address unless it was corrected.")
                   .arg(destination, m_deliveryStatus == QLatin1String("bounced") ? tr("bounced") : tr("failed")));
    showWarningForRoute();
}

// The warning about where the letter failed to arrive stands while the route is that one: a
// changed channel or address is the answer to it.
void ReissueDialog::showWarningForRoute()
{
    const bool sameRoute = !m_changed->isChecked()
                           || (m_newChannel->currentData().toString() == m_originalChannel
                               && (m_address->text().trimmed().isEmpty()
                                   || proofdesk::domain::sameDestination(m_address->text(), m_originalDestination)));
    m_warning->setText(m_warningText);
    m_warning->setVisible(!m_warningText.isEmpty() && sameRoute);
}

void ReissueDialog::updateButton()
{
    const bool current = m_planOk && m_plannedSpec && sameSpec(*m_plannedSpec, planned(spec()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(current && !m_reason->toPlainText().trimmed().isEmpty());
}
