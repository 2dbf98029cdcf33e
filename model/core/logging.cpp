#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "ledgerdesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLedger, "ledgerdesk.ledger", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCommands, "ledgerdesk.commands", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "ledgerdesk.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotify, "ledgerdesk.notify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcQueue, "ledgerdesk.queue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIntake, "ledgerdesk.intake", QtInfoMsg)
