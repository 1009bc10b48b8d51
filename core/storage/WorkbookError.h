// Why a workbook could not be opened, created or copied, in words for the user
// and as a kind the command line maps to its exit code.
#pragma once

#include <QString>

namespace cs {

struct WorkbookError {
    enum class Kind {
        None,
        NotFound, // no file at that path
        NotAWorkbook, // a text file, an empty file, another program's SQLite database
        Corrupt, // a SQLite file that is truncated or damaged
        NewerVersion, // written by a newer Channel Station
        AlreadyExists, // refusing to create over an existing file
        Io, // the file system said no (permissions, disk full)
        Locked, // open for writing elsewhere (another program, or another window of this one)
        ReadOnly, // a read-only file, folder or disk: it can be read, not changed
    };

    Kind kind = Kind::None;
    QString message;

    explicit operator bool() const { return kind != Kind::None; }
};

} // namespace cs
