#pragma once

#include "records/hold.h"

#include <QDialog>

class HoldQueryField;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

// What "Apply legal hold…" can cover, as the window knows it when asked.
struct HoldTargets
{
    QStringList selectedIds;
    QString query;                       // the search in the window's search box, to start from ("" = none)
    QList<QPair<QString, QString>> keys; // business keys of the shown communication: field, value
};

// "Apply Legal Hold…": the name, the matter, the reason, and what it covers (the selection,
// a search typed here, starting from the window's, with the count it would hold, or
// everything for a customer/claim/policy/loan/case of the shown one).
class HoldDialog : public QDialog
{
    Q_OBJECT

public:
    // `databasePath`: the cache the search is counted in (the one the hold resolves it in).
    HoldDialog(const HoldTargets &targets, const QString &databasePath, QWidget *parent = nullptr);

    proofdesk::records::HoldSpec spec() const;
    QComboBox *coverage() const { return m_cover; }
    HoldQueryField *queryField() const { return m_query; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    // Apply: a name, a reason, and a search that finds something when a search is covered.
    bool canApply() const;

private:
    void update();
    bool coversSearch() const;

    HoldTargets m_targets;
    QComboBox *m_cover;
    HoldQueryField *m_query;
    QLineEdit *m_name;
    QLineEdit *m_matter;
    QPlainTextEdit *m_reason;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
};
