#pragma once
// Which rows of the desktop's results list are on screen, and whether their data is in
// (ResultsModel loads pages of rows in the background): the desktop benchmarks wait for
// the visible rows before they time a paint or click one.

#include <QPair>

class ResultsView;

namespace uibench {

// The first and last row in the viewport, or {-1, -1} when it shows none.
QPair<int, int> visibleRows(const ResultsView *view);
// Every row in the viewport has its data (ResultsModel::LoadedRole).
bool visibleRowsLoaded(const ResultsView *view);

} // namespace uibench
