#include "templatehistorydialog.h"

#include "itemmodels/diffmodel.h"
#include "itemmodels/metadatamodel.h"
#include "itemmodels/templateversionsmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace proofdesk::itemmodels;

TemplateHistoryDialog::TemplateHistoryDialog(const QString &databasePath, const QString &templateId,
                                             const QString &version, QWidget *parent)
    : QDialog(parent)
    , m_versions(new TemplateVersionsModel(this))
    , m_diff(new DiffModel(this))
    , m_templateId(templateId)
    , m_initialVersion(version)
    , m_title(new QLabel(tr("Loading the history of %1…").arg(templateId.toHtmlEscaped()), this))
    , m_versionView(new QTableView(this))
    , m_diffView(new QTableView(this))
    , m_produced(new QPushButton(tr("&Communications with this version"), this))
{
    setWindowTitle(tr("Template history — %1").arg(templateId));
    m_title->setTextFormat(Qt::RichText); // markup of our own; every field in it is escaped
    setAccessibleName(windowTitle());
    resize(1100, 720);
    m_versionView->setModel(m_versions);
    m_versionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versionView->verticalHeader()->hide();
    m_versionView->horizontalHeader()->setStretchLastSection(true);
    m_versionView->setAccessibleName(tr("Template versions"));
    m_diffView->setModel(m_diff);
    m_diffView->verticalHeader()->hide();
    m_diffView->setShowGrid(false);
    m_diffView->setWordWrap(false);
    m_diffView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diffView->verticalHeader()->setDefaultSectionSize(m_diffView->fontMetrics().height() + 4);
    m_diffView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_diffView->setAccessibleName(tr("Differences between the two versions"));
    m_produced->setAccessibleDescription(tr("Search for every communication produced with the selected version"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_versionView);
    auto *diffPage = new QWidget(splitter);
    auto *diffLayout = new QVBoxLayout(diffPage);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(buildDiffControls());
    diffLayout->addWidget(m_diffView, 1);
    splitter->addWidget(diffPage);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_produced, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_produced, &QPushButton::clicked, this, [this] {
        emit searchRequested(MetadataModel::fieldQuery(QStringLiteral("template"), m_templateId) + QLatin1Char(' ')
                             + MetadataModel::fieldQuery(QStringLiteral("version"), selectedVersion()));
        accept();
    });
    loadTemplateHistory(databasePath, templateId, this, [this](TemplateHistory h) { onHistory(h); });
}

QWidget *TemplateHistoryDialog::buildDiffControls()
{
    auto *bar = new QWidget(this);
    m_old = new QComboBox(bar);
    m_new = new QComboBox(bar);
    m_old->setAccessibleName(tr("Older version to compare"));
    m_new->setAccessibleName(tr("Newer version to compare"));
    m_diffSummary = new QLabel(bar);
    m_diffSummary->setTextFormat(Qt::PlainText);
    auto *compareLabel = new QLabel(tr("Com&pare version"), bar);
    compareLabel->setBuddy(m_old);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(compareLabel);
    row->addWidget(m_old);
    row->addWidget(new QLabel(tr("with"), bar));
    row->addWidget(m_new);
    row->addSpacing(12);
    row->addWidget(m_diffSummary);
    row->addStretch(1);
    connect(m_old, &QComboBox::currentIndexChanged, this, &TemplateHistoryDialog::updateDiff);
    connect(m_new, &QComboBox::currentIndexChanged, this, &TemplateHistoryDialog::updateDiff);
    return bar;
}

void TemplateHistoryDialog::onHistory(const TemplateHistory &history)
{
    m_versions->setHistory(history);
    const QString name = history.versions.isEmpty() ? QString() : history.versions.constLast().name;
    m_title->setText(history.error.isEmpty()
                         ? tr("<b>%1</b> %2 — %n version(s)", nullptr, int(history.versions.size()))
                               .arg(m_templateId.toHtmlEscaped(), name.toHtmlEscaped())
                         : tr("The history could not be read: %1").arg(history.error.toHtmlEscaped()));
    for (const auto &v : history.versions) {
        m_old->addItem(tr("%1 (%2)").arg(v.version, v.status));
        m_new->addItem(tr("%1 (%2)").arg(v.version, v.status));
    }
    m_versionView->resizeColumnsToContents();
    const int shown = qMax(0, m_versions->rowOfVersion(m_initialVersion));
    m_versionView->selectRow(shown);
    // The version in question against the one before it: what changed in it.
    compare(qMax(0, shown - 1), shown);
    m_loaded = true;
    emit loaded();
}

void TemplateHistoryDialog::compare(int oldRow, int newRow)
{
    m_old->setCurrentIndex(oldRow);
    m_new->setCurrentIndex(newRow);
    updateDiff();
}

void TemplateHistoryDialog::updateDiff()
{
    const auto &versions = m_versions->history().versions;
    const int a = m_old->currentIndex();
    const int b = m_new->currentIndex();
    if (a < 0 || b < 0 || a >= versions.size() || b >= versions.size())
        return;
    m_diff->setTitles(tr("Version %1").arg(versions.at(a).version), tr("Version %1").arg(versions.at(b).version));
    m_diff->setTexts(versions.at(a).body, versions.at(b).body);
    m_diffSummary->setText(diffSummary());
    m_diffView->resizeColumnToContents(DiffModel::LeftNumberColumn);
    m_diffView->resizeColumnToContents(DiffModel::RightNumberColumn);
    const int textWidth = qMax(200, (m_diffView->viewport()->width() - 2 * m_diffView->columnWidth(0)) / 2);
    m_diffView->setColumnWidth(DiffModel::LeftTextColumn, textWidth);
    m_diffView->setColumnWidth(DiffModel::RightTextColumn, textWidth);
}

QString TemplateHistoryDialog::diffSummary() const
{
    return tr("%Ln line(s) removed", nullptr, int(m_diff->removedCount())) + QLatin1String(", ")
           + tr("%Ln added", nullptr, int(m_diff->addedCount()));
}

QString TemplateHistoryDialog::selectedVersion() const
{
    const QModelIndex current = m_versionView->currentIndex();
    return current.isValid() ? current.data(TemplateVersionsModel::VersionRole).toString() : m_initialVersion;
}
