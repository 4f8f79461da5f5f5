#pragma once

#include "Result.h"
#include "settings/Config.h"
#include "sync/Bridge.h"
#include "sync/SyncTypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class QCommandLineParser;

namespace ysb {
class SecretStore;
struct ReconcileReport;
struct SupportSelection;
}

namespace ysb::cli {

/// Exit codes, documented in --help and the man page.
enum ExitCode {
    ExitOk = 0,
    ExitOther = 1,
    ExitConfig = 2,
    ExitConnection = 3,
    ExitAttention = 4,
    ExitBusy = 5,
    ExitRetry = 6,   ///< the cycle ran, but some orders failed now and wait for an automatic retry
    ExitStorage = 7, ///< the journal could not be read or written (disk full, read-only, I/O error, damaged)
};

/// ysell-bridge-cli: parses the command line and runs one command on the event loop.
class CliApp final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliApp)
public:
    CliApp();
    ~CliApp() override;
    int exec(const QStringList &arguments);

    static QString helpText();
    static int exitCodeFor(const Error &error);

private:
    /// Parses `arguments` with `parser` (for `command`, empty for the global options): the exit code
    /// after a parse error, --help or --version; -1 to go on.
    int checkParsed(QCommandLineParser &parser, const QStringList &arguments, const QString &command);
    void dispatch();
    void quit(int code);
    void fail(const Error &error);

    // Commands
    void cmdOrders();
    void cmdLog();
    void cmdSerials();
    void cmdSecret();
    void cmdCheck();
    void cmdCycle(const QString &command);
    void cmdRun();
    void cmdPreview();
    void cmdMapping();
    QString mappingInUse() const;
    void cmdExportSupport(); // CliExportSupport.cpp
    void writeSupportBundle(const std::shared_ptr<Journal> &journal, const SupportSelection &selection,
                            const QString &file);
    void cmdReconcile();     // CliReconcile.cpp
    void printReconcileReport(const ReconcileReport &report);

    bool loadConfig();
    /// Opens the journal read-only (Shared: no lock, so it works while the app or `run` holds it) and
    /// calls `then` with it, or with null when there is no journal file yet. When the file exists but
    /// cannot be opened, fails with the storage error and `then` is not called.
    void withReadOnlyJournal(const std::function<void(const std::shared_ptr<Journal> &)> &then);
    void withSecrets(std::function<void(const BridgeSecrets &)> then);
    void withStore(std::function<void(SecretStore *)> then);
    bool openBridge(const BridgeSecrets &secrets);
    void printSummary(const CycleSummary &summary);
    void printOrdersTable();
    int exitAfterCycles() const;

    QStringList m_args;       // the command's arguments, without the options
    QHash<QString, QStringList> m_options; // the command's own options (--state, --order …): their values
    QString m_command;
    QString m_configPath;
    QString m_secretsDir;
    bool m_json = false;
    Config m_config;
    std::unique_ptr<Bridge> m_bridge;
    QList<CycleSummary> m_summaries;
    QSet<QString> m_printedMessages; // notifications already shown: the summary does not repeat them
    QTextStream m_out;
    QTextStream m_err;
    int m_exitCode = ExitOk;
};

} // namespace ysb::cli
