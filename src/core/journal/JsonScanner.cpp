#include "JsonScanner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ysb {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool endsLiteral(char c)
{
    return c == ',' || c == ':' || c == ']' || c == '}' || c == '[' || c == '{' || c == '"' || isSpace(c);
}

// From an opening quote to just past the closing one (or the end, for a cut-off body).
qsizetype scanString(const QByteArray &d, qsizetype i)
{
    const qsizetype n = d.size();
    for (qsizetype j = i + 1; j < n;) {
        if (d[j] == '\\')
            j += 2;
        else if (d[j] == '"')
            return j + 1;
        else
            ++j;
    }
    return n;
}

// From an opening bracket to just past its partner; iterative so that any nesting depth is fine.
qsizetype scanContainer(const QByteArray &d, qsizetype i)
{
    qsizetype depth = 0;
    const qsizetype n = d.size();
    for (qsizetype j = i; j < n; ++j) {
        const char c = d[j];
        if (c == '"') {
            j = scanString(d, j) - 1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return j + 1;
        }
    }
    return n;
}

qsizetype scanLiteral(const QByteArray &d, qsizetype i)
{
    qsizetype j = i;
    while (j < d.size() && !endsLiteral(d[j]))
        ++j;
    return j == i ? i + 1 : j;
}

// One pass over the text: tracks where each value sits and copies it, replacing the chosen values.
class Walk final {
public:
    Walk(const QByteArray &text, const JsonScanner::Visitor &visit, const QByteArray &replacement)
        : m_text(text)
        , m_visit(visit)
        , m_replacement(replacement)
    {
    }

    QByteArray run()
    {
        while (m_pos < m_text.size())
            step(m_text[m_pos]);
        if (m_copied == 0)
            return m_text;
        m_out.append(m_text.constData() + m_copied, m_text.size() - m_copied);
        return m_out;
    }

private:
    void step(char c)
    {
        switch (c) {
        case '{':
        case '[': open(c == '{'); break;
        case '}':
        case ']': close(); break;
        case ',': comma(); break;
        case ':': colon(); break;
        case '"': string(); break;
        default:
            if (isSpace(c))
                ++m_pos;
            else
                scalar(scanLiteral(m_text, m_pos));
            break;
        }
    }

    void open(bool object)
    {
        if (m_visit(m_path, {})) {
            const qsizetype end = scanContainer(m_text, m_pos);
            replace(m_pos, end);
            m_pos = end;
            return;
        }
        JsonScanner::Frame f;
        f.object = object;
        f.expectKey = object;
        m_path.append(f);
        ++m_pos;
    }

    void close()
    {
        if (!m_path.isEmpty())
            m_path.removeLast();
        ++m_pos;
    }

    void comma()
    {
        if (!m_path.isEmpty()) {
            JsonScanner::Frame &top = m_path.last();
            if (top.object)
                top.expectKey = true;
            else
                ++top.index;
        }
        ++m_pos;
    }

    void colon()
    {
        if (!m_path.isEmpty())
            m_path.last().expectKey = false;
        ++m_pos;
    }

    void string()
    {
        const qsizetype end = scanString(m_text, m_pos);
        if (!m_path.isEmpty() && m_path.last().object && m_path.last().expectKey) {
            m_path.last().key = JsonScanner::decodeString(QByteArrayView(m_text).sliced(m_pos, end - m_pos));
            m_pos = end;
            return;
        }
        scalar(end);
    }

    void scalar(qsizetype end)
    {
        if (m_visit(m_path, QByteArrayView(m_text).sliced(m_pos, end - m_pos)))
            replace(m_pos, end);
        m_pos = end;
    }

    void replace(qsizetype begin, qsizetype end)
    {
        m_out.append(m_text.constData() + m_copied, begin - m_copied);
        m_out.append(m_replacement);
        m_copied = end;
    }

    const QByteArray &m_text;
    const JsonScanner::Visitor &m_visit;
    const QByteArray m_replacement;
    QByteArray m_out;
    JsonScanner::Path m_path;
    qsizetype m_copied = 0;
    qsizetype m_pos = 0;
};

} // namespace

bool JsonScanner::looksLikeJson(QByteArrayView text)
{
    const auto first = std::find_if_not(text.cbegin(), text.cend(), isSpace);
    return first != text.cend() && (*first == '{' || *first == '[');
}

QString JsonScanner::decodeString(QByteArrayView token)
{
    if (!token.contains('\\')) {
        const qsizetype len = token.size() >= 2 && token.endsWith('"') ? token.size() - 2 : token.size() - 1;
        return QString::fromUtf8(token.sliced(std::min<qsizetype>(1, token.size()), std::max<qsizetype>(len, 0)));
    }
    const QJsonDocument doc = QJsonDocument::fromJson('[' + token.toByteArray() + ']');
    return doc.isArray() ? doc.array().at(0).toString() : QString();
}

QByteArray JsonScanner::replaceValues(const QByteArray &text, const Visitor &visit, const QByteArray &replacement)
{
    return Walk(text, visit, replacement).run();
}

} // namespace ysb
