#pragma once

namespace clinic::print {

/// Where a billing document is printed: a normal page or a thermal receipt printer roll.
enum class PaperFormat { A4, Receipt80mm };

} // namespace clinic::print
