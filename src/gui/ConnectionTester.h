#pragma once

#include "Result.h"
#include "odoo/OdooChoicesJob.h"
#include "odoo/OdooQueries.h"
#include "settings/Config.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace ysb {

/// What a connection test found, one line per check, ready to show to the clerk.
struct ConnectionReport {
    struct Line {
        bool ok = false;
        QString title;    // "Odoo version", "Sign-in"…
        QString message;  // what was found
        QString nextStep; // what to do about it; empty when ok and not a warning
        bool warning = false; // ok, with a caveat the clerk should read
    };
    QList<Line> lines;
    /// Odoo only: x_ysell_* fields that "Create fields" would add.
    QList<OdooQueries::CustomField> missingFields;

    bool ok() const;
    /// Plain text, a line per check with ✓ / ⚠ / ✗ and the next step under each failure and warning.
    QString text() const;
};

/// Runs the settings dialog's connection tests with the values being edited (not the saved ones).
/// Every run has its own throw-away HttpClient and never blocks the caller; each result comes back
/// through one signal. A newer run of the same kind replaces (and silences) an older one.
class ConnectionTester final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    /// Odoo: the full setup check (version, sign-in, x_ysell_* fields, locations, delivery type).
    void testOdoo(const Config &config, const QString &secret);
    /// Ysell: looks an order number up, which needs a reachable server and a valid token.
    void testYsell(const Config &config, const QString &token);
    /// Reads the internal locations and the outgoing operation types for the combo boxes.
    void loadOdooChoices(const Config &config, const QString &secret);
    /// Creates the given x_ysell_* fields (needs Odoo Administration rights).
    void createFields(const Config &config, const QString &secret, const QList<OdooQueries::CustomField> &fields);

    bool isOdooTestRunning() const { return !m_runs[OdooTest].isNull(); }
    bool isYsellTestRunning() const { return !m_runs[YsellTest].isNull(); }

    /// The order number the Ysell test looks for; no real order has it.
    static QString probeOrderNumber();

Q_SIGNALS:
    /// The Odoo setup check is over.
    void odooTested(const ysb::ConnectionReport &report);
    /// The Ysell check is over.
    void ysellTested(const ysb::ConnectionReport &report);
    /// The lists for the combo boxes, or why they could not be read (message with what to do).
    void odooChoicesLoaded(const ysb::Result<ysb::OdooChoices> &choices);
    /// The "model/name" keys of the fields created, or why it failed.
    void fieldsCreated(const ysb::Result<QStringList> &created);

private:
    class Run;
    enum Kind { OdooTest, YsellTest, Choices, Fields, KindCount };
    Run *newRun(Kind kind, const Config &config);

    QPointer<Run> m_runs[KindCount];
};

} // namespace ysb

Q_DECLARE_METATYPE(ysb::ConnectionReport)
