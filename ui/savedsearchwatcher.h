#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace proofdesk::itemmodels {
class SavedSearchesModel;
}

// Counts the watched saved searches' new letters (services::SearchWatch) on a worker, at start
// and after each change of the cache (a sync, an import), and shows the counts in the model.
// One count at a time: a change meanwhile counts again when it ends.
class SavedSearchWatcher : public QObject
{
    Q_OBJECT

public:
    SavedSearchWatcher(QString databasePath, QString dataDir, proofdesk::itemmodels::SavedSearchesModel *model,
                       QObject *parent = nullptr);
    ~SavedSearchWatcher() override;

    void recount();
    // The new letters of `query` as last counted (newest first).
    QStringList newIds(const QString &query) const { return m_news.value(query); }
    // Takes what `query` finds now as seen, then counts again.
    void markSeen(const QString &query);
    // The watch of `query` was turned on (what it finds now is the start) or off (forgotten).
    void watchChanged(const QString &query, bool watched);
    bool isCounting() const { return m_running.isRunning(); }

signals:
    void counted();
    void problem(const QString &message);

private:
    struct Counts
    {
        QHash<QString, QStringList> news;
        QStringList problems;
    };
    Counts countAll(const QStringList &queries, const QStringList &toMark) const;
    void start();
    void takeCounts();

    QString m_databasePath;
    QString m_dataDir;
    proofdesk::itemmodels::SavedSearchesModel *m_model;
    QFutureWatcher<Counts> m_running;
    QHash<QString, QStringList> m_news;
    QStringList m_toMark; // queries whose current matches become seen at the next count
    bool m_again = false;
};
