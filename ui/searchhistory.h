#pragma once

#include <QString>
#include <QStringList>

// Back and forward through the searches of this session, like a browser. Typing refines the
// current entry instead of adding one per keystroke: a query that extends or shortens the
// current one replaces it.
class SearchHistory
{
public:
    void record(const QString &query);
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_entries.size(); }
    QString back();
    QString forward();
    QString current() const { return m_index >= 0 ? m_entries.at(m_index) : QString(); }
    int size() const { return int(m_entries.size()); }

private:
    QStringList m_entries;
    int m_index = -1;
};
