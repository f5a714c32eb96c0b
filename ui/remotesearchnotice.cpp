#include "remotesearchnotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

RemoteSearchNotice::RemoteSearchNotice(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("remoteSearchNotice"));
    setAccessibleName(tr("Search of the repositories"));
    m_text->setObjectName(QStringLiteral("remoteSearchNoticeText"));
    m_text->setTextFormat(Qt::PlainText); // repository names and their errors are never markup
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wraps, never widens the window
    m_close->setObjectName(QStringLiteral("closeRemoteSearchNotice"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this notice"));
    m_close->setAccessibleName(tr("Close the notice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, [this] { setLines({}, Tone::Information); });
    hide();
}

void RemoteSearchNotice::setLines(const QStringList &lines, Tone tone)
{
    m_lines = lines;
    m_text->setText(lines.join(QLatin1Char('\n')));
    m_text->setToolTip(m_text->text());
    setAccessibleDescription(m_text->text());
    // Fixed colours with dark text on a light ground (amber for what was left out or failed,
    // blue for information): the same on light and dark palettes.
    const QString ground = tone == Tone::Warning ? QStringLiteral("#fff3cd") : QStringLiteral("#e3f2fd");
    const QString edge = tone == Tone::Warning ? QStringLiteral("#c77c02") : QStringLiteral("#5b9bd5");
    setStyleSheet(QStringLiteral("QFrame#remoteSearchNotice { background-color: %1; border: 1px solid %2; "
                                 "border-radius: 4px; } QFrame#remoteSearchNotice QLabel, "
                                 "QFrame#remoteSearchNotice QToolButton { color: #212121; background: transparent; }")
                      .arg(ground, edge));
    setVisible(!lines.isEmpty());
}

QString RemoteSearchNotice::text() const { return m_text->text(); }
