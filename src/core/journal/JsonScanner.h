#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>

namespace ysb {

/// Lenient JSON lexer for the redaction: it keeps the text exactly as sent (key order, number
/// spelling), has no nesting limit, and still walks a truncated or broken body.
class JsonScanner final {
public:
    /// One enclosing array or object of a value.
    struct Frame {
        bool object = false;
        bool expectKey = false;
        qsizetype index = 0; // arrays: position of the current element
        QString key;         // objects: key of the current member
    };
    using Path = QList<Frame>;
    /// Called at the start of each value with its path and, for a string or literal, its exact text
    /// (empty for an array or object). Returning true replaces the whole value.
    using Visitor = std::function<bool(const Path &path, QByteArrayView scalar)>;

    /// True when the first non-blank character opens an object or an array.
    static bool looksLikeJson(QByteArrayView text);
    /// The value of a string token, quotes included; lenient about a missing closing quote.
    static QString decodeString(QByteArrayView token);
    /// Every value for which visit() is true becomes `replacement`; the text is returned as it was
    /// (shared, not copied) when nothing is replaced.
    static QByteArray replaceValues(const QByteArray &text, const Visitor &visit, const QByteArray &replacement);
};

} // namespace ysb
