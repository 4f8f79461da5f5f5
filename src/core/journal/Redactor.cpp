#include "Redactor.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
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

// From an opening quote to just past the closing one (or the end, for a cut-off body).
qsizetype scanString(const QByteArray &d, qsizetype i)
{
    qsizetype j = i + 1;
    const qsizetype n = d.size();
    while (j < n) {
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
    qsizetype j = i;
    const qsizetype n = d.size();
    while (j < n) {
        const char c = d[j];
        if (c == '"') {
            j = scanString(d, j);
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return j + 1;
        }
        ++j;
    }
    return n;
}

qsizetype scanLiteral(const QByteArray &d, qsizetype i)
{
    qsizetype j = i;
    const qsizetype n = d.size();
    while (j < n) {
        const char c = d[j];
        if (c == ',' || c == ':' || c == ']' || c == '}' || c == '[' || c == '{' || c == '"' || isSpace(c))
            break;
        ++j;
    }
    return j == i ? i + 1 : j;
}

QString decodeJsonString(const QByteArray &token)
{
    if (!token.contains('\\')) {
        const qsizetype len = token.size() >= 2 && token.endsWith('"') ? token.size() - 2 : token.size() - 1;
        return QString::fromUtf8(token.mid(1, std::max<qsizetype>(len, 0)));
    }
    const QJsonDocument doc = QJsonDocument::fromJson('[' + token + ']');
    return doc.isArray() ? doc.array().at(0).toString() : QString();
}

struct Frame {
    bool object = false;
    bool expectKey = false;
    qsizetype index = 0; // arrays: position of the current element
    QString key;         // objects: key of the current member
};

// Callback decides, at the start of each value, whether to mask it. The JSON is walked with a
// lenient lexer instead of QJsonDocument: it keeps the text exactly as sent (key order, number
// spelling), has no nesting limit, and still finds "password": "…" in a truncated or broken body.
template <typename Decide>
QByteArray walkJson(const QByteArray &d, Decide decide)
{
    QByteArray out;
    qsizetype copied = 0;
    QList<Frame> stack;
    const qsizetype n = d.size();
    qsizetype i = 0;

    auto value = [&](qsizetype begin, qsizetype end) {
        if (decide(stack, begin, end)) {
            out.append(d.constData() + copied, begin - copied);
            out.append(kMaskJson);
            copied = end;
        }
    };

    while (i < n) {
        const char c = d[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        switch (c) {
        case '{':
        case '[': {
            if (decide(stack, i, -1)) {
                const qsizetype end = scanContainer(d, i);
                value(i, end);
                i = end;
                break;
            }
            Frame f;
            f.object = c == '{';
            f.expectKey = f.object;
            stack.append(f);
            ++i;
            break;
        }
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            ++i;
            break;
        case ',':
            if (!stack.isEmpty()) {
                Frame &top = stack.last();
                if (top.object)
                    top.expectKey = true;
                else
                    ++top.index;
            }
            ++i;
            break;
        case ':':
            if (!stack.isEmpty())
                stack.last().expectKey = false;
            ++i;
            break;
        case '"': {
            const qsizetype end = scanString(d, i);
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey)
                stack.last().key = decodeJsonString(d.mid(i, end - i));
            else
                value(i, end);
            i = end;
            break;
        }
        default: {
            const qsizetype end = scanLiteral(d, i);
            value(i, end);
            i = end;
            break;
        }
        }
    }
    if (copied == 0)
        return d;
    out.append(d.constData() + copied, n - copied);
    return out;
}

bool looksLikeJson(const QByteArray &body)
{
    for (char c : body) {
        if (isSpace(c))
            continue;
        return c == '{' || c == '[';
    }
    return false;
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

// The password (or API key) position in Odoo's JSON-RPC calls.
int rpcSecretArg(const QString &service, const QString &method)
{
    if (method == u"execute_kw" || method == u"execute" || method == u"execute_workflow")
        return 2;
    if (method == u"authenticate" || method == u"login")
        return 2;
    // db.* calls take the master password first, except the harmless listings.
    if (service == u"db") {
        static const QSet<QString> harmless = {u"list"_s, u"list_lang"_s, u"list_countries"_s,
                                               u"server_version"_s, u"db_exist"_s};
        return harmless.contains(method) ? -1 : 0;
    }
    return -1;
}

QByteArray jsonEscaped(const QString &s, bool escapeSlash, bool asciiOnly, bool upperHex)
{
    QByteArray out;
    const char *hex = upperHex ? "0123456789ABCDEF" : "0123456789abcdef";
    auto u16 = [&](char16_t ch) {
        out += "\\u";
        out += hex[(ch >> 12) & 0xF];
        out += hex[(ch >> 8) & 0xF];
        out += hex[(ch >> 4) & 0xF];
        out += hex[ch & 0xF];
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar ch = s.at(i);
        const char16_t u = ch.unicode();
        switch (u) {
        case u'"': out += "\\\""; continue;
        case u'\\': out += "\\\\"; continue;
        case u'\n': out += "\\n"; continue;
        case u'\r': out += "\\r"; continue;
        case u'\t': out += "\\t"; continue;
        case u'\b': out += "\\b"; continue;
        case u'\f': out += "\\f"; continue;
        case u'/':
            out += escapeSlash ? "\\/" : "/";
            continue;
        default:
            break;
        }
        if (u < 0x20 || (asciiOnly && u >= 0x7f)) {
            u16(u);
        } else if (u < 0x80) {
            out += char(u);
        } else if (ch.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out += QStringView(s).mid(i, 2).toUtf8();
            ++i;
        } else {
            out += QStringView(s).mid(i, 1).toUtf8();
        }
    }
    return out;
}

bool containsCi(const QByteArray &hay, QByteArrayView needle)
{
    auto it = std::search(hay.cbegin(), hay.cend(), needle.cbegin(), needle.cend(),
                          [](char a, char b) { return asciiLower(a) == asciiLower(b); });
    return it != hay.cend();
}

// "Bearer <token>" and "Basic <base64 of user:password>" wherever they were echoed (error texts,
// log lines). Basic is checked by decoding, so a product called "Basic T-shirt" keeps its name.
QString maskCredentials(const QString &text)
{
    static const QRegularExpression re(u"\\b(Bearer|Basic)(\\s+)([A-Za-z0-9._~+/-]+=*)"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString scheme = m.captured(1);
        const QString value = m.captured(3);
        bool secret = false;
        if (scheme.compare(u"bearer"_s, Qt::CaseInsensitive) == 0) {
            secret = value.size() >= 8;
        } else {
            const auto decoded = QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            secret = decoded && decoded.decoded.contains(':');
        }
        if (!secret)
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

} // namespace

bool Redactor::isSecretKey(QStringView key)
{
    static const QSet<QString> exact = {
        u"password"_s, u"passwd"_s,      u"pwd"_s,          u"token"_s,         u"api_key"_s,
        u"apikey"_s,   u"api-key"_s,     u"secret"_s,       u"authorization"_s, u"access_token"_s,
        u"refresh_token"_s, u"client_secret"_s, u"session_id"_s, u"cookie"_s,   u"set-cookie"_s,
        u"x-api-key"_s, u"master_pwd"_s, u"new_password"_s, u"old_password"_s, u"key"_s,
    };
    const QString k = key.trimmed().toString().toLower();
    if (exact.contains(k))
        return true;
    // Anything spelled like a credential (odoo_password, x_api_key, auth_token, clientSecret…).
    return k.contains(u"password") || k.contains(u"passwd") || k.contains(u"secret")
        || k.contains(u"api_key") || k.contains(u"apikey") || k.contains(u"api-key")
        || k.endsWith(u"token") || k.contains(u"authorization");
}

bool Redactor::isSecretHeader(QByteArrayView name)
{
    const QByteArray n = name.trimmed().toByteArray().toLower();
    static const QSet<QByteArray> names = {"authorization", "proxy-authorization", "cookie", "set-cookie",
                                          "x-api-key", "api-key", "apikey", "x-auth-token",
                                          "x-openerp-session-id", "x-csrf-token", "x-access-token"};
    return names.contains(n) || isSecretKey(QString::fromLatin1(n));
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
    const QByteArray pct = QUrl::toPercentEncoding(secret);
    add(pct);
    // Lower-case hex digits, as some encoders write them; the unreserved characters stay as they are.
    QByteArray lowerHex = pct;
    for (qsizetype i = 0; i + 2 < lowerHex.size(); ++i) {
        if (lowerHex[i] == '%') {
            lowerHex[i + 1] = asciiLower(lowerHex[i + 1]);
            lowerHex[i + 2] = asciiLower(lowerHex[i + 2]);
            i += 2;
        }
    }
    add(lowerHex);
    if (secret.contains(u' '))
        add(QUrl::toPercentEncoding(secret, " ").replace(' ', '+'));
    // Longest first, so that a form is not half-replaced through a shorter one.
    std::stable_sort(forms.begin(), forms.end(), [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
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
    if (looksLikeJson(body)) {
        // First pass: which JSON-RPC call is this? Key order is free, so "args" may precede "method".
        QString service, method;
        // Only a JSON-RPC request names a service and method under "params" (possibly escaped).
        const bool maybeRpc = body.contains("params") || body.contains('\\');
        if (maybeRpc) {
            walkJson(body, [&](const QList<Frame> &stack, qsizetype begin, qsizetype end) {
                if (end >= 0 && stack.size() == 2 && stack[0].object && stack[0].key == u"params" && stack[1].object) {
                    if (stack[1].key == u"method")
                        method = decodeJsonString(body.mid(begin, end - begin));
                    else if (stack[1].key == u"service")
                        service = decodeJsonString(body.mid(begin, end - begin));
                }
                return false;
            });
        }
        const int secretArg = rpcSecretArg(service, method);
        out = walkJson(body, [&](const QList<Frame> &stack, qsizetype, qsizetype) {
            if (stack.isEmpty())
                return false;
            const Frame &top = stack.last();
            if (top.object)
                return isSecretKey(top.key);
            return secretArg >= 0 && stack.size() == 3 && stack[0].object && stack[0].key == u"params"
                && stack[1].object && stack[1].key == u"args" && top.index == secretArg;
        });
    } else if (looksLikeForm(body)) {
        out = redactForm(body);
    }
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
