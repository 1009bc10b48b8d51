// A disk that misbehaves on request, for tests: a SQLite VFS wrapping the real one,
// registered as the default while alive, that can make files read-only, fill up,
// or fail writes and syncs with an I/O error. Everything passes through until told.
#pragma once

#include <QtGlobal>

namespace cs::test {

class FaultyVfs {
public:
    // Connections opened while this is alive use it; close them before it goes,
    // because the real default VFS is restored then.
    FaultyVfs();
    ~FaultyVfs();
    FaultyVfs(const FaultyVfs &) = delete;
    FaultyVfs &operator=(const FaultyVfs &) = delete;

    // Files opened from now on open read-only (as on a read-only mount or file),
    // and new files cannot be created.
    void setReadOnly(bool readOnly);
    // After `bytes` more bytes, every write fails with `code` (SQLITE_FULL: the disk is full).
    void failWritesAfter(qint64 bytes, int code);
    // Every sync fails with SQLITE_IOERR_FSYNC.
    void failSyncs(bool fail);
    // Back to a healthy disk (files already opened read-only stay so).
    void heal();

    // How many writes and syncs were refused since the last heal().
    int faults() const;
};

} // namespace cs::test
