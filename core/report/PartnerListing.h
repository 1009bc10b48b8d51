// The partner list as the command line and exports give it: CSV for people
// (labels in the UI language), JSON for programs (stable keys and codes).
#pragma once

#include "domain/Partner.h"

#include <QByteArray>
#include <QList>

namespace cs {

QByteArray partnersToCsv(const QList<Partner> &partners);
QByteArray partnersToJson(const QList<Partner> &partners);

} // namespace cs
