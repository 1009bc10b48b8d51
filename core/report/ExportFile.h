// A file the workstation exports (CSV, xlsx, PDF, PNG, a rejects list), written whole
// or not at all: the bytes go to a temporary file beside the destination, which
// replaces the destination only once it is complete and on disk.
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace cs {

class ExportFile {
    Q_DECLARE_TR_FUNCTIONS(cs::ExportFile)

public:
    explicit ExportFile(QString path);
    // Removes the temporary file unless commit() put it in place.
    ~ExportFile();
    ExportFile(const ExportFile &) = delete;
    ExportFile &operator=(const ExportFile &) = delete;

    // Creates the temporary file in the destination's folder (the same file system, so
    // the final rename is one step). False with error() when the folder is missing, is
    // not writable, or the destination is a folder.
    bool open();
    // The temporary file, open for writing, for writers that take a device. A failed
    // write is remembered and reported by commit().
    QFile &device() { return m_file; }
    // Appends to the temporary file; false with error() (and the file dropped) on failure.
    bool write(const QByteArray &bytes);
    // For writers that open the file by name themselves (libxlsxwriter): closes the
    // device and returns the temporary file's name for them to overwrite.
    QString handOver();
    // Syncs the temporary file, renames it over the destination and syncs the folder.
    // False with error() when a write failed on the way (a full disk) or the rename
    // failed; then the temporary file is gone and the destination is as it was.
    bool commit();
    // Drops the temporary file (a cancel); the destination stays as it was.
    void discard();
    // Records why the writer failed, in its own words (or the device's, when a write
    // failed: "the disk is full"), and drops the temporary file.
    void fail(const QString &reason);

    QString path() const { return m_path; }
    QString temporaryPath() const { return m_temporary; }
    // Why it failed, as a clause: "the disk is full".
    QString reason() const { return m_reason; }
    // The reason as a sentence naming the file.
    QString error() const;

    // "“/home/li/statements.csv” could not be written: the disk is full"
    static QString failure(const QString &path, const QString &reason);
    // An errno value as a reason: "the disk is full", or the system's own text.
    static QString systemReason(int code);

private:
    // Remembers the first failed write: QFile forgets it at the next write, so a
    // writer that ignores return values (QPdfWriter) would otherwise hide a full disk.
    class Device : public QFile {
    public:
        QString failure;

    protected:
        qint64 writeData(const char *data, qint64 length) override;
    };

    bool failWith(const QString &reason);

    QString m_path;
    QString m_target; // m_path, or the file a symbolic link there points to
    QString m_temporary;
    Device m_file;
    bool m_handedOver = false;
    bool m_placed = false;
    QString m_reason;
};

} // namespace cs
