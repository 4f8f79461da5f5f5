#include "SimProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ysb::test {

QByteArray SimProcess::Answer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject SimProcess::Answer::object() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray SimProcess::Answer::array() const
{
    return QJsonDocument::fromJson(body).array();
}

SimProcess::SimProcess() = default;

SimProcess::~SimProcess()
{
    stop();
}

bool SimProcess::start(const QStringList &extraArgs, int timeoutMs)
{
    stop();
    m_error.clear();
    const QString program = qEnvironmentVariable("YSB_SIM");
    if (program.isEmpty()) {
        m_error = u"YSB_SIM is not set (run the test through ctest)"_s;
        return false;
    }
    m_stderr.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setArguments(QStringList{u"--odoo-port"_s, u"0"_s, u"--ysell-port"_s, u"0"_s} + extraArgs);
    m_process->start();
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = u"cannot start %1: %2"_s.arg(program, m_process->errorString());
        return false;
    }

    QDeadlineTimer deadline(timeoutMs);
    QByteArray out;
    while (!deadline.hasExpired()) {
        out += m_process->readAllStandardOutput();
        const qsizetype nl = out.indexOf('\n');
        if (nl >= 0) {
            const QJsonObject line = QJsonDocument::fromJson(out.left(nl)).object();
            if (line.contains("odoo_url"_L1)) {
                m_startup = line;
                break;
            }
            out.remove(0, nl + 1);
            continue;
        }
        if (m_process->state() != QProcess::Running) {
            m_error = u"simulator exited before its startup line: %1"_s.arg(
                QString::fromUtf8(standardError()));
            return false;
        }
        m_process->waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(200))));
    }
    if (m_startup.isEmpty()) {
        m_error = u"no startup line within %1 ms"_s.arg(timeoutMs);
        stop();
        return false;
    }
    m_odooUrl = m_startup.value("odoo_url"_L1).toString();
    m_ysellUrl = m_startup.value("ysell_url"_L1).toString();
    m_caFile = m_startup.value("ca_file"_L1).toString();
    m_odooDb = m_startup.value("odoo_db"_L1).toString();
    m_odooLogin = m_startup.value("odoo_login"_L1).toString();
    m_odooPassword = m_startup.value("odoo_password"_L1).toString();
    m_ysellToken = m_startup.value("ysell_token"_L1).toString();
    return true;
}

void SimProcess::stop()
{
    m_nam.reset();
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool SimProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QByteArray SimProcess::standardError()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return m_stderr;
}

qint64 SimProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QSslConfiguration SimProcess::sslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    QFile file(m_caFile);
    if (file.open(QIODevice::ReadOnly)) {
        auto cas = config.caCertificates();
        cas += QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        config.setCaCertificates(cas);
    }
    return config;
}

SimProcess::Answer SimProcess::request(const QByteArray &method, const QString &url,
                                       const QByteArray &body,
                                       const QList<QPair<QByteArray, QByteArray>> &headers,
                                       int timeoutMs)
{
    if (!m_nam)
        m_nam = std::make_unique<QNetworkAccessManager>();
    QNetworkRequest req{QUrl(url)};
    req.setSslConfiguration(sslConfiguration());
    req.setTransferTimeout(timeoutMs);
    for (const auto &[key, value] : headers)
        req.setRawHeader(key, value);
    QNetworkReply *reply = m_nam->sendCustomRequest(req, method, body);

    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    Answer answer;
    answer.error = reply->error();
    answer.errorString = reply->errorString();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        answer.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        answer.headers.append(pair);
    reply->deleteLater();
    return answer;
}

SimProcess::Answer SimProcess::ysell(const QByteArray &method, const QString &path, const QByteArray &body,
                                     bool withToken, int timeoutMs)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (withToken)
        headers.emplaceBack("Authorization", "Bearer " + m_ysellToken.toUtf8());
    if (!body.isEmpty())
        headers.emplaceBack("Content-Type", "application/json");
    return request(method, m_ysellUrl + path, body, headers, timeoutMs);
}

SimProcess::Answer SimProcess::control(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray payload;
    if (method != "GET") {
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        headers.emplaceBack("Content-Type", "application/json");
    }
    return request(method, m_ysellUrl + path, payload, headers);
}

SimProcess::Answer SimProcess::odoo(const QByteArray &body, int timeoutMs)
{
    return request("POST", m_odooUrl + u"/jsonrpc"_s, body, {{"Content-Type", "application/json"}}, timeoutMs);
}

QJsonValue SimProcess::odooAsAdmin(const QString &model, const QString &method, const QJsonArray &args,
                                   const QJsonObject &kwargs)
{
    auto rpc = [&](const QString &service, const QString &m, const QJsonArray &a) {
        const QJsonObject req{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"call"_s}, {u"id"_s, 1},
                              {u"params"_s, QJsonObject{{u"service"_s, service}, {u"method"_s, m}, {u"args"_s, a}}}};
        return odoo(QJsonDocument(req).toJson(QJsonDocument::Compact)).object().value(u"result"_s);
    };
    const int uid = rpc(u"common"_s, u"authenticate"_s, QJsonArray{m_odooDb, m_odooLogin, m_odooPassword, QJsonObject{}})
                        .toInt();
    QJsonArray a{m_odooDb, uid, m_odooPassword, model, method, args};
    if (!kwargs.isEmpty())
        a.append(kwargs);
    return rpc(u"object"_s, u"execute_kw"_s, a);
}

QJsonObject SimProcess::stats()
{
    return control("GET", u"/_sim/stats"_s).object();
}

bool SimProcess::resetStats()
{
    return control("POST", u"/_sim/reset-stats"_s).status == 200;
}

QJsonArray SimProcess::pickings()
{
    return control("GET", u"/_sim/pickings"_s).array();
}

QJsonArray SimProcess::ysellOrders()
{
    return control("GET", u"/_sim/ysell/orders"_s).array();
}

bool SimProcess::advance(const QString &status, const QStringList &orderNums)
{
    QJsonObject body;
    if (!status.isEmpty())
        body.insert("status"_L1, status);
    if (!orderNums.isEmpty())
        body.insert("order_nums"_L1, QJsonArray::fromStringList(orderNums));
    return control("POST", u"/_sim/advance"_s, body).status == 200;
}

bool SimProcess::fault(const QJsonObject &spec)
{
    return control("POST", u"/_sim/faults"_s, spec).status == 200;
}

bool SimProcess::clearFaults(const QString &route)
{
    return fault(QJsonObject{{"route"_L1, route}, {"kind"_L1, "clear"_L1}});
}

bool SimProcess::config(const QJsonObject &settings)
{
    return control("POST", u"/_sim/config"_s, settings).status == 200;
}

QStringList SimProcess::addOrders(int count)
{
    const Answer answer = control("POST", u"/_sim/orders"_s, QJsonObject{{"count"_L1, count}});
    QStringList names;
    const QJsonArray array = answer.object().value("names"_L1).toArray();
    for (const auto &name : array)
        names.append(name.toString());
    return names;
}

} // namespace ysb::test
