// The bar across the top of the window once the open workbook's file was deleted
// or moved: says that changes can no longer be saved, and offers to keep the data.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace cs {

class FileLostBanner : public QFrame {
    Q_OBJECT

public:
    explicit FileLostBanner(QWidget *parent = nullptr);

    // Shows the bar about the workbook that was at `path`.
    void showFor(const QString &path);
    QString text() const;
    QPushButton *saveCopyButton() const { return m_saveCopy; }

signals:
    void saveCopyRequested();

private:
    QLabel *m_text;
    QPushButton *m_saveCopy;
};

} // namespace cs
