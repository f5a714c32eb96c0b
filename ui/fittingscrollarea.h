#pragma once

#include <QScrollArea>

// A scroll area as large as its contents while the screen has room, which scrolls when it has
// not: a dialog's fields go in it and its buttons below it, so that a form taller than the
// screen (a CMIS repository with a profile's mapping, on a laptop) keeps Add and Cancel in
// sight. QScrollArea's own size hint stops at 24 lines, which would make such a dialog scroll
// on any screen.
class FittingScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    // Takes `contents` (its layout holds the fields).
    explicit FittingScrollArea(QWidget *contents, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    // The contents' layout changed (rows shown or hidden): so did this area's size hint.
    bool eventFilter(QObject *watched, QEvent *event) override;
};
