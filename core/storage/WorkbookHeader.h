// The first check of a workbook file: its fixed 100-byte SQLite header, read without
// SQLite, tells most wrong files (empty, a spreadsheet, another program's) apart.
#pragma once

#include "storage/WorkbookError.h"

#include <QString>

namespace cs {

// No error, and *userVersion set, when the header is a workbook's; the messages are Workbook's.
WorkbookError inspectWorkbookHeader(const QString &path, quint32 *userVersion);

} // namespace cs
