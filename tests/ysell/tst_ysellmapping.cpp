// YsellMapping: the request mapping file an administrator edits, its presets, and the bodies it
// produces (JSON and multipart/form-data).
#include "ContractPayload.h"
#include "ysell/YsellMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;

namespace {

QJsonObject payload()
{
    return ysb::test::contractPayload();
}

YsellMapping parsed(const QByteArray &text)
{
    const Result<YsellMapping> m = YsellMapping::parse(text);
    if (!m.ok())
        qWarning().noquote() << m.error().message;
    return m.ok() ? m.value() : YsellMapping{};
}

} // namespace

class TestYsellMapping final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void presetsReadBackFromTheirFiles_data()
    {
        QTest::addColumn<QString>("preset");
        for (const QString &name : YsellMapping::presetNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void presetsReadBackFromTheirFiles()
    {
        // What `mapping show` prints is a file that loads as exactly that preset.
        QFETCH(QString, preset);
        const QString text = YsellMapping::presetText(preset);
        QVERIFY(text.contains(u"preset = "_s + preset));
        const Result<YsellMapping> m = YsellMapping::parse(text.toUtf8());
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(m.value(), *YsellMapping::preset(preset));
        // The file the package installs (share/ysell-bridge/mappings/) is that text.
        QFile shipped(qEnvironmentVariable("YSB_SOURCE_DIR") + u"/packaging/linux/mappings/%1.ini"_s.arg(preset));
        QVERIFY2(shipped.open(QIODevice::ReadOnly), qPrintable(shipped.fileName()));
        QCOMPARE(QString::fromUtf8(shipped.readAll()), text);
        // A file with only the preset line is the same mapping.
        QCOMPARE(parsed(u"preset = %1\n"_s.arg(preset).toUtf8()), *YsellMapping::preset(preset));
    }

    void defaultIsTodaysShape()
    {
        const YsellMapping m;
        QCOMPARE(m.reshape(payload()), payload());
        QCOMPARE(parsed(""), YsellMapping::taskStatement());
        const YsellMapping::Body body = m.encode(payload());
        QCOMPARE(body.contentType, QByteArray("application/json; charset=utf-8"));
        QCOMPARE(body.bytes, QJsonDocument(payload()).toJson(QJsonDocument::Compact));
        QCOMPARE(m.answer, YsellAnswerPaths{});
    }

    void ysellV1Shape()
    {
        const YsellMapping m = YsellMapping::ysellV1();
        QCOMPARE(m.encoding, YsellMapping::Encoding::Multipart);
        const QJsonObject out = m.reshape(payload());
        const QJsonObject item = out[u"items"_s][0].toObject();
        QCOMPARE(item[u"product"_s].toString(), u"Scanner"_s);
        QCOMPARE(item[u"serial_num"_s].toString(), u"SN-YS-0001,SN-YS-0002"_s);
        QCOMPARE(item[u"p_id"_s].toString(), u"1201"_s);
        QCOMPARE(item[u"qty"_s].toInt(), 2);
        QVERIFY(!item.contains(u"title"_s));
        QVERIFY(!item.contains(u"serial_numbers"_s));
        QVERIFY(!item.contains(u"odoo_product_id"_s));
        QCOMPARE(out[u"order_num"_s].toString(), u"S00042"_s);
        QCOMPARE(m.answer.status, u"status.code"_s);
        QCOMPARE(m.answer.statusName, u"status.status_name"_s);
    }

    void renamedAndNestedFields()
    {
        const YsellMapping m = parsed("# an account with its own names\n"
                                      "order_num = reference\n"
                                      "recipient.city = address.town ; nested\n"
                                      "recipient.zip = address.postcode\n"
                                      "comment =\n"
                                      "items = lines\n"
                                      "item.qty = amount\n"
                                      "item.serial_numbers = serials.list\n");
        const QJsonObject out = m.reshape(payload());
        QCOMPARE(out[u"reference"_s].toString(), u"S00042"_s);
        QCOMPARE(out[u"address"_s][u"town"_s].toString(), u"Berlin"_s);
        QCOMPARE(out[u"address"_s][u"postcode"_s].toString(), u"10115"_s);
        QCOMPARE(out[u"recipient"_s][u"name"_s].toString(), u"Erika Mustermann"_s); // unchanged ones stay
        QVERIFY(!out[u"recipient"_s].toObject().contains(u"city"_s));
        QVERIFY(!out.contains(u"comment"_s)); // left out
        QVERIFY(!out.contains(u"order_num"_s));
        const QJsonObject line = out[u"lines"_s][0].toObject();
        QCOMPARE(line[u"amount"_s].toInt(), 2);
        QCOMPARE(line[u"serials"_s][u"list"_s].toArray().size(), 2);
        // A field the mapping does not know yet (a newer payload) keeps its name.
        QJsonObject extended = payload();
        extended.insert(u"carrier"_s, u"DHL"_s);
        QCOMPARE(m.reshape(extended)[u"carrier"_s].toString(), u"DHL"_s);
    }

    void multipartHasFlatIndexedNames()
    {
        YsellMapping m;
        m.encoding = YsellMapping::Encoding::Multipart;
        const YsellMapping::Body body = m.encode(payload());
        QVERIFY(body.contentType.startsWith("multipart/form-data; boundary=YsellBridge-"));
        const QByteArray boundary = body.contentType.mid(body.contentType.indexOf('=') + 1);
        QVERIFY(body.bytes.startsWith(QByteArray("--" + boundary + "\r\n")));
        QVERIFY(body.bytes.endsWith(QByteArray("\r\n--" + boundary + "--\r\n")));
        for (const QByteArray &part : {QByteArray("name=\"order_num\"\r\n\r\nS00042\r\n"),
                                       QByteArray("name=\"ext_order_id\"\r\n\r\n42\r\n"),
                                       QByteArray("name=\"recipient[city]\"\r\n\r\nBerlin\r\n"),
                                       QByteArray("name=\"items[0][qty]\"\r\n\r\n2\r\n"),
                                       QByteArray("name=\"items[0][serial_numbers][1]\"\r\n\r\nSN-YS-0002\r\n")})
            QVERIFY2(body.bytes.contains(part), part.constData());
        QCOMPARE(body.bytes.count("Content-Disposition: form-data;"), 16);
        // The same order gives the same bytes: what preview shows is what is sent.
        QCOMPARE(m.encode(payload()).bytes, body.bytes);
        QCOMPARE(m.encode(payload()).contentType, body.contentType);
        // Another order, another boundary; a value holding the boundary never ends its part early.
        QJsonObject tricky = payload();
        tricky[u"comment"_s] = QString::fromLatin1("--" + boundary);
        const YsellMapping::Body other = m.encode(tricky);
        QVERIFY(other.contentType != body.contentType);
        const QByteArray otherBoundary = other.contentType.mid(other.contentType.indexOf('=') + 1);
        QVERIFY(!QByteArray("--" + boundary).contains(otherBoundary));
    }

    void brokenFileNamesTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown field") << QByteArray("order_num = order_num\nshipping_name = name\n")
                                       << u"line 2: “shipping_name” is not a field the bridge knows"_s;
        QTest::newRow("no equals sign") << QByteArray("# comment\n\nitem.qty qty\n") << u"line 3: write"_s;
        QTest::newRow("bad encoding") << QByteArray("encoding = xml\n") << u"line 1: encoding must be json or multipart"_s;
        QTest::newRow("bad serials") << QByteArray("serials = tab\n") << u"line 1: serials must be list or comma"_s;
        QTest::newRow("unknown preset") << QByteArray("\npreset = ysell-v2\n") << u"line 2: preset must be"_s;
        QTest::newRow("required left out") << QByteArray("order_num =\n") << u"line 1: order_num cannot be left out"_s;
        QTest::newRow("bad name") << QByteArray("recipient.city = address[city]\n") << u"line 1: “address[city]” is not a valid name"_s;
        QTest::newRow("set twice") << QByteArray("comment = note\ncomment = remark\n") << u"line 2: “comment” is already set on line 1"_s;
        QTest::newRow("two fields one name") << QByteArray("comment = note\nrecipient.name = note\n")
                                             << u"line 2: recipient.name goes under “note”, which clashes with comment (“note”, line 1)"_s;
        QTest::newRow("nested into another") << QByteArray("recipient.city = order_num.city\n")
                                             << u"line 1: recipient.city goes under “order_num.city”, which clashes with order_num (“order_num”, the preset)"_s;
        QTest::newRow("empty status path") << QByteArray("answer.status =\n") << u"line 1: answer.status cannot be empty"_s;
        QTest::newRow("bad id path") << QByteArray("answer.id = data/id\n") << u"line 1: “data/id” is not a path"_s;
        QTest::newRow("control character") << QByteArray("comment = no\x01te\n") << u"line 1: contains control characters"_s;
    }

    void brokenFileNamesTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const Result<YsellMapping> m = YsellMapping::parse(text);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().kind, ErrorKind::Config);
        QVERIFY2(m.error().message.contains(expected), qPrintable(m.error().message));
    }

    void problemsComeInFileOrder()
    {
        const Result<YsellMapping> m = YsellMapping::parse("zzz = 1\nencoding = xml\naaa = 2\n");
        QVERIFY(!m.ok());
        const QStringList lines = m.error().message.split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(u"line 1:"_s));
        QVERIFY(lines[1].startsWith(u"line 2:"_s));
        QVERIFY(lines[2].startsWith(u"line 3:"_s));
    }

    void loadNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ysell.map"_s);
        Result<YsellMapping> m = YsellMapping::load(path);
        QVERIFY(!m.ok());
        QVERIFY(m.error().message.contains(path));
        QVERIFY(m.error().message.contains(u"does not exist"_s));

        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("preset = ysell-v1\nencoding = json\n");
        f.close();
        m = YsellMapping::load(path);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(m->encoding, YsellMapping::Encoding::Json);                    // the file's line
        QCOMPARE(m->fields.value(u"item.title"_s), u"product"_s);               // the preset's
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("preset = ysell-v1\nitem.qty = \n");
        f.close();
        m = YsellMapping::load(path);
        QVERIFY(!m.ok());
        QVERIFY(m.error().message.contains(path));
        QVERIFY(m.error().message.contains(u"line 2: item.qty cannot be left out"_s));
    }
};

QTEST_GUILESS_MAIN(TestYsellMapping)
#include "tst_ysellmapping.moc"
