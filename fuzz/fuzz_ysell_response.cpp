// Ysell answers to create, status and find, with the status code taken from the first byte so
// the error paths (401, 409/422 duplicates, 429 Retry-After, 5xx) are fuzzed too.
#include "ysell/YsellParse.h"
#include "ysell/YsellStatus.h"

#include <QDateTime>

#include <array>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static constexpr std::array<int, 10> statuses{200, 201, 401, 404, 409, 422, 429, 500, 503, 200};
    static const ysb::YsellStatusRules rules;
    static const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    if (size == 0)
        return 0;
    ysb::HttpResponse response;
    response.status = statuses[data[0] % statuses.size()];
    response.body = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    if (data[0] & 0x80)
        response.headers.append(qMakePair(QByteArray("Retry-After"), response.body.left(12)));
    (void)ysb::YsellParse::createAnswer(response, rules, now);
    (void)ysb::YsellParse::statusAnswer(response, rules, now);
    (void)ysb::YsellParse::findAnswer(response, QStringLiteral("S00001"), rules, now);
    if (const auto json = ysb::YsellParse::json(response.body); json.ok()) {
        (void)ysb::YsellParse::order(json.value(), rules);
        (void)ysb::YsellParse::status(json.value(), rules);
        (void)ysb::YsellParse::serverMessage(json.value());
    }
    return 0;
}
