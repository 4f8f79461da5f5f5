#include "SimControl.h"

#include "Logging.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ysb::sim {

namespace {

/// "odoo:<model>.<method>" (or "odoo:<service>.<method>") of one JSON-RPC body, and its id.
QString odooRoute(const QByteArray &body, QJsonValue *rpcId)
{
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    *rpcId = request.value("id"_L1);
    const QJsonObject params = request.value("params"_L1).toObject();
    const QString service = params.value("service"_L1).toString();
    const QString method = params.value("method"_L1).toString();
    if (service == "object"_L1 && (method == "execute_kw"_L1 || method == "execute"_L1)) {
        const QJsonArray args = params.value("args"_L1).toArray();
        return u"odoo:%1.%2"_s.arg(args.at(3).toString(), args.at(4).toString());
    }
    return u"odoo:%1.%2"_s.arg(service, method);
}

HttpServerReply controlError(int status, const QString &message)
{
    return HttpServerReply::json(status, QJsonObject{{"error"_L1, message}});
}

int errorStatus(const Error &error)
{
    return error.kind == ErrorKind::MissingRecord ? 404 : 400;
}

} // namespace

SimControl::SimControl(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    OdooSim::Options odooOptions;
    odooOptions.database = m_options.odooDatabase;
    odooOptions.login = m_options.odooLogin;
    odooOptions.password = m_options.odooPassword;
    odooOptions.customFields = m_options.customFields;
    m_odoo = std::make_unique<OdooSim>(odooOptions);

    YsellSim::Options ysellOptions;
    ysellOptions.token = m_options.ysellToken;
    ysellOptions.maxInflight = m_options.ysellMaxInflight;
    ysellOptions.autoAdvanceSecs = m_options.autoAdvanceSecs;
    m_ysell = std::make_unique<YsellSim>(ysellOptions);
}

SimControl::~SimControl()
{
    m_closing = true; // the servers' finish callbacks must not start queued Odoo requests
    m_odooServer.reset();
    m_ysellServer.reset();
}

Status SimControl::start()
{
    auto tls = HttpsServer::tlsConfiguration(m_options.tlsCert);
    if (!tls)
        return tls.error();
    m_odooServer = std::make_unique<HttpsServer>(tls.value());
    m_ysellServer = std::make_unique<HttpsServer>(tls.value());
    m_odooServer->setHandler([this](HttpExchange exchange) { onOdooRequest(std::move(exchange)); });
    m_ysellServer->setHandler([this](HttpExchange exchange) { onYsellRequest(std::move(exchange)); });
    if (auto started = m_odooServer->start(m_options.odooPort); !started)
        return started;
    return m_ysellServer->start(m_options.ysellPort);
}

QString SimControl::odooUrl() const
{
    return m_odooServer ? m_odooServer->url() : QString();
}

QString SimControl::ysellUrl() const
{
    return m_ysellServer ? m_ysellServer->url() : QString();
}

void SimControl::serve(HttpExchange exchange, int latencyMs, std::optional<FaultSpec> action,
                       std::function<HttpServerReply()> act, QByteArray wrongShapeBody)
{
    auto run = [exchange, action = std::move(action), act = std::move(act),
                wrongShapeBody = std::move(wrongShapeBody)]() mutable {
        if (!action) {
            exchange.reply(act());
            return;
        }
        switch (action->kind) {
        case FaultKind::Hang:
            return; // the exchange stays open until the client gives up
        case FaultKind::Reset:
            exchange.reset();
            return;
        case FaultKind::Status:
            exchange.reply(HttpServerReply::yiiError(action->status, u"Injected fault: HTTP %1."_s.arg(action->status)));
            return;
        case FaultKind::RetryAfter: {
            HttpServerReply reply = HttpServerReply::yiiError(
                action->status, action->status == 429 ? u"Rate limit exceeded."_s : u"Service temporarily unavailable."_s);
            reply.headers.emplaceBack("Retry-After", QByteArray::number(action->retryAfterSecs()));
            exchange.reply(reply);
            return;
        }
        case FaultKind::CommitDrop:
            (void)act();
            exchange.drop();
            return;
        case FaultKind::Malformed: {
            HttpServerReply reply = act();
            reply.status = 200;
            reply.contentType = "application/json";
            // Half an answer plus an unterminated string: never valid JSON, whatever the original.
            reply.body = reply.body.left(reply.body.size() / 2) + ",\"trunc";
            exchange.reply(reply);
            return;
        }
        case FaultKind::WrongShape: {
            (void)act();
            HttpServerReply reply;
            reply.body = wrongShapeBody;
            exchange.reply(reply);
            return;
        }
        case FaultKind::Latency:
        case FaultKind::Down:
            exchange.reply(act());
            return;
        }
    };
    if (latencyMs > 0)
        exchange.after(latencyMs, std::move(run));
    else
        run();
}

void SimControl::onOdooRequest(HttpExchange exchange)
{
    const HttpServerRequest &request = exchange.request();
    if (request.path != "/jsonrpc"_L1) {
        HttpServerReply reply;
        reply.status = 404;
        reply.contentType = "text/html; charset=utf-8";
        reply.body = "<!doctype html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n";
        exchange.reply(reply);
        return;
    }
    if (request.method != "POST") {
        HttpServerReply reply;
        reply.status = 405;
        reply.contentType = "text/html; charset=utf-8";
        reply.body = "<!doctype html>\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n";
        reply.headers.emplaceBack("Allow", "POST");
        exchange.reply(reply);
        return;
    }
    QJsonValue rpcId;
    const QString route = odooRoute(request.body, &rpcId);
    const FaultDecision decision = m_faults.decide(route);
    const QByteArray wrongShape = QJsonDocument(QJsonObject{{"jsonrpc"_L1, u"2.0"_s},
                                                            {"id"_L1, rpcId},
                                                            {"result"_L1, u"unexpected shape"_s}})
                                      .toJson(QJsonDocument::Compact);
    OdooSim *odoo = m_odoo.get();
    const int latencyMs = m_options.odooLatencyMs + decision.extraLatencyMs;
    admitOdoo(exchange, [this, exchange, latencyMs, action = decision.action, odoo, wrongShape] {
        serve(exchange, latencyMs, action,
              [odoo, exchange] {
                  const HttpServerRequest &req = exchange.request();
                  const OdooSim::Reply answer = odoo->handle(req.header("Content-Type"), req.body);
                  HttpServerReply reply;
                  reply.status = answer.status;
                  reply.contentType = answer.contentType;
                  reply.body = answer.body;
                  return reply;
              },
              wrongShape);
    });
}

void SimControl::admitOdoo(HttpExchange exchange, std::function<void()> start)
{
    m_odooWaiting.push_back({std::move(exchange), std::move(start)});
    m_odooWaitingMax = std::max(m_odooWaitingMax, int(m_odooWaiting.size()) - 1);
    startWaitingOdoo();
}

void SimControl::startWaitingOdoo()
{
    // A request answered at once ends inside start() and calls back here: the loop below goes on
    // instead, so a long queue never turns into deep recursion.
    if (m_startingOdoo || m_closing)
        return;
    m_startingOdoo = true;
    const int workers = m_options.odooWorkers;
    while (!m_closing && !m_odooWaiting.empty() && (workers <= 0 || m_odooBusy < workers)) {
        WaitingOdooRequest next = std::move(m_odooWaiting.front());
        m_odooWaiting.pop_front();
        if (!next.exchange.isOpen())
            continue; // the client gave up while it waited
        ++m_odooBusy;
        m_odooBusyMax = std::max(m_odooBusyMax, m_odooBusy);
        next.exchange.onFinished([this] {
            --m_odooBusy;
            startWaitingOdoo();
        });
        next.start();
    }
    m_startingOdoo = false;
}

void SimControl::onYsellRequest(HttpExchange exchange)
{
    const HttpServerRequest &request = exchange.request();
    if (request.path.startsWith("/_sim/"_L1)) {
        onControlRequest(std::move(exchange));
        return;
    }
    const QString route = YsellSim::routeOf(request);
    YsellSim *ysell = m_ysell.get();
    ysell->noteRequest(route);
    const bool admitted = ysell->admit();
    exchange.onFinished([ysell] { ysell->release(); });
    if (!admitted) {
        HttpServerReply reply = HttpServerReply::yiiError(429, u"Rate limit exceeded."_s);
        reply.headers.emplaceBack("Retry-After", "1");
        exchange.reply(reply);
        return;
    }
    const FaultDecision decision = route.isEmpty() ? FaultDecision{} : m_faults.decide(route);
    serve(exchange, m_options.ysellLatencyMs + decision.extraLatencyMs, decision.action,
          [ysell, exchange] { return ysell->handle(exchange.request()); },
          QByteArrayLiteral(R"({"success":true,"data":"unexpected shape"})"));
}

Status SimControl::applyFault(const QJsonObject &json)
{
    const QString kind = json.value("kind"_L1).toString();
    QString route = json.value("route"_L1).toString(u"*"_s);
    if (route.isEmpty())
        route = u"*"_s;
    const bool odooRoute = route.startsWith("odoo"_L1);

    if (kind == "clear"_L1) {
        m_faults.clear(route);
        if (route == "*"_L1 || odooRoute) {
            m_odoo->clearFaults();
            if (m_odooServer && m_odooServer->isDown())
                (void)m_odooServer->comeBack();
        }
        return Ok{};
    }

    if (FaultSpec::isOdooSemanticKind(kind)) {
        QString target;
        if (route == "odoo"_L1 || route == "*"_L1)
            target = u"*"_s;
        else if (route.startsWith("odoo:"_L1))
            target = route.mid(5);
        else
            return Error::plain(ErrorKind::BadRequest, u"%1 is an Odoo fault: route must be \"odoo\" or \"odoo:<model>.<method>\""_s.arg(kind));
        const double rate = json.value("rate"_L1).toDouble(1.0);
        const int count = json.value("count"_L1).toInt(-1);
        m_odoo->setFault(target, kind, rate, count);
        return Ok{};
    }

    auto spec = FaultSpec::fromJson(json);
    if (!spec)
        return spec.error();
    if (spec->kind == FaultKind::Down) {
        HttpsServer *server = odooRoute ? m_odooServer.get() : m_ysellServer.get();
        if (!odooRoute && spec->ms <= 0)
            return Error::plain(ErrorKind::BadRequest, u"down on the Ysell port needs \"ms\" (the control API lives there)"_s);
        // After the control answer has gone out: closing connections flushes what was written.
        QTimer::singleShot(0, this, [server] { server->goDown(); });
        if (spec->ms > 0) {
            QTimer::singleShot(spec->ms, this, [server] {
                if (auto back = server->comeBack(); !back)
                    qCWarning(lcSim) << "cannot listen again:" << back.error().detail;
            });
        }
        return Ok{};
    }
    m_faults.add(spec.value());
    return Ok{};
}

QJsonObject SimControl::stats() const
{
    QJsonObject odoo = m_odoo->stats();
    QJsonObject calls = odoo.value("calls"_L1).toObject();
    for (auto it = m_odooCallsBaseline.constBegin(); it != m_odooCallsBaseline.constEnd(); ++it) {
        const int now = calls.value(it.key()).toInt() - it.value().toInt();
        if (now > 0)
            calls.insert(it.key(), now);
        else
            calls.remove(it.key());
    }
    odoo.insert("calls"_L1, calls);
    odoo.insert("workers"_L1, m_options.odooWorkers);
    odoo.insert("max_inflight_seen"_L1, m_odooBusyMax);
    odoo.insert("max_waiting_seen"_L1, m_odooWaitingMax);
    return QJsonObject{{"ysell"_L1, m_ysell->stats()}, {"odoo"_L1, odoo}};
}

void SimControl::resetStats()
{
    m_ysell->resetStats();
    m_odooBusyMax = m_odooBusy;
    m_odooWaitingMax = int(m_odooWaiting.size());
    // OdooSim keeps counting; stats() reports the difference from this snapshot.
    m_odooCallsBaseline = m_odoo->stats().value("calls"_L1).toObject();
}

void SimControl::onControlRequest(HttpExchange exchange)
{
    const HttpServerRequest &request = exchange.request();
    if (!request.peer.isLoopback()) {
        exchange.reply(controlError(403, u"The control API answers loopback clients only."_s));
        return;
    }
    QJsonObject body;
    if (request.method == "POST" && !request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            exchange.reply(controlError(400, u"Body must be a JSON object."_s));
            return;
        }
        body = document.object();
    }
    const QString &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";

    if (get && path == "/_sim/stats"_L1) {
        exchange.reply(HttpServerReply::json(200, stats()));
    } else if (post && path == "/_sim/reset-stats"_L1) {
        resetStats();
        exchange.reply(HttpServerReply::json(200, QJsonObject{{"ok"_L1, true}}));
    } else if (post && path == "/_sim/advance"_L1) {
        QStringList numbers;
        for (const QJsonValue &number : body.value("order_nums"_L1).toArray())
            numbers.append(number.toString());
        const auto changed = m_ysell->advance(body.value("status"_L1).toString(), numbers);
        if (changed)
            exchange.reply(HttpServerReply::json(200, QJsonObject{{"changed"_L1, changed.value()}}));
        else
            exchange.reply(controlError(errorStatus(changed.error()), changed.error().message));
    } else if (post && path == "/_sim/faults"_L1) {
        const Status applied = applyFault(body);
        if (applied)
            exchange.reply(HttpServerReply::json(200, QJsonObject{{"ok"_L1, true}, {"faults"_L1, m_faults.toJson()}}));
        else
            exchange.reply(controlError(400, applied.error().message));
    } else if (get && path == "/_sim/faults"_L1) {
        exchange.reply(HttpServerReply::json(200, m_faults.toJson()));
    } else if (post && path == "/_sim/orders"_L1) {
        const int count = body.value("count"_L1).toInt(0);
        if (count <= 0 || count > 100'000) {
            exchange.reply(controlError(400, u"count must be between 1 and 100000"_s));
            return;
        }
        exchange.reply(HttpServerReply::json(
            200, QJsonObject{{"names"_L1, QJsonArray::fromStringList(m_odoo->addConfirmedOrders(count))}}));
    } else if (get && path == "/_sim/pickings"_L1) {
        exchange.reply(HttpServerReply::json(200, m_odoo->pickings()));
    } else if (get && path == "/_sim/ysell/orders"_L1) {
        exchange.reply(HttpServerReply::json(200, m_ysell->orders()));
    } else if (post && path == "/_sim/config"_L1) {
        if (const Status set = m_ysell->configure(body); !set) {
            exchange.reply(controlError(400, set.error().message));
            return;
        }
        exchange.reply(HttpServerReply::json(200, QJsonObject{{"ok"_L1, true}}));
    } else {
        exchange.reply(controlError(404, u"Unknown control call %1 %2"_s.arg(QString::fromLatin1(request.method), path)));
    }
}

} // namespace ysb::sim
