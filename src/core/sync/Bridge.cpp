#include "Bridge.h"

#include "Printable.h"
#include "journal/Journal.h"
#include "net/HttpClient.h"
#include "odoo/OdooClient.h"
#include "ops/ReconcileJob.h"
#include "sync/OrderPreviewJob.h"
#include "sync/SyncEngine.h"
#include "ysell/YsellClient.h"
#include "ysell/YsellRoutes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ysb {

Bridge::Bridge(const Config &config)
    : m_config(config)
{
}

Bridge::~Bridge()
{
    // The engine and clients go before the journal they write to.
    delete m_engine;
    delete m_odoo;
    delete m_ysell;
    delete m_odooHttp;
    delete m_ysellHttp;
}

Status Bridge::checkReady(const Config &config, const BridgeSecrets &secrets)
{
    QList<Text> problems = config.missingRequired() + config.validate();
    if (secrets.odooSecret.isEmpty())
        problems << Text(TextKind::OdooPasswordApiKeyNot);
    if (secrets.ysellToken.isEmpty())
        problems << Text(TextKind::YsellTokenNotSet);
    // A line break inside a secret would become an extra HTTP header line; nothing legitimate has one.
    if (Printable::hasControl(secrets.odooSecret))
        problems << Text(TextKind::OdooPasswordApiKeyContains);
    if (Printable::hasControl(secrets.ysellToken))
        problems << Text(TextKind::YsellTokenContainsControlCharacter);
    if (!problems.isEmpty())
        return Error::make(ErrorKind::Config, Text::lines(problems));
    return Ok{};
}

Result<std::unique_ptr<Bridge>> Bridge::create(const Config &config, const BridgeSecrets &secrets,
                                               const BridgeOptions &options)
{
    Clock *clock = options.clock;
    if (Status ready = checkReady(config, secrets); !ready.ok())
        return ready.error();
    const YsellRoutes routes = config.routes();
    if (Status s = routes.validate(); !s.ok())
        return s.error();
    const Result<YsellMapping> mapping = config.mapping();
    if (!mapping.ok())
        return mapping.error();

    std::unique_ptr<Bridge> b(new Bridge(config));
    b->m_secrets = secrets;
    b->m_clock = clock;
    auto journal = Journal::open(config.effectiveJournalPath(), clock);
    if (!journal.ok())
        return journal.error();
    b->m_journal = std::move(journal).value();
    b->m_journal->setSecretValues({secrets.odooSecret, secrets.ysellToken});

    HttpSettings odooHttp;
    odooHttp.extraCaFile = config.extraCaFile;
    odooHttp.requestTimeoutMs = options.requestTimeoutMs;
    HttpSettings ysellHttp = odooHttp;
    odooHttp.maxInflightPerHost = config.odooMaxInflight;
    ysellHttp.maxInflightPerHost = config.maxInflight;
    b->m_odooHttp = new HttpClient(odooHttp, clock);
    b->m_ysellHttp = new HttpClient(ysellHttp, clock);
    for (HttpClient *h : {b->m_odooHttp, b->m_ysellHttp}) {
        if (Status s = h->loadExtraCa(); !s.ok())
            return s.error();
        h->setExchangeSink(b->m_journal.get());
    }
    b->m_odoo = new OdooClient(b->m_odooHttp, QUrl(config.odooUrl), config.odooDatabase, config.odooLogin,
                               secrets.odooSecret, nullptr, clock);
    b->m_ysell = new YsellClient(b->m_ysellHttp, QUrl(config.ysellBaseUrl), routes, config.doneStatuses,
                                 secrets.ysellToken);
    b->m_ysell->setMapping(mapping.value());
    if (Status s = b->m_ysell->checkConfig(); !s.ok())
        return s.error();
    b->m_engine = new SyncEngine(config, {b->m_journal.get(), b->m_odoo, b->m_ysell, clock});
    if (const auto e = b->m_engine->startError())
        return *e;
    return b;
}

OrderPreviewJob *Bridge::previewOrder(const QString &orderName, QObject *parent) const
{
    return OrderPreviewJob::start(m_config, m_secrets, orderName, m_journal.get(), m_clock, parent);
}

ReconcileJob *Bridge::reconcile(QObject *parent) const
{
    return ReconcileJob::start(m_config, m_secrets, m_journal.get(), m_clock, parent);
}

} // namespace ysb
