#pragma once

#include <QString>
#include <QStringList>

namespace ysb {

/// What a Ysell status means for the bridge.
enum class YsellStatusClass {
    InProgress, ///< keep polling
    Done,       ///< in the "done" set (default Done, 7.1, 7.2): shipped
    Terminal,   ///< cancelled (8), refunded (9), returned (10.*): nothing more will happen
    Attention,  ///< 3.1 3.2 3.3 3.5 4 5.3: Ysell needs a person
};

/// A Ysell order status: its code ("7.1", or a bare word like "Done"), its name and its class.
struct YsellStatus {
    QString code;
    QString name;
    YsellStatusClass statusClass = YsellStatusClass::InProgress;

    friend bool operator==(const YsellStatus &, const YsellStatus &) = default;
};

/// How people read a status: the code with, for the codes the contract documents, the name in the
/// user's language ("7.1 Отправлен"); other codes with Ysell's own text, or the code alone. The
/// one form for the table, the details, the CLI and the notifications.
QString ysellStatusLabel(const QString &code, const QString &ysellName);

/// Classifies status codes; the "done" set is a setting because Ysell does not publish one.
class YsellStatusRules final {
public:
    explicit YsellStatusRules(QStringList doneSet = defaultDoneSet());

    static QStringList defaultDoneSet(); ///< {"Done", "7.1", "7.2"}
    const QStringList &doneSet() const { return m_done; }

    YsellStatusClass classify(const QString &code) const;
    /// Status with its class; `name` falls back to the contract's name for the code.
    YsellStatus make(const QString &code, const QString &name = {}) const;
    /// The contract's English name for a code ("3.1" → "reservation error"), empty when unknown.
    static QString knownName(const QString &code);
    /// The code of a status named as the contract's table does ("Order shipped" → "7.1"), compared
    /// in English without case; empty when the name is not in the table.
    static QString codeForName(const QString &name);
    static QString className(YsellStatusClass c); ///< "in_progress", "done", "terminal", "attention"

private:
    QStringList m_done;
};

} // namespace ysb
