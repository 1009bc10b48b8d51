// Helpers the test suites share: temporary folders, file checksums, and a
// printable QString for Catch2's messages.
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <memory>
#include <ostream>

std::ostream &operator<<(std::ostream &os, const QString &s);

namespace cs::test {

// A fresh folder removed at the end of the test.
std::unique_ptr<QTemporaryDir> tempDir();

// SHA-256 of the file plus its -wal/-shm companions' existence, so "unchanged"
// means nothing at all was written beside it either.
QByteArray fileFingerprint(const QString &path);

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);

// Builds the shipped demo workbook into `path`.
void buildDemo(const QString &path);

} // namespace cs::test
