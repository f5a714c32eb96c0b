#pragma once

#include "records/reissue.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

// "Request reissue…" for one communication: resend the archived copy or regenerate it, to
// the original destination or a changed channel/address, and why (required). It says
// beforehand whether a second, compliance-role person must approve, and warns when the
// original destination bounced or returned the letter.
class ReissueDialog : public QDialog
{
    Q_OBJECT

public:
    // deliveryStatus: the communication's resulting delivery status ("bounced", "returned"…),
    // so that a resend to a destination known not to work is warned about.
    ReissueDialog(const QString &communicationId, const QString &channel, const QString &destination,
                  const QString &deliveryStatus = {}, QWidget *parent = nullptr);

    proofdesk::records::ReissueSpec spec() const;
    // The warning about the original destination, empty when it is not known to fail.
    QString destinationWarning() const;
    // Whether a delivery status means the destination did not take the letter.
    static bool destinationFailed(const QString &deliveryStatus);

private:
    void setUpWarning(const QString &destination, const QString &deliveryStatus);
    void layOut();
    void connectControls();
    void update();

    QString m_id;
    QString m_channel;
    QRadioButton *m_resend;
    QRadioButton *m_regenerate;
    QRadioButton *m_original;
    QRadioButton *m_changed;
    QComboBox *m_newChannel;
    QLineEdit *m_address;
    QPlainTextEdit *m_reason;
    QLabel *m_approval;
    QLabel *m_warning;
    QDialogButtonBox *m_buttons;
};
