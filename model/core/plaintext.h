#pragma once

#include <QStringView>

namespace Ledgerdesk::PlainText {

// The most characters a one-line text of a message may hold (a memo, a reason, an id).
constexpr int maxLength = 200;

// Whether `text` holds a control character (a line break, a tab, an escape sequence's start, a
// NUL): none belongs in a name or a memo, where it could forge lines in statements and logs.
bool hasControlCharacters(QStringView text);

} // namespace Ledgerdesk::PlainText
