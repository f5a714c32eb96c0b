#pragma once

#include <QLabel>

// A one-line label for text of any length (a file path, a query, a status): it asks for no
// more width than a few characters, cuts its text with "…" where the width runs out, and
// keeps the whole text in its tooltip. The layout around it decides its width, not the text.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // Hides QLabel::setText on purpose: through an ElidedLabel pointer the text is the full
    // text, and what is painted is its cut to the width.
    void setText(const QString &text);
    QString fullText() const { return m_text; }
    // Where the cut falls (paths keep their file name: Qt::ElideMiddle).
    void setElideMode(Qt::TextElideMode mode);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateShownText();

    QString m_text;
    Qt::TextElideMode m_mode = Qt::ElideRight;
};
