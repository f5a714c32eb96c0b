#include "searchbar.h"

#include "clearbutton.h"
#include "searchcompleter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_total(new QLabel(this))
    , m_row(new QHBoxLayout)
    , m_error(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_completer(new SearchCompleter(this))
{
    m_edit->setPlaceholderText(tr("Search: garcia  customer:CUS-0000006  type:statement channel:email  issued:2026-10  "
                                  "\"two words\"  -status:delivered"));
    enableNamedClearButton(m_edit);
    m_edit->setAccessibleName(tr("Search communications"));
    m_edit->setAccessibleDescription(
        tr("Words, field:value filters such as customer: or type:, issued: dates or ranges, OR, - to exclude, "
           "quotes for phrases. Results update as you type."));
    m_edit->setCompleter(m_completer);
    QFont big = m_edit->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_edit->setFont(big);

    m_total->setAccessibleDescription(tr("Number of results"));
    m_total->setMinimumWidth(m_total->fontMetrics().horizontalAdvance(tr("1,000,000 communications")) + 8);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_error->setAccessibleDescription(tr("Search error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::RichText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_row->addWidget(m_edit, 1);
    m_row->addWidget(m_total);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_row);
    layout->addWidget(m_error);
    searchAsTyped();
}

// A keystroke after a pause searches at once; keys closer together than the debounce search
// once more when they stop; Return searches at once.
void SearchBar::searchAsTyped()
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        searchIfChanged();
        emit typingSettled();
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        emit textEdited(text);
        keystroke();
    });
    // The clear button changes the text without textEdited.
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            keystroke();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &SearchBar::emitSearch);
}

void SearchBar::keystroke()
{
    const bool afterPause = !m_debounce->isActive();
    m_lastKeystroke.start();
    if (afterPause)
        searchIfChanged();
    m_debounce->start(); // a key within it joins the burst, searched when the burst ends
}

// A space between two words changes nothing yet: no search (Return still searches).
void SearchBar::searchIfChanged()
{
    if (m_edit->text().trimmed() != m_lastSearched)
        emitSearch();
}

QString SearchBar::text() const { return m_edit->text(); }

void SearchBar::setDebounceMs(int ms) { m_debounce->setInterval(qMax(0, ms)); }
int SearchBar::debounceMs() const { return m_debounce->interval(); }

void SearchBar::setQuery(const QString &query)
{
    m_edit->setText(query);
    m_lastKeystroke.invalidate(); // not typed (setText may have started it for an empty text)
    emit textEdited(query);
    emitSearch();
}

void SearchBar::setCompletions(const QStringList &completions) { m_completer->setCompletions(completions); }

void SearchBar::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchBar::emitSearch()
{
    m_debounce->stop();
    m_lastSearched = m_edit->text().trimmed();
    emit searchRequested(m_lastSearched);
}

void SearchBar::showSearching()
{
    if (m_total->text().isEmpty())
        m_total->setText(tr("Searching…"));
}

void SearchBar::showCounting()
{
    clearError();
    m_total->setText(tr("Counting…"));
}

void SearchBar::showTotal(qint64 total)
{
    clearError();
    m_total->setText(
        tr("%1 communication(s)", nullptr, int(qMin<qint64>(total, INT_MAX))).arg(QLocale().toString(total)));
}

void SearchBar::showRemoteTotal(qint64 cached, int remote, bool searching)
{
    clearError();
    const QString cachedText = QLocale().toString(cached);
    m_total->setText(searching ? tr("%1 cached + searching the repositories…").arg(cachedText)
                               : tr("%1 cached + %2 in repositories").arg(cachedText, QLocale().toString(remote)));
}

QToolButton *SearchBar::addButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setFocusPolicy(Qt::TabFocus);
    m_row->insertWidget(m_row->indexOf(m_total), button);
    return button;
}

void SearchBar::showError(const proofdesk::search::QueryError &error)
{
    const QString q = m_edit->text();
    const int pos = qBound(0, error.position, int(q.size()));
    const int len = qMax(1, qMin(error.length, int(q.size()) - pos));
    const QString before = q.left(pos).toHtmlEscaped();
    const QString bad = pos < q.size() ? q.mid(pos, len).toHtmlEscaped() : QStringLiteral("&nbsp;");
    const QString after = q.mid(pos + len).toHtmlEscaped();
    m_error->setText(tr("<b>%1</b> (at character %2)").arg(error.message.toHtmlEscaped()).arg(pos + 1)
                     + QStringLiteral("<br><code>%1<span style=\"background-color:rgba(220,40,40,0.45);"
                                      "text-decoration:underline;\">%2</span>%3</code>")
                           .arg(before, bad, after));
    m_error->setAccessibleDescription(tr("%1, at character %2").arg(error.message).arg(pos + 1));
    m_error->show();
    m_total->setText(tr("Query error"));
}

void SearchBar::showFailure(const QString &message)
{
    m_error->setText(tr("<b>The cache could not be searched:</b> %1").arg(message.toHtmlEscaped()));
    m_error->show();
}

void SearchBar::clearError()
{
    m_error->hide();
    m_error->clear();
}

bool SearchBar::hasError() const { return !m_error->isHidden(); }
QString SearchBar::errorText() const { return m_error->text(); }
QString SearchBar::totalText() const { return m_total->text(); }
