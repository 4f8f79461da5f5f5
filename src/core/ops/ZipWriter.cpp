#include "ZipWriter.h"

#include <QSet>
#include <QtEndian>

#include <array>

using namespace Qt::StringLiterals;

namespace ysb {
namespace {

constexpr quint32 kLocalHeaderSig = 0x04034b50;
constexpr quint32 kCentralHeaderSig = 0x02014b50;
constexpr quint32 kEndOfCentralSig = 0x06054b50;
constexpr quint16 kVersionNeeded = 20;  // 2.0: deflate, folders
constexpr quint16 kVersionMadeBy = (3 << 8) | 20; // Unix, 2.0
constexpr quint16 kFlagUtf8 = 1 << 11;

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> t{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[n] = c;
    }
    return t;
}

constexpr std::array<quint32, 256> kCrcTable = makeCrcTable();

} // namespace

quint32 ZipWriter::crc32(const QByteArray &data)
{
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = kCrcTable[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray ZipWriter::rawDeflate(const QByteArray &data)
{
    // qCompress = 4-byte big-endian length + zlib stream (RFC 1950): a 2-byte header, the raw
    // deflate data, a 4-byte Adler-32. ZIP wants the raw deflate data alone.
    const QByteArray z = qCompress(data, 9);
    if (z.size() < 4 + 2 + 4)
        return {};
    const quint8 cmf = quint8(z.at(4));
    const quint8 flg = quint8(z.at(5));
    if ((cmf & 0x0F) != 8 || ((cmf << 8) | flg) % 31 != 0 || (flg & 0x20))
        return {}; // not deflate, or a preset dictionary: not something ZIP can carry
    return z.mid(6, z.size() - 6 - 4);
}

Status ZipWriter::addFile(const QString &name, const QByteArray &data, const QDateTime &modified)
{
    const QStringList parts = name.split(u'/');
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || parts.contains(u".."_s)
        || parts.contains(u"."_s) || parts.contains(QString()))
        return Error::make(ErrorKind::Storage, Text(TextKind::NotValidNameFileZip).arg(name));
    const QByteArray utf8 = name.toUtf8();
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.name == utf8)
            return Error::make(ErrorKind::Storage, Text(TextKind::ZipArchiveAlreadyHasFile).arg(name));
    }
    if (utf8.size() > 0xFFFF)
        return Error::make(ErrorKind::Storage, Text(TextKind::FileNameTooLongZip).arg(name));

    Entry e;
    e.name = utf8;
    e.crc = crc32(data);
    QByteArray packed = data.isEmpty() ? QByteArray() : rawDeflate(data);
    if (!packed.isEmpty() && packed.size() < data.size()) {
        e.method = Method::Deflated;
    } else {
        e.method = Method::Stored;
        packed = data;
    }
    if (m_entries.size() >= 0xFFFF)
        return Error::make(ErrorKind::Storage, Text(TextKind::ZipArchiveWithoutZip64Holds));
    const qint64 projected = qint64(m_body.size()) + 30 + utf8.size() + packed.size() + m_centralBytes
                             + 46 + utf8.size() + 22;
    if (data.size() > qsizetype(kMaxArchiveBytes) || projected > kMaxArchiveBytes)
        return Error::make(ErrorKind::Storage, Text(TextKind::ZipArchiveWouldLargerThan));
    e.size = quint32(data.size());
    e.compressedSize = quint32(packed.size());

    // DOS time stamps cover 1980–2107 in local time; clamp outside that range.
    QDateTime t = modified.isValid() ? modified.toLocalTime() : QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    if (t.date().year() < 1980)
        t = QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    if (t.date().year() > 2107)
        t = QDateTime(QDate(2107, 12, 31), QTime(23, 59, 58));
    e.dosTime = quint16((t.time().hour() << 11) | (t.time().minute() << 5) | (t.time().second() / 2));
    e.dosDate = quint16(((t.date().year() - 1980) << 9) | (t.date().month() << 5) | t.date().day());
    e.offset = quint32(m_body.size());

    put32(m_body, kLocalHeaderSig);
    put16(m_body, kVersionNeeded);
    put16(m_body, kFlagUtf8);
    put16(m_body, quint16(e.method));
    put16(m_body, e.dosTime);
    put16(m_body, e.dosDate);
    put32(m_body, e.crc);
    put32(m_body, e.compressedSize);
    put32(m_body, e.size);
    put16(m_body, quint16(utf8.size()));
    put16(m_body, 0); // extra field length
    m_body += utf8;
    m_body += packed;
    m_entries << e;
    m_centralBytes += 46 + utf8.size();
    return Ok{};
}

QByteArray ZipWriter::finish() const
{
    QByteArray out = m_body;
    const quint32 centralStart = quint32(out.size());
    for (const Entry &e : m_entries) {
        put32(out, kCentralHeaderSig);
        put16(out, kVersionMadeBy);
        put16(out, kVersionNeeded);
        put16(out, kFlagUtf8);
        put16(out, quint16(e.method));
        put16(out, e.dosTime);
        put16(out, e.dosDate);
        put32(out, e.crc);
        put32(out, e.compressedSize);
        put32(out, e.size);
        put16(out, quint16(e.name.size()));
        put16(out, 0);          // extra field length
        put16(out, 0);          // comment length
        put16(out, 0);          // disk number
        put16(out, 0);          // internal attributes
        put32(out, 0100644u << 16); // external attributes: a regular file, rw-r--r--
        put32(out, e.offset);
        out += e.name;
    }
    const quint32 centralSize = quint32(out.size()) - centralStart;
    put32(out, kEndOfCentralSig);
    put16(out, 0); // this disk
    put16(out, 0); // disk with the central directory
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, centralSize);
    put32(out, centralStart);
    put16(out, 0); // comment length
    return out;
}

} // namespace ysb
