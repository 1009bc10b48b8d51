// Which quarters a workbook holds results for: the periods there is anything to
// settle or score. One query over the results table's quarter column.
#pragma once

#include "domain/Quarter.h"

#include <QList>

namespace cs {

class Workbook;

// Oldest first, each once. Throws StorageError when the workbook cannot be read.
QList<Quarter> quartersWithResults(Workbook &workbook);

} // namespace cs
