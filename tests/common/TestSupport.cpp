#include "TestSupport.h"

#include "demo/DemoWorkbook.h"

#include <QCryptographicHash>
#include <QFile>

std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace cs::test {

std::unique_ptr<QTemporaryDir> tempDir()
{
    auto dir = std::make_unique<QTemporaryDir>();
    REQUIRE(dir->isValid());
    return dir;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray fileFingerprint(const QString &path)
{
    QByteArray print = QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
    print += QFile::exists(path + QStringLiteral("-wal")) ? "+wal" : "";
    print += QFile::exists(path + QStringLiteral("-shm")) ? "+shm" : "";
    return print;
}

void buildDemo(const QString &path)
{
    // Built once per test run and copied: importing the demo's 80,000 rows for
    // every test that wants a populated workbook would dominate the suite's time.
    static QTemporaryDir cache;
    static const QString built = cache.filePath(QStringLiteral("demo.cwb"));
    if (!QFile::exists(built)) {
        QString error;
        INFO(error);
        REQUIRE(DemoWorkbook::build(QStringLiteral(DEMO_DATA_DIR), built, &error));
    }
    REQUIRE(QFile::copy(built, path));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace cs::test
