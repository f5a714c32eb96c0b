#include "resultsrows.h"

#include "itemmodels/resultsmodel.h"
#include "resultsview.h"

namespace uibench {

QPair<int, int> visibleRows(const ResultsView *view)
{
    const int top = view->rowAt(0);
    if (top < 0)
        return {-1, -1};
    int bottom = view->rowAt(view->viewport()->height() - 1);
    if (bottom < 0)
        bottom = view->model()->rowCount() - 1;
    return {top, bottom};
}

bool visibleRowsLoaded(const ResultsView *view)
{
    const QAbstractItemModel *model = view->model();
    const auto [top, bottom] = visibleRows(view);
    for (int r = top; r >= 0 && r <= bottom; ++r) {
        if (!model->data(model->index(r, 0), proofdesk::itemmodels::ResultsModel::LoadedRole).toBool())
            return false;
    }
    return true;
}

} // namespace uibench
