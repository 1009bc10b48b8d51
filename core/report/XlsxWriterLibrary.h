// libxlsxwriter, loaded the first time a workbook is written, with its own minizip
// bound ahead of QuaZip's. Both export minizip's zip* functions under the same names
// but with different arguments (QuaZip's take a QIODevice); linked normally, whichever
// the loader finds first serves both, and writing an .xlsx crashed in QuaZip's zipOpen.
#pragma once

#include <QString>

#include <xlsxwriter.h>

namespace cs {

// The functions the exports use, as libxlsxwriter declares them.
struct XlsxWriterLibrary {
    decltype(&::workbook_new) workbookNew;
    decltype(&::workbook_add_worksheet) addWorksheet;
    decltype(&::workbook_add_format) addFormat;
    decltype(&::workbook_close) close;
    decltype(&::format_set_bold) setBold;
    decltype(&::format_set_bottom) setBottom;
    decltype(&::format_set_num_format) setNumFormat;
    decltype(&::format_set_text_wrap) setTextWrap;
    decltype(&::worksheet_write_string) writeString;
    decltype(&::worksheet_write_number) writeNumber;
    decltype(&::worksheet_set_column) setColumn;
    decltype(&::worksheet_freeze_panes) freezePanes;
    decltype(&::worksheet_autofilter) autofilter;
    decltype(&::lxw_strerror) strerror;

    // Loaded once per process; nullptr with a message in *error when the library or
    // one of its functions is missing.
    static const XlsxWriterLibrary *get(QString *error);
};

} // namespace cs
