#pragma once

#include <QLabel>

namespace proofdesk::itemmodels {
class RecordsContext;
}

// Under the search bar, when a search for one id finds nothing because that communication
// was disposed of: "… was disposed of on …, by …, under …; certificate …". Whoever asks
// about a destroyed letter learns that it existed and what became of it, instead of
// "0 communications". Hidden otherwise.
class TombstoneNotice : public QLabel
{
    Q_OBJECT

public:
    TombstoneNotice(proofdesk::itemmodels::RecordsContext *context, QWidget *parent = nullptr);

    // After each search: looks the id up (worker thread) when `query` names one id alone and
    // found nothing; hides at once otherwise.
    void showFor(const QString &query, qint64 total);

signals:
    // The lookup is done (shown or not): for tests.
    void looked(bool shown);

private:
    proofdesk::itemmodels::RecordsContext *m_context;
    QString m_pendingQuery; // the newest search, so an older lookup's answer is dropped
};
