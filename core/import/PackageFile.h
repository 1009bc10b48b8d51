// The .xlsx file as the zip layer reads it: through a few cached blocks, so its
// many tiny reads and seeks cost a memory copy instead of two system calls.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>

#include <array>

namespace cs {

// minizip reads the central directory a byte or two at a time and seeks between
// reads; a crafted directory (found by fuzzing) made a 4 KB file cost 320,000
// system calls. Reads here are served from four 16 KB blocks of the file.
class PackageFile : public QIODevice {
public:
    explicit PackageFile(const QString &path);
    ~PackageFile() override;

    // Read-only; any other mode is refused.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    QString fileErrorString() const { return m_file.errorString(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Block {
        qint64 start = -1;
        QByteArray bytes;
    };
    static constexpr qint64 blockSize = qint64(16) * 1024;

    const Block *blockAt(qint64 position);

    QFile m_file;
    qint64 m_size = 0;
    std::array<Block, 4> m_blocks;
    std::size_t m_nextVictim = 0;
};

} // namespace cs
