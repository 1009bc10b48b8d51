#include "FaultyVfs.h"

#include <atomic>
#include <cstring>
#include <sqlite3.h>

namespace cs::test {

namespace {

struct State {
    sqlite3_vfs vfs {};
    sqlite3_vfs *real = nullptr;
    std::atomic<bool> readOnly { false };
    std::atomic<qint64> writeBudget { -1 }; // bytes still accepted; -1: no limit
    std::atomic<int> writeCode { SQLITE_FULL };
    std::atomic<bool> failSyncs { false };
    std::atomic<int> faults { 0 };
};

// Never freed: a connection opened under the VFS may outlive the scoped object,
// and SQLite keeps pointers to the VFS and its methods until that connection closes.
State &state()
{
    static State s;
    return s;
}

// Our file, with the real VFS's file right behind it in the same allocation.
struct File {
    sqlite3_file base;
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<sqlite3_file *>(reinterpret_cast<File *>(file) + 1);
}

const sqlite3_io_methods *real(sqlite3_file *file)
{
    return realOf(file)->pMethods;
}

int fileClose(sqlite3_file *f)
{
    return real(f)->xClose(realOf(f));
}

int fileRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->xRead(realOf(f), buffer, amount, offset);
}

int fileWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    State &s = state();
    const qint64 budget = s.writeBudget.load();
    if (budget >= 0) {
        if (amount > budget) {
            s.writeBudget = 0;
            ++s.faults;
            return s.writeCode.load();
        }
        s.writeBudget = budget - amount;
    }
    return real(f)->xWrite(realOf(f), buffer, amount, offset);
}

int fileTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->xTruncate(realOf(f), size);
}

int fileSync(sqlite3_file *f, int flags)
{
    if (state().failSyncs) {
        ++state().faults;
        return SQLITE_IOERR_FSYNC;
    }
    return real(f)->xSync(realOf(f), flags);
}

int fileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->xFileSize(realOf(f), size);
}

int fileLock(sqlite3_file *f, int level)
{
    return real(f)->xLock(realOf(f), level);
}

int fileUnlock(sqlite3_file *f, int level)
{
    return real(f)->xUnlock(realOf(f), level);
}

int fileCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->xCheckReservedLock(realOf(f), out);
}

int fileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->xFileControl(realOf(f), op, arg);
}

int fileSectorSize(sqlite3_file *f)
{
    return real(f)->xSectorSize(realOf(f));
}

int fileDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->xDeviceCharacteristics(realOf(f));
}

int fileShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return real(f)->xShmMap(realOf(f), page, size, extend, out);
}

int fileShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->xShmLock(realOf(f), offset, n, flags);
}

void fileShmBarrier(sqlite3_file *f)
{
    real(f)->xShmBarrier(realOf(f));
}

int fileShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->xShmUnmap(realOf(f), deleteFlag);
}

int fileFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return real(f)->xFetch(realOf(f), offset, amount, out);
}

int fileUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *page)
{
    return real(f)->xUnfetch(realOf(f), offset, page);
}

const sqlite3_io_methods fileMethods = { 3, fileClose, fileRead, fileWrite, fileTruncate, fileSync, fileSize,
    fileLock, fileUnlock, fileCheckReservedLock, fileControl, fileSectorSize, fileDeviceCharacteristics,
    fileShmMap, fileShmLock, fileShmBarrier, fileShmUnmap, fileFetch, fileUnfetch };

int vfsOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    State &s = state();
    file->pMethods = nullptr; // SQLite calls xClose only on a file that opened
    int openFlags = flags;
    // Temporary files (no name) live elsewhere; the workbook and its journals are "read-only".
    if (s.readOnly && name && (flags & SQLITE_OPEN_READWRITE)) {
        int exists = 0;
        if (s.real->xAccess(s.real, name, SQLITE_ACCESS_EXISTS, &exists) != SQLITE_OK || !exists)
            return SQLITE_CANTOPEN;
        openFlags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
    }
    sqlite3_file *inner = realOf(file);
    std::memset(inner, 0, size_t(s.real->szOsFile));
    int innerOut = 0;
    const int rc = s.real->xOpen(s.real, name, inner, openFlags, &innerOut);
    if (rc != SQLITE_OK)
        return rc;
    if (outFlags)
        *outFlags = innerOut;
    file->pMethods = &fileMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return state().real->xDelete(state().real, name, syncDir);
}

int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return state().real->xAccess(state().real, name, flags, out);
}

int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return state().real->xFullPathname(state().real, name, size, out);
}

void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return state().real->xDlOpen(state().real, name);
}

void vfsDlError(sqlite3_vfs *, int size, char *out)
{
    state().real->xDlError(state().real, size, out);
}

void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return state().real->xDlSym(state().real, handle, symbol);
}

void vfsDlClose(sqlite3_vfs *, void *handle)
{
    state().real->xDlClose(state().real, handle);
}

int vfsRandomness(sqlite3_vfs *, int size, char *out)
{
    return state().real->xRandomness(state().real, size, out);
}

int vfsSleep(sqlite3_vfs *, int microseconds)
{
    return state().real->xSleep(state().real, microseconds);
}

int vfsCurrentTime(sqlite3_vfs *, double *out)
{
    return state().real->xCurrentTime(state().real, out);
}

int vfsGetLastError(sqlite3_vfs *, int size, char *out)
{
    return state().real->xGetLastError(state().real, size, out);
}

int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return state().real->xCurrentTimeInt64(state().real, out);
}

} // namespace

FaultyVfs::FaultyVfs()
{
    State &s = state();
    if (!s.real) {
        s.real = sqlite3_vfs_find(nullptr);
        sqlite3_vfs &v = s.vfs;
        v.iVersion = 2; // the system-call hooks of version 3 are not needed
        v.szOsFile = int(sizeof(File)) + s.real->szOsFile;
        v.mxPathname = s.real->mxPathname;
        v.zName = "cs-faulty";
        v.xOpen = vfsOpen;
        v.xDelete = vfsDelete;
        v.xAccess = vfsAccess;
        v.xFullPathname = vfsFullPathname;
        v.xDlOpen = vfsDlOpen;
        v.xDlError = vfsDlError;
        v.xDlSym = vfsDlSym;
        v.xDlClose = vfsDlClose;
        v.xRandomness = vfsRandomness;
        v.xSleep = vfsSleep;
        v.xCurrentTime = vfsCurrentTime;
        v.xGetLastError = vfsGetLastError;
        v.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    }
    heal();
    sqlite3_vfs_register(&s.vfs, 1);
}

FaultyVfs::~FaultyVfs()
{
    State &s = state();
    heal();
    sqlite3_vfs_unregister(&s.vfs);
    sqlite3_vfs_register(s.real, 1);
}

void FaultyVfs::setReadOnly(bool readOnly)
{
    state().readOnly = readOnly;
}

void FaultyVfs::failWritesAfter(qint64 bytes, int code)
{
    state().writeCode = code;
    state().writeBudget = bytes;
}

void FaultyVfs::failSyncs(bool fail)
{
    state().failSyncs = fail;
}

void FaultyVfs::heal()
{
    State &s = state();
    s.readOnly = false;
    s.writeBudget = -1;
    s.failSyncs = false;
    s.faults = 0;
}

int FaultyVfs::faults() const
{
    return state().faults;
}

} // namespace cs::test
