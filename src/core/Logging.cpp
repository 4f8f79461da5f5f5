#include "Logging.h"

Q_LOGGING_CATEGORY(lcNet, "ysb.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOdoo, "ysb.odoo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcYsell, "ysb.ysell", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJournal, "ysb.journal", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "ysb.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "ysb.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "ysb.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "ysb.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "ysb.sim", QtInfoMsg)
