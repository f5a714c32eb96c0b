#pragma once

#include "records/reissue.h"

#include <QDialog>
#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTimer;

// "Request reissue…" for one communication: resend the archived copy or regenerate it, to
// the original destination or a changed channel/address, and why (required). What it says
// about the request (where it goes, whether a second, compliance-role person must approve
// it) is the records store's own dry run of the request as it stands (planReissue: the rule
// the service and the team server decide by), never a guess of the window's. It warns when
// the original destination bounced or returned the letter.
class ReissueDialog : public QDialog
{
    Q_OBJECT

public:
    // The dry run's answer: the request the spec would make, or why it would be refused.
    struct Plan
    {
        std::optional<proofdesk::records::ReissueRequest> request;
        QString error;
    };
    // Asks the dry run for `spec` and calls `answer` (on the GUI thread, while `receiver`
    // lives) when it knows. The dialog asks again a moment after each change and takes only
    // the answer to the spec it shows.
    using Planner = std::function<void(const proofdesk::records::ReissueSpec &spec, QObject *receiver,
                                       std::function<void(const Plan &)> answer)>;

    // deliveryStatus: the communication's resulting delivery status ("bounced", "returned"…),
    // so that a resend to a destination known not to work is warned about.
    ReissueDialog(const QString &communicationId, const QString &deliveryStatus, Planner planner,
                  QWidget *parent = nullptr);

    proofdesk::records::ReissueSpec spec() const;
    // The warning about the original destination, empty when it is not known to fail.
    QString destinationWarning() const;
    // What the dialog says of the request now (where it goes and who must approve it).
    QString planText() const;
    // Whether a delivery status means the destination did not take the letter.
    static bool destinationFailed(const QString &deliveryStatus);

signals:
    // The dry run answered for the spec shown (tests wait on it).
    void planShown();

private:
    void layOut();
    void connectControls();
    void specChanged();
    void askPlan();
    void showPlan(const Plan &plan);
    void showOriginal(const proofdesk::records::ReissueRequest &request);
    void showWarningForRoute();
    void updateButton();

    QString m_id;
    QString m_deliveryStatus;
    Planner m_planner;
    bool m_originalKnown = false;
    QString m_originalChannel, m_originalDestination; // as the first plan said
    QString m_warningText; // about the original destination, where the letter failed to arrive
    std::optional<proofdesk::records::ReissueSpec> m_plannedSpec; // the spec the shown plan answers
    bool m_planOk = false;
    QTimer *m_askSoon;
    QRadioButton *m_resend;
    QRadioButton *m_regenerate;
    QRadioButton *m_original;
    QRadioButton *m_changed;
    QComboBox *m_newChannel;
    QLineEdit *m_address;
    QPlainTextEdit *m_reason;
    QLabel *m_plan;
    QLabel *m_warning;
    QDialogButtonBox *m_buttons;
};
