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
        <location filename="../model/activity/activityrepository.cpp" line="104"/>
        <source>Could not write the activity record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="112"/>
        <source>Could not read the activity record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="115"/>
        <source>There is no activity record &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="134"/>
        <source>Could not read the activity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="149"/>
        <source>Could not count the activity records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="164"/>
        <source>Could not correct the activity record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="174"/>
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
        <location filename="../model/agents/agentrepository.cpp" line="81"/>
        <source>Could not record the failed sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/agents/agentrepository.cpp" line="89"/>
        <source>Could not record the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Authenticator</name>
    <message>
        <location filename="../model/agents/authenticator.cpp" line="24"/>
        <source>The agent ID or the password is wrong.</source>
        <translation>Mitarbeiterkennung oder Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../model/agents/authenticator.cpp" line="40"/>
        <source>This agent account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/agents/authenticator.cpp" line="43"/>
        <source>Too many wrong passwords. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/agents/authenticator.cpp" line="64"/>
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
        <location filename="../model/clients/clienthandlers.cpp" line="62"/>
        <source>The field &quot;changes&quot; must name at least one attribute and its new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/clients/clienthandlers.cpp" line="108"/>
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
        <location filename="../model/commands/commandexecutor.cpp" line="74"/>
        <source>Could not check whether the message was applied already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="85"/>
        <source>&quot;%1&quot; is not a known message type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="90"/>
        <source>The agent &quot;%1&quot; is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="94"/>
        <source>The agent &quot;%1&quot; is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="97"/>
        <source>Only a supervisor may do this (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="98"/>
        <source>Only the system may publish %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="112"/>
        <source>Could not record that the message was applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="65"/>
        <source>--clients needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="73"/>
        <source>Writing the demo book: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="79"/>
        <source>Demo book written to %1 with %2 clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="80"/>
        <source>Sign in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="98"/>
        <source>BREACH %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="99"/>
        <source>%n breach(es) found: the books are not sound.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="106"/>
        <source>The books are sound: %1 entries, %2 postings and %3 accounts checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="117"/>
        <source>Usage: ledgerdesk screenshot VIEW FILE (VIEW is one of %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="120"/>
        <source>There is no view &quot;%1&quot;; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="125"/>
        <source>This book has no agents; run &quot;ledgerdesk demo&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="148"/>
        <source>Could not write the picture to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="149"/>
        <source>The %1 view is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="154"/>
        <source>Create a demo book: agents, clients, wallets and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="155"/>
        <source>Check every invariant of the books; exit 1 naming each breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="156"/>
        <source>Render one view of the window to a PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="191"/>
        <source>Ledgerdesk: a double-entry ledger for bank agents.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="197"/>
        <source>The books: an SQLite file or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="197"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="198"/>
        <source>The agent to act as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="198"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="199"/>
        <source>How many clients the demo book gets (default 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="199"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="200"/>
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
        <location filename="../model/demo/demobook.cpp" line="154"/>
        <source>Opening deposit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Desktop</name>
    <message>
        <location filename="../app/desktop.cpp" line="28"/>
        <source>Ledgerdesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop.cpp" line="40"/>
        <source>Writing a demo book for your first start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop.cpp" line="41"/>
        <source>Ledgerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop.cpp" line="55"/>
        <source>Ledgerdesk: a double-entry ledger for bank agents. Run &quot;ledgerdesk demo --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop.cpp" line="58"/>
        <source>The books: an SQLite file or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop.cpp" line="58"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::HandlerContext</name>
    <message>
        <location filename="../model/commands/handlercontext.cpp" line="22"/>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/handlercontext.cpp" line="24"/>
        <source>The field &quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/handlercontext.cpp" line="27"/>
        <source>The field &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/handlercontext.cpp" line="43"/>
        <source>The field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/handlercontext.cpp" line="45"/>
        <source>The field &quot;%1&quot;: the amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Journal</name>
    <message>
        <location filename="../model/ledger/journal.cpp" line="61"/>
        <source>An entry needs at least two postings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="71"/>
        <source>A posting amount must be non-zero and at most 10^15 minor units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="74"/>
        <source>Could not read the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="77"/>
        <source>There is no account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="84"/>
        <source>The account &quot;%1&quot; is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="87"/>
        <source>Insufficient funds.</source>
        <translation>Unzureichende Deckung.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="90"/>
        <source>The balance of &quot;%1&quot; would be too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="95"/>
        <source>The entry does not balance in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="101"/>
        <source>Could not record the entry in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="153"/>
        <location filename="../model/ledger/journal.cpp" line="176"/>
        <source>Could not read the journal entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="167"/>
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
        <location filename="../model/ledger/ledgerhandlers.cpp" line="81"/>
        <source>Insufficient funds: the wallet holds %1 and the withdrawal is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="122"/>
        <source>A transfer needs two different wallets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="132"/>
        <source>Both wallets of a transfer must hold the same currency (%1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="138"/>
        <source>Insufficient funds: the wallet holds %1 and the transfer is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="181"/>
        <source>A reversal cannot itself be reversed; post a new entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="196"/>
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
        <location filename="../views/mainwindow.cpp" line="37"/>
        <source>Wallets</source>
        <translation>Geldbörsen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="38"/>
        <source>Clients &amp; activity</source>
        <translation>Kunden &amp; Aktivität</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="39"/>
        <source>Loans</source>
        <translation>Kredite</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="40"/>
        <source>Micro-loans with four-eyes approval: applications, decisions by a second supervisor, repayments and each loan&apos;s amortisation schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="42"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="43"/>
        <source>Payments to merchants, followed from request to success or failure with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="44"/>
        <source>Savings</source>
        <translation>Sparziele</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="45"/>
        <source>Savings goals with their progress, contributions and redemption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="46"/>
        <source>Debt optimiser</source>
        <translation>Schuldenoptimierer</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="47"/>
        <source>Pay-off plans for a client&apos;s debts (avalanche, snowball, custom order) compared side by side with charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="49"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="50"/>
        <source>The durable queue and its processor: depth, throughput, latency, dead letters, and the notifications sent to clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="52"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="53"/>
        <source>Reports for people (PDF) and machines (CSV, JSON, ledger journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="69"/>
        <source>Ledgerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="105"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="106"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="107"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="108"/>
        <source>&amp;About Ledgerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="109"/>
        <source>About Ledgerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="110"/>
        <source>&lt;b&gt;Ledgerdesk %1&lt;/b&gt;&lt;p&gt;A double-entry ledger for bank agents.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="115"/>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="119"/>
        <source>This book is open read-only: you can look at everything, but nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="155"/>
        <source>Deposit of %1 applied. New balance: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="157"/>
        <source>Withdrawal of %1 applied. New balance: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="159"/>
        <source>Transfer of %1 applied. The sending wallet now holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="162"/>
        <source>Client %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="164"/>
        <source>%1 wallet %2 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="166"/>
        <source>The activity record was corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="168"/>
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
        <location filename="../model/core/money.cpp" line="143"/>
        <location filename="../model/core/money.cpp" line="170"/>
        <location filename="../model/core/money.cpp" line="173"/>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="125"/>
        <source>The currency &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="128"/>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="134"/>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="149"/>
        <source>%1 amounts have no decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/core/money.cpp" line="153"/>
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="157"/>
        <source>Write digits after the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="160"/>
        <source>&quot;%1&quot; is not an amount; write it like 1234.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="162"/>
        <source>Write a digit before the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::MoneyDialog</name>
    <message>
        <location filename="../views/moneydialog.cpp" line="31"/>
        <source>Deposit</source>
        <translation>Einzahlung</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="31"/>
        <source>Withdraw</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="31"/>
        <source>Transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="40"/>
        <source>Wallet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="40"/>
        <source>%1 — balance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="44"/>
        <source>Wallet ID of the receiving wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="48"/>
        <source>To wallet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="52"/>
        <source>Amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="54"/>
        <source>Memo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="117"/>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="119"/>
        <source>Insufficient funds: the wallet holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="126"/>
        <source>Cash received at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="126"/>
        <source>Available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="135"/>
        <source>Choose a different wallet to receive the money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="139"/>
        <source>That wallet holds %1; a transfer needs a %2 wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="142"/>
        <source>Goes to %1 (%2).</source>
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
        <location filename="../model/models/registermodel.cpp" line="95"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../model/models/registermodel.cpp" line="96"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/models/registermodel.cpp" line="97"/>
        <source>Memo</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <location filename="../model/models/registermodel.cpp" line="98"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../model/models/registermodel.cpp" line="99"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../model/models/registermodel.cpp" line="100"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
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
        <location filename="../views/walletspage.cpp" line="212"/>
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
        <location filename="../views/walletspage.cpp" line="86"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="100"/>
        <source>Wallets</source>
        <translation>Geldbörsen</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="183"/>
        <source>&lt;i&gt;No client selected.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="188"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="188"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="188"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="189"/>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%2 · %3&lt;br&gt;Notified by %4 · client since %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="190"/>
        <source>no e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="191"/>
        <source>no phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="192"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="212"/>
        <source>Register of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="257"/>
        <source>New wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="257"/>
        <source>Currency of the new wallet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
