#pragma once

#include <QSet>
#include <QTextBrowser>
#include <QUrl>

// Shows an email's HTML as it was sent without letting it reach out: every resource that
// is not an inline data: URL (remote images, tracking pixels, file: paths) is refused, and
// links are not followed inside the view. QTextBrowser runs no scripts.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    // How many distinct resources the shown document asked for and did not get.
    int refusedCount() const { return int(m_refused.size()); }
    void setSafeHtml(const QString &html);

signals:
    // A resource was refused; `count` distinct ones so far for this document.
    void remoteContentBlocked(int count);

private:
    QSet<QUrl> m_refused;
};
