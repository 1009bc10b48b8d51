// The rejected rows of an import that kept its valid rows: the file's own
// columns plus the source row and the reasons, as CSV that Excel and WPS open.
// Written under a temporary name and moved into place only once the import is committed.
#pragma once

#include "import/SheetRow.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

namespace cs {

class RejectsFile {
    Q_DECLARE_TR_FUNCTIONS(cs::RejectsFile)

public:
    RejectsFile(QString path, QStringList headers);
    ~RejectsFile(); // removes the temporary file unless place() moved it

    // False (see error()) when the file cannot be written.
    bool add(const SheetRow &row, const QStringList &reasons);
    bool place(); // moves the finished file to its path, replacing what is there
    bool isEmpty() const { return m_rows == 0; }
    QString path() const { return m_path; }
    QString error() const { return m_error; }

private:
    bool write(const QStringList &fields);

    QString m_path;
    QStringList m_headers;
    QFile m_file;
    qint64 m_rows = 0;
    bool m_placed = false;
    QString m_error;
};

} // namespace cs
