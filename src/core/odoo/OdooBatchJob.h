#pragma once

#include "Error.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

namespace ysb {

class OdooCallJob;

/// One Odoo operation for many records in as few calls as Odoo allows: groups of up to `groupSize`
/// items, one call each; a group Odoo refuses is tried again one item at a time, so that one bad
/// record does not fail the others and each refusal names its own item. Emits finished() once, on a
/// later turn of the event loop, then deletes itself.
class OdooBatchJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OdooBatchJob)
public:
    using Failures = QHash<int, Error>; // item index → why Odoo did not take it
    struct Calls {
        /// The call for a group of items (indexes into the caller's list).
        std::function<OdooCallJob *(const QList<int> &items)> group;
        /// The call for one item, after its group was refused.
        std::function<OdooCallJob *(int item)> single;
        /// False when repeating a group whose answer was lost would do it twice (a chatter note):
        /// such a group is then not tried again, and its items fail with the group's error.
        bool repeatable = true;
    };

    OdooBatchJob(int items, int groupSize, Calls calls, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(const ysb::OdooBatchJob::Failures &failures);

private:
    void runGroup(const QList<int> &items);
    void runSingle(int item);
    void settle();

    int m_items = 0;
    int m_groupSize = 1;
    Calls m_calls;
    Failures m_failures;
    int m_pending = 0;
    bool m_done = false;
};

} // namespace ysb
