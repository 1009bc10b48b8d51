#include "capability/Dimension.h"

namespace cs {

namespace {
constexpr Choice<Dimension> dimensions[] = {
    { Dimension::Product, "product", QT_TRANSLATE_NOOP("cs::Choice", "Product understanding"),
        u"产品理解力" },
    { Dimension::Sales, "sales", QT_TRANSLATE_NOOP("cs::Choice", "Sales execution"), u"销售执行力" },
    { Dimension::Service, "service", QT_TRANSLATE_NOOP("cs::Choice", "Customer service"), u"客户服务力" },
};
} // namespace

std::span<const Choice<Dimension>> choices(Dimension)
{
    return dimensions;
}

} // namespace cs
