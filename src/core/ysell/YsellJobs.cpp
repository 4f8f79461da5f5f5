#include "ysell/YsellJobs.h"

#include "Logging.h"
#include "net/HttpClient.h"
#include "ysell/YsellClient.h"
#include "ysell/YsellParse.h"

namespace ysb {

YsellJob::YsellJob(YsellClient *client, QString orderRef)
    : QObject(client)
    , m_client(client)
    , m_orderRef(std::move(orderRef))
{
}

YsellJob::~YsellJob() = default;

QDateTime YsellJob::nowUtc() const
{
    return m_client->httpClient() ? m_client->httpClient()->clock()->nowUtc() : QDateTime::currentDateTimeUtc();
}

void YsellJob::start(const Result<HttpRequest> &request)
{
    if (!request.ok() || !m_client->httpClient()) {
        const Error error = request.ok() ? Error::make(ErrorKind::Config, Text(TextKind::NoHttpClientGiven))
                                         : request.error();
        // Callers connect after the job is returned, so even this failure arrives from the event loop.
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                fail(error);
                deleteLater();
            },
            Qt::QueuedConnection);
        return;
    }
    m_http = m_client->httpClient()->send(request.value());
    m_correlationId = m_http->correlationId();
    connect(m_http, &HttpJob::finished, this, [this](const Result<HttpResponse> &result) {
        handle(result);
        deleteLater();
    });
}

void CreateOrderJob::fail(const Error &error)
{
    Q_EMIT finished(error);
}

void CreateOrderJob::handle(const Result<HttpResponse> &result)
{
    if (!result.ok()) {
        Q_EMIT finished(result.error());
        return;
    }
    const Result<YsellOrderInfo> info = YsellParse::createAnswer(result.value(), client()->statusRules(), nowUtc(),
                                                                  client()->mapping().answer);
    if (info.ok())
        qCInfo(lcYsell).noquote() << "created" << orderRef() << "as Ysell id" << info->id;
    else
        qCInfo(lcYsell).noquote() << "create" << orderRef() << "failed:" << info.error().kindName()
                                  << info.error().detail;
    Q_EMIT finished(info);
}

void OrderStatusJob::fail(const Error &error)
{
    Q_EMIT finished(error);
}

void OrderStatusJob::handle(const Result<HttpResponse> &result)
{
    if (!result.ok()) {
        Q_EMIT finished(result.error());
        return;
    }
    Q_EMIT finished(YsellParse::statusAnswer(result.value(), client()->statusRules(), nowUtc(),
                                                        client()->mapping().answer));
}

void FindOrderJob::fail(const Error &error)
{
    Q_EMIT finished(error);
}

void FindOrderJob::handle(const Result<HttpResponse> &result)
{
    if (!result.ok()) {
        Q_EMIT finished(result.error());
        return;
    }
    Q_EMIT finished(YsellParse::findAnswer(result.value(), orderRef(), client()->statusRules(), nowUtc(),
                                                      client()->mapping().answer));
}

} // namespace ysb
