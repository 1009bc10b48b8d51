#include "GuiSupport.h"

#include "MainWindow.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace cs::test {

DialogAnswer::DialogAnswer(QMessageBox::StandardButton button)
    : m_timer(std::make_unique<QTimer>())
{
    // Poll: the box appears inside a nested event loop started after this returns.
    m_timer->setInterval(5);
    QObject::connect(m_timer.get(), &QTimer::timeout, m_timer.get(), [button, texts = m_texts] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            box && box->isVisible()) {
            texts->append(box->text());
            if (QAbstractButton *b = box->button(button))
                b->click();
            else if (QAbstractButton *fallback = box->defaultButton())
                fallback->click();
            else
                box->reject();
        }
    });
    m_timer->start();
}

DialogAnswer::~DialogAnswer() = default;

int pdfPageCount(const QString &path)
{
    const QByteArray bytes = readAll(path);
    return int(QString::fromLatin1(bytes).count(QRegularExpression(QStringLiteral("/Type /Page(?!s)"))));
}

QString pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, { path, QStringLiteral("-") });
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

bool waitUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

DemoWindow openDemoWindow()
{
    DemoWindow demo;
    demo.dir = tempDir();
    demo.path = demo.dir->filePath(QStringLiteral("demo.cwb"));
    buildDemo(demo.path);
    demo.window = std::make_unique<MainWindow>();
    demo.window->show();
    REQUIRE(demo.window->openWorkbook(demo.path));
    return demo;
}

} // namespace cs::test
