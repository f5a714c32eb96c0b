#pragma once

#include "holddialog.h"
#include "records/hold.h"
#include "records/reissue.h"
#include "reissuedialog.h"

#include <QObject>

class QWidget;

namespace proofdesk::itemmodels {
class RecordsContext;
}

// The records actions started from a communication (menu bar, results context menu):
// "Request Reissue…" and "Apply Legal Hold…". The dialogs gather what is needed; the work
// runs on a worker thread through the library, which checks the role table; a refusal is
// shown with the library's message. Tests call submitReissue/createHold directly.
class RecordsActions : public QObject
{
    Q_OBJECT

public:
    RecordsActions(proofdesk::itemmodels::RecordsContext *context, QWidget *parent);

    void requestReissue(const QString &communicationId, const QString &deliveryStatus = {});
    void applyHold(const HoldTargets &targets);

    void submitReissue(const proofdesk::records::ReissueSpec &spec);
    // The records store's dry run of a request (ReissueDialog::Planner): what the dialog shows.
    void planReissue(const proofdesk::records::ReissueSpec &spec, QObject *receiver,
                     std::function<void(const ReissueDialog::Plan &)> answer);
    // With progress (and Cancel, which rolls the whole hold back) for large sets.
    void createHold(const proofdesk::records::HoldSpec &spec);

signals:
    void reissueDone(bool ok, const proofdesk::records::ReissueRequest &request);
    void holdDone(bool ok, const proofdesk::records::HoldInfo &hold);
    void recordsChanged();

private:
    proofdesk::itemmodels::RecordsContext *m_context;
    QWidget *m_parent;
};
