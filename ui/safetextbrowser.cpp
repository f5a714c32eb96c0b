#include "safetextbrowser.h"

#include <QByteArray>
#include <QImage>
#include <QUrl>

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
}

void SafeTextBrowser::setSafeHtml(const QString &html)
{
    // Resources are asked for while the document is laid out and painted, so the refusals
    // are counted (and announced) as they come.
    m_refused.clear();
    setHtml(html);
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == QLatin1String("data") && type == QTextDocument::ImageResource) {
        // data:image/png;base64,…: decoded here, never handed to a loader.
        const QString path = name.path();
        const int comma = path.indexOf(QLatin1Char(','));
        if (comma > 0 && path.left(comma).endsWith(QLatin1String(";base64")))
            return QImage::fromData(QByteArray::fromBase64(path.mid(comma + 1).toLatin1()));
    }
    if (!m_refused.contains(name)) {
        m_refused.insert(name);
        emit remoteContentBlocked(int(m_refused.size()));
    }
    return QVariant();
}
