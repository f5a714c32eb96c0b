#include "rowsetfunctions.h"

namespace proofdesk::cache {

namespace {

RowIdSet *boundSet(sqlite3_context *context, sqlite3_value *value)
{
    auto *set = static_cast<RowIdSet *>(sqlite3_value_pointer(value, kRowSetPointerType));
    if (!set)
        sqlite3_result_error(context, "rowset_has/rowset_add: the first argument must be a bound row set", -1);
    return set;
}

void rowsetHas(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (const RowIdSet *set = boundSet(context, argv[0]))
        sqlite3_result_int(context, sqlite3_value_type(argv[1]) == SQLITE_INTEGER
                                        && set->contains(sqlite3_value_int64(argv[1])));
}

void rowsetAdd(sqlite3_context *context, int, sqlite3_value **argv)
{
    RowIdSet *set = boundSet(context, argv[0]);
    if (!set)
        return;
    if (sqlite3_value_type(argv[1]) == SQLITE_INTEGER)
        set->insert(sqlite3_value_int64(argv[1]));
    sqlite3_result_int(context, 1);
}

} // namespace

void registerRowSetFunctions(sqlite3 *db)
{
    // DIRECTONLY: only statements that name them, never a trigger or view, may call them.
    sqlite3_create_function_v2(db, "rowset_has", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr, rowsetHas, nullptr,
                               nullptr, nullptr);
    sqlite3_create_function_v2(db, "rowset_add", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr, rowsetAdd, nullptr,
                               nullptr, nullptr);
}

} // namespace proofdesk::cache
