// ChatterNotesJob (and the OdooBatchJob under it) against the simulator's Odoo over HTTPS: many
// orders' notes in one mail.message create, a refused group posted again note by note with
// message_post, a group whose answer was lost never posted twice, and an ordinary user who may not
// change an order refused its note, as Odoo refuses it.
#include "net/HttpClient.h"
#include "odoo/OdooClient.h"
#include "sync/ChatterNotesJob.h"

#include "SimProcess.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ysb;
using ysb::test::SimProcess;

class TestChatterNotesJob final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<SimProcess>();
        QVERIFY2(m_sim->start({u"--orders"_s, u"5"_s}), qPrintable(m_sim->errorString()));
        HttpSettings settings;
        settings.extraCaFile = m_sim->caFile();
        m_http = std::make_unique<HttpClient>(settings);
        m_ids.clear();
        const QJsonArray confirmed{QJsonArray{u"state"_s, u"="_s, u"sale"_s}};
        for (const QJsonValue &v : m_sim->odooAsAdmin(u"sale.order"_s, u"search"_s, QJsonArray{confirmed}).toArray())
            m_ids << v.toInt();
        QCOMPARE(m_ids.size(), 5);
    }

    void cleanup()
    {
        m_client.reset();
        m_http.reset();
        m_sim.reset();
    }

    void notesGoInOneCall()
    {
        const OdooBatchJob::Failures failures = post(u"admin"_s);
        QVERIFY(failures.isEmpty());
        for (int id : std::as_const(m_ids)) {
            const QJsonArray notes = notesOf(id);
            QCOMPARE(notes.size(), 1);
            QCOMPARE(notes.at(0)[u"body"_s].toString(), u"<p>Sent to Ysell: order 9800%1 &lt;ok&gt;.</p>"_s.arg(id));
            QCOMPARE(notes.at(0)[u"message_type"_s].toString(), u"comment"_s);
            QCOMPARE(notes.at(0)[u"subtype_id"_s][1].toString(), u"Note"_s);
        }
        QCOMPARE(calls(u"mail.message.create"_s), 1);
        QCOMPARE(calls(u"sale.order.message_post"_s), 0);
        QCOMPARE(calls(u"ir.model.data.check_object_reference"_s), 1);
        // The subtype is known now: the next notes are one call.
        QVERIFY(post(u"admin"_s).isEmpty());
        QCOMPARE(calls(u"mail.message.create"_s), 2);
        QCOMPARE(calls(u"ir.model.data.check_object_reference"_s), 1);
        QCOMPARE(notesOf(m_ids.first()).size(), 2);
    }

    void refusedGroupIsPostedNoteByNote()
    {
        QVERIFY(m_sim->fault({{u"route"_s, u"odoo:mail.message.create"_s}, {u"kind"_s, u"access_error"_s}, {u"count"_s, 1}}));
        const OdooBatchJob::Failures failures = post(u"admin"_s);
        QVERIFY(failures.isEmpty());
        QCOMPARE(calls(u"sale.order.message_post"_s), 5);
        for (int id : std::as_const(m_ids))
            QCOMPARE(notesOf(id).size(), 1);
    }

    void lostAnswerIsNotPostedTwice()
    {
        QVERIFY(m_sim->fault({{u"route"_s, u"odoo:mail.message.create"_s}, {u"kind"_s, u"commit_drop"_s}, {u"count"_s, 1}}));
        const OdooBatchJob::Failures failures = post(u"admin"_s);
        QCOMPARE(failures.size(), 5); // not known to be posted: each order is told
        for (const Error &e : failures)
            QVERIFY(e.requestMaybeSent);
        QCOMPARE(calls(u"sale.order.message_post"_s), 0);
        for (int id : std::as_const(m_ids))
            QCOMPARE(notesOf(id).size(), 1); // Odoo has it once
    }

    void userWhoMayNotChangeTheOrderIsRefused()
    {
        // Sales "User: Own Documents Only" on orders of another salesperson: Odoo refuses the note
        // in the group and alone; nothing reaches the chatter.
        QVERIFY(m_sim->odooAsAdmin(u"sale.order"_s, u"write"_s, QJsonArray{QJsonArray::fromVariantList(toVariants(m_ids)),
                                                                           QJsonObject{{u"user_id"_s, 2}}})
                    .toBool());
        const OdooBatchJob::Failures failures = post(u"clerk_own"_s);
        QCOMPARE(failures.size(), 5);
        for (const Error &e : failures)
            QCOMPARE(e.kind, ErrorKind::AccessRights);
        for (int id : std::as_const(m_ids))
            QCOMPARE(notesOf(id).size(), 0);
    }

private:
    static QVariantList toVariants(const QList<int> &ids)
    {
        QVariantList out;
        for (int id : ids)
            out << id;
        return out;
    }

    OdooBatchJob::Failures post(const QString &login)
    {
        if (!m_client || m_client->login() != login) {
            m_client = std::make_unique<OdooClient>(m_http.get(), QUrl(m_sim->odooUrl()), m_sim->odooDb(), login,
                                                    m_sim->odooPassword());
            m_ctx = std::make_unique<SyncContext>();
            m_ctx->odoo = m_client.get();
        }
        QList<ChatterNote> notes;
        for (int id : std::as_const(m_ids))
            notes.append({OrderKey(u"S%1"_s.arg(id), id), id, u"Sent to Ysell: order 9800%1 <ok>."_s.arg(id)});
        auto *job = new ChatterNotesJob(*m_ctx, notes);
        QSignalSpy spy(job, &ChatterNotesJob::finished);
        job->start();
        if (!spy.wait(60'000))
            return {{-1, Error::plain(ErrorKind::Timeout, u"no answer"_s)}};
        return spy.at(0).at(0).value<OdooBatchJob::Failures>();
    }

    QJsonArray notesOf(int orderId)
    {
        const QJsonArray domain{QJsonArray{u"model"_s, u"="_s, u"sale.order"_s}, QJsonArray{u"res_id"_s, u"="_s, orderId},
                                QJsonArray{u"message_type"_s, u"="_s, u"comment"_s}};
        return m_sim->odooAsAdmin(u"mail.message"_s, u"search_read"_s, QJsonArray{domain},
                                  QJsonObject{{u"fields"_s, QJsonArray{u"body"_s, u"message_type"_s, u"subtype_id"_s}}})
            .toArray();
    }

    int calls(const QString &route)
    {
        return m_sim->stats()[u"odoo"_s][u"calls"_s][route].toInt();
    }

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<OdooClient> m_client;
    std::unique_ptr<SyncContext> m_ctx;
    QList<int> m_ids;
};

QTEST_GUILESS_MAIN(TestChatterNotesJob)
#include "tst_chatternotesjob.moc"
