#include "scorecard/ScorecardPage.h"

#include <QDate>
#include <QPainter>

namespace cs {

namespace {
constexpr qreal margin = 16;
}

ScorecardPage::ScorecardPage(QWidget *parent)
    : QWidget(parent)
{
    setAutoFillBackground(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus); // Page Up/Down step partners while the page has focus
}

void ScorecardPage::setCard(const std::optional<ScorecardCard> &card, const QString &emptyText)
{
    m_card = card;
    m_emptyText = emptyText;
    update();
}

void ScorecardPage::setBranding(const ReportBranding &branding)
{
    m_branding = branding;
    update();
}

QRectF ScorecardPage::pageArea() const
{
    const QRectF page = ScorecardRenderer::pageRect();
    const QRectF room = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    if (room.width() <= 0 || room.height() <= 0)
        return {};
    const qreal scale = std::min(room.width() / page.width(), room.height() / page.height());
    QRectF area(0, 0, page.width() * scale, page.height() * scale);
    area.moveCenter(room.center());
    return area;
}

QSize ScorecardPage::sizeHint() const
{
    const QSizeF page = ScorecardRenderer::pageRect().size();
    return (page * 1.25).toSize() + QSize(2 * int(margin), 2 * int(margin));
}

QSize ScorecardPage::minimumSizeHint() const
{
    // Below about half size the page's small print is unreadable: scroll instead.
    const QSizeF page = ScorecardRenderer::pageRect().size();
    return (page * 0.6).toSize() + QSize(2 * int(margin), 2 * int(margin));
}

void ScorecardPage::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x8a, 0x8f, 0x96));
    if (!m_card) {
        painter.setPen(Qt::white);
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const QRectF area = pageArea();
    if (area.isEmpty())
        return;
    painter.fillRect(area.translated(3, 3), QColor(0, 0, 0, 60));
    painter.fillRect(area, Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.save();
    painter.setClipRect(area);
    const QRectF page = ScorecardRenderer::pageRect();
    painter.translate(area.topLeft());
    painter.scale(area.width() / page.width(), area.height() / page.height());
    painter.translate(-page.topLeft());
    ScorecardRenderer::paint(painter, *m_card, m_branding, 1, 1, QDate::currentDate());
    painter.restore();
}

} // namespace cs
