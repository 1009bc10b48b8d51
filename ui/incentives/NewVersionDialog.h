// Asks when a new policy version takes effect, and why it exists. Only quarters
// after the last closed one are offered: a closed quarter never changes policy.
#pragma once

#include "domain/Quarter.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;

namespace cs {

class NewVersionDialog : public QDialog {
    Q_OBJECT

public:
    // `firstAllowed`: the first quarter a version may take effect from (none: any).
    NewVersionDialog(const QString &explanation, std::optional<Quarter> firstAllowed, Quarter suggested,
        const QString &note, QWidget *parent = nullptr);

    Quarter quarter() const;
    QString note() const;

private:
    QComboBox *m_quarter;
    QLineEdit *m_note;
};

} // namespace cs
