// The red list of problems shown under an incentive form while the user types:
// one bullet per sentence, hidden when there is nothing wrong.
#pragma once

#include <QLabel>
#include <QStringList>

namespace cs {

inline QLabel *makeProblemList(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // Problems quote what the user typed, which must not be read as HTML.
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b01e1e; }"));
    label->hide();
    return label;
}

inline void showProblemList(QLabel *label, const QStringList &problems)
{
    QStringList lines;
    for (const QString &p : problems)
        lines.append(QStringLiteral("• ") + p);
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!problems.isEmpty());
}

} // namespace cs
