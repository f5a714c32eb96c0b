#include "documentstoragedialog.h"

#include "itemmodels/documentstorage.h"
#include "itemmodels/records/recordscontext.h"
#include "records/recordsui.h"
#include "services/documentsettings.h"
#include "util/bytesize.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace proofdesk;

namespace {

struct LimitDone : itemmodels::RecordsOutcome
{
    qint64 bytes = 0;
};

QString sizeText(qint64 bytes) { return util::formatByteSize(bytes); }

} // namespace

DocumentStorageDialog::DocumentStorageDialog(itemmodels::RecordsContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_job(new itemmodels::FreeSpaceJob(context->databasePath(), context->dataDir(), this))
    , m_usage(new QLabel(this))
    , m_limit(new QLineEdit(this))
    , m_limitProblem(new QLabel(this))
    , m_save(new QPushButton(tr("&Set Limit"), this))
    , m_free(new QPushButton(tr("&Free Space Now"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Document Storage"));
    setObjectName(QStringLiteral("documentStorageDialog"));
    setUpControls();
    layOut();
    connectControls();
    checkLimitText();
    refresh();
}

void DocumentStorageDialog::setUpControls()
{
    m_usage->setObjectName(QStringLiteral("documentsUsed"));
    m_limit->setObjectName(QStringLiteral("documentsLimit"));
    m_limitProblem->setObjectName(QStringLiteral("documentsLimitProblem"));
    m_save->setObjectName(QStringLiteral("saveDocumentsLimit"));
    m_free->setObjectName(QStringLiteral("freeSpaceNow"));
    m_result->setObjectName(QStringLiteral("freeSpaceResult"));
    m_progress->setObjectName(QStringLiteral("freeSpaceProgress"));
    m_usage->setWordWrap(true);
    m_limitProblem->setWordWrap(true);
    m_limitProblem->hide();
    m_result->setWordWrap(true);
    m_progress->hide();
    m_limit->setPlaceholderText(tr("e.g. 20 GB, 500 MB or 1.5 GiB"));
    m_limit->setToolTip(tr("A number of bytes, or a number with a unit: kB, MB, GB, TB (powers of 1000) or KiB, MiB, "
                           "GiB, TiB (powers of 1024)"));
    m_save->setAutoDefault(false);
    m_free->setAutoDefault(false);
    m_free->setToolTip(tr("Remove the least recently viewed documents now, until the store is within its limit"));
}

// What the store is for, then the space used and the limit, then freeing space now.
void DocumentStorageDialog::layOut()
{
    auto *intro = new QLabel(tr("Documents fetched from repositories, and those of drops on removable or network "
                                "storage, are kept on this computer up to a limit. Past it, the least recently "
                                "viewed are removed and read again from their repository or drop, and verified, "
                                "when someone opens them. Documents under a legal hold are never removed. Drops on "
                                "this computer's own disks are read where they are and take no space here."),
                             this);
    intro->setWordWrap(true);
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limit, 1);
    limitRow->addWidget(m_save);
    auto *form = new QFormLayout;
    form->addRow(tr("Space used:"), m_usage);
    auto *limitLabel = new QLabel(tr("&Limit:"), this);
    limitLabel->setBuddy(m_limit);
    form->addRow(limitLabel, limitRow);
    form->addRow(QString(), m_limitProblem);
    auto *freeRow = new QHBoxLayout;
    freeRow->addWidget(m_free);
    freeRow->addWidget(m_progress, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(freeRow);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void DocumentStorageDialog::connectControls()
{
    connect(m_limit, &QLineEdit::textEdited, this, &DocumentStorageDialog::checkLimitText);
    connect(m_limit, &QLineEdit::returnPressed, this, &DocumentStorageDialog::saveLimit);
    connect(m_save, &QPushButton::clicked, this, &DocumentStorageDialog::saveLimit);
    connect(m_free, &QPushButton::clicked, this, &DocumentStorageDialog::freeSpace);
    connect(m_job, &itemmodels::FreeSpaceJob::progress, this, [this](qint64 done, qint64 total) {
        // In kilobytes: a progress bar counts in int.
        m_progress->setRange(0, int(std::max<qint64>(1, total / 1000)));
        m_progress->setValue(int(done / 1000));
    });
    connect(m_job, &itemmodels::FreeSpaceJob::finished, this, &DocumentStorageDialog::onFreed);
    connect(m_context, &itemmodels::RecordsContext::roleChanged, this, &DocumentStorageDialog::checkLimitText);
    connect(m_context, &itemmodels::RecordsContext::rolesChanged, this, &DocumentStorageDialog::checkLimitText);
}

void DocumentStorageDialog::refresh()
{
    itemmodels::loadDocumentStorage(
        m_context->databasePath(), m_context->dataDir(), this, [this](itemmodels::DocumentStorageUsage u) {
            if (!u.error.isEmpty()) {
                m_usage->setText(tr("The document store could not be read: %1").arg(u.error));
            } else {
                m_usage->setText(tr("%1 of %2 (%n document(s) kept on this computer)", nullptr, int(u.usage.objects))
                                     .arg(sizeText(u.usage.bytes), sizeText(u.usage.limit.bytes)));
                if (!m_limit->isModified())
                    m_limit->setText(sizeText(u.usage.limit.bytes));
                checkLimitText();
            }
            emit refreshed();
        });
}

// The limit as typed, and whether the role acted in may change it, said under the field.
void DocumentStorageDialog::checkLimitText()
{
    const bool ok = m_limit->text().isEmpty() || util::parseByteSize(m_limit->text()).has_value();
    const bool permitted = m_context->permits(records::Action::ChangeSettings);
    m_limitProblem->setVisible(!ok || !permitted);
    m_limit->setReadOnly(!permitted); // shown, not editable: the line under it says why
    if (!ok)
        m_limitProblem->setText(tr("\"%1\" is not a size: write e.g. 20 GB, 500 MB or 1.5 GiB.").arg(m_limit->text()));
    else if (!permitted)
        m_limitProblem->setText(tr("Changing the limit is an administrator's setting."));
    m_save->setEnabled(ok && permitted && !m_limit->text().isEmpty());
}

void DocumentStorageDialog::saveLimit()
{
    const auto bytes = util::parseByteSize(m_limit->text());
    if (!bytes) {
        checkLimitText();
        emit limitSaved(false);
        return;
    }
    m_save->setEnabled(false);
    const qint64 wanted = *bytes;
    m_context->run<LimitDone>(
        records::Action::ChangeSettings, this,
        [wanted](services::ActionContext &a) {
            LimitDone out;
            out.bytes = services::DocumentSettings::applyLimit(a, wanted).bytes;
            return out;
        },
        [this](LimitDone out) {
            m_save->setEnabled(true);
            const bool ok = recordsui::report(this, tr("Document Storage"), out);
            if (ok) {
                m_limit->setModified(false);
                m_result->setText(tr("The limit is now %1. Documents past it are removed after the next import or "
                                     "sync, or with Free Space Now.")
                                      .arg(sizeText(out.bytes)));
            }
            refresh();
            emit limitSaved(ok);
        });
}

void DocumentStorageDialog::freeSpace()
{
    if (!m_job->start())
        return;
    m_free->setEnabled(false);
    m_progress->setRange(0, 0); // busy until the first batch says how much
    m_progress->show();
    m_result->setText(tr("Freeing space…"));
}

void DocumentStorageDialog::onFreed(qint64 objects, qint64 bytes, qint64 bytesAfter, bool keptOverLimit,
                                    const QString &error)
{
    m_free->setEnabled(true);
    m_progress->hide();
    if (!error.isEmpty())
        m_result->setText(tr("Space could not be freed: %1").arg(error));
    else if (keptOverLimit)
        m_result->setText(tr("%n document(s) removed (%1). %2 stay over the limit: they are under legal hold or in an "
                             "evidence package being built, and are never removed.",
                             nullptr, int(objects))
                              .arg(sizeText(bytes), sizeText(bytesAfter)));
    else
        m_result->setText(tr("%n document(s) removed (%1); %2 are kept.", nullptr, int(objects))
                              .arg(sizeText(bytes), sizeText(bytesAfter)));
    refresh();
    emit spaceFreed(error.isEmpty());
}

void addDocumentStorageSetting(QMenu *settings, QWidget *window, itemmodels::RecordsContext *context)
{
    QAction *action = settings->addAction(DocumentStorageDialog::tr("&Document Storage…"));
    action->setObjectName(QStringLiteral("documentStorage"));
    action->setStatusTip(DocumentStorageDialog::tr("The space documents take on this computer, its limit, and Free "
                                                   "Space Now"));
    QObject::connect(action, &QAction::triggered, window, [window, context] {
        static QPointer<DocumentStorageDialog> open;
        if (!open) {
            open = new DocumentStorageDialog(context, window);
            open->setAttribute(Qt::WA_DeleteOnClose);
        }
        open->show();
        open->raise();
        open->activateWindow();
    });
}
