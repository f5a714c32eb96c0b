#pragma once

#include "records/hold.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

// What "Apply legal hold…" can cover, as the window knows it when asked.
struct HoldTargets
{
    QStringList selectedIds;
    QString query;        // the current search ("" = every communication)
    qint64 queryCount = -1;
    QList<QPair<QString, QString>> keys; // business keys of the shown communication: field, value
};

// "Apply Legal Hold…": the name, the matter, the reason, and what it covers (the selection,
// the current search, or everything for a customer/claim/policy/loan/case of the shown one).
class HoldDialog : public QDialog
{
    Q_OBJECT

public:
    HoldDialog(const HoldTargets &targets, QWidget *parent = nullptr);

    proofdesk::records::HoldSpec spec() const;
    QComboBox *coverage() const { return m_cover; }

private:
    void update();

    HoldTargets m_targets;
    QComboBox *m_cover;
    QLineEdit *m_name;
    QLineEdit *m_matter;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};
