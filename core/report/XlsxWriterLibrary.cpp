#include "report/XlsxWriterLibrary.h"

#include <dlfcn.h>
#include <optional>

namespace cs {

namespace {

struct Loaded {
    std::optional<XlsxWriterLibrary> library;
    QString error;
};

template<typename F> bool bind(void *handle, const char *name, F *function, QString *missing)
{
    *function = reinterpret_cast<F>(dlsym(handle, name));
    if (!*function)
        *missing = QString::fromLatin1(name);
    return *function != nullptr;
}

Loaded load()
{
    Loaded loaded;
    // RTLD_DEEPBIND: the library and its minizip look up their own symbols first, so
    // QuaZip's same-named functions (already loaded for reading .xlsx) stay out of it.
    // AddressSanitizer refuses RTLD_DEEPBIND; under it the library gets a link
    // namespace of its own, which keeps the two apart the same way.
#if defined(__SANITIZE_ADDRESS__)
    void *handle = dlmopen(LM_ID_NEWLM, CS_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL);
#else
    void *handle = dlopen(CS_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
#endif
    if (!handle) {
        loaded.error = QString::fromLocal8Bit(dlerror());
        return loaded;
    }
    XlsxWriterLibrary l {};
    QString missing;
    const bool ok = bind(handle, "workbook_new", &l.workbookNew, &missing)
        && bind(handle, "workbook_add_worksheet", &l.addWorksheet, &missing)
        && bind(handle, "workbook_add_format", &l.addFormat, &missing)
        && bind(handle, "workbook_close", &l.close, &missing)
        && bind(handle, "format_set_bold", &l.setBold, &missing)
        && bind(handle, "format_set_bottom", &l.setBottom, &missing)
        && bind(handle, "format_set_num_format", &l.setNumFormat, &missing)
        && bind(handle, "format_set_text_wrap", &l.setTextWrap, &missing)
        && bind(handle, "worksheet_write_string", &l.writeString, &missing)
        && bind(handle, "worksheet_write_number", &l.writeNumber, &missing)
        && bind(handle, "worksheet_set_column", &l.setColumn, &missing)
        && bind(handle, "worksheet_freeze_panes", &l.freezePanes, &missing)
        && bind(handle, "worksheet_autofilter", &l.autofilter, &missing)
        && bind(handle, "lxw_strerror", &l.strerror, &missing);
    if (!ok) {
        loaded.error = QStringLiteral("%1: %2 missing").arg(QStringLiteral(CS_XLSXWRITER_SONAME), missing);
        dlclose(handle);
        return loaded;
    }
    loaded.library = l; // the handle stays open for the life of the process
    return loaded;
}

} // namespace

const XlsxWriterLibrary *XlsxWriterLibrary::get(QString *error)
{
    static const Loaded loaded = load();
    if (!loaded.library)
        *error = loaded.error;
    return loaded.library ? &*loaded.library : nullptr;
}

} // namespace cs
