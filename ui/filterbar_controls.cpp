// FilterBar: building the controls (the behaviour is in filterbar.cpp).
#include "filterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace {
enum DatePreset { AnyTime, Today, Last7, Last30, ThisMonth, ThisYear, Custom };
}

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    addCombo(QStringLiteral("type"), tr("Type"), tr("Only communications of this type"));
    addCombo(QStringLiteral("channel"), tr("Channel"), tr("Only communications sent through this channel"));
    addCombo(QStringLiteral("unit"), tr("Unit"), tr("Only communications of this business unit"));
    addCombo(QStringLiteral("status"), tr("Delivery"), tr("Only communications whose latest delivery event is this"));
    addCombo(QStringLiteral("origin"), tr("Origin"), tr("Originals, reissues or regenerations"));
    setValues(QStringLiteral("channel"), {QStringLiteral("print"), QStringLiteral("email"), QStringLiteral("web"),
                                          QStringLiteral("mobile"), QStringLiteral("sms")});
    setValues(QStringLiteral("status"), {QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("delivered"),
                                         QStringLiteral("opened"), QStringLiteral("viewed"), QStringLiteral("bounced"),
                                         QStringLiteral("returned"), QStringLiteral("failed"), QStringLiteral("none")});
    setValues(QStringLiteral("origin"),
              {QStringLiteral("original"), QStringLiteral("reissue"), QStringLiteral("regeneration")});
    buildDateControls();

    m_held = new QCheckBox(tr("On ho&ld"), this);
    m_held->setAccessibleName(tr("Only communications on hold"));
    m_held->setAccessibleDescription(tr("Adds hold:any to the search"));
    connect(m_held, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing)
            emit fieldEdited(QStringLiteral("hold"), on ? QStringLiteral("any") : QString());
    });
    for (auto *w : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        layout->addWidget(w);
    layout->addStretch(1);
}

QComboBox *FilterBar::addCombo(const QString &field, const QString &label, const QString &description)
{
    auto *combo = new QComboBox(this);
    combo->setAccessibleName(label);
    combo->setAccessibleDescription(description);
    combo->setToolTip(tr("%1 (writes %2:… into the search)").arg(description, field));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->addItem(tr("%1: any").arg(label), QString());
    m_combos.insert(field, combo);
    connect(combo, &QComboBox::activated, this, [this, field, combo](int index) {
        if (!m_syncing)
            emit fieldEdited(field, combo->itemData(index).toString());
    });
    return combo;
}

void FilterBar::buildDateControls()
{
    m_date = new QComboBox(this);
    m_date->setAccessibleName(tr("Issued"));
    m_date->setAccessibleDescription(tr("Only communications issued in this period (writes issued:… into the search)"));
    m_date->addItems({tr("Issued: any time"), tr("Today"), tr("Last 7 days"), tr("Last 30 days"), tr("This month"),
                      tr("This year"), tr("Date range…")});
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->hide();
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::emitCustomRange);
    }
    m_from->setAccessibleName(tr("Issued from"));
    m_to->setAccessibleName(tr("Issued to"));
    connect(m_date, &QComboBox::activated, this, &FilterBar::onDatePreset);
}

QString FilterBar::presetRange(int index) const
{
    const QDate today = QDate::currentDate();
    // -> QString: with a deduced type the lambda returns a QStringBuilder that refers to
    // its temporaries, which are gone by the time it is converted (a crash on typing "issued:2").
    const auto range = [](QDate from, QDate to) -> QString {
        return from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
    };
    switch (DatePreset(index)) {
    case Today:
        return today.toString(Qt::ISODate);
    case Last7:
        return range(today.addDays(-6), today);
    case Last30:
        return range(today.addDays(-29), today);
    case ThisMonth:
        return today.toString(QStringLiteral("yyyy-MM"));
    case ThisYear:
        return QString::number(today.year());
    case Custom:
        return range(m_from->date(), m_to->date());
    case AnyTime:
        break;
    }
    return {};
}

void FilterBar::onDatePreset(int index)
{
    m_from->setVisible(index == Custom);
    m_to->setVisible(index == Custom);
    if (!m_syncing)
        emit fieldEdited(QStringLiteral("issued"), presetRange(index));
}

void FilterBar::emitCustomRange()
{
    if (!m_syncing && m_date->currentIndex() == Custom)
        emit fieldEdited(QStringLiteral("issued"), presetRange(Custom));
}
