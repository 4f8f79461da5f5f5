#pragma once

#include <QLoggingCategory>

// Developer logs, one category per area; switch with QT_LOGGING_RULES="ysb.*.debug=true".
// Users see the journal instead. Neither ever receives a secret.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcOdoo)
Q_DECLARE_LOGGING_CATEGORY(lcYsell)
Q_DECLARE_LOGGING_CATEGORY(lcJournal)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcGui)
Q_DECLARE_LOGGING_CATEGORY(lcSim)
