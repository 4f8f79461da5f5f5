// ysell-bridge-sim as a user starts it: flags, startup line, client config, state dir, TLS
// variants, the control API, and the "done when" check (common.version over verified HTTPS).

#include "SimProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ysb::test::SimProcess;

namespace {

QByteArray rpc(const QString &service, const QString &method, const QJsonArray &args)
{
    return QJsonDocument(QJsonObject{{"jsonrpc"_L1, u"2.0"_s},
                                     {"method"_L1, u"call"_s},
                                     {"id"_L1, 1},
                                     {"params"_L1, QJsonObject{{"service"_L1, service}, {"method"_L1, method}, {"args"_L1, args}}}})
        .toJson(QJsonDocument::Compact);
}

QJsonValue odooResult(SimProcess &sim, const QString &model, const QString &method, const QJsonArray &args)
{
    const auto uid = sim.odoo(rpc(u"common"_s, u"authenticate"_s,
                                  QJsonArray{sim.odooDb(), sim.odooLogin(), sim.odooPassword(), QJsonObject{}}))
                         .object()
                         .value("result"_L1);
    QJsonArray call{sim.odooDb(), uid, sim.odooPassword(), model, method, args};
    return sim.odoo(rpc(u"object"_s, u"execute_kw"_s, call)).object().value("result"_L1);
}

QByteArray runToExit(const QStringList &args, int *exitCode)
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("YSB_SIM"));
    process.setArguments(args);
    process.start();
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
        *exitCode = -1;
        return {};
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput() + process.readAllStandardError();
}

} // namespace

class TestSimControl : public QObject {
    Q_OBJECT

private slots:
    void demoAnswersVersionOverVerifiedHttps()
    {
        SimProcess sim;
        QVERIFY2(sim.start({u"--demo"_s}), qPrintable(sim.errorString()));

        // Trust exactly the simulator's CA file, as a client configured with it would.
        QFile caFile(sim.caFile());
        QVERIFY(caFile.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> ca = QSslCertificate::fromData(caFile.readAll(), QSsl::Pem);
        QCOMPARE(ca.size(), 1);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslConfiguration::defaultConfiguration().caCertificates() + ca);
        QCOMPARE(tls.peerVerifyMode(), QSslSocket::AutoVerifyPeer);

        QNetworkAccessManager nam;
        auto post = [&](const QSslConfiguration &config) {
            QNetworkRequest request{QUrl(sim.odooUrl() + u"/jsonrpc"_s)};
            request.setSslConfiguration(config);
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            QNetworkReply *reply = nam.post(request, rpc(u"common"_s, u"version"_s, {}));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(30'000);
            return reply;
        };
        QNetworkReply *verified = post(tls);
        QCOMPARE(verified->error(), QNetworkReply::NoError);
        QVERIFY(verified->url().scheme() == "https"_L1);
        const QJsonObject answer = QJsonDocument::fromJson(verified->readAll()).object();
        QCOMPARE(answer["result"_L1]["server_serie"_L1].toString(), u"17.0"_s);
        delete verified;

        // Without the CA the same request is refused: verification really happened.
        QNetworkAccessManager other;
        QNetworkRequest request{QUrl(sim.odooUrl() + u"/jsonrpc"_s)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *untrusted = other.post(request, rpc(u"common"_s, u"version"_s, {}));
        QSignalSpy finished(untrusted, &QNetworkReply::finished);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(untrusted->error(), QNetworkReply::SslHandshakeFailedError);
        delete untrusted;
    }

    void startupLine()
    {
        SimProcess one;
        QVERIFY2(one.start(), qPrintable(one.errorString()));
        const QJsonObject line = one.startupLine();
        for (const auto key : {"odoo_url"_L1, "ysell_url"_L1, "ca_file"_L1, "odoo_db"_L1, "odoo_login"_L1,
                               "odoo_password"_L1, "ysell_token"_L1})
            QVERIFY2(!line.value(key).toString().isEmpty(), qPrintable(QString(key)));
        const QRegularExpression url(u"^https://127\\.0\\.0\\.1:[1-9][0-9]*$"_s);
        QVERIFY(url.match(one.odooUrl()).hasMatch());
        QVERIFY(url.match(one.ysellUrl()).hasMatch());
        QVERIFY(one.odooUrl() != one.ysellUrl());
        const QRegularExpression secret(u"^[0-9a-f]{24}$"_s);
        QVERIFY(secret.match(one.odooPassword()).hasMatch());
        QVERIFY(secret.match(one.ysellToken()).hasMatch());
        QVERIFY(QFileInfo(one.caFile()).isAbsolute());
        QVERIFY(QFile::exists(one.caFile()));
        QCOMPARE(one.odooDb(), u"ysell_demo"_s);
        QCOMPARE(one.odooLogin(), u"admin"_s);

        SimProcess two;
        QVERIFY2(two.start(), qPrintable(two.errorString()));
        QVERIFY(one.odooPassword() != two.odooPassword());
        QVERIFY(one.ysellToken() != two.ysellToken());
        QVERIFY(one.ysellToken() != one.odooPassword());
    }

    void temporaryStateIsRemovedOnTerminate()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const QString dir = QFileInfo(sim.caFile()).absolutePath();
        QVERIFY(QFileInfo::exists(dir));
        sim.stop();
        QVERIFY(!QFileInfo::exists(dir));
    }

    void stateDirHoldsTheCaFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString state = dir.filePath(u"state"_s);
        SimProcess sim;
        QVERIFY2(sim.start({u"--state-dir"_s, state}), qPrintable(sim.errorString()));
        QCOMPARE(sim.caFile(), QDir(state).absoluteFilePath(u"ca.pem"_s));
        QFile written(sim.caFile());
        QFile source(qEnvironmentVariable("YSB_SOURCE_DIR") + u"/src/sim/certs/ca.pem"_s);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), source.readAll());
    }

    void writesClientConfig()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(u"client"_s);
        SimProcess sim;
        QVERIFY2(sim.start({u"--write-client-config"_s, out}), qPrintable(sim.errorString()));

        QSettings ini(out + u"/config.ini"_s, QSettings::IniFormat);
        QCOMPARE(ini.status(), QSettings::NoError);
        QCOMPARE(ini.value(u"odoo/url"_s).toString(), sim.odooUrl());
        QCOMPARE(ini.value(u"odoo/database"_s).toString(), sim.odooDb());
        QCOMPARE(ini.value(u"odoo/login"_s).toString(), sim.odooLogin());
        QCOMPARE(ini.value(u"ysell/base_url"_s).toString(), sim.ysellUrl());
        QCOMPARE(ini.value(u"ysell/routes"_s).toString(), u"task-statement"_s);
        QCOMPARE(ini.value(u"ysell/done_statuses"_s).toString(), u"Done,7.1,7.2"_s);
        QCOMPARE(ini.value(u"ysell/max_inflight"_s).toInt(), 4);
        QCOMPARE(ini.value(u"tls/extra_ca_file"_s).toString(), sim.caFile());
        QCOMPARE(ini.value(u"journal/path"_s).toString(), QDir(out).absoluteFilePath(u"journal.sqlite"_s));
        QCOMPARE(ini.value(u"sync/start_date"_s).toString(), QDate::currentDate().addDays(-30).toString(u"yyyy-MM-dd"_s));
        QCOMPARE(ini.value(u"sync/shemax_location"_s).toString(), u"ShemaxGlobal"_s);
        QCOMPARE(ini.value(u"sync/send_interval_min"_s).toInt(), 5);
        QCOMPARE(ini.value(u"sync/status_interval_min"_s).toInt(), 60);
        QCOMPARE(ini.value(u"sync/reserve_serials"_s).toBool(), false);
        QCOMPARE(ini.value(u"sync/cancel_other_delivery"_s).toBool(), false);

        QFile password(out + u"/secrets/odoo-password"_s);
        QFile token(out + u"/secrets/ysell-token"_s);
        QVERIFY(password.open(QIODevice::ReadOnly));
        QVERIFY(token.open(QIODevice::ReadOnly));
        QCOMPARE(password.readAll(), sim.odooPassword().toUtf8()); // no trailing newline
        QCOMPARE(token.readAll(), sim.ysellToken().toUtf8());
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QCOMPARE(password.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
        QCOMPARE(token.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
        const auto dirPermissions = QFileInfo(out + u"/secrets"_s).permissions();
        QVERIFY(!(dirPermissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
    }

    void tlsCertVariants_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("good") << u"good"_s << true;
        QTest::newRow("wronghost") << u"wronghost"_s << false;
        QTest::newRow("expired") << u"expired"_s << false;
    }

    void tlsCertVariants()
    {
        QFETCH(QString, variant);
        QFETCH(bool, trusted);
        SimProcess sim;
        QVERIFY2(sim.start({u"--tls-cert"_s, variant}), qPrintable(sim.errorString()));
        const auto odoo = sim.odoo(rpc(u"common"_s, u"version"_s, {}));
        const auto ysell = sim.ysell("GET", u"/api/orders/status?id=1"_s);
        if (trusted) {
            QCOMPARE(odoo.status, 200);
            QCOMPARE(ysell.status, 404);
        } else {
            QCOMPARE(odoo.error, QNetworkReply::SslHandshakeFailedError);
            QCOMPARE(ysell.error, QNetworkReply::SslHandshakeFailedError);
        }
    }

    void plainHttpIsRefused()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QString plain = sim.ysellUrl();
        plain.replace(u"https://"_s, u"http://"_s);
        const auto answer = sim.request("GET", plain + u"/_sim/stats"_s, {}, {}, 5000);
        QCOMPARE(answer.status, 0);
        QVERIFY(answer.error != QNetworkReply::NoError);
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("help") << QStringList{u"--help"_s} << 0;
        QTest::newRow("negative latency") << QStringList{u"--ysell-latency-ms"_s, u"-5"_s} << 2;
        QTest::newRow("negative workers") << QStringList{u"--odoo-workers"_s, u"-1"_s} << 2;
        QTest::newRow("port not a number") << QStringList{u"--odoo-port"_s, u"abc"_s} << 2;
        QTest::newRow("unknown certificate") << QStringList{u"--odoo-port"_s, u"0"_s, u"--ysell-port"_s, u"0"_s,
                                                            u"--tls-cert"_s, u"selfsigned"_s} << 1;
        QTest::newRow("stray argument") << QStringList{u"extra"_s} << 2;
    }

    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        int code = -2;
        const QByteArray output = runToExit(args, &code);
        QCOMPARE(code, exitCode);
        if (args.first() == "--help"_L1) {
            for (const char *flag : {"--demo", "--orders", "--odoo-port", "--ysell-port", "--state-dir",
                                     "--write-client-config", "--ysell-latency-ms", "--ysell-max-inflight",
                                     "--odoo-latency-ms", "--odoo-workers", "--auto-advance-s", "--tls-cert",
                                     "--no-custom-fields"})
                QVERIFY2(output.contains(flag), flag);
        }
    }

    void latencyFlags_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::newRow("odoo") << u"--odoo-latency-ms"_s;
        QTest::newRow("ysell") << u"--ysell-latency-ms"_s;
    }

    void latencyFlags()
    {
        QFETCH(QString, flag);
        SimProcess sim;
        QVERIFY2(sim.start({flag, u"6000"_s}), qPrintable(sim.errorString()));
        auto call = [&](int timeoutMs) {
            return flag.contains("odoo"_L1) ? sim.odoo(rpc(u"common"_s, u"version"_s, {}), timeoutMs)
                                            : sim.ysell("GET", u"/api/orders/status?id=1"_s, {}, true, timeoutMs);
        };
        QCOMPARE(call(1000).status, 0); // gave up before the answer
        QVERIFY(call(30'000).status != 0);
    }

    void odooWorkers_data()
    {
        QTest::addColumn<int>("workers");
        QTest::newRow("unlimited") << 0;
        QTest::newRow("two workers") << 2;
    }

    // Six Odoo calls sent at once: a simulator with two workers serves two at a time and lets the
    // others wait (every one answered), one without a limit serves them side by side.
    void odooWorkers()
    {
        QFETCH(int, workers);
        SimProcess sim;
        QStringList args{u"--odoo-latency-ms"_s, u"800"_s};
        if (workers > 0)
            args << u"--odoo-workers"_s << QString::number(workers);
        QVERIFY2(sim.start(args), qPrintable(sim.errorString()));
        QVERIFY(sim.resetStats());
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 6; ++i) {
            QNetworkRequest request{QUrl(sim.odooUrl() + u"/jsonrpc"_s)};
            request.setSslConfiguration(sim.sslConfiguration());
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            replies.append(nam.post(request, rpc(u"common"_s, u"version"_s, {})));
        }
        for (QNetworkReply *reply : std::as_const(replies)) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(60'000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QCOMPARE(QJsonDocument::fromJson(reply->readAll())["result"_L1]["server_serie"_L1].toString(), u"17.0"_s);
        }
        qDeleteAll(replies);
        const QJsonObject odoo = sim.stats()["odoo"_L1].toObject();
        QCOMPARE(odoo["workers"_L1].toInt(), workers);
        QCOMPARE(odoo["calls"_L1]["common.version"_L1].toInt(), 6);
        if (workers > 0) {
            QCOMPARE(odoo["max_inflight_seen"_L1].toInt(), workers);
            QVERIFY2(odoo["max_waiting_seen"_L1].toInt() >= 1, qPrintable(QString::number(odoo["max_waiting_seen"_L1].toInt())));
        } else {
            QVERIFY2(odoo["max_inflight_seen"_L1].toInt() >= 3, qPrintable(QString::number(odoo["max_inflight_seen"_L1].toInt())));
            QCOMPARE(odoo["max_waiting_seen"_L1].toInt(), 0);
        }
    }

    void ordersAndCustomFieldFlags()
    {
        SimProcess plain;
        QVERIFY2(plain.start({u"--orders"_s, u"7"_s}), qPrintable(plain.errorString()));
        const QJsonArray confirmed{QJsonArray{u"state"_s, u"="_s, u"sale"_s}};
        QCOMPARE(odooResult(plain, u"sale.order"_s, u"search_count"_s, QJsonArray{confirmed}).toInt(), 7);
        const QJsonArray ysellFields{QJsonArray{u"name"_s, u"like"_s, u"x_ysell"_s}};
        QVERIFY(odooResult(plain, u"ir.model.fields"_s, u"search_count"_s, QJsonArray{ysellFields}).toInt() > 0);

        SimProcess bare;
        QVERIFY2(bare.start({u"--no-custom-fields"_s}), qPrintable(bare.errorString()));
        QCOMPARE(odooResult(bare, u"ir.model.fields"_s, u"search_count"_s, QJsonArray{ysellFields}).toInt(), 0);
    }

    void controlApi()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const QStringList names = sim.addOrders(3);
        QCOMPARE(names.size(), 3);
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 3);
        const QJsonArray confirmed{QJsonArray{u"name"_s, u"in"_s, QJsonArray::fromStringList(names)}};
        QCOMPARE(odooResult(sim, u"sale.order"_s, u"search_count"_s, QJsonArray{confirmed}).toInt(), 3);

        QJsonObject stats = sim.stats();
        QVERIFY(stats["ysell"_L1].isObject());
        QVERIFY(stats["odoo"_L1]["calls"_L1]["common.authenticate"_L1].toInt() >= 1);
        QCOMPARE(stats["odoo"_L1]["calls"_L1]["sale.order.search_count"_L1].toInt(), 1);
        QCOMPARE(stats["odoo"_L1]["pickings"_L1].toInt(), 0);
        QCOMPARE(sim.pickings().size(), 0);
        QVERIFY(sim.control("GET", u"/_sim/pickings"_s).body.startsWith('['));

        QVERIFY(sim.resetStats());
        stats = sim.stats();
        QCOMPARE(stats["odoo"_L1]["calls"_L1].toObject().size(), 0);
        QVERIFY(sim.odoo(rpc(u"common"_s, u"version"_s, {})).status == 200);
        QCOMPARE(sim.stats()["odoo"_L1]["calls"_L1]["common.version"_L1].toInt(), 1);

        QCOMPARE(sim.control("GET", u"/_sim/nothing"_s).status, 404);
        QCOMPARE(sim.control("POST", u"/_sim/orders"_s, QJsonObject{{"count"_L1, 0}}).status, 400);
        QCOMPARE(sim.request("POST", sim.ysellUrl() + u"/_sim/advance"_s, "not json", {}).status, 400);
        QCOMPARE(sim.odoo(rpc(u"common"_s, u"version"_s, {})).object()["result"_L1]["server_serie"_L1].toString(), u"17.0"_s);
        QCOMPARE(sim.request("GET", sim.odooUrl() + u"/web/login"_s, {}, {}).status, 404);
        QCOMPARE(sim.request("GET", sim.odooUrl() + u"/jsonrpc"_s, {}, {}).status, 405);
    }
};

QTEST_GUILESS_MAIN(TestSimControl)
#include "tst_simcontrol.moc"
