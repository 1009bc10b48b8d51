// Asks before a quarter is closed: what closing freezes, how later corrections are
// settled, and a note to keep with the closing.
#pragma once

#include "domain/Quarter.h"

#include <QDialog>

class QPlainTextEdit;

namespace cs {

class CloseQuarterDialog : public QDialog {
    Q_OBJECT

public:
    // `statements` and `exceptions` are counted in the preview that will be frozen.
    CloseQuarterDialog(Quarter quarter, int statements, int exceptions, QWidget *parent = nullptr);

    QString note() const;
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    QPlainTextEdit *m_note;
};

} // namespace cs
