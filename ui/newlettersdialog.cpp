#include "newlettersdialog.h"

#include "cache/cachefile.h"
#include "cache/sqlite.h"
#include "domain/codelabels.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using proofdesk::domain::CodeLabels;

NewLettersDialog::NewLettersDialog(const QString &databasePath, const QString &name, const QStringList &ids,
                                   QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("New Letters of “%1”").arg(name));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(ids.size() > kShownAtMost
                       ? tr("The saved search “%1” finds %2 letters that were not there when you last looked; the "
                            "newest %3 are listed.")
                             .arg(name, QLocale().toString(ids.size()), QLocale().toString(kShownAtMost))
                       : tr("The saved search “%1” finds %Ln letter(s) that were not there when you last looked.",
                            nullptr, int(ids.size()))
                             .arg(name));
    m_list->setHeaderLabels({tr("Letter"), tr("Issued"), tr("Type"), tr("Customer")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("New letters"));
    m_list->setAccessibleDescription(tr("Press Return or click a letter to show it in the window"));
    intro->setBuddy(m_list);
    fill(databasePath, ids);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *seen = buttons->addButton(tr("&Mark as Seen"), QDialogButtonBox::ActionRole);
    seen->setToolTip(tr("Count only letters that arrive from now on"));
    // Return shows the current letter (the list's activation): no button of the dialog takes it too.
    for (QAbstractButton *button : buttons->buttons())
        static_cast<QPushButton *>(button)->setAutoDefault(false);
    connect(seen, &QPushButton::clicked, this, [this] {
        emit markSeenRequested();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit letterRequested(item->text(0)); });
    connect(m_list, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { emit letterRequested(item->text(0)); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 420); // every dialog is kept on its screen when shown (screenfit)
}

void NewLettersDialog::fill(const QString &databasePath, const QStringList &ids)
{
    try {
        proofdesk::cache::Database db = proofdesk::cache::CacheFile::openReader(databasePath);
        proofdesk::cache::Statement st =
            db.prepare("SELECT id, issued_at, type, customer_id FROM communications WHERE id = ?1");
        for (const QString &id : ids.mid(0, kShownAtMost)) {
            st.bind(1, id);
            if (st.step()) {
                const QString issued =
                    st.isNull(1)
                        ? QString()
                        : QDateTime::fromMSecsSinceEpoch(st.columnInt(1), Qt::UTC).date().toString(Qt::ISODate);
                m_list->addTopLevelItem(new QTreeWidgetItem(
                    {st.columnText(0), issued, CodeLabels::label(st.columnText(2)), st.columnText(3)}));
            }
            st.reset();
        }
    } catch (const std::exception &e) {
        m_list->addTopLevelItem(
            new QTreeWidgetItem({tr("The letters cannot be read: %1").arg(QString::fromUtf8(e.what()))}));
    }
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}
