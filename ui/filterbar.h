#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;

// Filter controls beside the search box. They never search themselves: each change becomes
// a `field:value` edit of the search text (fieldEdited), and when the text changes they
// show what it says (syncFromQuery), so the box stays the one source of truth.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Values offered for a field (from the cache), in addition to "any".
    void setValues(const QString &field, const QStringList &values);
    void syncFromQuery(const QString &query);

    QComboBox *combo(const QString &field) const { return m_combos.value(field); }
    QCheckBox *heldBox() const { return m_held; }
    QComboBox *dateCombo() const { return m_date; }
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }

signals:
    // Set `field` to `value` in the query; an empty value removes the field.
    void fieldEdited(const QString &field, const QString &value);

private:
    QComboBox *addCombo(const QString &field, const QString &label, const QString &description);
    void buildDateControls();
    void onDatePreset(int index);
    void emitCustomRange();
    QString presetRange(int index) const;
    void showIssuedRange(const QString &issued);

    QHash<QString, QComboBox *> m_combos;
    QCheckBox *m_held = nullptr;
    QComboBox *m_date = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    bool m_syncing = false;
};
