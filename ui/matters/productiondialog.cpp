#include "productiondialog.h"

#include "cache/contentstore.h"
#include "compliance/productionwriter.h"
#include "itemmodels/records/recordscontext.h"
#include "records/recordsstore.h"
#include "records/recordsui.h"
#include "services/fetchondemand.h"
#include "sync/credentials/credentialstore.h"
#include "util/outputfile.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMetaObject>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using namespace proofdesk;

namespace {

struct Produced : itemmodels::RecordsOutcome
{
    compliance::ProductionResult result;
    bool stopped = false;
};

compliance::FetchMissing fetcher(const QString &dataDir, cache::Database &writer, cache::ContentStore &store)
{
    return [dataDir, &writer, &store](const QString &id) -> QString {
        const services::FetchOnDemandResult r =
            services::FetchOnDemand(dataDir, sync::CredentialStore::defaultUseKeychain()).fetch(writer, store, id);
        return r.status == services::FetchOnDemandResult::Status::Unreachable ? r.error : QString();
    };
}

} // namespace

ProductionDialog::ProductionDialog(itemmodels::RecordsContext *context, const records::MatterInfo &matter,
                                   QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_matter(matter)
    , m_folder(new QLineEdit(this))
    , m_prefix(new QLineEdit(this))
    , m_tag(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_produce(new QPushButton(tr("&Produce"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_shared(std::make_shared<Shared>())
    , m_poll(new QTimer(this))
{
    setWindowTitle(tr("Produce %1").arg(matter.id));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_folder->setText(QDir(documents).filePath(QStringLiteral("%1-%2").arg(
        matter.id, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")))));
    m_folder->setAccessibleName(tr("A new, empty folder for the production"));
    m_prefix->setPlaceholderText(matter.id + QLatin1Char('-'));
    m_prefix->setAccessibleName(tr("What begins each production number"));
    m_tag->addItem(tr("Every letter of the review set"), QString());
    for (const QString &t : matter.tags)
        m_tag->addItem(tr("The letters tagged %1").arg(t), t);
    m_tag->setAccessibleName(tr("Which letters"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("Number &prefix:"), m_prefix);
    form->addRow(tr("&Letters:"), m_tag);
    m_progress->setAccessibleName(tr("Production progress"));
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Each letter gets a number, its native as sent, its text and its metadata; the folder gets a "
                         "Concordance load file, a CSV, a manifest sha256sum reads, and the letters not produced."));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_produce, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_produce->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(browseButton, &QPushButton::clicked, this, &ProductionDialog::browse);
    connect(m_produce, &QPushButton::clicked, this, &ProductionDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ProductionDialog::cancel);
    m_poll->setInterval(200);
    connect(m_poll, &QTimer::timeout, this, [this] {
        showProgress(m_shared->done.load(), m_shared->total.load(), m_shared->produced.load(),
                     m_shared->exceptions.load());
    });
    resize(640, sizeHint().height());
}

ProductionDialog::~ProductionDialog() { m_shared->stop.store(true); }

void ProductionDialog::browse()
{
    const QString parent = QFileDialog::getExistingDirectory(this, tr("Where the production's folder goes"),
                                                             QFileInfo(m_folder->text()).absolutePath());
    if (!parent.isEmpty())
        m_folder->setText(QDir(parent).filePath(QFileInfo(m_folder->text()).fileName()));
}

void ProductionDialog::cancel()
{
    if (m_running) {
        m_shared->stop.store(true);
        m_cancel->setEnabled(false);
        m_status->setText(tr("Stopping after the letter being produced…"));
        return;
    }
    reject();
}

void ProductionDialog::showProgress(qint64 done, qint64 total, qint64 produced, qint64 exceptions)
{
    m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
    m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
    const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    const qint64 left = done ? elapsed * (total - done) / done / 1000 : -1;
    m_status->setText(tr("%1 of %2 letters: %3 produced, %4 not (%5)")
                          .arg(QLocale().toString(done), QLocale().toString(total), QLocale().toString(produced),
                               QLocale().toString(exceptions),
                               left < 0     ? tr("starting")
                               : left >= 60 ? tr("about %1 min left").arg((left + 59) / 60)
                                            : tr("about %1 s left").arg(left)));
}

void ProductionDialog::start()
{
    if (m_running)
        return;
    m_running = true;
    m_shared->stop = false;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    for (QWidget *w : std::initializer_list<QWidget *>{m_folder, m_prefix, m_tag, m_produce})
        w->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_poll->start();
    const compliance::ProductionOptions options{m_matter.id, m_folder->text().trimmed(), m_prefix->text().trimmed(),
                                                m_tag->currentData().toString()};
    const QString dataDir = m_context->dataDir();
    const std::shared_ptr<Shared> shared = m_shared;
    m_context->run<Produced>(
        records::Action::ProduceMatter, this,
        [options, dataDir, shared](services::ActionContext &a) {
            Produced out;
            cache::ContentStore store(dataDir);
            const auto progress = [shared](const compliance::ProductionProgress &p) {
                shared->done = p.done;
                shared->total = p.total;
                shared->produced = p.produced;
                shared->exceptions = p.exceptions;
            };
            try {
                out.result = compliance::ProductionWriter(a.records.matters(), a.records.audit(), a.cache, store,
                                                          fetcher(dataDir, a.cache, store))
                                 .produce(options, progress, &shared->stop);
            } catch (const compliance::ProductionStopped &e) {
                out.stopped = true;
                out.error = QString::fromUtf8(e.what());
            } catch (const util::OutputFileError &e) {
                out.error =
                    tr("%1\nThe production stopped; what it wrote is kept. %2Produce again into the same "
                       "folder to finish it: no number is skipped or used twice.")
                        .arg(QString::fromUtf8(e.what()), e.isDiskFull() ? tr("Free some space first. ") : QString());
            }
            return out;
        },
        [this](Produced done) { finish(done.ok(), done.stopped, done.error, done.result); });
}

void ProductionDialog::finish(bool ok, bool stopped, const QString &error, const compliance::ProductionResult &r)
{
    m_running = false;
    m_poll->stop();
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Close"));
    m_progress->setRange(0, 1);
    m_progress->setValue(ok ? 1 : 0);
    if (!ok) {
        m_status->setText(stopped ? error : tr("The production did not finish: %1").arg(error));
        m_produce->setText(tr("&Produce Again"));
        m_produce->setEnabled(true); // into the same folder: it finishes what was done
        emit ended(false);
        return;
    }
    const QString message =
        tr("%1 of %2: %3 documents, %4 to %5, %6 not produced (exceptions.csv says why). Root SHA-256 %7, in %8.")
            .arg(r.production.id, m_matter.id, QLocale().toString(r.documents), r.first, r.last,
                 QLocale().toString(r.exceptions), r.rootSha256, r.path);
    m_status->setText(message);
    m_produce->setVisible(false);
    emit produced(message);
    emit ended(true);
}
