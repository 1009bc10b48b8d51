#include "import/PackageFile.h"

#include <algorithm>
#include <cstring>

namespace cs {

PackageFile::PackageFile(const QString &path)
    : m_file(path)
{
}

PackageFile::~PackageFile()
{
    PackageFile::close();
}

bool PackageFile::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly) {
        setErrorString(QStringLiteral("read-only"));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_size = m_file.size();
    m_blocks = {};
    // Unbuffered: the blocks are the buffer, and QIODevice's own would copy twice.
    return QIODevice::open(mode | Unbuffered);
}

void PackageFile::close()
{
    if (isOpen())
        QIODevice::close();
    m_file.close();
    m_blocks = {};
}

const PackageFile::Block *PackageFile::blockAt(qint64 position)
{
    const qint64 start = position - position % blockSize;
    for (const Block &block : m_blocks)
        if (block.start == start)
            return &block;
    Block &victim = m_blocks[m_nextVictim];
    m_nextVictim = (m_nextVictim + 1) % m_blocks.size();
    victim.start = -1;
    if (!m_file.seek(start))
        return nullptr;
    victim.bytes = m_file.read(blockSize);
    if (victim.bytes.isEmpty())
        return nullptr;
    victim.start = start;
    return &victim;
}

qint64 PackageFile::readData(char *data, qint64 maxSize)
{
    qint64 position = pos();
    qint64 done = 0;
    while (done < maxSize && position < m_size) {
        const Block *block = blockAt(position);
        if (!block)
            return done > 0 ? done : -1;
        const qint64 offset = position - block->start;
        const qint64 available = block->bytes.size() - offset;
        if (available <= 0)
            break; // the file is shorter than when it was opened
        const qint64 n = std::min(available, maxSize - done);
        std::memcpy(data + done, block->bytes.constData() + offset, std::size_t(n));
        done += n;
        position += n;
    }
    return done;
}

} // namespace cs
