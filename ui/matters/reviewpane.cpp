#include "reviewpane.h"

#include "detailpane.h"
#include "itemmodels/records/accessrecorder.h"
#include "itemmodels/records/mattersmodel.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/records/reviewfiltermodel.h"
#include "itemmodels/records/reviewmodel.h"
#include "records/recordserror.h"
#include "records/recordsstore.h"
#include "records/recordsui.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace proofdesk;
using itemmodels::ReviewModel;

namespace {

struct ReviewDone : itemmodels::RecordsOutcome
{
    records::ReviewItem item;
    std::optional<records::ReviewItem> now; // refused as stale: the letter as it is now
};

} // namespace

ReviewPane::ReviewPane(itemmodels::RecordsContext *context, const QString &databasePath, const QString &dataDir,
                       QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ReviewModel(this))
    , m_filter(new itemmodels::ReviewFilterModel(this))
    , m_access(new itemmodels::AccessRecorder(context, this))
    , m_table(new QTableView(this))
    , m_detail(new DetailPane(databasePath, dataDir, this))
    , m_progress(new QLabel(this))
    , m_tagFilter(new QComboBox(this))
    , m_reviewerFilter(new QComboBox(this))
    , m_unreviewed(new QCheckBox(tr("&Unreviewed only"), this))
    , m_tagBar(new QWidget(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("reviewPane"));
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    recordsui::setUpTable(m_table, tr("The matter's review set"));
    recordsui::selectWithCurrentRow(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setToolTip(tr("1 to 9 set or clear a tag, N the next unreviewed letter, E its note"));
    m_table->installEventFilter(this);
    m_note->setAccessibleName(tr("Note on the current letter"));
    m_note->setPlaceholderText(tr("A note on this letter (E); Return saves it"));
    m_note->installEventFilter(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *listBox = new QWidget(split);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(buildTagBar());
    listLayout->addWidget(m_note);
    split->addWidget(listBox);
    split->addWidget(m_detail);
    split->setSizes({620, 640});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildBar());
    layout->addWidget(split, 1);
    connect(m_model, &ReviewModel::reviewedCountChanged, this, [this](qint64 reviewed, qint64 items) {
        records::ReviewSummary s;
        s.reviewed = reviewed;
        s.items = items;
        m_progress->setText(itemmodels::MattersModel::progressText(s));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPane::currentChanged);
    connect(m_note, &QLineEdit::returnPressed, this, [this] { saveNote(m_note->text()); });
}

// The filters and the progress above the list.
QWidget *ReviewPane::buildBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_tagFilter->setAccessibleName(tr("Show the letters tagged"));
    m_reviewerFilter->setAccessibleName(tr("Show the letters reviewed by"));
    auto *next = new QPushButton(tr("Ne&xt Unreviewed"), bar);
    next->setToolTip(tr("N in the list"));
    auto *tagLabel = new QLabel(tr("T&ag:"), bar);
    tagLabel->setBuddy(m_tagFilter);
    auto *reviewerLabel = new QLabel(tr("Rev&iewer:"), bar);
    reviewerLabel->setBuddy(m_reviewerFilter);
    row->addWidget(m_progress, 1);
    row->addWidget(tagLabel);
    row->addWidget(m_tagFilter);
    row->addWidget(reviewerLabel);
    row->addWidget(m_reviewerFilter);
    row->addWidget(m_unreviewed);
    row->addWidget(next);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTag(m_tagFilter->currentData().toString()); });
    connect(m_reviewerFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setReviewer(m_reviewerFilter->currentData().toString()); });
    connect(m_unreviewed, &QCheckBox::toggled, m_filter, &itemmodels::ReviewFilterModel::setUnreviewedOnly);
    connect(next, &QPushButton::clicked, this, &ReviewPane::nextUnreviewed);
    return bar;
}

QWidget *ReviewPane::buildTagBar()
{
    new QHBoxLayout(m_tagBar);
    m_tagBar->layout()->setContentsMargins(0, 0, 0, 0);
    return m_tagBar;
}

void ReviewPane::showMatter(const records::MatterInfo &matter, const QList<itemmodels::ReviewRow> &rows)
{
    const QString keep = matter.id == m_matter.id ? currentId() : QString();
    m_matter = matter;
    qDeleteAll(m_tagButtons);
    m_tagButtons.clear();
    m_tagFilter->blockSignals(true);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("Any"), QString());
    for (int i = 0; i < matter.tags.size(); ++i) {
        const QString tag = matter.tags.at(i);
        m_tagFilter->addItem(tag, tag);
        auto *button = new QPushButton(QStringLiteral("%1  %2").arg(i + 1).arg(tag), m_tagBar);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus); // keys 1 to 9 in the list do it; Tab stays in the list
        button->setAccessibleName(tr("Tag the letter %1 (key %2)").arg(tag).arg(i + 1));
        connect(button, &QPushButton::clicked, this, [this, i] { toggleTag(i); });
        m_tagBar->layout()->addWidget(button);
        m_tagButtons << button;
    }
    m_tagFilter->blockSignals(false);
    m_filter->setTag(QString());
    m_model->setRows(rows);
    fillReviewerFilter();
    recordsui::fitColumns(m_table);
    const int row = keep.isEmpty() ? -1 : m_model->rowOf(keep);
    const QModelIndex current = m_filter->mapFromSource(m_model->index(qMax(row, 0), 0));
    if (current.isValid())
        m_table->setCurrentIndex(current);
    updateTagButtons();
}

void ReviewPane::clear()
{
    m_matter = {};
    m_model->setRows({});
    m_detail->showCommunication(std::nullopt);
    updateTagButtons();
}

void ReviewPane::screenHidden() { m_access->screenHidden(); }

void ReviewPane::fillReviewerFilter()
{
    const QString keep = m_reviewerFilter->currentData().toString();
    QSet<QString> reviewers;
    for (int row = 0; row < m_model->rowCount(); ++row)
        reviewers.insert(m_model->rowAt(row)->item.reviewer);
    reviewers.remove(QString());
    QStringList sorted(reviewers.begin(), reviewers.end());
    sorted.sort(Qt::CaseInsensitive);
    m_reviewerFilter->blockSignals(true);
    m_reviewerFilter->clear();
    m_reviewerFilter->addItem(tr("Anyone"), QString());
    for (const QString &r : sorted)
        m_reviewerFilter->addItem(r, r);
    m_reviewerFilter->setCurrentIndex(qMax(0, m_reviewerFilter->findData(keep)));
    m_reviewerFilter->blockSignals(false);
}

const itemmodels::ReviewRow *ReviewPane::currentRow() const
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    return current.isValid() ? m_model->rowAt(current.row()) : nullptr;
}

QString ReviewPane::currentId() const
{
    const itemmodels::ReviewRow *row = currentRow();
    return row ? row->item.id : QString();
}

void ReviewPane::currentChanged()
{
    const itemmodels::ReviewRow *row = currentRow();
    m_detail->showCommunication(row && row->rowid ? std::optional<qint64>(row->rowid) : std::nullopt);
    if (row)
        m_access->communicationShown(row->item.id);
    m_note->setText(row ? row->item.note : QString());
    updateTagButtons();
}

void ReviewPane::updateTagButtons()
{
    const itemmodels::ReviewRow *row = currentRow();
    const bool mayTag = row && m_matter.isOpen() && !m_busy;
    for (int i = 0; i < m_tagButtons.size(); ++i) {
        m_tagButtons.at(i)->setChecked(row && row->item.tags.contains(m_matter.tags.at(i)));
        m_tagButtons.at(i)->setEnabled(mayTag);
    }
    m_note->setEnabled(mayTag);
}

void ReviewPane::toggleTag(int index)
{
    const itemmodels::ReviewRow *row = currentRow();
    if (!row || index < 0 || index >= m_matter.tags.size() || m_busy || !m_matter.isOpen())
        return;
    QStringList tags = row->item.tags;
    const QString tag = m_matter.tags.at(index);
    if (!tags.removeAll(tag))
        tags << tag;
    review(tags, std::nullopt);
}

void ReviewPane::saveNote(const QString &note)
{
    const itemmodels::ReviewRow *row = currentRow();
    if (!row || m_busy || note.trimmed() == row->item.note)
        return;
    review(row->item.tags, note.trimmed());
    m_table->setFocus();
}

// One review of the current letter, compare-and-set on the revision the list shows.
void ReviewPane::review(const QStringList &tags, const std::optional<QString> &note)
{
    const itemmodels::ReviewRow *row = currentRow();
    const QString matter = m_matter.id, id = row->item.id;
    const int revision = row->item.revision;
    m_busy = true;
    updateTagButtons();
    m_context->run<ReviewDone>(
        records::Action::ReviewMatter, this,
        [=](services::ActionContext &a) {
            ReviewDone out;
            try {
                out.item = a.records.matters().tag(matter, id, tags, note, revision);
            } catch (const records::RecordsError &e) {
                if (e.kind() != records::RecordsError::Kind::Conflict)
                    throw;
                out.error = e.message();
                records::ReviewFilter one;
                for (const records::ReviewItem &i : a.records.matters().review(matter, one)) {
                    if (i.id.compare(id, Qt::CaseInsensitive) == 0)
                        out.now = i;
                }
            }
            return out;
        },
        [this, matter](ReviewDone done) {
            m_busy = false;
            if (matter == m_matter.id) {
                if (done.ok())
                    m_model->replaceItem(done.item);
                else if (done.now)
                    m_model->replaceItem(*done.now);
                fillReviewerFilter();
            }
            if (!done.ok())
                emit statusMessage(done.error);
            updateTagButtons();
            emit reviewed(done.ok());
        });
}

void ReviewPane::nextUnreviewed()
{
    const int start = m_table->currentIndex().isValid() ? m_table->currentIndex().row() + 1 : 0;
    for (int i = 0; i < m_filter->rowCount(); ++i) {
        const QModelIndex index = m_filter->index((start + i) % m_filter->rowCount(), 0);
        if (!index.data(ReviewModel::ReviewedRole).toBool()) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return;
        }
    }
    emit statusMessage(tr("Every letter of the list is reviewed."));
}

bool ReviewPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_note && key->key() == Qt::Key_Escape) {
        m_note->setText(currentRow() ? currentRow()->item.note : QString());
        m_table->setFocus();
        return true;
    }
    if (watched != m_table || key->modifiers() & ~Qt::KeypadModifier)
        return QWidget::eventFilter(watched, event);
    if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
        toggleTag(key->key() - Qt::Key_1);
        return true;
    }
    if (key->key() == Qt::Key_N) {
        nextUnreviewed();
        return true;
    }
    if (key->key() == Qt::Key_E) {
        m_note->setFocus();
        m_note->selectAll();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
