#pragma once

#include "Result.h"

#include <QObject>
#include <QStringList>

namespace ysb {

class OdooClient;

/// What the settings offer to choose from Odoo: internal stock locations and delivery operation types.
struct OdooChoices {
    QStringList locations;    // complete names, e.g. "WH/ShemaxGlobal", alphabetically
    QStringList pickingTypes; // operation type names, e.g. "Delivery Orders", by sequence
};

/// Reads the OdooChoices: the internal locations, then the outgoing operation types. Starts on the
/// next event-loop turn; emits finished() once, then deletes itself.
class OdooChoicesJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OdooChoicesJob)
public:
    /// The job is a child of `client` unless `parent` is given.
    explicit OdooChoicesJob(OdooClient *client, QObject *parent = nullptr);

Q_SIGNALS:
    /// The choices, or the error of the first failed call.
    void finished(const ysb::Result<ysb::OdooChoices> &choices);

private:
    void readLocations();
    void readTypes();
    void finish(const Result<OdooChoices> &result);

    OdooClient *m_client = nullptr;
    OdooChoices m_choices;
};

} // namespace ysb
