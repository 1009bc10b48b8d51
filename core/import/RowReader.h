// Pulls rows from a spreadsheet file one at a time, so a million-row file is
// never held in memory and a preview reads only what it shows.
#pragma once

#include "import/SheetRow.h"

#include <QString>

#include <optional>

namespace cs {

class RowReader {
public:
    virtual ~RowReader() = default;

    // The next non-blank row, or nullopt at the end of the data or on an error;
    // error() tells which. Blank rows are skipped but keep their numbers counted.
    virtual std::optional<SheetRow> next() = 0;

    // Takes back a row the caller is done with, so that a later next() fills its
    // cells' buffers again instead of freeing them and allocating new ones: on a
    // million-row file that is most of what reading costs besides parsing. Call
    // it on the thread that calls next(). A reader that cannot reuse rows drops it.
    virtual void recycle(SheetRow &&row) { Q_UNUSED(row) }

    // Empty while all is well. A message fit for the user: it names the file
    // (and sheet), the row where reading stopped, and what is wrong.
    virtual QString error() const = 0;

    // How far through the input reading is, for a progress bar: done <= total.
    virtual qint64 progressDone() const = 0;
    virtual qint64 progressTotal() const = 0;

    // Hard limits on hostile input (Excel's own limits).
    static constexpr int maxCellLength = 32767;
    static constexpr int maxColumns = 16384;
};

} // namespace cs
