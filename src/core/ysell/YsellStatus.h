#pragma once

#include <QString>
#include <QStringList>

namespace ysb {

/// What a Ysell status means for the bridge.
enum class YsellStatusClass {
    InProgress, ///< keep polling
    Done,       ///< in the "done" set (default Done, 7.1, 7.2): shipped
    Terminal,   ///< cancelled (8), refunded (9), returned (10.*): nothing more will happen
    Attention,  ///< in the "attention" set (default 3.1 3.2 3.3 3.5 4 5.3, Ysell's error statuses): Ysell needs a person
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

/// Classifies status codes; the "done" and "attention" sets are settings because Ysell publishes
/// neither. Done wins over attention, and the terminal codes (8, 9, 10.*) are fixed.
class YsellStatusRules final {
public:
    explicit YsellStatusRules(QStringList doneSet = defaultDoneSet(), QStringList attentionSet = defaultAttentionSet());

    static QStringList defaultDoneSet(); ///< {"Done", "7.1", "7.2"}
    /// The contract's error statuses: {"3.1", "3.2", "3.3", "3.5", "4", "5.3"}
    static QStringList defaultAttentionSet();
    const QStringList &doneSet() const { return m_done; }
    const QStringList &attentionSet() const { return m_attention; }

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
    QStringList m_attention;
};

} // namespace ysb
