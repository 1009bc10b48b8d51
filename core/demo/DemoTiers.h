// The tier history of the demo workbook: changes confirmed in the 2026Q1 review, so
// the tier review and each partner's history open on a channel with a past.
#pragma once

namespace cs {

class Workbook;

// Adds a few promotions and demotions confirmed in the 2026Q1 review (effective
// 2026Q2; the first review with capability assessments to judge service by) to a
// workbook its spreadsheets were imported into. Each ends at the tier the registry
// holds, so the registry still shows what the spreadsheet said; the partners chosen
// are ones the criteria put in that tier for 2026Q1, and each change carries that
// review's own reason. Deterministic. Throws StorageError.
void addDemoTiers(Workbook &workbook);

} // namespace cs
