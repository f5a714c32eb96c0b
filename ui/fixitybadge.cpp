#include "fixitybadge.h"

#include <QTextDocumentFragment>

using proofdesk::itemmodels::DocumentState;

namespace {

// A SHA-256 is 64 characters that cannot wrap: in the badge its start and end with an
// ellipsis between (#41: it was cut at the pane's edge with none), whole in the tooltip.
QString shortHash(const QString &sha256)
{
    return sha256.size() <= 24 ? sha256 : sha256.left(12) + QChar(0x2026) + sha256.right(8);
}

} // namespace

FixityBadge::FixityBadge(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(tr("Fixity"));
    setMargin(6);
    clearState();
}

void FixityBadge::paint(const QColor &background, const QString &text, const QString &tooltip)
{
    // Semantic colours with white text: the same on light and dark palettes.
    setStyleSheet(
        QStringLiteral("QLabel { background-color: %1; color: white; border-radius: 4px; }").arg(background.name()));
    setText(text);
    setToolTip(tooltip);
    // Read by a screen reader as what it shows, the whole hashes in its description.
    setAccessibleName(QTextDocumentFragment::fromHtml(text).toPlainText());
    setAccessibleDescription(tooltip);
}

void FixityBadge::setState(DocumentState state, const QString &expectedSha256, const QString &actualSha256)
{
    switch (state) {
    case DocumentState::Verified:
        m_state = QStringLiteral("verified");
        paint(QColor(0x2e, 0x7d, 0x32),
              tr("<b>&#10004; Verified</b>: the exact version sent. SHA-256 <code>%1</code>")
                  .arg(shortHash(expectedSha256)),
              tr("The document's bytes were hashed again just now and match the recorded SHA-256 %1.")
                  .arg(expectedSha256));
        break;
    case DocumentState::Failed:
        m_state = QStringLiteral("failed");
        paint(
            QColor(0xc6, 0x28, 0x28),
            tr("<b>&#10006; FIXITY FAILED</b>: the bytes do not match the recorded SHA-256. "
               "This is NOT the version sent.<br>expected <code>%1</code><br>found <code>%2</code>")
                .arg(shortHash(expectedSha256), actualSha256.isEmpty() ? tr("(unreadable)") : shortHash(actualSha256)),
            tr("Fixity failed: expected SHA-256 %1, found %2. The document is not shown as the version sent.")
                .arg(expectedSha256, actualSha256.isEmpty() ? tr("(unreadable)") : actualSha256));
        break;
    case DocumentState::Missing:
        m_state = QStringLiteral("missing");
        paint(QColor(0x61, 0x61, 0x61),
              tr("<b>? Not available</b>: the document has not been fetched or is missing from the repository. "
                 "Recorded SHA-256 <code>%1</code>")
                  .arg(shortHash(expectedSha256)),
              tr("The document is not in the local store: not fetched yet, or missing from the repository."));
        break;
    }
}

void FixityBadge::clearState()
{
    m_state.clear();
    setStyleSheet(QString());
    setText(QString());
    setToolTip(QString());
}
