#pragma once

namespace Ledgerdesk {

class CommandExecutor;

// CLIENT_CREATE, CLIENT_UPDATE, CLIENT_DELETE and CLIENT_READ.
void registerClientHandlers(CommandExecutor &executor);

} // namespace Ledgerdesk
