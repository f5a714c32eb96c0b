#include "rulefunctions.h"

#include "domain/reissuerules.h"
#include "domain/textfold.h"

#include <QString>

namespace proofdesk::cache {

namespace {

int compareFolded(void *, int aBytes, const void *a, int bBytes, const void *b)
{
    return domain::compareFoldedUtf8(static_cast<const char *>(a), aBytes, static_cast<const char *>(b), bBytes);
}

void foldFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray folded = domain::foldCase(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

QString textArgument(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return text ? QString::fromUtf8(text, sqlite3_value_bytes(value)) : QString();
}

void destinationOnFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const domain::Recipient recipient{textArgument(argv[1]), textArgument(argv[2]), textArgument(argv[3])};
    const QByteArray destination = domain::destinationOn(recipient, textArgument(argv[0])).toUtf8();
    if (destination.isEmpty())
        sqlite3_result_null(context);
    else
        sqlite3_result_text(context, destination.constData(), int(destination.size()), SQLITE_TRANSIENT);
}

} // namespace

void registerRuleFunctions(sqlite3 *db)
{
    sqlite3_create_collation_v2(db, "fold", SQLITE_UTF8, nullptr, compareFolded, nullptr);
    sqlite3_create_function_v2(db, "fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               foldFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "destination_on", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               destinationOnFunction, nullptr, nullptr, nullptr);
}

} // namespace proofdesk::cache
