// One libFuzzer binary per harness function; CMake names the function
// (CS_FUZZ_ENTRY), so the three targets share this file. Run through scripts/fuzz.sh.
#include "FuzzHarness.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cs::fuzz::CS_FUZZ_ENTRY(data, size);
    return 0;
}
