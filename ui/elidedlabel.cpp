#include "elidedlabel.h"

#include "plaintooltips.h"

#include <QFontMetricsF>
#include <QTextDocument>
#include <QtMath>

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText); // paths and queries are never markup
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setText(const QString &text)
{
    m_text = text;
    // The tooltip is kept as plain text and shown so by PlainToolTips (a path with a tag in it
    // stays text); a screen reader gets the whole text as the label's name, not the cut one.
    setProperty(PlainToolTips::kPlainToolTip, true);
    setToolTip(text);
    setAccessibleName(text);
    updateShownText();
    updateGeometry();
}

void ElidedLabel::setElideMode(Qt::TextElideMode mode)
{
    m_mode = mode;
    updateShownText();
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize full = QLabel::minimumSizeHint();
    return QSize(qMin(full.width(), fontMetrics().horizontalAdvance(QLatin1Char('x')) * 8), full.height());
}

QSize ElidedLabel::sizeHint() const
{
    // Measured as elidedText measures (fractional advances, rounded up), or the whole text
    // would be cut by a pixel at exactly the width asked for.
    const QMargins m = contentsMargins();
    const int text = qCeil(QFontMetricsF(font()).horizontalAdvance(m_text)) + 1;
    return QSize(text + m.left() + m.right() + 2 * margin(), QLabel::sizeHint().height());
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateShownText();
}

void ElidedLabel::updateShownText()
{
    const int room = contentsRect().width() - 2 * margin();
    QLabel::setText(QFontMetricsF(font()).elidedText(m_text, m_mode, qMax(0, room)));
}
