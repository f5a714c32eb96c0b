#pragma once

#include <QImage>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>

// Shows an email's HTML as it was sent without letting it reach out or in: nothing outside
// the rendition's own bytes is ever read. Images are shown only when they are inline data:
// URLs of a raster format within size bounds (each, and all of one letter's together); every other image (remote,
// tracking pixel, file: URL, plain or relative path, CSS url()) is a placeholder, and every other resource (linked
// stylesheets) is empty. Links are not followed. QTextBrowser runs no scripts.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    // Never returns an invalid QVariant: on one, QTextDocument would read the URL as a local
    // file itself, and QTextImageHandler would hand the name to QImage::load.
    QVariant loadResource(int type, const QUrl &name) override;
    // How many distinct resources the shown document asked for and did not get.
    int refusedCount() const { return int(m_refused.size()); }
    void setSafeHtml(const QString &html);

    // What stands in for an image that is not inside the rendition.
    static QImage placeholderImage();

signals:
    // A resource was refused; `count` distinct ones so far for this document.
    void remoteContentBlocked(int count);

private:
    void refuse(const QUrl &name);

    QSet<QUrl> m_refused;
    qint64 m_decodedPixels = 0; // of the shown letter's inline images
};
