// What each fuzz target does with one input, shared by the libFuzzer binaries
// (tests/fuzz, built with scripts/fuzz.sh) and by the regular test suite, which
// replays the committed corpus and every input a fuzzer ever broke on. A broken
// promise (a row longer than Excel allows, a score outside 0–10) aborts, so the
// fuzzer reports it like a crash.
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

namespace cs::fuzz {

// The bytes as a .csv file: encoding detection, delimiter sniffing, every row,
// then the header detection the import wizard runs on the first rows.
void csvFile(const std::uint8_t *data, std::size_t size);

// Bytes starting "PK" are an .xlsx file as is (the zip layer); anything else is
// parts of a workbook ("--- xl/worksheets/sheet1.xml" lines, each followed by
// the part's text) zipped into a package with defaults for the parts not given,
// so mutations reach the XML readers instead of dying on a bad zip checksum.
void xlsxFile(const std::uint8_t *data, std::size_t size);

// The text (UTF-8) through every value parser the import uses, as a typed cell
// and as a number cell, with their promises checked.
void cellValues(const std::uint8_t *data, std::size_t size);

// A file in this process's own scratch folder: readers take paths, and
// /dev/shm keeps the write per input cheap.
QString scratchPath(const char *suffix);

} // namespace cs::fuzz
