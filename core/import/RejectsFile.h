// The rejected rows of an import that kept its valid rows: the file's own
// columns plus the source row and the reasons, as CSV that Excel and WPS open.
// Written under a temporary name and moved into place only once the import is committed.
#pragma once

#include "import/SheetRow.h"
#include "report/ExportFile.h"

#include <QCoreApplication>
#include <QStringList>

namespace cs {

class RejectsFile {
    Q_DECLARE_TR_FUNCTIONS(cs::RejectsFile)

public:
    RejectsFile(QString path, QStringList headers);

    // False (see error()) when the file cannot be written.
    bool add(const SheetRow &row, const QStringList &reasons);
    // Moves the finished file to its path, replacing what is there. On failure
    // (see error()) nothing is left but what was there before.
    bool place();
    bool isEmpty() const { return m_rows == 0; }
    QString path() const { return m_path; }
    QString error() const { return m_error; }

private:
    bool write(const QStringList &fields);
    bool failed();

    QString m_path;
    QStringList m_headers;
    ExportFile m_file; // removes its temporary file unless place() put it in place
    qint64 m_rows = 0;
    QString m_error;
};

} // namespace cs
