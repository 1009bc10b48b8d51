#include "dashboard/DashboardTileWidget.h"

#include <QEnterEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace cs {

namespace {

constexpr int pad = 12;
constexpr int edge = 4; // the coloured strip on the left
constexpr int sentenceLines = 2;

// Word-wrapped `text` in at most `lines` lines of `width`, the last elided.
QStringList wrapped(const QString &text, const QFont &font, int width, int lines)
{
    QStringList out;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    const QFontMetrics fm(font);
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (out.size() == lines - 1) {
            out.append(fm.elidedText(text.mid(line.textStart()), Qt::ElideRight, width));
            break;
        }
        out.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return out;
}

} // namespace

DashboardTileWidget::DashboardTileWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_Hover);
}

void DashboardTileWidget::setTile(const DashboardTile &tile, DashboardShade shade)
{
    m_tile = tile;
    m_shade = shade;
    setAccessibleName(tile.title);
    setAccessibleDescription(tile.value + QLatin1Char(' ') + tile.sentence);
    updateToolTip();
    update();
}

void DashboardTileWidget::setDetail(const QString &detail)
{
    m_detail = detail;
    updateToolTip();
}

void DashboardTileWidget::setClickable(bool clickable, const QString &hint)
{
    m_clickable = clickable;
    m_hint = hint;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
    updateToolTip();
    update();
}

void DashboardTileWidget::updateToolTip()
{
    QStringList parts { m_tile.sentence };
    if (!m_detail.isEmpty())
        parts.append(m_detail);
    if (m_clickable && !m_hint.isEmpty())
        parts.append(m_hint);
    parts.removeAll(QString());
    setToolTip(parts.join(QStringLiteral("\n\n")));
}

QFont DashboardTileWidget::titleFont() const
{
    QFont f = font();
    f.setBold(true);
    return f;
}

QFont DashboardTileWidget::valueFont() const
{
    QFont f = font();
    f.setPointSizeF(font().pointSizeF() * 2.1);
    f.setBold(true);
    return f;
}

QFont DashboardTileWidget::smallFont() const
{
    QFont f = font();
    f.setPointSizeF(font().pointSizeF() * 0.9);
    return f;
}

QSize DashboardTileWidget::sizeHint() const
{
    const int height = pad + QFontMetrics(titleFont()).height() + 4 + QFontMetrics(valueFont()).height()
        + QFontMetrics(smallFont()).lineSpacing() * (1 + sentenceLines) + 6 + pad;
    return QSize(260, height);
}

QSize DashboardTileWidget::minimumSizeHint() const
{
    return QSize(180, sizeHint().height());
}

void DashboardTileWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor shade = DashboardStyle::colourOf(m_shade);
    const QPalette &pal = palette();

    QPainterPath outline;
    outline.addRoundedRect(card, 6, 6);
    p.fillPath(outline, pal.color(QPalette::Base));
    p.save();
    p.setClipPath(outline);
    p.fillRect(QRectF(card.left(), card.top(), edge, card.height()), shade);
    p.restore();
    const bool highlighted = m_clickable && (m_hovered || hasFocus());
    p.setPen(
        QPen(highlighted ? pal.color(QPalette::Highlight) : DashboardStyle::grid(), highlighted ? 1.5 : 1));
    p.drawPath(outline);

    const int left = edge + pad;
    const int width = this->width() - left - pad;
    int y = pad;

    // The state word as a small badge in the title row, right-aligned.
    const QString word = DashboardStyle::wordOf(m_tile, m_shade);
    const QFont small = smallFont();
    const QFontMetrics smallFm(small);
    int badgeWidth = 0;
    const QFontMetrics titleFm(titleFont());
    if (!word.isEmpty()) {
        badgeWidth = smallFm.horizontalAdvance(word) + 14;
        const QRectF badge(left + width - badgeWidth, y - 1, badgeWidth, titleFm.height() + 2);
        p.setPen(Qt::NoPen);
        p.setBrush(DashboardStyle::paleOf(m_shade));
        p.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        p.setFont(small);
        p.setPen(shade.darker(115));
        p.drawText(badge, Qt::AlignCenter, word);
    }
    p.setFont(titleFont());
    p.setPen(pal.color(QPalette::WindowText));
    const int titleWidth = width - (badgeWidth > 0 ? badgeWidth + 8 : 0);
    p.drawText(QRect(left, y, titleWidth, titleFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        titleFm.elidedText(m_tile.title, Qt::ElideRight, titleWidth));
    y += titleFm.height() + 4;

    const QFontMetrics valueFm(valueFont());
    p.setFont(valueFont());
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(left, y, width, valueFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        valueFm.elidedText(m_tile.value, Qt::ElideRight, width));
    y += valueFm.height();

    const QColor muted = pal.color(QPalette::PlaceholderText);
    p.setFont(small);
    p.setPen(muted);
    const QString target = m_tile.target.isEmpty() ? QString() : tr("Target: %1").arg(m_tile.target);
    p.drawText(QRect(left, y, width, smallFm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
        smallFm.elidedText(target, Qt::ElideRight, width));
    y += smallFm.lineSpacing() + 6;

    for (const QString &line : wrapped(m_tile.sentence, small, width, sentenceLines)) {
        p.drawText(QRect(left, y, width, smallFm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += smallFm.lineSpacing();
    }
}

void DashboardTileWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated();
    QWidget::mouseReleaseEvent(event);
}

void DashboardTileWidget::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable
        && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
            || event->key() == Qt::Key_Space)) {
        emit activated();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DashboardTileWidget::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QWidget::enterEvent(event);
}

void DashboardTileWidget::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QWidget::leaveEvent(event);
}

void DashboardTileWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace cs
