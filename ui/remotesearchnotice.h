#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QToolButton;

// Above the results, after a search of the repositories: what the person must know of its
// answer without a dialog — each repository that could not be searched and why, each part
// of the query not asked of a repository ("Not asked of <repository>: <part> — <reason>"),
// a cancelled search, what Keep Offline did. One strip, replaced by the next answer; the
// person may close it. Hidden while there is nothing to say.
class RemoteSearchNotice : public QFrame
{
    Q_OBJECT

public:
    enum class Tone { Information, Warning };

    explicit RemoteSearchNotice(QWidget *parent = nullptr);

    // One line each; empty hides the strip.
    void setLines(const QStringList &lines, Tone tone);
    QStringList lines() const { return m_lines; }
    QString text() const;

private:
    QLabel *m_text;
    QToolButton *m_close;
    QStringList m_lines;
};
