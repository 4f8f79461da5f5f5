#include "ysell/YsellMapping.h"

#include "ysell/YsellPresets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

constexpr qint64 MaxMappingBytes = 64 * 1024;

// Fields that must reach Ysell: the order number is our idempotency reference, and an order
// without its items, their product and quantity is no order.
const QStringList &requiredFields()
{
    static const QStringList required{u"order_num"_s, u"items"_s, u"item.p_id"_s, u"item.qty"_s};
    return required;
}

const QRegularExpression &namePattern()
{
    static const QRegularExpression re(u"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"_s);
    return re;
}

bool isItemField(const QString &field)
{
    return field.startsWith(u"item."_s);
}

void insertPath(QJsonObject &object, const QStringList &segments, qsizetype at, const QJsonValue &value)
{
    const QString &key = segments.at(at);
    if (at + 1 == segments.size()) {
        object.insert(key, value);
        return;
    }
    QJsonObject child = object.value(key).toObject();
    insertPath(child, segments, at + 1, value);
    object.insert(key, child);
}

void insertPath(QJsonObject &object, const QString &path, const QJsonValue &value)
{
    insertPath(object, path.split(u'.'), 0, value);
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"1"_s : u"0"_s;
    const double d = v.toDouble();
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}

void flattenInto(QList<QPair<QString, QString>> &out, const QString &name, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flattenInto(out, name.isEmpty() ? it.key() : name + u'[' + it.key() + u']', it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flattenInto(out, name + u'[' + QString::number(i) + u']', a.at(i));
    } else if (!value.isNull() && !value.isUndefined()) {
        out.append({name, scalarText(value)});
    }
}

struct FieldDoc {
    const char *field;
    const char *what;
};

// The comment beside each field in a written mapping file (English: the file is configuration).
const FieldDoc fieldDocs[] = {
    {"order_num", "Odoo order name, our unique reference (required)"},
    {"ext_order_id", "Odoo sale.order id"},
    {"purchase_date", "order date, UTC, ISO 8601"},
    {"comment", "order note as plain text"},
    {"recipient.name", "shipping address: name"},
    {"recipient.company", "company"},
    {"recipient.street", "street"},
    {"recipient.street2", "street, second line"},
    {"recipient.city", "city"},
    {"recipient.zip", "zip code"},
    {"recipient.state", "state or region"},
    {"recipient.country_code", "country, ISO code (DE)"},
    {"recipient.phone", "phone"},
    {"recipient.email", "e-mail"},
    {"items", "the list of order lines (required)"},
    {"item.odoo_product_id", "per line: Odoo product id"},
    {"item.p_id", "per line: Ysell product id (required)"},
    {"item.ext_id", "per line: Odoo internal reference (SKU)"},
    {"item.title", "per line: product name"},
    {"item.qty", "per line: quantity (required)"},
    {"item.serial_numbers", "per line: serial numbers (see serials)"},
};

} // namespace

const QStringList &YsellMapping::fieldNames()
{
    static const QStringList names = [] {
        QStringList n;
        for (const FieldDoc &d : fieldDocs)
            n << QString::fromLatin1(d.field);
        return n;
    }();
    return names;
}

QMap<QString, QString> YsellMapping::defaultFields()
{
    QMap<QString, QString> fields;
    for (const QString &f : fieldNames())
        fields.insert(f, isItemField(f) ? f.mid(5) : f);
    return fields;
}

YsellMapping YsellMapping::taskStatement()
{
    return YsellMapping{};
}

YsellMapping YsellMapping::ysellV1()
{
    // Named after the order object Ysell's public client code reads (order_num, items[] with
    // p_id, product and serial_num as one text) and sent as form fields, like the one documented
    // Ysell write. The rest is the contract's assumption, unchanged.
    YsellMapping m = taskStatement();
    m.encoding = Encoding::Multipart;
    m.serials = SerialFormat::Comma;
    m.answer.status = u"status.code"_s;
    m.answer.statusName = u"status.status_name"_s;
    m.fields[u"item.title"_s] = u"product"_s;
    m.fields[u"item.serial_numbers"_s] = u"serial_num"_s;
    m.fields[u"item.odoo_product_id"_s] = QString();
    return m;
}

QStringList YsellMapping::presetNames()
{
    return ysellPresetNames();
}

std::optional<YsellMapping> YsellMapping::preset(const QString &name)
{
    if (const YsellPreset *p = ysellPreset(name))
        return p->mapping();
    return std::nullopt;
}

QString YsellMapping::encodingName(Encoding encoding)
{
    return encoding == Encoding::Multipart ? u"multipart"_s : u"json"_s;
}

QString YsellMapping::presetText(const QString &name)
{
    const std::optional<YsellMapping> m = preset(name);
    if (!m)
        return {};
    QString t;
    t += u"# Ysell Bridge request mapping, preset \"%1\".\n"_s.arg(name);
    t += u"# Name this file in config.ini: [ysell] mapping_file=PATH. Compare with your account's API page\n"
         "# (Ysell: Settings -> \"ysell API\") and with \"ysell-bridge-cli preview ORDER\"; change the right-hand\n"
         "# names; \"ysell-bridge-cli check\" reads the file and names any wrong line.\n"
         "# Keys left out of this file keep the values of the preset below.\n\n"_s;
    t += u"preset = %1\n\n"_s.arg(name);
    t += u"# Body: json, or multipart (form-data fields with flat indexed names, e.g. items[0][qty]).\n"_s;
    t += u"encoding = %1\n"_s.arg(encodingName(m->encoding));
    t += u"# Serial numbers of a line: list (one entry each), or comma (one text \"SN1,SN2\").\n"_s;
    t += u"serials = %1\n\n"_s.arg(m->serials == SerialFormat::Comma ? u"comma"_s : u"list"_s);
    t += u"# Where Ysell's answers carry the status: an object {code, status_name}, a code (7.1) or a name\n"
         "# (\"Order shipped\", matched to its code by the contract's table); its name (empty: beside the\n"
         "# code); and the new order's id in the answer to the create request.\n"_s;
    t += u"answer.status = %1\n"_s.arg(m->answer.status);
    t += u"answer.status_name = %1\n"_s.arg(m->answer.statusName);
    t += u"answer.id = %1\n\n"_s.arg(m->answer.id);
    t += u"# The bridge's field = the name it goes under in the request. A dotted name nests\n"
         "# (recipient.city -> {\"recipient\": {\"city\": ...}} or recipient[city]); item.* names are\n"
         "# inside each element of the items list. Empty: the field is not sent.\n"_s;
    for (const FieldDoc &d : fieldDocs) {
        const QString field = QString::fromLatin1(d.field);
        t += QString(field + u" = "_s + m->fields.value(field)).leftJustified(40) + u"  ; "_s + QString::fromLatin1(d.what)
             + u'\n';
    }
    return t;
}

Result<YsellMapping> YsellMapping::parse(const QByteArray &data)
{
    QList<std::pair<int, Text>> problems; // line, message: reported in file order
    if (data.size() > MaxMappingBytes) {
        return Error::make(ErrorKind::Config,
                           Text(TextKind::MappingLargerThanKibNot).arg(MaxMappingBytes / 1024),
                           u"mapping too large"_s);
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(data);
    if (decoder.hasError())
        return Error::make(ErrorKind::Config, Text(TextKind::MappingNotUtf8Text), u"mapping not utf-8"_s);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    struct Entry {
        int line = 0;
        QString value;
    };
    QMap<QString, Entry> entries;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i) + 1;
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        for (const QChar c : std::as_const(line)) {
            if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f) {
                problems.append({lineNo, Text(TextKind::LineContainsControlCharacters).arg(lineNo)});
                line.clear();
                break;
            }
        }
        // Names never hold ';' or '#', so everything after one is a comment.
        const qsizetype comment = line.indexOf(QRegularExpression(u"[;#]"_s));
        if (comment >= 0)
            line.truncate(comment);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            problems.append({lineNo, Text(TextKind::LineWriteFieldNameE).arg(lineNo)});
            continue;
        }
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (const auto it = entries.constFind(key); it != entries.cend()) {
            problems.append({lineNo, Text(TextKind::LineAlreadySetOnLine).arg(lineNo).arg(key).arg(it->line)});
            continue;
        }
        entries.insert(key, {lineNo, value});
    }

    YsellMapping m;
    if (const auto it = entries.constFind(u"preset"_s); it != entries.cend()) {
        const auto base = preset(it->value);
        if (base)
            m = *base;
        else
            problems.append({it->line, Text(TextKind::LinePresetMustNot).arg(it->line).arg(Text::alternatives(presetNames())).arg(it->value)});
    }

    QHash<QString, int> lineOf; // field → line it was set on (absent: from the preset)
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const QString &key = it.key();
        const QString &value = it->value;
        const int lineNo = it->line;
        if (key == u"preset"_s)
            continue;
        if (key == u"encoding"_s) {
            if (value == u"json"_s)
                m.encoding = Encoding::Json;
            else if (value == u"multipart"_s || value == u"multipart/form-data"_s)
                m.encoding = Encoding::Multipart;
            else
                problems.append({lineNo, Text(TextKind::LineEncodingMustJsonMultipart).arg(lineNo).arg(value)});
        } else if (key == u"serials"_s) {
            if (value == u"list"_s)
                m.serials = SerialFormat::List;
            else if (value == u"comma"_s)
                m.serials = SerialFormat::Comma;
            else
                problems.append({lineNo, Text(TextKind::LineSerialsMustListComma).arg(lineNo).arg(value)});
        } else if (key == u"answer.status"_s || key == u"answer.status_name"_s || key == u"answer.id"_s) {
            const bool optional = key == u"answer.status_name"_s;
            if (value.isEmpty() && !optional) {
                problems.append({lineNo, Text(TextKind::LineCannotEmptyBridgeMust).arg(lineNo).arg(key)});
            } else if (!value.isEmpty() && !namePattern().match(value).hasMatch()) {
                problems.append({lineNo, Text(TextKind::LineNotPathWriteDotted).arg(lineNo).arg(value)});
            } else if (key == u"answer.status"_s) {
                m.answer.status = value;
            } else if (key == u"answer.id"_s) {
                m.answer.id = value;
            } else {
                m.answer.statusName = value;
            }
        } else if (fieldNames().contains(key)) {
            if (value.isEmpty() && requiredFields().contains(key)) {
                problems.append({lineNo, Text(TextKind::LineCannotLeftOutYsell).arg(lineNo).arg(key)});
            } else if (!value.isEmpty() && !namePattern().match(value).hasMatch()) {
                problems.append({lineNo, Text(TextKind::LineNotValidNameUse).arg(lineNo).arg(value)});
            } else {
                m.fields[key] = value;
                lineOf.insert(key, lineNo);
            }
        } else {
            problems.append({lineNo, Text(TextKind::LineNotFieldBridgeKnows).arg(lineNo).arg(key).arg(fieldNames().join(u", "_s))});
        }
    }

    // Two fields under one name (or one nested inside the other) would overwrite each other.
    auto where = [&lineOf](const QString &field) {
        return lineOf.contains(field) ? Text(TextKind::Line).arg(lineOf.value(field)) : Text(TextKind::Preset);
    };
    const QStringList names = fieldNames();
    for (qsizetype a = 0; a < names.size(); ++a) {
        for (qsizetype b = a + 1; b < names.size(); ++b) {
            const QString &fa = names.at(a);
            const QString &fb = names.at(b);
            if (isItemField(fa) != isItemField(fb) || !(lineOf.contains(fa) || lineOf.contains(fb)))
                continue;
            const QString na = m.fields.value(fa);
            const QString nb = m.fields.value(fb);
            if (na.isEmpty() || nb.isEmpty())
                continue;
            if (na == nb || na.startsWith(nb + u'.') || nb.startsWith(na + u'.')) {
                const QString later = lineOf.value(fb) >= lineOf.value(fa) ? fb : fa;
                const QString other = later == fb ? fa : fb;
                problems.append({lineOf.value(later), Text(TextKind::LineGoesUnderWhichClashes).arg(lineOf.value(later)).arg(later).arg(m.fields.value(later)).arg(other).arg(m.fields.value(other)).arg(where(other))});
            }
        }
    }

    if (!problems.isEmpty()) {
        std::stable_sort(problems.begin(), problems.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        Text lines(TextKind::Lines);
        for (const auto &p : std::as_const(problems))
            lines = lines.arg(p.second);
        return Error::make(ErrorKind::Config, lines, u"mapping: "_s + Text::join(lines.args(), u" | "_s));
    }
    return m;
}

Result<YsellMapping> YsellMapping::load(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&shown](const Text &why, const QString &detail) {
        return Error::make(ErrorKind::Config, Text(TextKind::YsellMappingFile).arg(shown).arg(why), detail);
    };
    const QFileInfo fi(path);
    if (!fi.exists())
        return fail(Text(TextKind::FileDoesNotExist), u"mapping missing"_s);
    if (!fi.isFile())
        return fail(Text(TextKind::ThisNotFile), u"mapping not a file"_s);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Text(TextKind::FileCannotRead).arg(f.errorString()), u"mapping unreadable"_s);
    const QByteArray data = f.read(MaxMappingBytes + 1);
    const Result<YsellMapping> parsed = parse(data);
    if (!parsed.ok()) {
        Error e = parsed.error();
        e.setText(Text(TextKind::Lines).arg(Text(TextKind::YsellMappingFileHasProblems).arg(shown)).arg(e.asText()));
        return e;
    }
    return parsed;
}

QJsonObject YsellMapping::reshape(const QJsonObject &payload) const
{
    QJsonObject out;
    auto put = [this, &out](const QString &field, const QJsonValue &value) {
        const QString name = fields.value(field);
        if (!name.isEmpty() && !value.isUndefined() && !value.isNull())
            insertPath(out, name, value);
    };
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        const QString &key = it.key();
        if (key == u"recipient"_s && it->isObject()) {
            const QJsonObject r = it->toObject();
            for (auto rt = r.begin(); rt != r.end(); ++rt) {
                const QString field = u"recipient."_s + rt.key();
                // Fields the mapping does not know keep their names (a newer payload loses nothing).
                if (fields.contains(field))
                    put(field, rt.value());
                else
                    insertPath(out, u"recipient."_s + rt.key(), rt.value());
            }
        } else if (key == u"items"_s && it->isArray()) {
            QJsonArray items;
            for (const QJsonValue &v : it->toArray()) {
                const QJsonObject item = v.toObject();
                QJsonObject mapped;
                for (auto ft = item.begin(); ft != item.end(); ++ft) {
                    const QString field = u"item."_s + ft.key();
                    if (!fields.contains(field)) {
                        mapped.insert(ft.key(), ft.value());
                        continue;
                    }
                    const QString name = fields.value(field);
                    if (name.isEmpty())
                        continue;
                    QJsonValue value = ft.value();
                    if (field == u"item.serial_numbers"_s && serials == SerialFormat::Comma) {
                        QStringList list;
                        for (const QJsonValue &s : value.toArray())
                            list << s.toString();
                        value = list.join(u',');
                    }
                    insertPath(mapped, name, value);
                }
                items.append(mapped);
            }
            put(u"items"_s, items);
        } else if (fields.contains(key)) {
            put(key, it.value());
        } else {
            out.insert(key, it.value());
        }
    }
    return out;
}

QList<QPair<QString, QString>> YsellMapping::flatten(const QJsonObject &tree)
{
    QList<QPair<QString, QString>> out;
    flattenInto(out, {}, tree);
    return out;
}

YsellMapping::Body YsellMapping::encode(const QJsonObject &payload) const
{
    const QJsonObject tree = reshape(payload);
    if (encoding == Encoding::Json)
        return {QByteArrayLiteral("application/json; charset=utf-8"), QJsonDocument(tree).toJson(QJsonDocument::Compact)};

    const QList<QPair<QString, QString>> parts = flatten(tree);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[name, value] : parts) {
        hash.addData(name.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(value.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    const QByteArray digest = hash.result().toHex();
    QByteArray boundary = "YsellBridge-" + digest.left(32);
    // A value holding the boundary would end its part early; a content hash makes that
    // practically impossible, but a crafted order note must not break the body either.
    for (int salt = 1;; ++salt) {
        bool clash = false;
        for (const auto &part : parts)
            clash = clash || part.second.toUtf8().contains(boundary);
        if (!clash)
            break;
        boundary = "YsellBridge-" + QCryptographicHash::hash(QByteArray(digest + QByteArray::number(salt)),
                                                             QCryptographicHash::Sha256)
                                         .toHex()
                                         .left(32);
    }
    QByteArray body;
    for (const auto &[name, value] : parts) {
        QByteArray quoted = name.toUtf8();
        quoted.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted + "\"\r\n\r\n"
                + value.toUtf8() + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return {"multipart/form-data; boundary=" + boundary, body};
}

} // namespace ysb
