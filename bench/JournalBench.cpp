// ysb-bench-journal: journal helpers for scripts/bench.
//   fill PATH N        N orders (state sent, with a Ysell id) via Journal::upsertOrders in batches of 1000
//   exchanges PATH N   N realistic exchanges via Journal::recordExchange; prints one JSON line with the rate

#include "journal/Journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ysb;

namespace {

constexpr int kBatch = 1000;
const QString kToken = u"bench-token-0123456789abcdef"_s;

int fill(Journal &journal, int count)
{
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-20);
    QList<OrderRecord> batch;
    batch.reserve(kBatch);
    for (int i = 0; i < count; ++i) {
        OrderRecord r;
        r.name = u"S%1"_s.arg(i + 1, 6, 10, QLatin1Char('0'));
        r.odooId = i + 1;
        r.customer = u"Customer %1 GmbH, Musterstraße %2"_s.arg(i % 997).arg(i % 120 + 1);
        r.confirmedAt = base.addSecs(i * 7);
        r.ysellId = QString::number(900000 + i);
        r.ysellStatusCode = u"3"_s;
        r.ysellStatusName = u"In progress"_s;
        r.state = i % 10 == 0 ? OrderState::Done : (i % 17 == 0 ? OrderState::NeedsAttention : OrderState::Sent);
        r.attempts = 1;
        r.sentAt = r.confirmedAt.addSecs(300);
        r.payloadHash = QString::number(qHash(r.name), 16);
        batch << r;
        if (batch.size() == kBatch || i + 1 == count) {
            if (const Status s = journal.upsertOrders(batch); !s.ok()) {
                std::fprintf(stderr, "fill: %s\n", qPrintable(s.error().message));
                return 1;
            }
            batch.clear();
        }
    }
    return 0;
}

Exchange ysellCreate(int i)
{
    Exchange e;
    e.startedUtc = QDateTime::currentDateTimeUtc();
    e.system = u"ysell"_s;
    e.route = u"create"_s;
    e.method = u"POST"_s;
    e.url = u"/api/v1/task-statement/create"_s;
    e.httpStatus = 200;
    e.durationMs = 120;
    e.correlationId = u"c-%1"_s.arg(i);
    e.orderRef = u"S%1"_s.arg(i % 100000, 6, 10, QLatin1Char('0'));
    e.outcome = u"ok"_s;
    e.requestHeaders = {{"Authorization", "Bearer " + kToken.toUtf8()}, {"Content-Type", "application/json"},
                        {"Accept", "application/json"}, {"X-Correlation-Id", e.correlationId.toUtf8()}};
    QJsonObject body{{u"order_num"_s, e.orderRef},
                     {u"recipient"_s, QJsonObject{{u"name"_s, u"Max Mustermann"_s},
                                                 {u"street"_s, u"Musterstraße 12"_s},
                                                 {u"zip"_s, u"10115"_s},
                                                 {u"city"_s, u"Berlin"_s},
                                                 {u"country"_s, u"DE"_s},
                                                 {u"phone"_s, u"+49 30 1234567"_s},
                                                 {u"email"_s, u"max@example.com"_s}}}};
    QJsonArray lines;
    for (int l = 0; l < 4; ++l)
        lines.append(QJsonObject{{u"sku"_s, u"SKU-%1-%2"_s.arg(i % 500).arg(l)},
                                 {u"title"_s, u"Product with a fairly long descriptive title number %1"_s.arg(l)},
                                 {u"qty"_s, l + 1},
                                 {u"price"_s, 19.99 + l}});
    body.insert(u"lines"_s, lines);
    e.requestBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    e.responseBody = QJsonDocument(QJsonObject{{u"id"_s, 900000 + i},
                                               {u"status"_s, QJsonObject{{u"code"_s, u"1"_s}, {u"name"_s, u"New"_s}}}})
                         .toJson(QJsonDocument::Compact);
    return e;
}

Exchange odooRead(int i)
{
    Exchange e;
    e.startedUtc = QDateTime::currentDateTimeUtc();
    e.system = u"odoo"_s;
    e.route = u"sale.order.search_read"_s;
    e.method = u"POST"_s;
    e.url = u"/jsonrpc"_s;
    e.httpStatus = 200;
    e.durationMs = 40;
    e.correlationId = u"o-%1"_s.arg(i);
    e.outcome = u"ok"_s;
    e.requestHeaders = {{"Content-Type", "application/json"}};
    e.requestBody = R"({"jsonrpc":"2.0","method":"call","params":{"service":"object","method":"execute_kw","args":["db",2,")"
                    + kToken.toUtf8()
                    + R"(","sale.order","search_read",[[["state","=","sale"]]],{"fields":["name","partner_id"],"limit":200}]},"id":1})";
    QByteArray rows = "[";
    for (int r = 0; r < 20; ++r)
        rows += (r ? "," : "") + QByteArray(R"({"id":)") + QByteArray::number(i * 20 + r)
                + R"(,"name":"S0)" + QByteArray::number(r) + R"(","partner_id":[7,"Customer GmbH"],"date_order":"2024-05-01 10:00:00"})";
    rows += "]";
    e.responseBody = R"({"jsonrpc":"2.0","id":1,"result":)" + rows + "}";
    return e;
}

int exchanges(Journal &journal, int count)
{
    journal.setSecretValues({kToken});
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        const Exchange e = i % 3 == 2 ? odooRead(i) : ysellCreate(i);
        bytes += e.requestBody.size() + e.responseBody.size();
        journal.recordExchange(e);
    }
    journal.flushExchanges(); // the last partial batch counts too
    const double secs = timer.nsecsElapsed() / 1e9;
    const QJsonObject line{{u"exchanges"_s, count},
                           {u"seconds"_s, secs},
                           {u"per_second"_s, count / secs},
                           {u"avg_body_bytes"_s, double(bytes) / count}};
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4 || (args.at(1) != u"fill"_s && args.at(1) != u"exchanges"_s)) {
        std::fprintf(stderr, "usage: ysb-bench-journal fill|exchanges PATH N\n");
        return 2;
    }
    auto journal = Journal::open(args.at(2));
    if (!journal.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.error().message));
        return 1;
    }
    const int n = args.at(3).toInt();
    return args.at(1) == u"fill"_s ? fill(*journal.value(), n) : exchanges(*journal.value(), n);
}
