// The demo's partner status history: the day each churned demo partner left, so the
// dashboard's churn rate has dates to count (the registry's import stores only the
// status, and the status_changes trigger fires on updates, not on inserts).
#pragma once

namespace cs {

class Workbook;

// Records one dated change to churned for every churned partner that has none,
// placed after its last order and, where the partner's note says when it stopped
// ("2026Q3起停止进货", "2023年终止合作"), in that quarter or year. Partners with
// orders in 2025–2026 churn then; long-gone ones before the demo's data starts.
// Deterministic: the same data gives the same dates. Throws StorageError.
void addDemoStatusHistory(Workbook &workbook);

} // namespace cs
