#include "pdfviewer.h"

#include "icons.h"

#include <QBuffer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QGuiApplication>
#include <QPdfDocument>
#include <QPdfLink>
#include <QPdfPageNavigator>
#include <QPdfSearchModel>
#include <QPdfView>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

PdfViewer::PdfViewer(QWidget *parent)
    : QWidget(parent)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_search(new QPdfSearchModel(this))
{
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setAccessibleName(tr("Document pages"));
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_search->setDocument(m_document);

    auto *bar = new QWidget(this);
    buildToolbar(bar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);

    connect(m_document, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (status == QPdfDocument::Status::Ready) {
            updatePageControls();
            emit documentReady(m_document->pageCount());
        }
    });
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, [this](int page) {
        QSignalBlocker block(m_page);
        m_page->setValue(page + 1);
    });
    connect(m_search, &QAbstractItemModel::rowsInserted, this, [this] {
        m_findStatus->setText(tr("%n match(es)", nullptr, m_search->rowCount(QModelIndex())));
        if (m_hit < 0)
            findNext(1);
    });
}

PdfViewer::~PdfViewer() = default;

QToolButton *PdfViewer::addButton(const QString &icon, int fallback, const QString &text, const QString &shortcut,
                                  const QString &glyph)
{
    auto *button = new QToolButton(this);
    if (!glyph.isEmpty() && !QIcon::hasThemeIcon(icon)) {
        // No themed icon and no standard pixmap that means "zoom": a plain glyph reads better.
        button->setText(glyph);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    } else {
        button->setIcon(icons::themed(icon, fallback));
    }
    button->setAutoRaise(true);
    button->setAccessibleName(text);
    button->setToolTip(shortcut.isEmpty() ? text : tr("%1 (%2)").arg(text, shortcut));
    if (!shortcut.isEmpty())
        button->setShortcut(QKeySequence(shortcut));
    return button;
}

void PdfViewer::buildToolbar(QWidget *bar)
{
    auto *prev = addButton(QStringLiteral("go-previous"), QStyle::SP_ArrowBack, tr("Previous page"));
    auto *next = addButton(QStringLiteral("go-next"), QStyle::SP_ArrowForward, tr("Next page"));
    m_page = new QSpinBox(bar);
    m_page->setAccessibleName(tr("Page number"));
    m_page->setMinimum(1);
    m_pageCount = new QLabel(bar);
    auto *zoomOut = addButton(QStringLiteral("zoom-out"), QStyle::SP_ArrowDown, tr("Zoom out"), QStringLiteral("Ctrl+-"), QStringLiteral("−"));
    auto *zoomIn = addButton(QStringLiteral("zoom-in"), QStyle::SP_ArrowUp, tr("Zoom in"), QStringLiteral("Ctrl++"), QStringLiteral("+"));
    auto *fit = addButton(QStringLiteral("zoom-fit-width"), QStyle::SP_TitleBarMaxButton, tr("Fit width"), QStringLiteral("Ctrl+0"), tr("Fit width"));
    m_find = new QLineEdit(bar);
    m_find->setPlaceholderText(tr("Find in document"));
    m_find->setAccessibleName(tr("Find in document"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(220);
    m_findStatus = new QLabel(bar);
    for (QToolButton *b : {prev, next, zoomOut, zoomIn, fit})
        b->setParent(bar);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{prev, m_page, m_pageCount, next, zoomOut, zoomIn, fit})
        row->addWidget(w);
    row->addStretch(1);
    row->addWidget(m_findStatus);
    row->addWidget(m_find);

    connect(prev, &QToolButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(next, &QToolButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    connect(m_page, &QSpinBox::valueChanged, this, [this](int value) { goToPage(value - 1); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { zoomBy(1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { zoomBy(0.8); });
    connect(fit, &QToolButton::clicked, this, &PdfViewer::fitWidth);
    connect(m_find, &QLineEdit::textChanged, this, &PdfViewer::findText);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        findNext((QGuiApplication::keyboardModifiers() & Qt::ShiftModifier) ? -1 : 1);
    });
}

void PdfViewer::setDocumentBytes(const QByteArray &bytes)
{
    clear();
    // QPdfDocument reads from the device for as long as the document is open.
    m_buffer = new QBuffer(this);
    m_buffer->setData(bytes);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    if (!m_find->text().isEmpty())
        findText(m_find->text());
}

void PdfViewer::clear()
{
    m_document->close();
    delete m_buffer;
    m_buffer = nullptr;
    m_hit = -1;
    m_findStatus->clear();
    updatePageControls();
}

int PdfViewer::pageCount() const { return m_document->pageCount(); }
int PdfViewer::currentPage() const { return m_view->pageNavigator()->currentPage(); }

void PdfViewer::goToPage(int page)
{
    if (page < 0 || page >= pageCount())
        return;
    m_view->pageNavigator()->jump(page, QPointF(), m_view->pageNavigator()->currentZoom());
}

void PdfViewer::zoomBy(qreal factor)
{
    const qreal current = m_view->zoomFactor();
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(qBound(0.2, current * factor, 6.0));
}

void PdfViewer::fitWidth() { m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth); }

void PdfViewer::findText(const QString &text)
{
    m_hit = -1;
    m_findStatus->clear();
    m_search->setSearchString(text);
    if (!text.isEmpty() && m_search->rowCount(QModelIndex()) == 0)
        m_findStatus->setText(tr("Searching…"));
}

void PdfViewer::findNext(int direction)
{
    const int hits = m_search->rowCount(QModelIndex());
    if (hits == 0) {
        if (!m_find->text().isEmpty())
            m_findStatus->setText(tr("No match"));
        return;
    }
    m_hit = (m_hit + direction + hits) % hits;
    const QPdfLink link = m_search->resultAtIndex(m_hit);
    m_view->pageNavigator()->jump(link.page(), link.location(), m_view->pageNavigator()->currentZoom());
    m_findStatus->setText(tr("Match %1 of %2").arg(m_hit + 1).arg(hits));
}

void PdfViewer::updatePageControls()
{
    const int pages = qMax(1, pageCount());
    QSignalBlocker block(m_page);
    m_page->setMaximum(pages);
    m_page->setValue(qMin(m_page->value(), pages));
    m_pageCount->setText(tr("of %1").arg(pageCount()));
}
