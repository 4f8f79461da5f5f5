#pragma once

// Finds English words on a Russian screen: words written in Latin letters that are neither proper
// names nor data from Odoo and Ysell. Used by the tests that read what a Russian clerk sees.
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace ysb::test {

/// Names a Russian screen writes in Latin letters: the products, the systems, keys on the keyboard, and
/// the abbreviations Russian writes in Latin letters too (ID, as in the column "ID в Ysell"; UTC).
inline const QSet<QString> &properNames()
{
    using namespace Qt::StringLiterals;
    static const QSet<QString> names{u"odoo"_s, u"ysell"_s, u"ysell.pro"_s, u"bridge"_s, u"shemaxglobal"_s,
                                     u"http"_s, u"https"_s, u"api"_s, u"json"_s, u"ctrl"_s, u"shift"_s,
                                     u"alt"_s, u"return"_s, u"enter"_s, u"esc"_s, u"del"_s, u"zip"_s,
                                     u"utc"_s, u"id"_s};
    return names;
}

/// The words of `text` (Latin letters, digits, and . / _ - + @ # inside a word).
inline QStringList wordsOf(const QString &text)
{
    using namespace Qt::StringLiterals;
    static const QRegularExpression word(u"[\\p{L}\\p{N}][\\p{L}\\p{N}._/+@#'’-]*"_s);
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        QString w = it.next().captured();
        while (!w.isEmpty() && QStringView(u"._/+@#'’-").contains(w.back()))
            w.chop(1); // the end of a sentence, not part of the word
        out << w;
    }
    return out;
}

/// Data rather than words: anything with a digit (order, picking and serial names, amounts, times),
/// paths and identifiers (sale.order, /api/orders, picking_created), key sequences (Ctrl+R).
inline bool looksLikeData(const QString &word)
{
    for (QChar c : word) {
        if (c.isDigit() || QStringView(u"._/+@#").contains(c))
            return true;
    }
    return false;
}

/// The English words of `text`: in Latin letters, not data-like, not a proper name, not in `data`
/// (lower-case words of the orders' own data: customers, products, Ysell's texts).
inline QStringList englishWords(const QString &text, const QSet<QString> &data)
{
    const auto english = [&](const QString &w) {
        bool latin = false;
        for (QChar c : w)
            latin = latin || (c.unicode() < 0x80 && c.isLetter());
        const QString lower = w.toLower();
        return latin && !properNames().contains(lower) && !data.contains(lower);
    };
    // A command line is typed as it is written, in any language: "ysell-bridge-cli sweep".
    static const QRegularExpression commandLine(QStringLiteral("ysell-bridge-cli( [a-z][a-z-]*)?"));
    QStringList out;
    for (const QString &w : wordsOf(QString(text).remove(commandLine))) {
        if (looksLikeData(w) || !english(w))
            continue;
        // "zip-файл": a name joined to a Russian word is as good as the name alone.
        const QStringList parts = w.split(u'-', Qt::SkipEmptyParts);
        if (std::any_of(parts.cbegin(), parts.cend(), english))
            out << w;
    }
    return out;
}

/// Lower-case words of `text`, for the `data` of englishWords().
inline void addDataWords(QSet<QString> *data, const QString &text)
{
    for (const QString &w : wordsOf(text))
        data->insert(w.toLower());
}

} // namespace ysb::test
