// Giving a chart view its chart without leaking the one it started with.
#pragma once

#include <QChart>
#include <QChartView>

namespace cs {

// QChartView(QWidget *) builds a default chart, and setChart() only releases it
// ("users need to make sure the previous chart is deleted"): every view built
// that way and then given its own chart leaked a whole chart (LeakSanitizer).
inline void adoptChart(QChartView &view, QChart *chart)
{
    QChart *initial = view.chart();
    view.setChart(chart); // the view owns `chart` from here on
    if (initial != chart)
        delete initial;
}

} // namespace cs
