#pragma once

#include "render/pdfrenderprocess.h"

#include <QWidget>

class PdfPagesView;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

// A PDF as sent, with page navigation, zoom in/out, fit to width, and search in the
// document (Return / Shift+Return step through the hits). The PDF is read and drawn by the
// proofdesk-render helper within RenderLimits (models/render/pdfrenderprocess.h), never in
// this process: a document that would hang or exhaust the window costs it a notice
// (documentFailed), and every step is asynchronous, so the window keeps answering meanwhile.
class PdfViewer : public QWidget
{
    Q_OBJECT

public:
    explicit PdfViewer(QWidget *parent = nullptr);
    PdfViewer(const QString &program, proofdesk::render::RenderLimits limits, QWidget *parent = nullptr);
    ~PdfViewer() override;

    void setDocumentBytes(const QByteArray &bytes);
    void clear();
    int pageCount() const;
    int currentPage() const;
    void goToPage(int page);
    void zoomBy(qreal factor);
    void fitWidth();
    void findText(const QString &text);
    void findNext(int direction);
    PdfPagesView *view() const { return m_view; }
    QLineEdit *findField() const { return m_find; }
    QString pageCountText() const;
    // What the bar above the pages says about pages that could not be drawn; empty when none.
    QString noticeText() const;
    const proofdesk::render::RenderLimits &limits() const { return m_render->limits(); }

signals:
    // The document is open and its pages are being drawn.
    void documentReady(int pages);
    // The document cannot be shown within the limits: `reason` says which one it passed.
    void documentFailed(const QString &reason);
    // The picture of `page` arrived from the helper (a paint shows it next).
    void pageRendered(int page);
    // A paint showed the picture of `page` (the first page on screen is pageShown(0)).
    void pageShown(int page);

private:
    QToolButton *addButton(const QString &icon, int fallback, const QString &text, const QString &shortcut = {},
                           const QString &glyph = {});
    void buildToolbar(QWidget *bar);
    void updatePageControls();
    void showHits(const QString &text, const QList<proofdesk::render::FindHit> &hits, const QString &reason);

    proofdesk::render::PdfRenderProcess *m_render;
    PdfPagesView *m_view;
    QSpinBox *m_page = nullptr;
    QLabel *m_pageCount = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_findStatus = nullptr;
    QLabel *m_notice;
    QList<proofdesk::render::FindHit> m_hits;
    int m_hit = -1;
    int m_totalPages = 0;
};
