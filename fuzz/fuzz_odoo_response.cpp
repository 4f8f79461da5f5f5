// Odoo's JSON-RPC answers as the engine reads them: the envelope, then the order page and the
// other result parsers, on whatever bytes a broken or hostile server sends.
#include "odoo/OdooParse.h"
#include "odoo/OdooRpc.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const int status = size > 0 && data[0] == 'E' ? 500 : 200;
    const auto value = ysb::OdooRpc::parseResponse(status, body, QStringLiteral("odoo"));
    if (!value.ok())
        return 0;
    (void)ysb::OdooParse::orderPage(value.value());
    (void)ysb::OdooParse::moveLineSerials(value.value());
    (void)ysb::OdooParse::pickings(value.value());
    (void)ysb::OdooParse::uid(value.value());
    (void)ysb::OdooParse::serverVersion(value.value());
    return 0;
}
