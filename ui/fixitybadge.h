#pragma once

#include "itemmodels/communicationdetail.h"

#include <QLabel>

// The fixity of the shown document, impossible to misread: green "verified" with the
// SHA-256, loud red "failed" that says it is not the version sent, grey "missing".
class FixityBadge : public QLabel
{
    Q_OBJECT

public:
    explicit FixityBadge(QWidget *parent = nullptr);

    void setState(proofdesk::itemmodels::DocumentState state, const QString &expectedSha256,
                  const QString &actualSha256);
    void clearState();
    // "verified", "failed", "missing" or empty: for tests and accessibility.
    QString stateName() const { return m_state; }

private:
    void paint(const QColor &background, const QString &text, const QString &tooltip);
    QString m_state;
};
