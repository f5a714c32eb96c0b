#include "holdqueryfield.h"

#include "clearbutton.h"
#include "search/searchservice.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

using proofdesk::search::SearchResult;
using proofdesk::search::SearchService;

HoldQueryField::HoldQueryField(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_search(new SearchService(databasePath, this))
{
    m_edit->setAccessibleName(tr("Search to hold"));
    m_edit->setPlaceholderText(tr("A search, e.g. claim:CLM-88812 or customer:CUST-1 issued:2026"));
    enableNamedClearButton(m_edit);
    setFocusProxy(m_edit); // the form's "&Search:" gives the box the focus (#41: Alt+S did nothing)
    m_status->setAccessibleDescription(tr("What the search would hold"));
    m_status->setWordWrap(true);            // a parse error is a sentence; the dialog keeps its width
    m_status->setTextFormat(Qt::PlainText); // the query's own text appears in an error
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);

    connect(m_debounce, &QTimer::timeout, this, &HoldQueryField::countNow);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        if (query() == m_submitted && !m_debounce->isActive())
            return; // only spaces around it changed: that count stands, or is on its way
        // What was counted is no longer what the box says: Apply waits for the new count.
        showStatus(tr("Counting…"));
        m_debounce->start();
    });
    connect(m_search, &SearchService::finished, this, &HoldQueryField::onCounted);
    connect(m_search, &SearchService::failed, this, &HoldQueryField::onFailed);
    countNow();
}

void HoldQueryField::setQuery(const QString &query)
{
    m_edit->setText(query);
    countNow();
}

QString HoldQueryField::query() const { return m_edit->text().trimmed(); }

bool HoldQueryField::isReady() const
{
    return !m_debounce->isActive() && m_counted == query() && m_submitted == m_counted && m_count > 0;
}

qint64 HoldQueryField::count() const { return m_counted == query() ? m_count : -1; }

void HoldQueryField::countNow()
{
    m_debounce->stop();
    m_submitted = query();
    m_count = -1;
    if (m_submitted.isEmpty()) {
        // Every communication is not a hold scope (the records library refuses it).
        m_search->cancel();
        m_counted = m_submitted;
        showStatus(tr("Type the search whose communications the hold covers."));
        return;
    }
    showStatus(tr("Counting…"));
    m_generation = m_search->submit(m_submitted, 0); // the exact total, no rows
}

void HoldQueryField::onCounted(int generation, const SearchResult &result)
{
    if (generation != m_generation)
        return;
    m_counted = m_submitted;
    if (result.error) {
        m_count = -1;
        showStatus(tr("Not a search: %1 (at character %2)").arg(result.error->message).arg(result.error->position + 1));
        return;
    }
    m_count = result.total;
    showStatus(m_count == 0 ? tr("This search finds no communications: there is nothing to hold.")
                            : tr("Would hold %1 communication(s)", nullptr, int(qMin<qint64>(m_count, INT_MAX)))
                                  .arg(QLocale().toString(m_count)));
}

void HoldQueryField::onFailed(int generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_counted = m_submitted;
    m_count = -1;
    showStatus(tr("The cache could not be searched: %1").arg(message));
}

void HoldQueryField::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    emit stateChanged();
}
