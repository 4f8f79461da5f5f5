#pragma once

#include <QString>

/// Text from Odoo, Ysell or a file shown to people: control characters made visible, so that an
/// ESC or CR in a partner name cannot clear a terminal, hide a row or forge a line.
namespace ysb::Printable {

/// C0 and C1 controls, DEL, and the bidirectional overrides and isolates (U+202A–202E, U+2066–2069).
bool isControl(char32_t c);
bool hasControl(const QString &text);
/// Each control as its Unicode "control picture" (ESC → ␛, CR → ␍, LF → ␊, DEL → ␡), others as U+FFFD.
/// With `keepNewlines`, LF stays a line break (multi-line messages of our own).
QString visible(const QString &text, bool keepNewlines = false);

} // namespace ysb::Printable
