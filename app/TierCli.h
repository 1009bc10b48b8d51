// The tiers command: a quarter's tier review, one row per proposed change (or per
// partner with --all) with the reasons, and with --apply the changes confirmed.
#pragma once

#include <QCommandLineParser>

namespace cs {

int reviewTiers(QCommandLineParser &parser);
void addTierOptions(QCommandLineParser &parser);

} // namespace cs
