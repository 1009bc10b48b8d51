// The incentive side of the demo workbook: two policy versions, closed quarters,
// penalties and MDF requests in every state, so the Incentives view opens on a
// channel with a history rather than an empty book.
#pragma once

namespace cs {

class Workbook;

// Adds the demo's incentive records to a workbook its spreadsheets were imported
// into (results 2025Q1–2026Q3). Deterministic: the same data gives the same records.
// Throws StorageError.
void addDemoIncentives(Workbook &workbook);

} // namespace cs
