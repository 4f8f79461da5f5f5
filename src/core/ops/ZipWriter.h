#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ysb {

/// Builds a ZIP archive in memory (Qt 6.4 has no public zip writer): each entry deflated with
/// zlib (through qCompress, stripped to raw deflate as ZIP requires) or stored when that is not
/// smaller; CRC-32 per entry; UTF-8 names. No ZIP64: the whole archive stays under 4 GiB.
class ZipWriter final {
    Q_DECLARE_TR_FUNCTIONS(ysb::ZipWriter)

public:
    enum class Method : quint16 { Stored = 0, Deflated = 8 };

    /// Adds one file; `name` is a relative path with '/' separators (no "..", no leading '/').
    /// `modified` is stored as a DOS time stamp (local time, 2-second resolution, 1980–2107).
    Status addFile(const QString &name, const QByteArray &data, const QDateTime &modified);
    /// The archive: local headers and data, then the central directory and its end record.
    QByteArray finish() const;

    qsizetype entryCount() const { return m_entries.size(); }
    Method methodOf(qsizetype entry) const { return m_entries.at(entry).method; }

    /// CRC-32 (ISO 3309, the one ZIP and zlib use).
    static quint32 crc32(const QByteArray &data);
    /// Raw deflate data (RFC 1951) of `data`, or empty when zlib gave nothing usable.
    static QByteArray rawDeflate(const QByteArray &data);

    static constexpr qint64 kMaxArchiveBytes = 0xFFFFFFFFLL;

private:
    struct Entry {
        QByteArray name; // UTF-8
        Method method = Method::Stored;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint16 dosTime = 0;
        quint16 dosDate = 0;
        quint32 offset = 0;
    };
    QList<Entry> m_entries;
    QByteArray m_body; // local headers and data, in order
    qint64 m_centralBytes = 0;
};

} // namespace ysb
