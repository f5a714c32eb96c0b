#pragma once

#include <QDialog>

class QTreeWidget;

// The letters a watched saved search finds that were not there when last seen: one click (or
// Return) shows a letter in the window; Mark as Seen makes them the watch's new start.
class NewLettersDialog : public QDialog
{
    Q_OBJECT

public:
    NewLettersDialog(const QString &databasePath, const QString &name, const QStringList &ids,
                     QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    static constexpr int kShownAtMost = 1000;

signals:
    void letterRequested(const QString &id);
    void markSeenRequested();

private:
    void fill(const QString &databasePath, const QStringList &ids);

    QTreeWidget *m_list;
};
