#include "statementutil.h"

namespace proofdesk::search {

int bindValues(cache::Statement &st, const QList<QVariant> &values)
{
    int index = 1;
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::LongLong)
            st.bind(index++, v.toLongLong());
        else if (v.metaType() == QMetaType::fromType<RowSetParameter>())
            st.bindRowSet(index++, v.value<RowSetParameter>().set);
        else
            st.bind(index++, v.toString());
    }
    return index;
}

} // namespace proofdesk::search
