// An error from the workbook's storage, carrying a message fit to show the user.
// Storage code throws it; callers at the edge (GUI command, CLI) catch and report.
#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace cs {

class StorageError : public std::exception {
public:
    explicit StorageError(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {
    }
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace cs
