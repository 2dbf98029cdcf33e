#include "plaintext.h"

#include <QChar>

namespace Ledgerdesk::PlainText {

bool hasControlCharacters(QStringView text)
{
    for (const QChar ch : text) {
        if (ch.category() == QChar::Other_Control || ch == QChar::LineSeparator || ch == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

} // namespace Ledgerdesk::PlainText
