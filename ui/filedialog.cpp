#include "filedialog.h"

#include <QFileDialog>
#include <optional>

namespace {
std::optional<QString> s_next;
QString s_lastSuggested;
} // namespace

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                    const QString &filter)
{
    s_lastSuggested = suggested;
    if (s_next) {
        const QString answer = *s_next;
        s_next.reset();
        return answer;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void FileDialog::setNextSavePath(const QString &path) { s_next = path; }

QString FileDialog::lastSuggested() { return s_lastSuggested; }
