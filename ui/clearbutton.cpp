#include "clearbutton.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

void enableNamedClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    const QString text = QCoreApplication::translate("ClearButton", "Clear");
    for (QAction *action : edit->findChildren<QAction *>()) {
        if (action->objectName() == QLatin1String("_q_qlineeditclearaction")) {
            action->setText(text);
            action->setToolTip(text);
        }
    }
}
