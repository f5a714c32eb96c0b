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
// beforehand whether a second, compliance-role person must approve.
class ReissueDialog : public QDialog
{
    Q_OBJECT

public:
    ReissueDialog(const QString &communicationId, const QString &channel, const QString &destination,
                  QWidget *parent = nullptr);

    proofdesk::records::ReissueSpec spec() const;

private:
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
    QDialogButtonBox *m_buttons;
};
