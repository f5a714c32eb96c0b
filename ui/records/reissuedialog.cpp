#include "reissuedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ReissueDialog::ReissueDialog(const QString &communicationId, const QString &channel, const QString &destination,
                             const QString &deliveryStatus, QWidget *parent)
    : QDialog(parent)
    , m_id(communicationId)
    , m_channel(channel)
    , m_resend(new QRadioButton(tr("&Resend the archived copy"), this))
    , m_regenerate(new QRadioButton(tr("Re&generate from the archived data with the approved template"), this))
    , m_original(new QRadioButton(tr("&Original destination: %1 %2").arg(channel, destination), this))
    , m_changed(new QRadioButton(tr("&Changed channel or address:"), this))
    , m_newChannel(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_approval(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Request Reissue of %1").arg(communicationId));
    setObjectName(QStringLiteral("reissueDialog"));
    m_resend->setChecked(true);
    m_original->setChecked(true);
    m_newChannel->addItems({QStringLiteral("email"), QStringLiteral("print"), QStringLiteral("sms"),
                            QStringLiteral("portal")});
    m_newChannel->setCurrentText(channel);
    m_newChannel->setAccessibleName(tr("New channel"));
    m_address->setAccessibleName(tr("New address"));
    m_address->setPlaceholderText(tr("E-mail, postal address or phone number"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why it is sent again (required; recorded in the audit trail)"));
    m_reason->setTabChangesFocus(true);
    m_approval->setWordWrap(true);
    setUpWarning(destination, deliveryStatus);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Request"));
    layOut();
    connectControls();
    update();
    resize(520, sizeHint().height());
}

// Above everything, when the original destination failed: a resend there will likely fail too.
void ReissueDialog::setUpWarning(const QString &destination, const QString &deliveryStatus)
{
    m_warning->setObjectName(QStringLiteral("destinationWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText); // the destination comes from a repository
    m_warning->setStyleSheet(QStringLiteral("QLabel { background-color: #b26a00; color: white; padding: 6px; "
                                            "border-radius: 4px; }"));
    m_warning->setAccessibleName(tr("Warning about the original destination"));
    if (destinationFailed(deliveryStatus)) {
        m_warning->setText(deliveryStatus == QLatin1String("returned")
                               ? tr("The letter sent to %1 was returned. A resend to the same address will "
                                    "likely come back again: choose a changed channel or address unless the "
                                    "address was corrected.").arg(destination)
                               : tr("Delivery to %1 %2. A resend to the same destination will likely fail "
                                    "again: choose a changed channel or address unless it was corrected.")
                                     .arg(destination, deliveryStatus == QLatin1String("bounced") ? tr("bounced")
                                                                                                   : tr("failed")));
    } else {
        m_warning->hide();
    }
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
    layout->addWidget(m_approval);
    layout->addWidget(m_buttons);
}

// Every choice and field updates the approval note and the Request button (update()).
void ReissueDialog::connectControls()
{
    for (QRadioButton *b : {m_resend, m_regenerate, m_original, m_changed})
        connect(b, &QRadioButton::toggled, this, &ReissueDialog::update);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReissueDialog::update);
    connect(m_address, &QLineEdit::textChanged, this, &ReissueDialog::update);
    connect(m_newChannel, &QComboBox::currentTextChanged, this, &ReissueDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool ReissueDialog::destinationFailed(const QString &deliveryStatus)
{
    return deliveryStatus == QLatin1String("bounced") || deliveryStatus == QLatin1String("returned")
        || deliveryStatus == QLatin1String("failed");
}

QString ReissueDialog::destinationWarning() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

proofdesk::records::ReissueSpec ReissueDialog::spec() const
{
    proofdesk::records::ReissueSpec spec;
    spec.communicationId = m_id;
    spec.mode = m_regenerate->isChecked() ? QStringLiteral("regenerate") : QStringLiteral("resend");
    spec.reason = m_reason->toPlainText().trimmed();
    if (m_changed->isChecked()) {
        spec.channel = m_newChannel->currentText();
        spec.destination = m_address->text().trimmed();
    }
    return spec;
}

void ReissueDialog::update()
{
    const bool changed = m_changed->isChecked();
    m_newChannel->setEnabled(changed);
    m_address->setEnabled(changed);
    const bool needsApproval = m_regenerate->isChecked() || changed;
    m_approval->setText(needsApproval
                            ? tr("A compliance officer other than you must approve this request before it is sent.")
                            : tr("A resend to the original destination needs no approval: it is sent at once."));
    const bool complete = !m_reason->toPlainText().trimmed().isEmpty()
        && (!changed || !m_address->text().trimmed().isEmpty() || m_newChannel->currentText() != m_channel);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}
