#include "Redactor.h"

#include "journal/JsonScanner.h"
#include "journal/RedactionPolicy.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

const QByteArray kMaskJson = QByteArrayLiteral("\"***\"");

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// application/x-www-form-urlencoded: a=b&c=d, no whitespace.
bool looksLikeForm(const QByteArray &body)
{
    if (!body.contains('=') || body.size() > 64 * 1024)
        return false;
    return std::none_of(body.cbegin(), body.cend(), [](char c) { return isSpace(c) || c == '{' || c == '<'; });
}

QByteArray redactForm(const QByteArray &body)
{
    QList<QByteArray> items = body.split('&');
    bool changed = false;
    for (QByteArray &item : items) {
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0)
            continue;
        const QString key = QUrl::fromPercentEncoding(QByteArray(item.left(eq)).replace('+', ' '));
        if (Redactor::isSecretKey(key)) {
            item = item.left(eq + 1) + QUrl::toPercentEncoding(Redactor::mask());
            changed = true;
        }
    }
    return changed ? items.join('&') : body;
}

// The two-character escape of a character, if JSON has one ("\/" only when the encoder escapes slashes).
const char *shortEscape(char16_t u, bool escapeSlash)
{
    switch (u) {
    case u'"': return "\\\"";
    case u'\\': return "\\\\";
    case u'\n': return "\\n";
    case u'\r': return "\\r";
    case u'\t': return "\\t";
    case u'\b': return "\\b";
    case u'\f': return "\\f";
    case u'/': return escapeSlash ? "\\/" : "/";
    default: return nullptr;
    }
}

void appendU16Escape(QByteArray &out, char16_t ch, bool upperHex)
{
    const char *hex = upperHex ? "0123456789ABCDEF" : "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hex[(ch >> shift) & 0xF];
}

// One way a JSON encoder may have written the secret (they differ in \/, \uXXXX and hex case).
QByteArray jsonEscaped(const QString &s, bool escapeSlash, bool asciiOnly, bool upperHex)
{
    QByteArray out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar ch = s.at(i);
        const char16_t u = ch.unicode();
        if (const char *e = shortEscape(u, escapeSlash)) {
            out += e;
        } else if (u < 0x20 || (asciiOnly && u >= 0x7f)) {
            appendU16Escape(out, u, upperHex);
        } else if (u < 0x80) {
            out += char(u);
        } else {
            const bool pair = ch.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate();
            out += QStringView(s).mid(i, pair ? 2 : 1).toUtf8();
            i += pair ? 1 : 0;
        }
    }
    return out;
}

// Percent-encoded with upper-case hex digits (as QUrl writes them), with lower-case ones (as some
// encoders do; the unreserved characters stay as they are) and, for a secret with spaces, as a form.
QList<QByteArray> percentForms(const QString &secret)
{
    const QByteArray pct = QUrl::toPercentEncoding(secret);
    QByteArray lowerHex = pct;
    for (qsizetype i = 0; i + 2 < lowerHex.size(); ++i) {
        if (lowerHex[i] == '%') {
            lowerHex[i + 1] = asciiLower(lowerHex[i + 1]);
            lowerHex[i + 2] = asciiLower(lowerHex[i + 2]);
            i += 2;
        }
    }
    QList<QByteArray> forms{pct, lowerHex};
    if (secret.contains(u' '))
        forms << QUrl::toPercentEncoding(secret, " ").replace(' ', '+');
    return forms;
}

QList<QByteArray> computeSecretForms(const QString &secret)
{
    QList<QByteArray> forms;
    auto add = [&](const QByteArray &f) {
        if (!f.isEmpty() && !forms.contains(f))
            forms.append(f);
    };
    add(secret.toUtf8());
    for (bool slash : {false, true}) {
        for (bool ascii : {false, true}) {
            for (bool upper : {false, true})
                add(jsonEscaped(secret, slash, ascii, upper));
        }
    }
    for (const QByteArray &f : percentForms(secret))
        add(f);
    // Longest first, so that a form is not half-replaced through a shorter one.
    std::stable_sort(forms.begin(), forms.end(), [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    return forms;
}

bool containsCi(const QByteArray &hay, QByteArrayView needle)
{
    auto it = std::search(hay.cbegin(), hay.cend(), needle.cbegin(), needle.cend(),
                          [](char a, char b) { return asciiLower(a) == asciiLower(b); });
    return it != hay.cend();
}

// "Bearer <token>" and "Basic <base64 of user:password>" wherever they were echoed (error texts,
// log lines); the policy tells a credential from a product called "Basic T-shirt".
QString maskCredentials(const QString &text)
{
    static const QRegularExpression re(u"\\b(Bearer|Basic)(\\s+)([A-Za-z0-9._~+/-]+=*)"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!RedactionPolicy::isCredential(m.capturedView(1), m.capturedView(3)))
            continue;
        out += QStringView(text).mid(copied, m.capturedStart(3) - copied);
        out += Redactor::mask();
        copied = m.capturedEnd(3);
    }
    if (copied == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

QByteArray redactJson(const QByteArray &body)
{
    const RedactionPolicy policy(body);
    return JsonScanner::replaceValues(
        body, [&policy](const JsonScanner::Path &path, QByteArrayView) { return policy.isSecretValue(path); },
        kMaskJson);
}

} // namespace

bool Redactor::isSecretKey(QStringView key)
{
    return RedactionPolicy::isSecretKey(key);
}

bool Redactor::isSecretHeader(QByteArrayView name)
{
    return RedactionPolicy::isSecretHeader(name);
}

QStringList Redactor::usableSecrets(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        if (v.size() >= kMinSecretLength && !v.trimmed().isEmpty() && !out.contains(v))
            out.append(v);
    }
    std::stable_sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

QList<QByteArray> Redactor::secretForms(const QString &secret)
{
    // Every exchange is redacted with the same few secrets: compute their forms once.
    thread_local QHash<QString, QList<QByteArray>> cache;
    if (const auto hit = cache.constFind(secret); hit != cache.cend())
        return *hit;
    const QList<QByteArray> forms = computeSecretForms(secret);
    if (cache.size() >= 64)
        cache.clear();
    cache.insert(secret, forms);
    return forms;
}

QByteArray Redactor::redactBytes(const QByteArray &bytes, const QStringList &secrets)
{
    QByteArray out = bytes;
    const QStringList usable = usableSecrets(secrets);
    for (const QString &s : usable) {
        const QList<QByteArray> forms = secretForms(s);
        for (const QByteArray &f : forms) {
            if (out.contains(f))
                out.replace(f, QByteArrayLiteral("***"));
        }
    }
    if (containsCi(out, "bearer") || containsCi(out, "basic")) {
        // Latin-1 maps bytes one to one, so invalid UTF-8 survives the round trip untouched.
        const QString text = QString::fromLatin1(out);
        const QString replaced = maskCredentials(text);
        if (replaced != text)
            out = replaced.toLatin1();
    }
    return out;
}

QString Redactor::redactText(const QString &text, const QStringList &secrets)
{
    if (text.isEmpty())
        return text;
    const QByteArray utf8 = text.toUtf8();
    const QByteArray red = redactBytes(utf8, secrets);
    return red == utf8 ? text : QString::fromUtf8(red);
}

QByteArray Redactor::redactBody(const QByteArray &body, const QStringList &secrets)
{
    QByteArray out = body;
    if (JsonScanner::looksLikeJson(body))
        out = redactJson(body);
    else if (looksLikeForm(body))
        out = redactForm(body);
    return redactBytes(out, secrets);
}

QString Redactor::redactHeaders(const HeaderList &headers, const QStringList &secrets)
{
    QString out;
    for (const auto &[name, value] : headers) {
        out += QString::fromLatin1(name) + u": "_s;
        if (isSecretHeader(name))
            out += mask();
        else
            out += redactText(QString::fromUtf8(value), secrets);
        out += u'\n';
    }
    return out;
}

QString Redactor::redactUrl(const QString &url, const QStringList &secrets)
{
    const QUrl u(url, QUrl::TolerantMode);
    QString out = u.path(QUrl::FullyEncoded);
    if (out.isEmpty() && !u.isValid())
        out = url.section(u'?', 0, 0);
    if (u.hasQuery()) {
        QUrlQuery query(u);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
        for (auto &[key, value] : items) {
            if (isSecretKey(QUrl::fromPercentEncoding(key.toUtf8())))
                value = mask();
        }
        query.setQueryItems(items);
        out += u'?' + query.query(QUrl::FullyEncoded);
    }
    return redactText(out, secrets);
}

Redactor::Capped Redactor::capUtf8(const QByteArray &bytes, qsizetype maxBytes)
{
    Capped c;
    QByteArray valid = QString::fromUtf8(bytes).toUtf8();
    if (valid.size() > maxBytes) {
        qsizetype cut = maxBytes;
        // Step back over continuation bytes (10xxxxxx) so no character is split.
        while (cut > 0 && (uchar(valid[cut]) & 0xC0) == 0x80)
            --cut;
        valid.truncate(cut);
        c.truncated = true;
    }
    c.text = QString::fromUtf8(valid);
    return c;
}

Redactor::Capped Redactor::storableBody(const QByteArray &body, const QStringList &secrets, qsizetype maxBytes)
{
    return capUtf8(redactBody(body, secrets), maxBytes);
}

} // namespace ysb
