#pragma once

#include <QColor>
#include <QPalette>

class QLabel;

/// Colours that stay readable on the system's light and dark palettes. The widgets draw with
/// their palette's roles; the few colours of our own (error messages, amounts owed, calendar
/// text on practitioner colours) come from here, worked out from the palette in use.
/// Thread: the GUI thread.
namespace clinic::ui::theme {

/// The WCAG 2 contrast ratio of two opaque colours, 1 (none) to 21 (black on white).
[[nodiscard]] double contrastRatio(const QColor &a, const QColor &b);
/// True when the palette's window is darker than its text (a dark theme).
[[nodiscard]] bool isDark(const QPalette &palette);
/// Red for error messages and amounts owed, at least 4.5:1 against the palette's window and base.
[[nodiscard]] QColor errorColour(const QPalette &palette);
/// Black or white, whichever reads better on `background`.
[[nodiscard]] QColor textColourOn(const QColor &background);
/// `over` (with its alpha) painted on opaque `under`.
[[nodiscard]] QColor blend(const QColor &over, const QColor &under);
/// Shows `label`'s text in errorColour(), and again after the application's palette changes
/// (the system switched between light and dark). The label keeps the rest of its palette.
/// `error` false gives the label the application's colours again.
void markAsError(QLabel *label, bool error = true);

} // namespace clinic::ui::theme
