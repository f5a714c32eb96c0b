#include "complianceformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace proofdesk::compliance {

namespace {

// Delivery statuses, reissue modes and request statuses as findings name them.
constexpr struct
{
    const char *code, *word;
} kWords[] = {
    {"bounced", QT_TRANSLATE_NOOP("proofdesk::compliance::SentenceWords", "bounced")},
    {"returned", QT_TRANSLATE_NOOP("proofdesk::compliance::SentenceWords", "returned")},
    {"failed", QT_TRANSLATE_NOOP("proofdesk::compliance::SentenceWords", "failed")},
    {"resend", QT_TRANSLATE_NOOP("proofdesk::compliance::SentenceWords", "resend")},
    {"regenerate", QT_TRANSLATE_NOOP("proofdesk::compliance::SentenceWords", "regeneration")},
    {"draft", QT_TRANSLATE_NOOP("proofdesk::compliance::SentenceWords", "draft")},
    {"pending_approval", QT_TRANSLATE_NOOP("proofdesk::compliance::SentenceWords", "awaiting approval")},
    {"approved", QT_TRANSLATE_NOOP("proofdesk::compliance::SentenceWords", "approved")},
    {"queued", QT_TRANSLATE_NOOP("proofdesk::compliance::SentenceWords", "queued to send")},
    {"sent", QT_TRANSLATE_NOOP("proofdesk::compliance::SentenceWords", "sent")},
};

} // namespace

QString sentenceWord(const QString &code)
{
    for (const auto &w : kWords) {
        if (code.compare(QLatin1String(w.code), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("proofdesk::compliance::SentenceWords", w.word);
    }
    return code;
}

QString formatDay(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd"));
}

QString formatMinute(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
           + QStringLiteral(" UTC");
}

QString formatPair(qint64 first, qint64 second, QString *secondText)
{
    const bool sameDay = formatDay(first) == formatDay(second);
    *secondText = sameDay ? formatMinute(second) : formatDay(second);
    return sameDay ? formatMinute(first) : formatDay(first);
}

} // namespace proofdesk::compliance
