#include "filterbar.h"

#include "domain/codelabels.h"
#include "querytext.h"
#include "search/issuedrange.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QScopedValueRollback>
#include <QTimeZone>

using proofdesk::domain::CodeLabels;

namespace {
constexpr int kTypedRole = Qt::UserRole + 1;

QDate utcDate(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date(); }
} // namespace

void FilterBar::setValues(const QString &field, const QStringList &values)
{
    QComboBox *combo = m_combos.value(field);
    if (!combo || values.isEmpty())
        return;
    QScopedValueRollback<bool> syncing(m_syncing, true);
    const QString current = combo->currentData().toString();
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto &value : values)
        combo->addItem(CodeLabels::label(value), value); // people read labels; the query keeps the code
    const int index = combo->findData(current, Qt::UserRole, Qt::MatchFixedString);
    combo->setCurrentIndex(qMax(0, index));
}

void FilterBar::syncFromQuery(const QString &query)
{
    QScopedValueRollback<bool> syncing(m_syncing, true);
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        QComboBox *combo = it.value();
        const QString value = querytext::fieldValue(query, it.key());
        // A value the cache does not list (typed by hand) gets one marked entry of its own.
        const int stale = combo->findData(true, kTypedRole);
        if (stale > 0)
            combo->removeItem(stale);
        int index = value.isEmpty() ? 0 : combo->findData(value, Qt::UserRole, Qt::MatchFixedString);
        if (index < 0) {
            combo->addItem(CodeLabels::label(value), value);
            index = combo->count() - 1;
            combo->setItemData(index, true, kTypedRole);
        }
        combo->setCurrentIndex(index);
    }
    m_held->setChecked(
        querytext::fieldValue(query, QStringLiteral("hold")).compare(QLatin1String("any"), Qt::CaseInsensitive) == 0);
    const QString issued = querytext::fieldValue(query, QStringLiteral("issued"));
    if (issued.isEmpty()) {
        m_date->setCurrentIndex(0);
    } else {
        int preset = -1;
        for (int i = 1; i < m_date->count() - 1 && preset < 0; ++i) {
            if (presetRange(i) == issued)
                preset = i;
        }
        if (preset < 0) {
            preset = m_date->count() - 1;
            showIssuedRange(issued);
        }
        m_date->setCurrentIndex(preset);
    }
    m_from->setVisible(m_date->currentIndex() == m_date->count() - 1);
    m_to->setVisible(m_from->isVisibleTo(this));
}

void FilterBar::showIssuedRange(const QString &issued)
{
    // The days the search really covers, as the search parses them: `issued:2024-01` is all
    // of January 2024, `2024..2025` both years. Open ends show the dates' limits; a value
    // being typed that does not parse (yet) leaves the dates as they were.
    const auto parsed = proofdesk::search::parseIssuedRange(issued);
    const auto *range = std::get_if<proofdesk::search::IssuedRange>(&parsed);
    if (!range)
        return;
    m_from->setDate(range->from ? utcDate(*range->from) : m_from->minimumDate());
    // `to` is exclusive: the last day covered is the one before it.
    m_to->setDate(range->to ? utcDate(*range->to - 1) : m_to->maximumDate());
}
