#include "pdfviewer.h"

#include "clearbutton.h"
#include "icons.h"
#include "pdfpagesview.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using proofdesk::render::FindHit;
using proofdesk::render::PdfRenderProcess;
using proofdesk::render::RenderLimits;

PdfViewer::PdfViewer(QWidget *parent)
    : PdfViewer(PdfRenderProcess::defaultProgram(), RenderLimits::fromEnvironment(), parent)
{}

PdfViewer::PdfViewer(const QString &program, RenderLimits limits, QWidget *parent)
    : QWidget(parent)
    , m_render(new PdfRenderProcess(program, limits, this))
    , m_view(new PdfPagesView(this))
    , m_notice(new QLabel(this))
{
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setAccessibleName(tr("Document notice"));
    m_notice->hide();
    m_view->setAccessibleName(tr("Document pages"));
    m_view->setFocusPolicy(Qt::StrongFocus);

    auto *bar = new QWidget(this);
    buildToolbar(bar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);

    connect(m_render, &PdfRenderProcess::opened, this, [this](const QList<QSizeF> &sizes, int total) {
        m_totalPages = total;
        m_view->setPages(sizes, m_render->limits().maxImagePixels);
        updatePageControls();
        if (!m_find->text().isEmpty())
            findText(m_find->text());
        emit documentReady(int(sizes.size()));
    });
    connect(m_render, &PdfRenderProcess::failed, this, &PdfViewer::documentFailed);
    connect(m_render, &PdfRenderProcess::pageRendered, m_view, &PdfPagesView::setImage);
    connect(m_render, &PdfRenderProcess::pageRendered, this, &PdfViewer::pageRendered);
    connect(m_render, &PdfRenderProcess::pageFailed, m_view, &PdfPagesView::setPageFailed);
    connect(m_render, &PdfRenderProcess::pageFailed, this, [this](int page, const QString &reason) {
        m_notice->setText(tr("This letter could not be shown safely: page %1: %2.").arg(page + 1).arg(reason));
        m_notice->show();
    });
    connect(m_render, &PdfRenderProcess::found, this, &PdfViewer::showHits);
    connect(m_view, &PdfPagesView::wantPages, m_render, &PdfRenderProcess::requestPages);
    connect(m_view, &PdfPagesView::pageShown, this, &PdfViewer::pageShown);
    connect(m_view, &PdfPagesView::currentPageChanged, this, [this](int page) {
        QSignalBlocker block(m_page);
        m_page->setValue(page + 1);
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
    auto *zoomOut = addButton(QStringLiteral("zoom-out"), QStyle::SP_ArrowDown, tr("Zoom out"),
                              QStringLiteral("Ctrl+-"), QStringLiteral("−"));
    auto *zoomIn = addButton(QStringLiteral("zoom-in"), QStyle::SP_ArrowUp, tr("Zoom in"), QStringLiteral("Ctrl++"),
                             QStringLiteral("+"));
    auto *fit = addButton(QStringLiteral("zoom-fit-width"), QStyle::SP_TitleBarMaxButton, tr("Fit width"),
                          QStringLiteral("Ctrl+0"), tr("Fit width"));
    m_find = new QLineEdit(bar);
    m_find->setPlaceholderText(tr("Find in document"));
    m_find->setAccessibleName(tr("Find in document"));
    enableNamedClearButton(m_find);
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
    connect(m_find, &QLineEdit::returnPressed, this,
            [this] { findNext((QGuiApplication::keyboardModifiers() & Qt::ShiftModifier) ? -1 : 1); });
}

void PdfViewer::setDocumentBytes(const QByteArray &bytes)
{
    clear();
    m_view->setPlaceholderText(tr("Opening the document…"));
    m_render->open(bytes); // documentReady() or documentFailed() follows
}

void PdfViewer::clear()
{
    m_render->close();
    m_view->clear();
    m_view->setPlaceholderText(QString());
    m_totalPages = 0;
    m_hits.clear();
    m_hit = -1;
    m_findStatus->clear();
    m_notice->clear();
    m_notice->hide();
    updatePageControls();
}

QString PdfViewer::noticeText() const { return m_notice->text(); }

int PdfViewer::pageCount() const { return m_view->pageCount(); }
int PdfViewer::currentPage() const { return m_view->currentPage(); }

void PdfViewer::goToPage(int page)
{
    if (page < 0 || page >= pageCount())
        return;
    m_view->scrollToPage(page);
}

void PdfViewer::zoomBy(qreal factor) { m_view->setZoomFactor(qBound(0.2, m_view->zoomFactor() * factor, 6.0)); }

void PdfViewer::fitWidth() { m_view->setFitToWidth(); }

void PdfViewer::findText(const QString &text)
{
    m_hit = -1;
    m_hits.clear();
    m_view->setHighlights({}, -1);
    m_findStatus->clear();
    if (text.isEmpty() || pageCount() == 0)
        return;
    m_findStatus->setText(tr("Searching…"));
    m_render->find(text); // showHits() follows, in the helper's time
}

void PdfViewer::showHits(const QString &text, const QList<FindHit> &hits, const QString &reason)
{
    if (text != m_find->text())
        return; // the answer to a search typed over since
    m_hits = hits;
    m_hit = -1;
    if (!reason.isEmpty()) {
        m_findStatus->setText(tr("Search stopped: %1").arg(reason));
        return;
    }
    m_findStatus->setText(tr("%n match(es)", nullptr, int(hits.size())));
    findNext(1);
}

void PdfViewer::findNext(int direction)
{
    const int hits = int(m_hits.size());
    if (hits == 0) {
        if (!m_find->text().isEmpty() && m_findStatus->text() != tr("Searching…"))
            m_findStatus->setText(tr("No match"));
        return;
    }
    m_hit = (m_hit + direction + hits) % hits;
    const FindHit &hit = m_hits.at(m_hit);
    m_view->setHighlights(m_hits, m_hit);
    m_view->scrollToPage(hit.page, QPointF(hit.rect.x(), qMax<qreal>(0, hit.rect.y() - 36)));
    m_findStatus->setText(tr("Match %1 of %2").arg(m_hit + 1).arg(hits));
}

QString PdfViewer::pageCountText() const { return m_pageCount->text(); }

void PdfViewer::updatePageControls()
{
    const int pages = qMax(1, pageCount());
    QSignalBlocker block(m_page);
    m_page->setMaximum(pages);
    m_page->setValue(qMin(m_page->value(), pages));
    m_pageCount->setText(m_totalPages > pageCount()
                             ? tr("of %1 shown (%2 in the document)").arg(pageCount()).arg(m_totalPages)
                             : tr("of %1").arg(pageCount()));
}
