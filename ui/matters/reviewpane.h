#pragma once

#include "records/matter.h"

#include <QWidget>
#include <optional>

class DetailPane;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace proofdesk::itemmodels {
class AccessRecorder;
class RecordsContext;
class ReviewFilterModel;
class ReviewModel;
struct ReviewRow;
} // namespace proofdesk::itemmodels

// A matter's review set as a list with the letter beside it, for reviewing with the keyboard:
// 1 to 9 set or clear the matter's tags on the current letter, N goes to the next letter nobody
// reviewed, E edits its note (Return saves it); the list filters by tag, by reviewer and to the
// unreviewed ones, and says how far the review has got ("812 of 4,310 reviewed"). Each review
// is one records action, compare-and-set on the revision the list shows: one made meanwhile by
// someone else is refused and the letter read again.
class ReviewPane : public QWidget
{
    Q_OBJECT

public:
    ReviewPane(proofdesk::itemmodels::RecordsContext *context, const QString &databasePath, const QString &dataDir,
               QWidget *parent = nullptr);

    void showMatter(const proofdesk::records::MatterInfo &matter, const QList<proofdesk::itemmodels::ReviewRow> &rows);
    void clear();
    // The review set's letters left the screen (another tab in front): no letter counts as read.
    void screenHidden();

    // On the current letter.
    void toggleTag(int index);
    void saveNote(const QString &note);
    void nextUnreviewed();
    QString currentId() const;

    proofdesk::itemmodels::ReviewModel *model() const { return m_model; }
    proofdesk::itemmodels::ReviewFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    DetailPane *detail() const { return m_detail; }
    QLineEdit *noteEdit() const { return m_note; }
    QComboBox *tagFilter() const { return m_tagFilter; }
    QComboBox *reviewerFilter() const { return m_reviewerFilter; }
    QCheckBox *unreviewedOnly() const { return m_unreviewed; }
    QLabel *progressLabel() const { return m_progress; }

signals:
    // A review landed (or was refused: ok false, the reason in the status).
    void reviewed(bool ok);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildBar();
    QWidget *buildTagBar();
    void review(const QStringList &tags, const std::optional<QString> &note);
    void currentChanged();
    void updateTagButtons();
    void fillReviewerFilter();
    const proofdesk::itemmodels::ReviewRow *currentRow() const;

    proofdesk::itemmodels::RecordsContext *m_context;
    proofdesk::itemmodels::ReviewModel *m_model;
    proofdesk::itemmodels::ReviewFilterModel *m_filter;
    proofdesk::itemmodels::AccessRecorder *m_access;
    proofdesk::records::MatterInfo m_matter;
    QTableView *m_table;
    DetailPane *m_detail;
    QLabel *m_progress;
    QComboBox *m_tagFilter;
    QComboBox *m_reviewerFilter;
    QCheckBox *m_unreviewed;
    QWidget *m_tagBar;
    QList<QPushButton *> m_tagButtons;
    QLineEdit *m_note;
    bool m_busy = false; // a review is on its way: keys wait for its answer
};
