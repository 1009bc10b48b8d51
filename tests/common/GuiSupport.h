// Helpers for widget tests: answering the modal dialogs a user would answer,
// and opening the main window on a fresh copy of the demo workbook.
#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

namespace cs {
class MainWindow;
}

namespace cs::test {

// While alive, answers every message box that opens: records its text and
// presses `button`, or the box's default button when it has no such button.
class DialogAnswer {
public:
    explicit DialogAnswer(QMessageBox::StandardButton button);
    ~DialogAnswer();
    DialogAnswer(const DialogAnswer &) = delete;
    DialogAnswer &operator=(const DialogAnswer &) = delete;
    bool seen() const { return !m_texts->isEmpty(); }
    QString text() const { return m_texts->value(0); }
    QStringList texts() const { return *m_texts; }

private:
    std::shared_ptr<QStringList> m_texts = std::make_shared<QStringList>();
    // Owned, not left to deleteLater(): a test that ends without another turn of
    // the event loop would leak it (LeakSanitizer said so).
    std::unique_ptr<QTimer> m_timer;
};

struct DemoWindow {
    std::unique_ptr<QTemporaryDir> dir;
    QString path;
    std::unique_ptr<MainWindow> window;
};

DemoWindow openDemoWindow();

// Pages of a PDF as QPdfWriter writes them: one "/Type /Page" object each.
int pdfPageCount(const QString &path);
// The PDF's text as pdftotext extracts it (poppler-utils, which scripts/setup.sh
// installs): what a reader can select and search. Empty when it cannot be run.
QString pdfText(const QString &path);
// `text` without any white space, so a sentence the page wrapped still matches.
QString squeezed(QString text);

// Runs the event loop until `done` holds or `ms` pass; returns `done()`.
bool waitUntil(const std::function<bool()> &done, int ms = 2000);

} // namespace cs::test
