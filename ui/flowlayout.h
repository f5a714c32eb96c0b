#pragma once

#include <QLayout>
#include <QList>

// Lays its items out in a row that wraps onto further rows when the width runs out, like
// words in a paragraph (Qt's Flow Layout example). A bar of buttons in it is as narrow as
// its widest button, so a workspace keeps fitting a laptop screen in the longest language.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (or only measures, when `place` is false); returns the height used.
    int arrange(const QRect &rect, bool place) const;
    int gap(QLayoutItem *item, Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};
