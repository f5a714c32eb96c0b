#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace proofdesk::itemmodels {
class DispositionModel;
class RecordsContext;
} // namespace proofdesk::itemmodels

// The disposition review: communications past retention and under no hold, with why; a
// records manager approves the selected ones (holds re-checked by the library in the same
// transaction) and sees where the certificate of disposition was written.
class DispositionView : public QWidget
{
    Q_OBJECT

public:
    explicit DispositionView(proofdesk::itemmodels::RecordsContext *context, QWidget *parent = nullptr);

    proofdesk::itemmodels::DispositionModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString certificatePath() const { return m_certificate; }
    // Reads the list. It is recorded as the person's review once per opening of the view, when
    // it has stayed on screen AccessRecorder::kReadMs (a view passed over is not a review; a
    // look at it, however often it is read while on screen, is one); Refresh records each time.
    void refresh();
    void setReviewAfterMs(int ms) { m_reviewAfter.setInterval(ms); }
    // The selected rows (all shown when none is selected); asks for confirmation when reason is empty.
    void approveSelected(const QString &reason = {});

signals:
    void refreshed();
    void approved(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    enum class Read { Review, Again };
    void load(Read read);
    void onRoleChanged();
    void updateButtons();

    proofdesk::itemmodels::RecordsContext *m_context;
    proofdesk::itemmodels::DispositionModel *m_model;
    QTableView *m_table;
    QPushButton *m_approve;
    QLabel *m_summary;
    QLabel *m_result;
    QString m_certificate;
    bool m_reviewedThisOpening = false; // a disposition.review was recorded since the view was shown
    bool m_stale = false;               // the role changed while hidden: read when next shown
    QTimer m_reviewAfter;               // on screen this long: the person reviewed the list
};
