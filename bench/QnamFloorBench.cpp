// ysb-bench-qnamfloor: the floor under the status sweep's CPU cost. The same N status GETs over
// HTTPS to ysell-bridge-sim, with the same in-flight limit and the same Qt 6.4 network stack, but
// nothing of ours: no journal, no parsing, no jobs, no retry policy. What the sweep costs above
// this is ours; this much is Qt's (and OpenSSL's).
//
// Usage: ysb-bench-qnamfloor BASE_URL CA_FILE TOKEN_FILE N IN_FLIGHT FIRST_ID
// The token is read from a file, never from the command line. Prints one JSON line.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 7) {
        std::fprintf(stderr, "usage: ysb-bench-qnamfloor BASE_URL CA_FILE TOKEN_FILE N IN_FLIGHT FIRST_ID\n");
        return 2;
    }
    const QString base = args.at(1);
    QFile tokenFile(args.at(3));
    if (!tokenFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the token file\n");
        return 2;
    }
    const QByteArray token = tokenFile.readAll().trimmed();
    const int total = args.at(4).toInt();
    const int inflight = std::max(1, args.at(5).toInt());
    const qint64 firstId = args.at(6).toLongLong();

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> cas = ssl.caCertificates();
    cas << QSslCertificate::fromPath(args.at(2));
    ssl.setCaCertificates(cas);

    // Qt 6.4 opens at most 6 connections per host and manager: as many managers as the engine uses.
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    for (int i = 0; i < (inflight + 5) / 6; ++i)
        nams.push_back(std::make_unique<QNetworkAccessManager>());

    int started = 0;
    int finished = 0;
    int failed = 0;
    QElapsedTimer timer;
    timer.start();
    std::function<void(int)> next = [&](int slot) {
        if (started >= total)
            return;
        const qint64 id = firstId + started % std::max(1, total);
        ++started;
        QUrl url(base + u"/api/orders/status"_s);
        url.setQuery(QUrlQuery{{u"id"_s, QString::number(id)}});
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + token);
        req.setSslConfiguration(ssl);
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QNetworkReply *reply = nams[size_t(slot) % nams.size()]->get(req);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, slot] {
            if (reply->error() != QNetworkReply::NoError)
                ++failed;
            (void)reply->readAll();
            reply->deleteLater();
            if (++finished == total)
                QCoreApplication::quit();
            else
                next(slot);
        });
    };
    for (int i = 0; i < std::min(inflight, total); ++i)
        next(i);
    if (total > 0)
        app.exec();
    const double secs = timer.nsecsElapsed() / 1e9;
    const QJsonObject line{{u"requests"_s, total}, {u"failed"_s, failed}, {u"seconds"_s, secs}};
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    return failed == 0 ? 0 : 1;
}
