// The base of the jobs that answer one request (ReconcileJob, OrderPreviewJob, SerialLinesJob,
// SetupCheckJob, SupportBundleJob): one answer, whatever else happens, then the job is gone.
#include "OneShotJob.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace ysb;

namespace {

class AnsweringJob final : public OneShotJob {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnsweringJob)
public:
    explicit AnsweringJob(QObject *parent)
        : OneShotJob(parent)
    {
    }
    void answer(const QString &value) { finishOnce(&AnsweringJob::finished, value); }

Q_SIGNALS:
    void finished(const QString &value);
};

} // namespace

class TestOneShotJob : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void answersOnceThenGoes();
    void anAnswerWhileAnsweringIsDropped();
};

void TestOneShotJob::answersOnceThenGoes()
{
    QObject owner;
    QPointer<AnsweringJob> job = new AnsweringJob(&owner);
    QSignalSpy finished(job.data(), &AnsweringJob::finished);
    QVERIFY(!job->isFinished());
    job->answer(QStringLiteral("first"));
    QVERIFY(job->isFinished());
    job->answer(QStringLiteral("late")); // a cancel after the answer, say
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toString(), QStringLiteral("first"));
    // Still there for whoever handles the answer; gone on the next turn of the event loop.
    QVERIFY(job);
    QTRY_VERIFY(job.isNull());
    QCOMPARE(finished.size(), 1);
}

void TestOneShotJob::anAnswerWhileAnsweringIsDropped()
{
    QObject owner;
    auto *job = new AnsweringJob(&owner);
    QStringList heard;
    connect(job, &AnsweringJob::finished, &owner, [&heard, job](const QString &value) {
        heard << value;
        job->answer(QStringLiteral("from the handler"));
    });
    job->answer(QStringLiteral("first"));
    QCOMPARE(heard, QStringList{QStringLiteral("first")});
}

QTEST_GUILESS_MAIN(TestOneShotJob)
#include "tst_oneshotjob.moc"
