#include "Printable.h"

namespace ysb::Printable {

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

bool hasControl(const QString &text)
{
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            return true;
    }
    return false;
}

QString visible(const QString &text, bool keepNewlines)
{
    if (!hasControl(text))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isControl(u) || (keepNewlines && u == u'\n'))
            out.append(c);
        else if (u < 0x20)
            out.append(QChar(char16_t(0x2400 + u)));
        else if (u == 0x7f)
            out.append(QChar(char16_t(0x2421)));
        else
            out.append(QChar(char16_t(0xfffd)));
    }
    return out;
}

} // namespace ysb::Printable
