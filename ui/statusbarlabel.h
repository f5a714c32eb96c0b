#pragma once

#include "elidedlabel.h"

// An ElidedLabel added to a QStatusBar as a normal (not permanent) widget: the bar hides it while
// a temporary message is up, and it stays hidden until the message ends.
//
// Why a class: QStatusBar hides such a widget without marking the hide explicit, so that it can
// show it again when the message ends; but whenever the bar lays itself out again (a permanent
// widget added, a size hint changed), QLayout queues a show for every widget it holds that is not
// explicitly hidden. At 200,000 communications the summary came back that way under "Searched in
// 3 ms", and the two were painted in one place.
class StatusBarLabel : public ElidedLabel
{
    Q_OBJECT

public:
    using ElidedLabel::ElidedLabel;

    void setVisible(bool visible) override;
};
