<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ledgerdesk::AccountRepository</name>
    <message>
        <location filename="../model/ledger/accountrepository.cpp" line="41"/>
        <source>Could not read the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/accountrepository.cpp" line="44"/>
        <source>There is no wallet &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/accountrepository.cpp" line="56"/>
        <source>&quot;%1&quot; is one of the bank&apos;s own accounts, not a client&apos;s wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/accountrepository.cpp" line="58"/>
        <source>The wallet &quot;%1&quot; is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/accountrepository.cpp" line="70"/>
        <source>Could not read the wallets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/accountrepository.cpp" line="89"/>
        <source>Could not save the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/accountrepository.cpp" line="108"/>
        <source>Could not create the bank&apos;s %1 account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ActivityModel</name>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="37"/>
        <source>Deleted by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="40"/>
        <source>Corrected on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="61"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="62"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="63"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="64"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="65"/>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="66"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="67"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ActivityPage</name>
    <message>
        <location filename="../views/activitypage.cpp" line="49"/>
        <source>Show deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="50"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="50"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="51"/>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="51"/>
        <location filename="../views/activitypage.cpp" line="64"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="56"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="57"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="58"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="59"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="60"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="61"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="63"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="63"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="63"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="64"/>
        <source>Deposit</source>
        <translation>Einzahlung</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="64"/>
        <source>Withdraw</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="65"/>
        <source>Transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="65"/>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="69"/>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="89"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="91"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="93"/>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="125"/>
        <source>Only a supervisor can delete activity records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/activitypage.cpp" line="149"/>
        <source>Page %1 of %2 · %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="165"/>
        <source>Correct activity record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="173"/>
        <source>The correction is itself recorded in the activity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="174"/>
        <source>Attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="175"/>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="176"/>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="192"/>
        <source>Delete activity record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="193"/>
        <source>Delete this record? A tombstone saying who deleted it and when remains.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ActivityRepository</name>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="107"/>
        <source>Could not write the activity record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="116"/>
        <source>Could not read the activity record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="119"/>
        <source>There is no activity record &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="138"/>
        <source>Could not read the activity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="153"/>
        <source>Could not count the activity records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="168"/>
        <source>Could not correct the activity record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="178"/>
        <source>Could not delete the activity record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::AgentRepository</name>
    <message>
        <location filename="../model/agents/agentrepository.cpp" line="37"/>
        <source>Could not read the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/agents/agentrepository.cpp" line="40"/>
        <source>There is no agent &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/agents/agentrepository.cpp" line="52"/>
        <source>Could not read the agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/agents/agentrepository.cpp" line="71"/>
        <source>Could not save the agent &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/agents/agentrepository.cpp" line="76"/>
        <source>Could not record the failed sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/agents/agentrepository.cpp" line="98"/>
        <source>Could not record the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Authenticator</name>
    <message>
        <location filename="../model/agents/authenticator.cpp" line="26"/>
        <source>The agent ID or the password is wrong.</source>
        <translation>Mitarbeiterkennung oder Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../model/agents/authenticator.cpp" line="65"/>
        <source>This agent account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/agents/authenticator.cpp" line="46"/>
        <source>Too many wrong passwords. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/agents/authenticator.cpp" line="77"/>
        <source>Too many wrong passwords. This agent is locked for 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Banner</name>
    <message>
        <location filename="../views/banner.cpp" line="18"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::CategoryBands</name>
    <message>
        <location filename="../model/intake/categorybands.cpp" line="39"/>
        <source>The setting %1 must be an amount like 1000.00, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Client</name>
    <message>
        <location filename="../model/clients/client.cpp" line="79"/>
        <source>&quot;channels&quot; must be a list of email, sms and whatsapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="88"/>
        <source>&quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="101"/>
        <source>&quot;%1&quot; is not an attribute of a client that can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="108"/>
        <source>Enter the client&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="110"/>
        <source>Enter the client&apos;s last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="112"/>
        <source>Names can be at most 100 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="114"/>
        <source>Enter an e-mail address or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="116"/>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="119"/>
        <source>&quot;%1&quot; is not a valid phone number; write it with the country code, like +14155550123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="122"/>
        <source>&quot;%1&quot; is not a channel; use email, sms or whatsapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="124"/>
        <source>The e-mail channel needs an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="126"/>
        <source>The %1 channel needs a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="129"/>
        <source>&quot;%1&quot; is not a known language and region, like en_US.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ClientDialog</name>
    <message>
        <location filename="../views/clientdialog.cpp" line="18"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="18"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="19"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="22"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="44"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="45"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="46"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="47"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="48"/>
        <source>Notify by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="49"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="51"/>
        <source>Create client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ClientHandlers</name>
    <message>
        <location filename="../model/clients/clienthandlers.cpp" line="46"/>
        <source>A client &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/clienthandlers.cpp" line="65"/>
        <source>The field &quot;changes&quot; must name at least one attribute and its new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/clienthandlers.cpp" line="126"/>
        <source>%1 still holds %2 in a wallet; pay it out before deleting the client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ClientListModel</name>
    <message>
        <location filename="../model/models/clientlistmodel.cpp" line="41"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../model/models/clientlistmodel.cpp" line="42"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/clientlistmodel.cpp" line="43"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ClientRepository</name>
    <message>
        <location filename="../model/clients/clientrepository.cpp" line="54"/>
        <source>Could not read the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/clientrepository.cpp" line="57"/>
        <source>There is no client &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/clientrepository.cpp" line="61"/>
        <source>The client &quot;%1&quot; has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/clientrepository.cpp" line="76"/>
        <source>Could not read the clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/clientrepository.cpp" line="91"/>
        <location filename="../model/clients/clientrepository.cpp" line="100"/>
        <source>Could not save the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/clientrepository.cpp" line="109"/>
        <source>Could not delete the client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::CommandExecutor</name>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="76"/>
        <source>Could not check whether the message was applied already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="87"/>
        <source>&quot;%1&quot; is not a known message type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="92"/>
        <source>The agent &quot;%1&quot; is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="96"/>
        <source>The agent &quot;%1&quot; is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="99"/>
        <source>Only a supervisor may do this (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="100"/>
        <source>Only the system may publish %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="115"/>
        <source>Could not record that the message was applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="78"/>
        <source>--clients needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="86"/>
        <source>Writing the demo book: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="92"/>
        <source>Demo book written to %1 with %2 clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="93"/>
        <source>Sign in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="111"/>
        <source>BREACH %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="112"/>
        <source>%n breach(es) found: the books are not sound.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="119"/>
        <source>The books are sound: %1 entries, %2 postings and %3 accounts checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="130"/>
        <source>Usage: ledgerdesk screenshot VIEW FILE (VIEW is one of %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="133"/>
        <source>There is no view &quot;%1&quot;; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="138"/>
        <source>This book has no agents; run &quot;ledgerdesk demo&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="162"/>
        <source>Could not write the picture to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="163"/>
        <source>The %1 view is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="175"/>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="192"/>
        <source>Name the agent to act as with --agent ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="210"/>
        <source>Applied %1 message(s); %2 dead-lettered; %3 waiting for a retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="218"/>
        <source>Notifications: %1 sent, %2 to retry, %3 dead, %4 waiting for their channel to be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="227"/>
        <source>Applied %1, dead-lettered %2, retrying %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="233"/>
        <source>Processing the queue of %1; stop with Ctrl+C (safe at any moment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="240"/>
        <source>Usage: ledgerdesk enqueue TYPE JSON --agent ID [--dedupe KEY].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="244"/>
        <source>The payload must be a JSON object: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="246"/>
        <source>it is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="256"/>
        <source>&quot;%1&quot; is not a message type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="263"/>
        <source>Queued %1 as message %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="265"/>
        <source>A message with the dedupe key &quot;%1&quot; was queued before; this one was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="275"/>
        <source> (secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="280"/>
        <source>Usage: ledgerdesk config get KEY | set KEY VALUE | list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="296"/>
        <source>%1 is stored in this machine&apos;s secret store (%2, readable by its owner only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="298"/>
        <source>%1 is set for every machine on this book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="310"/>
        <source>--count needs a whole number of transactions, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="312"/>
        <source>--rate needs a number of transactions per second (0 or none: as fast as possible).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="316"/>
        <source>--seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="325"/>
        <source>Simulated %1 of %2 transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="329"/>
        <source>%1 transactions queued for the processor (seed %2); %3 were duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="381"/>
        <source>Receiving transactions on http://%1:%2/v1/webhooks/transactions%3; stop with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="384"/>
        <source> (signed requests only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="390"/>
        <source>Create a demo book: agents, clients, wallets and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="391"/>
        <source>Check every invariant of the books; exit 1 naming each breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="392"/>
        <source>Render one view of the window to a PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="393"/>
        <source>Run the processor headless; --once drains the queue and exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="394"/>
        <source>Publish one message as the agent (password from LEDGERDESK_PASSWORD or asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="395"/>
        <source>Receive transactions by webhook, and run the processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="396"/>
        <source>Produce realistic random transactions for the processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="397"/>
        <source>Read or change a setting; secrets go to this machine&apos;s secret store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="448"/>
        <source>There is no command &quot;%1&quot;; &quot;ledgerdesk demo --help&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="450"/>
        <source>Ledgerdesk: a double-entry ledger for bank agents.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="456"/>
        <source>The books: an SQLite file or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="456"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="457"/>
        <source>The agent to act as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="457"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="458"/>
        <source>How many clients the demo book gets (default 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="458"/>
        <location filename="../app/commandline.cpp" line="461"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="459"/>
        <source>process: drain the queue, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="460"/>
        <source>serve: the address to receive webhooks on (default 127.0.0.1:8080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="460"/>
        <source>HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="461"/>
        <source>simulate: transactions per second (default: as fast as possible).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="462"/>
        <source>simulate: how many transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="462"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="463"/>
        <source>simulate: the random seed (the same seed gives the same transactions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="463"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="464"/>
        <source>enqueue: a key; a second message with it is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="464"/>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="465"/>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Database</name>
    <message>
        <location filename="../model/storage/database.cpp" line="67"/>
        <source>The database address must look like postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="70"/>
        <source>PostgreSQL support is not installed (the Qt PostgreSQL driver is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="82"/>
        <source>Could not connect to the PostgreSQL server at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="84"/>
        <source>Could not configure the database connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="88"/>
        <source>Could not open the database read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="98"/>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="100"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="109"/>
        <source>Could not open the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="118"/>
        <source>Could not configure the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/transactionguard.cpp" line="25"/>
        <source>Could not start a database transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/transactionguard.cpp" line="45"/>
        <source>Could not save the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/transactionguard.cpp" line="56"/>
        <source>Could not undo the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="81"/>
        <source>Could not wake the processors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::DeadLetterModel</name>
    <message>
        <location filename="../model/models/deadlettermodel.cpp" line="44"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/deadlettermodel.cpp" line="45"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/deadlettermodel.cpp" line="46"/>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/deadlettermodel.cpp" line="47"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/deadlettermodel.cpp" line="48"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::DemoBook</name>
    <message>
        <location filename="../model/demo/demobook.cpp" line="61"/>
        <source>The demo book needs between 1 and 100000 clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo/demobook.cpp" line="65"/>
        <source>Could not read the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo/demobook.cpp" line="67"/>
        <source>This book has clients already; a demo book is only made in an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo/demobook.cpp" line="148"/>
        <source>Opening deposit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Desktop</name>
    <message>
        <location filename="../app/desktop.cpp" line="32"/>
        <source>Ledgerdesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop.cpp" line="44"/>
        <source>Writing a demo book for your first start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop.cpp" line="45"/>
        <source>Ledgerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop.cpp" line="59"/>
        <source>Ledgerdesk: a double-entry ledger for bank agents. Run &quot;ledgerdesk demo --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop.cpp" line="62"/>
        <source>The books: an SQLite file or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop.cpp" line="62"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::HandlerContext</name>
    <message>
        <location filename="../model/commands/handlercontext.cpp" line="24"/>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/handlercontext.cpp" line="26"/>
        <source>The field &quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/handlercontext.cpp" line="29"/>
        <source>The field &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/handlercontext.cpp" line="45"/>
        <source>The field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/handlercontext.cpp" line="47"/>
        <source>The field &quot;%1&quot;: the amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::IngestModel</name>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="46"/>
        <source>High value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="48"/>
        <source>Medium value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="50"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="57"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="59"/>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="84"/>
        <source>The sender dated it %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="90"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="106"/>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="107"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="108"/>
        <source>Source → destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="109"/>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="110"/>
        <source>Amount</source>
        <translation type="unfinished">Betrag</translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="111"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="112"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="113"/>
        <source>Processed at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::IngestPage</name>
    <message>
        <location filename="../views/ingestpage.cpp" line="39"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ingestpage.cpp" line="40"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ingestpage.cpp" line="117"/>
        <source>&lt;b&gt;%1&lt;/b&gt; received · processed &lt;b&gt;%2&lt;/b&gt; · processing &lt;b&gt;%3&lt;/b&gt; — high value &lt;b&gt;%4&lt;/b&gt; · medium value &lt;b&gt;%5&lt;/b&gt; · standard &lt;b&gt;%6&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/ingestpage.cpp" line="134"/>
        <source>Page %1 of %2 · %n transaction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::IngestPayload</name>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="42"/>
        <location filename="../model/intake/ingestpayload.cpp" line="90"/>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="44"/>
        <location filename="../model/intake/ingestpayload.cpp" line="193"/>
        <source>The field &quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="47"/>
        <source>The field &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/intake/ingestpayload.cpp" line="49"/>
        <location filename="../model/intake/ingestpayload.cpp" line="197"/>
        <source>The field &quot;%1&quot; is longer than %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="51"/>
        <location filename="../model/intake/ingestpayload.cpp" line="199"/>
        <source>The field &quot;%1&quot; contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="98"/>
        <source>The field &quot;%1&quot; is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="102"/>
        <source>The field &quot;%1&quot;: the amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="105"/>
        <source>The field &quot;%1&quot; must be an amount like &quot;1000.00&quot; or a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="109"/>
        <source>The field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="111"/>
        <source>The field &quot;%1&quot;: the amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="118"/>
        <source>The field &quot;%1&quot; must be epoch milliseconds between the years 2000 and 9999, or an ISO-8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="137"/>
        <source>The field &quot;%1&quot; is not an ISO-8601 time like 2025-01-15T10:30:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="143"/>
        <source>The field &quot;%1&quot; must be an ISO-8601 time or epoch milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="161"/>
        <source>The field &quot;%1&quot; may hold only letters, digits and - _ . : ~.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="181"/>
        <source>The field &quot;%1&quot; is not a supported ISO 4217 currency code (like USD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::IntakeRepository</name>
    <message>
        <location filename="../model/intake/intakerepository.cpp" line="71"/>
        <source>Could not store the transaction %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/intakerepository.cpp" line="81"/>
        <source>Could not read the transaction %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/intakerepository.cpp" line="84"/>
        <source>There is no transaction &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/intakerepository.cpp" line="100"/>
        <source>Could not mark the transaction %1 as processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/intakerepository.cpp" line="112"/>
        <source>Could not list the ingested transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/intakerepository.cpp" line="124"/>
        <location filename="../model/intake/intakerepository.cpp" line="134"/>
        <source>Could not count the ingested transactions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Journal</name>
    <message>
        <location filename="../model/ledger/journal.cpp" line="53"/>
        <source>An entry needs at least two postings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="56"/>
        <source>A posting amount must be non-zero and at most 10^15 minor units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="126"/>
        <source>Could not read the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="128"/>
        <source>There is no account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="132"/>
        <source>The account &quot;%1&quot; is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="133"/>
        <source>Insufficient funds.</source>
        <translation>Unzureichende Deckung.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="102"/>
        <source>The balance of &quot;%1&quot; would be too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="114"/>
        <source>The entry does not balance in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="75"/>
        <location filename="../model/ledger/journal.cpp" line="92"/>
        <location filename="../model/ledger/journal.cpp" line="109"/>
        <source>Could not record the entry in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="145"/>
        <location filename="../model/ledger/journal.cpp" line="168"/>
        <source>Could not read the journal entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="159"/>
        <source>There is no journal entry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::LedgerHandlers</name>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="36"/>
        <source>The currency &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="47"/>
        <source>Wallet ids cannot start with &quot;sys:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="50"/>
        <source>A wallet &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="54"/>
        <source>%1 wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="83"/>
        <source>Insufficient funds: the wallet holds %1 and the withdrawal is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="131"/>
        <source>A transfer needs two different wallets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="141"/>
        <source>Both wallets of a transfer must hold the same currency (%1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="147"/>
        <source>Insufficient funds: the wallet holds %1 and the transfer is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="212"/>
        <source>A reversal cannot itself be reversed; post a new entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="227"/>
        <source>The entry &quot;%1&quot; has been reversed already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::LoginDialog</name>
    <message>
        <location filename="../views/logindialog.cpp" line="18"/>
        <source>Sign in to Ledgerdesk</source>
        <translation>Bei Ledgerdesk anmelden</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="28"/>
        <source>&amp;Agent ID:</source>
        <translation>&amp;Mitarbeiterkennung:</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="29"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="32"/>
        <location filename="../views/logindialog.cpp" line="82"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="38"/>
        <source>Sign in with your agent ID and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="68"/>
        <source>Enter your agent ID and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="82"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="41"/>
        <source>Wallets</source>
        <translation>Geldbörsen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="42"/>
        <source>Clients &amp; activity</source>
        <translation>Kunden &amp; Aktivität</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="43"/>
        <source>Loans</source>
        <translation>Kredite</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="44"/>
        <source>Micro-loans with four-eyes approval: applications, decisions by a second supervisor, repayments and each loan&apos;s amortisation schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="46"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="47"/>
        <source>Payments to merchants, followed from request to success or failure with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="48"/>
        <source>Savings</source>
        <translation>Sparziele</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="49"/>
        <source>Savings goals with their progress, contributions and redemption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="50"/>
        <source>Debt optimiser</source>
        <translation>Schuldenoptimierer</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="51"/>
        <source>Pay-off plans for a client&apos;s debts (avalanche, snowball, custom order) compared side by side with charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="53"/>
        <location filename="../views/mainwindow.cpp" line="106"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="54"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="55"/>
        <source>Reports for people (PDF) and machines (CSV, JSON, ledger journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="92"/>
        <source>Ledgerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="107"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="108"/>
        <source>Incoming transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="139"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="140"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="141"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="142"/>
        <source>&amp;About Ledgerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="143"/>
        <source>About Ledgerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="144"/>
        <source>&lt;b&gt;Ledgerdesk %1&lt;/b&gt;&lt;p&gt;A double-entry ledger for bank agents.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="149"/>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="153"/>
        <source>This book is open read-only: you can look at everything, but nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="159"/>
        <source>Sent. Waiting for the processor to apply it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="202"/>
        <source>Deposit of %1 applied. New balance: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="204"/>
        <source>Withdrawal of %1 applied. New balance: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="206"/>
        <source>Transfer of %1 applied. The sending wallet now holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="209"/>
        <source>Client %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="211"/>
        <source>%1 wallet %2 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="213"/>
        <source>The entry was reversed; the reversing entry is at the top of the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="215"/>
        <source>The activity record was corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="217"/>
        <source>The activity record was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Migrator</name>
    <message>
        <location filename="../model/storage/migrator.cpp" line="70"/>
        <source>Could not read the database&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/migrator.cpp" line="84"/>
        <source>This database was written by a newer Ledgerdesk (schema %1; this program knows up to %2). Update Ledgerdesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/migrator.cpp" line="92"/>
        <source>This database is from an older Ledgerdesk and must be upgraded before it can be opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/migrator.cpp" line="106"/>
        <source>A database upgrade step is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/migrator.cpp" line="107"/>
        <source>Could not upgrade the database to version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Money</name>
    <message>
        <location filename="../model/core/money.cpp" line="70"/>
        <source>Amounts in different currencies cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="74"/>
        <location filename="../model/core/money.cpp" line="149"/>
        <location filename="../model/core/money.cpp" line="176"/>
        <location filename="../model/core/money.cpp" line="179"/>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="131"/>
        <source>The currency &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="134"/>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="140"/>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="155"/>
        <source>%1 amounts have no decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/core/money.cpp" line="159"/>
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="163"/>
        <source>Write digits after the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="166"/>
        <source>&quot;%1&quot; is not an amount; write it like 1234.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="168"/>
        <source>Write a digit before the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="203"/>
        <source>&quot;%1&quot; is not an amount; write it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::MoneyDialog</name>
    <message>
        <location filename="../views/moneydialog.cpp" line="30"/>
        <source>Deposit</source>
        <translation>Einzahlung</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="30"/>
        <source>Withdraw</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="30"/>
        <source>Transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="39"/>
        <source>Wallet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="39"/>
        <source>%1 — balance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="43"/>
        <source>Wallet ID of the receiving wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="47"/>
        <source>To wallet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="51"/>
        <source>Amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="53"/>
        <source>Memo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="116"/>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="118"/>
        <source>Insufficient funds: the wallet holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="125"/>
        <source>Cash received at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="125"/>
        <source>Available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="134"/>
        <source>Choose a different wallet to receive the money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="138"/>
        <source>That wallet holds %1; a transfer needs a %2 wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="141"/>
        <source>Goes to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Notifier</name>
    <message>
        <location filename="../model/notify/notifier.cpp" line="106"/>
        <source>The books are open read-only, so no notification is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/notifier.cpp" line="166"/>
        <source>No e-mail transport is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/notifier.cpp" line="167"/>
        <source>E-mail is not set up (smtp.url is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/notifier.cpp" line="169"/>
        <source>No SMS transport is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/notifier.cpp" line="170"/>
        <source>SMS and WhatsApp are not set up (sms.base_url, sms.account, sms.token, sms.from).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::OutboxModel</name>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="63"/>
        <source>Next attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/models/outboxmodel.cpp" line="65"/>
        <source>Given up after %n attempt(s); it can be resent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="75"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="76"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="77"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="84"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="85"/>
        <location filename="../model/models/outboxmodel.cpp" line="109"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="86"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="87"/>
        <source>Dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="103"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="104"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="105"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="106"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="107"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="108"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="110"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::OutboxPage</name>
    <message>
        <location filename="../views/outboxpage.cpp" line="42"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="42"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="43"/>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="51"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="52"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="53"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="54"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="55"/>
        <source>Dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="56"/>
        <source>Send the notification again now; its attempts so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="57"/>
        <source>This book is open read-only: nothing can be resent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="72"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="148"/>
        <source>Pending &lt;b&gt;%1&lt;/b&gt; · sent &lt;b&gt;%2&lt;/b&gt; · failed &lt;b&gt;%3&lt;/b&gt; · dead &lt;b&gt;%4&lt;/b&gt; · &lt;b&gt;%5&lt;/b&gt; in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/outboxpage.cpp" line="160"/>
        <source>Page %1 of %2 · %n notification(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="178"/>
        <source>Resend notification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::OutboxRepository</name>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="109"/>
        <source>Could not store the notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="116"/>
        <source>Could not read the notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="120"/>
        <source>There is no notification %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="131"/>
        <source>Could not read the notifications waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="143"/>
        <source>Could not count the notifications waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="177"/>
        <source>Could not take the notifications that are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="194"/>
        <source>Could not record that the notification was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="197"/>
        <source>The notification %1 is gone or was already sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="222"/>
        <source>Could not record that the notification failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="229"/>
        <source>The notification %1 was taken over by another notifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="244"/>
        <source>Could not schedule the notification again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="255"/>
        <source>This notification was already sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="256"/>
        <source>This notification is waiting to be sent; only failed notifications can be resent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="270"/>
        <source>Could not read the notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="278"/>
        <source>Could not count the notifications.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::OutboxWriter</name>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="211"/>
        <source>The notification needs &quot;%1&quot; as a decimal string, like &quot;1000.00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="215"/>
        <source>The notification&apos;s &quot;%1&quot; is not an amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="225"/>
        <source>There is no notification template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="235"/>
        <source>The notification&apos;s currency &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::PlaceholderPage</name>
    <message>
        <location filename="../views/placeholderpage.cpp" line="17"/>
        <source>This area is not part of this version of Ledgerdesk yet. It shows nothing rather than invented figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Processor</name>
    <message>
        <location filename="../model/queue/processor.cpp" line="123"/>
        <source>Could not wait for the other processors of this book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/queue/processor.cpp" line="141"/>
        <source>%1 (gave up after %n attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Queue</name>
    <message>
        <location filename="../model/queue/queue.cpp" line="62"/>
        <location filename="../model/queue/queue.cpp" line="77"/>
        <source>Could not put the message in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="109"/>
        <source>Could not take messages from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="118"/>
        <source>The message&apos;s payload is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="139"/>
        <source>Could not remove the applied message from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="150"/>
        <location filename="../model/queue/queue.cpp" line="221"/>
        <source>Could not put the message back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="166"/>
        <source>Could not move the message to the dead letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="179"/>
        <source>Could not read the dead letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="196"/>
        <source>Could not read the dead letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="199"/>
        <source>There is no dead letter &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="248"/>
        <source>Could not read the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::QueuePage</name>
    <message>
        <location filename="../views/queuepage.cpp" line="74"/>
        <location filename="../views/queuepage.cpp" line="135"/>
        <source>Pause processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="74"/>
        <source>Redrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="75"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="82"/>
        <source>Messages in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="85"/>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="86"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="87"/>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="89"/>
        <source>Throughput and latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="92"/>
        <source>applied per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="93"/>
        <source>p99 latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="94"/>
        <source>Applied per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="95"/>
        <source>Enqueue to applied, p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="105"/>
        <source>Only a supervisor can redrive or discard a dead letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="106"/>
        <source>Put the message back in the queue to be applied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="107"/>
        <source>Drop the message for good; the decision is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="116"/>
        <source>&lt;b&gt;Dead letters&lt;/b&gt; — messages that could not be applied, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="135"/>
        <source>Resume processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="150"/>
        <source>Waiting &lt;b&gt;%1&lt;/b&gt; · in flight &lt;b&gt;%2&lt;/b&gt; · dead &lt;b&gt;%3&lt;/b&gt; · applied &lt;b&gt;%4&lt;/b&gt;/s · enqueue to applied p50 &lt;b&gt;%5 ms&lt;/b&gt;, p99 &lt;b&gt;%6 ms&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="200"/>
        <source>Discard dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="200"/>
        <source>Drop this message for good? The decision is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="206"/>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::RecordHandlers</name>
    <message>
        <location filename="../model/activity/recordhandlers.cpp" line="27"/>
        <source>The activity record &quot;%1&quot; has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/activity/recordhandlers.cpp" line="38"/>
        <source>The field &quot;changes&quot; must name at least one attribute and its new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/activity/recordhandlers.cpp" line="44"/>
        <source>The new value of &quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/activity/recordhandlers.cpp" line="54"/>
        <source>&quot;%1&quot; cannot be corrected; only attribute, before and after can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::RegisterModel</name>
    <message>
        <location filename="../model/models/registermodel.cpp" line="96"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../model/models/registermodel.cpp" line="97"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/registermodel.cpp" line="98"/>
        <source>Memo</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <location filename="../model/models/registermodel.cpp" line="99"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../model/models/registermodel.cpp" line="100"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../model/models/registermodel.cpp" line="101"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Settings</name>
    <message>
        <location filename="../model/settings/settings.cpp" line="28"/>
        <source>SMTP server: smtp://host:port (plain, loopback relays only), smtps://host:port (TLS) or smtp+starttls://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="29"/>
        <source>SMTP user name for AUTH; empty for no authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="30"/>
        <source>SMTP password (kept in this machine&apos;s secret store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="31"/>
        <source>Sender address of the e-mails, like &quot;Ledgerdesk Bank &lt;noreply@bank.example&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="32"/>
        <source>A PEM file of certificate authorities to trust for the SMTP server, besides the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="33"/>
        <source>&quot;true&quot; (default) verifies the SMTP server&apos;s certificate; &quot;false&quot; turns that off and is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="34"/>
        <source>How long one SMTP exchange may take, in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="35"/>
        <source>Base URL of the Twilio-compatible SMS and WhatsApp API, like https://api.twilio.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="36"/>
        <source>Account SID of the SMS provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="37"/>
        <source>Auth token of the SMS provider (kept in this machine&apos;s secret store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="38"/>
        <source>Sending phone number in E.164, like +14155550100; WhatsApp messages go from whatsapp:+...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="39"/>
        <source>Shared secret for the webhook&apos;s HMAC-SHA256 signature; empty accepts unsigned requests (kept in this machine&apos;s secret store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="40"/>
        <source>Ingested amounts at or above this (in the transaction&apos;s currency) are high_value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="41"/>
        <source>Ingested amounts at or above this and below high_value are medium_value; the rest are standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="42"/>
        <source>Attempts before a notification is DEAD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="71"/>
        <source>&quot;%1&quot; is not a setting; &quot;ledgerdesk config list&quot; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="78"/>
        <source>smtp.url must look like smtp://host:port, smtps://host:port or smtp+starttls://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="82"/>
        <source>sms.base_url must be an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="85"/>
        <source>smtp.verify_peer is true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="88"/>
        <source>smtp.timeout_ms is a whole number of milliseconds between 1000 and 600000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="91"/>
        <source>notify.max_attempts is a whole number between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="94"/>
        <source>The CA file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="98"/>
        <source>%1 is an amount like 1000.00: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="116"/>
        <location filename="../model/settings/settings.cpp" line="128"/>
        <source>Could not read the secret store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="136"/>
        <source>Could not create the folder of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="139"/>
        <location filename="../model/settings/settings.cpp" line="144"/>
        <source>Could not write the secret store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="155"/>
        <source>Could not read the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="170"/>
        <source>Could not save the setting %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Simulator</name>
    <message>
        <location filename="../model/intake/simulator.cpp" line="176"/>
        <location filename="../model/intake/simulator.cpp" line="229"/>
        <source>The simulator is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/simulator.cpp" line="178"/>
        <source>The rate must be more than zero messages per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/simulator.cpp" line="182"/>
        <location filename="../model/intake/simulator.cpp" line="232"/>
        <source>The count must be at least one message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::SmsClient</name>
    <message numerus="yes">
        <location filename="../model/notify/smsclient.cpp" line="51"/>
        <source>The SMS provider did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/notify/smsclient.cpp" line="55"/>
        <source>The SMS provider&apos;s certificate could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smsclient.cpp" line="57"/>
        <source>Could not reach the SMS provider at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smsclient.cpp" line="68"/>
        <source>The SMS provider asked to try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smsclient.cpp" line="71"/>
        <source>The SMS provider refused the account or token (sms.account, sms.token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smsclient.cpp" line="73"/>
        <source>The SMS provider refused the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smsclient.cpp" line="75"/>
        <source>The SMS provider failed to take the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smsclient.cpp" line="76"/>
        <source>The SMS provider gave an answer Ledgerdesk does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::SmtpClient</name>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="310"/>
        <source>&quot;%1&quot; is not an e-mail address a mail server can be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="314"/>
        <source>The sender &quot;%1&quot; is not an e-mail address a mail server can be given (smtp.from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="316"/>
        <source>TLS is not available on this machine (OpenSSL is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="356"/>
        <source>The SMTP server sent a reply that never ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="365"/>
        <source>The server does not speak SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="408"/>
        <source>The SMTP server did not accept the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="422"/>
        <source>The SMTP server refused the greeting (EHLO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="425"/>
        <source>The SMTP server refused the greeting (HELO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="429"/>
        <source>The SMTP server refused to start TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="444"/>
        <location filename="../model/notify/smtpclient.cpp" line="452"/>
        <source>The SMTP server refused the user name or password (smtp.user, smtp.password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="445"/>
        <location filename="../model/notify/smtpclient.cpp" line="448"/>
        <source>The SMTP server did not accept the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="457"/>
        <source>The SMTP server refused the sender address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="461"/>
        <source>The SMTP server refused the recipient %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="465"/>
        <source>The SMTP server refused to take the e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="472"/>
        <source>The SMTP server refused the e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="485"/>
        <source>The SMTP server does not offer STARTTLS, so the e-mail was not sent unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="508"/>
        <source>The SMTP server does not offer a login on this connection; it may need TLS first, or no user name (smtp.user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="510"/>
        <source>The SMTP server offers no login method Ledgerdesk knows (PLAIN, LOGIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="529"/>
        <source>Could not connect to the SMTP server at %1: nothing answers there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="533"/>
        <source>The SMTP server %1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="541"/>
        <source>The certificate of the SMTP server %1 could not be verified: %2. Give its certificate authority in smtp.ca_file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="547"/>
        <source>The TLS handshake with the SMTP server %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="550"/>
        <location filename="../model/notify/smtpclient.cpp" line="562"/>
        <source>The SMTP server %1 closed the connection before the e-mail was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="554"/>
        <source>The connection to the SMTP server %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/notify/smtpclient.cpp" line="577"/>
        <source>The SMTP server %1 did not complete the exchange within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="663"/>
        <source>The CA file %1 cannot be read (smtp.ca_file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="669"/>
        <source>The CA file %1 holds no certificate in PEM format (smtp.ca_file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Transport</name>
    <message>
        <location filename="../model/notify/transport.cpp" line="59"/>
        <source>The SMTP server address &quot;%1&quot; must look like smtp://host:port, smtps://host:port or smtp+starttls://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/transport.cpp" line="63"/>
        <source>A password is never sent over an unencrypted connection: use smtps:// or smtp+starttls:// for %1, or a relay on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/transport.cpp" line="67"/>
        <source>Set the sender address of the e-mails (smtp.from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/transport.cpp" line="69"/>
        <source>The SMTP timeout must be a positive number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/transport.cpp" line="77"/>
        <source>The SMS provider&apos;s address &quot;%1&quot; must be an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/transport.cpp" line="79"/>
        <source>Set the SMS provider&apos;s account and token (sms.account, sms.token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/transport.cpp" line="81"/>
        <source>Set the sending phone number for SMS and WhatsApp (sms.from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/notify/transport.cpp" line="83"/>
        <source>The SMS timeout must be a positive number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Verifier</name>
    <message>
        <location filename="../model/ledger/verifier.cpp" line="37"/>
        <source>Entry %1 does not balance: its %2 postings sum to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/verifier.cpp" line="43"/>
        <source>Entry %1 has no postings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/verifier.cpp" line="51"/>
        <source>Account %1 says its balance is %2 over %3 postings, but its postings sum to %4 over %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/verifier.cpp" line="60"/>
        <source>Account %1: the running balance breaks at posting %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/verifier.cpp" line="65"/>
        <source>Wallet %1 is below zero: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/verifier.cpp" line="69"/>
        <source>The %1 accounts do not sum to zero: they sum to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/verifier.cpp" line="77"/>
        <source>Could not check the books.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::WalletListModel</name>
    <message>
        <location filename="../model/models/walletlistmodel.cpp" line="48"/>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/walletlistmodel.cpp" line="49"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/walletlistmodel.cpp" line="50"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../model/models/walletlistmodel.cpp" line="51"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::WalletsPage</name>
    <message>
        <location filename="../views/walletspage.cpp" line="59"/>
        <location filename="../views/walletspage.cpp" line="221"/>
        <source>Register</source>
        <translation>Kontoblatt</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="61"/>
        <source>Find a client by name, e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="76"/>
        <source>New client…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="77"/>
        <source>New wallet…</source>
        <translation>Neue Geldbörse…</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="78"/>
        <source>Deposit…</source>
        <translation>Einzahlen…</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="79"/>
        <source>Withdraw…</source>
        <translation>Auszahlen…</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="80"/>
        <source>Transfer…</source>
        <translation>Überweisen…</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="81"/>
        <source>Reverse entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="84"/>
        <source>Undo the selected entry with a reversing entry; the original stays in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="85"/>
        <source>Only a supervisor can reverse an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="90"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="104"/>
        <source>Wallets</source>
        <translation>Geldbörsen</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="192"/>
        <source>&lt;i&gt;No client selected.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="197"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="197"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="197"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="198"/>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%2 · %3&lt;br&gt;Notified by %4 · client since %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="199"/>
        <source>no e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="200"/>
        <source>no phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="201"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="221"/>
        <source>Register of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="269"/>
        <source>New wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="269"/>
        <source>Currency of the new wallet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="282"/>
        <source>Reverse entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="283"/>
        <source>Why is this %1 of %2 reversed? The reason is kept with the reversing entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::WebhookServer</name>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="49"/>
        <source>The request body is larger than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="193"/>
        <source>&quot;%1&quot; is not an address to listen on; write it like 127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="220"/>
        <source>&quot;%1&quot; is not an IP address; listen on an address like 127.0.0.1 or 0.0.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="247"/>
        <source>Could not listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="317"/>
        <source>There is nothing at %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="360"/>
        <source>The books are busy or unreachable; send it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="361"/>
        <source>The request could not be handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="371"/>
        <source>The request needs a valid %1 header: sha256= and the hex HMAC-SHA256 of the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="378"/>
        <source>The body is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="382"/>
        <source>The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="418"/>
        <source>Name the agent: /v1/records?agent=ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="427"/>
        <source>The parameter &quot;limit&quot; must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="436"/>
        <source>The parameter &quot;offset&quot; must be a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="442"/>
        <source>There is no agent &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
