#include "safetextbrowser.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QTextDocument>

namespace {

// Bounds on what an inline image may cost: checked before decoding.
constexpr qsizetype maxInlineImageBytes = 4 * 1024 * 1024;
constexpr int maxInlineImageSide = 4096;
// And on what all of one letter's inline images may cost decoded: a 4096 x 4096 PNG of one
// colour is a few kilobytes, so the letter's size alone does not bound their memory.
constexpr qint64 maxInlinePixelsPerLetter = qint64(32) << 20; // 128 MB as 32-bit pixels

// The image a data: URL carries, decoded from the URL alone: PNG, JPEG, GIF or BMP within the
// bounds above. Null for anything else, SVG included (its <image href> may name a local file).
QImage decodeInlineImage(const QUrl &url, qint64 pixelsLeft)
{
    if (url.scheme().compare(QLatin1String("data"), Qt::CaseInsensitive) != 0)
        return {};
    const QByteArray encoded = url.path(QUrl::FullyEncoded).toLatin1();
    if (encoded.size() > maxInlineImageBytes * 2) // base64 and percent-encoding at most double it
        return {};
    const qsizetype comma = encoded.indexOf(',');
    if (comma < 0 || !encoded.left(comma).toLower().startsWith("image/"))
        return {};
    QByteArray payload = QByteArray::fromPercentEncoding(encoded.mid(comma + 1));
    if (encoded.left(comma).toLower().endsWith(";base64"))
        payload = QByteArray::fromBase64(payload);
    if (payload.size() > maxInlineImageBytes)
        return {};

    QBuffer buffer(&payload);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // The format is what the bytes are, whatever the header says.
    static const QList<QByteArray> rasterFormats{"png", "jpeg", "jpg", "gif", "bmp"};
    if (!rasterFormats.contains(reader.format()))
        return {};
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > maxInlineImageSide || size.height() > maxInlineImageSide
        || qint64(size.width()) * size.height() > pixelsLeft)
        return {};
    return reader.read();
}

} // namespace

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // No folder to look resources up in: QTextBrowser's own loader is never used either.
    setSearchPaths({});
    setReadOnly(true);
}

void SafeTextBrowser::setSafeHtml(const QString &html)
{
    // Resources are asked for while the document is laid out and painted, so the refusals
    // are counted (and announced) as they come.
    m_refused.clear();
    m_decodedPixels = 0;
    setHtml(html);
}

QImage SafeTextBrowser::placeholderImage()
{
    // A grey frame with a cross: visibly "an image was here", at the size the HTML asks for.
    static const QImage placeholder = [] {
        QImage image(24, 24, QImage::Format_ARGB32_Premultiplied);
        image.fill(QColor(0xee, 0xee, 0xee));
        QPainter painter(&image);
        painter.setPen(QColor(0x9e, 0x9e, 0x9e));
        painter.drawRect(0, 0, 23, 23);
        painter.drawLine(6, 6, 17, 17);
        painter.drawLine(17, 6, 6, 17);
        return image;
    }();
    return placeholder;
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    // Neither this browser's loader (search paths, QFile) nor the document's fallback is
    // ever reached: every answer below is a valid value, even for what is refused.
    if (type == QTextDocument::ImageResource) {
        const QImage inlined = decodeInlineImage(name, maxInlinePixelsPerLetter - m_decodedPixels);
        if (!inlined.isNull()) {
            m_decodedPixels += qint64(inlined.width()) * inlined.height();
            return inlined;
        }
        refuse(name);
        return placeholderImage();
    }
    refuse(name);
    return QString(QLatin1String("")); // an empty stylesheet or page, not a missing one
}

void SafeTextBrowser::refuse(const QUrl &name)
{
    if (!m_refused.contains(name)) {
        m_refused.insert(name);
        emit remoteContentBlocked(int(m_refused.size()));
    }
}
