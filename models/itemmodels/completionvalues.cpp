#include "completionvalues.h"

#include "asyncread.h"
#include "metadatamodel.h"
#include "search/completion.h"
#include "search/fields.h"

namespace proofdesk::itemmodels {

namespace {

// Fields whose values are few enough to offer; ids and business keys are too many.
const char *const kValueFields[] = {"type",     "channel",  "template", "unit",  "status", "origin", "fixity",
                                    "language", "campaign", "batch",    "block", "hold",   "repo"};

} // namespace

QStringList CompletionValues::completions() const
{
    QStringList out;
    for (const auto &field : fields)
        out << field + QLatin1Char(':');
    for (const auto &field : fields) {
        for (const auto &value : values.value(field))
            out << MetadataModel::fieldQuery(field, value);
    }
    return out;
}

void loadCompletionValues(const QString &databasePath, QObject *context, std::function<void(CompletionValues)> done)
{
    readAsync<CompletionValues>(
        databasePath, context,
        [](cache::Database &db) {
            CompletionValues result;
            result.fields = search::fieldNames();
            try {
                for (const char *field : kValueFields) {
                    const QString name = QLatin1String(field);
                    result.values.insert(name, search::knownValues(db, name, QString(), 200));
                }
            } catch (const std::exception &e) {
                result.error = QString::fromUtf8(e.what());
            }
            return result;
        },
        std::move(done));
}

} // namespace proofdesk::itemmodels
