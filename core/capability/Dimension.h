// The three capability dimensions every partner is assessed on (DOMAIN.md, capability
// model), with stable codes for files and labels for people, and per-dimension arrays.
#pragma once

#include "domain/Choice.h"

#include <array>
#include <span>

namespace cs {

// The order is the assessments table's column order: product, sales, service.
enum class Dimension { Product, Sales, Service };

inline constexpr int dimensionCount = 3;
inline constexpr std::array<Dimension, dimensionCount> allDimensions { Dimension::Product, Dimension::Sales,
    Dimension::Service };

// One value per dimension, indexed by int(Dimension).
template<typename T> using PerDimension = std::array<T, dimensionCount>;

std::span<const Choice<Dimension>> choices(Dimension);

} // namespace cs
