<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ledgerdesk::AccountRepository</name>
    <message>
        <location filename="../model/ledger/accountrepository.cpp" line="45"/>
        <source>Could not read the account.</source>
        <translation>Das Konto konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/ledger/accountrepository.cpp" line="45"/>
        <source>There is no wallet &quot;%1&quot;.</source>
        <translation>Es gibt keine Geldbörse &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../model/ledger/accountrepository.cpp" line="55"/>
        <source>&quot;%1&quot; is one of the bank&apos;s own accounts, not a client&apos;s wallet.</source>
        <translation>&quot;%1&quot; ist ein bankeigenes Konto, keine Geldbörse eines Kunden.</translation>
    </message>
    <message>
        <location filename="../model/ledger/accountrepository.cpp" line="57"/>
        <source>The wallet &quot;%1&quot; is closed.</source>
        <translation>Die Geldbörse &quot;%1&quot; ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../model/ledger/accountrepository.cpp" line="68"/>
        <location filename="../model/ledger/accountrepository.cpp" line="86"/>
        <source>Could not read the wallets.</source>
        <translation>Die Geldbörsen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/ledger/accountrepository.cpp" line="96"/>
        <source>Could not save the account.</source>
        <translation>Das Konto konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../model/ledger/accountrepository.cpp" line="103"/>
        <source>Could not close the account &quot;%1&quot;.</source>
        <translation>Das Konto &quot;%1&quot; konnte nicht geschlossen werden.</translation>
    </message>
    <message>
        <location filename="../model/ledger/accountrepository.cpp" line="120"/>
        <source>Could not create the bank&apos;s %1 account.</source>
        <translation>Das %1-Konto der Bank konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ActivityModel</name>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="45"/>
        <source>Deleted by %1 on %2</source>
        <translation>Gelöscht von %1 am %2</translation>
    </message>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="49"/>
        <source>Corrected on %1</source>
        <translation>Korrigiert am %1</translation>
    </message>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="79"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="81"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="83"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="85"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="87"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="89"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../model/models/activitymodel.cpp" line="91"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ActivityPage</name>
    <message>
        <location filename="../views/activitypage.cpp" line="60"/>
        <source>Show deleted</source>
        <translation>Gelöschte anzeigen</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="123"/>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="86"/>
        <location filename="../views/activitypage.cpp" line="124"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="76"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="77"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="78"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="79"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="80"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="81"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="83"/>
        <source>Create</source>
        <translation>Erstellung</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="84"/>
        <source>Read</source>
        <translation>Abruf</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="85"/>
        <source>Update</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="87"/>
        <source>Deposit</source>
        <translation>Einzahlung</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="88"/>
        <source>Withdraw</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="89"/>
        <source>Transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="90"/>
        <source>Reverse</source>
        <translation>Stornierung</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="91"/>
        <source>Apply</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="92"/>
        <source>Approve</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="93"/>
        <source>Reject</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="94"/>
        <source>Fund</source>
        <translation>Kreditauszahlung</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="95"/>
        <source>Repay</source>
        <translation>Rückzahlung</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="96"/>
        <source>Pay</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="97"/>
        <source>Fail</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="98"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="99"/>
        <source>Redeem</source>
        <translation>Einlösung</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="100"/>
        <source>Redrive</source>
        <translation>Erneut einreihen</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="101"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="102"/>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="103"/>
        <source>Refuse</source>
        <translation>Abweisen</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="104"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="105"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="106"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="110"/>
        <source>All agents</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="132"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="134"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="136"/>
        <source>Agent:</source>
        <translation>Mitarbeiter:</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="66"/>
        <source>Only a supervisor can delete activity records.</source>
        <translation>Nur ein Supervisor kann Aktivitätseinträge löschen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/activitypage.cpp" line="174"/>
        <source>Page %1 of %2 · %n record(s)</source>
        <translation>
            <numerusform>Seite %1 von %2 · %n Eintrag</numerusform>
            <numerusform>Seite %1 von %2 · %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="192"/>
        <source>Correct activity record</source>
        <translation>Aktivitätseintrag korrigieren</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="200"/>
        <source>The correction is itself recorded in the activity log.</source>
        <translation>Die Korrektur wird selbst im Aktivitätsprotokoll erfasst.</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="201"/>
        <source>Attribute:</source>
        <translation>Attribut:</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="202"/>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="203"/>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="220"/>
        <source>Delete activity record</source>
        <translation>Aktivitätseintrag löschen</translation>
    </message>
    <message>
        <location filename="../views/activitypage.cpp" line="220"/>
        <source>Delete this record? A tombstone saying who deleted it and when remains.</source>
        <translation>Diesen Eintrag löschen? Ein Vermerk, wer ihn wann gelöscht hat, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ActivityRepository</name>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="98"/>
        <source>Could not write the activity record.</source>
        <translation>Der Aktivitätseintrag konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="106"/>
        <source>Could not read the activity record.</source>
        <translation>Der Aktivitätseintrag konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="107"/>
        <source>There is no activity record &quot;%1&quot;.</source>
        <translation>Es gibt keinen Aktivitätseintrag &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="123"/>
        <source>Could not read the activity log.</source>
        <translation>Das Aktivitätsprotokoll konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="132"/>
        <source>Could not count the activity records.</source>
        <translation>Die Aktivitätseinträge konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="144"/>
        <source>Could not correct the activity record.</source>
        <translation>Der Aktivitätseintrag konnte nicht korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../model/activity/activityrepository.cpp" line="152"/>
        <source>Could not delete the activity record.</source>
        <translation>Der Aktivitätseintrag konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::AgentRepository</name>
    <message>
        <location filename="../model/agents/agentrepository.cpp" line="42"/>
        <source>Could not read the agent.</source>
        <translation>Der Mitarbeiter konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/agents/agentrepository.cpp" line="42"/>
        <source>There is no agent &quot;%1&quot;.</source>
        <translation>Es gibt keinen Mitarbeiter &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../model/agents/agentrepository.cpp" line="51"/>
        <source>Could not read the agents.</source>
        <translation>Die Mitarbeiter konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/agents/agentrepository.cpp" line="60"/>
        <source>Could not save the agent &quot;%1&quot;.</source>
        <translation>Der Mitarbeiter &quot;%1&quot; konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../model/agents/agentrepository.cpp" line="73"/>
        <source>Could not record the sign-in attempt.</source>
        <translation>Der Anmeldeversuch konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../model/agents/agentrepository.cpp" line="86"/>
        <source>Could not record the sign-in.</source>
        <translation>Die Anmeldung konnte nicht erfasst werden.</translation>
    </message>
    <message>
        <location filename="../model/agents/agentrepository.cpp" line="95"/>
        <source>Could not store the password.</source>
        <translation>Das Passwort konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::AmountDialog</name>
    <message>
        <location filename="../views/amountdialog.cpp" line="32"/>
        <source>Amount (%1):</source>
        <translation>Betrag (%1):</translation>
    </message>
    <message>
        <location filename="../views/amountdialog.cpp" line="63"/>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ApiToken</name>
    <message>
        <location filename="../model/intake/apitoken.cpp" line="57"/>
        <source>&quot;%1&quot; cannot name an API token: use 1 to 64 letters, digits, dots, hyphens or underscores, starting with a letter or digit, like &quot;reporting&quot;.</source>
        <translation>„%1“ kann kein API-Token benennen: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche, beginnend mit einem Buchstaben oder einer Ziffer, etwa „reporting“.</translation>
    </message>
    <message>
        <location filename="../model/intake/apitoken.cpp" line="69"/>
        <source>The field &quot;token_hash&quot; must be the token&apos;s SHA-256 in 64 lower-case hex digits.</source>
        <translation>Das Feld „token_hash“ muss der SHA-256 des Tokens in 64 kleingeschriebenen Hex-Ziffern sein.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ApiTokenHandlers</name>
    <message>
        <location filename="../model/intake/apitokenhandlers.cpp" line="40"/>
        <source>The API token &quot;%1&quot; exists already; revoke it first or choose another name.</source>
        <translation>Das API-Token „%1“ gibt es bereits; widerrufen Sie es zuerst oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../model/intake/apitokenhandlers.cpp" line="48"/>
        <source>This token was issued before; make a new one for &quot;%1&quot;.</source>
        <translation>Dieses Token wurde schon einmal ausgegeben; erstellen Sie ein neues für „%1“.</translation>
    </message>
    <message>
        <location filename="../model/intake/apitokenhandlers.cpp" line="85"/>
        <source>The API token &quot;%1&quot; was created.</source>
        <translation>Das API-Token „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <location filename="../model/intake/apitokenhandlers.cpp" line="94"/>
        <source>The API token &quot;%1&quot; was revoked.</source>
        <translation>Das API-Token „%1“ wurde widerrufen.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ApiTokenRepository</name>
    <message>
        <location filename="../model/intake/apitokenrepository.cpp" line="46"/>
        <source>Could not store the API token &quot;%1&quot;.</source>
        <translation>Das API-Token „%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../model/intake/apitokenrepository.cpp" line="54"/>
        <source>Could not read the API token &quot;%1&quot;.</source>
        <translation>Das API-Token „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/intake/apitokenrepository.cpp" line="55"/>
        <source>There is no live API token named &quot;%1&quot;.</source>
        <translation>Es gibt kein gültiges API-Token namens „%1“.</translation>
    </message>
    <message>
        <location filename="../model/intake/apitokenrepository.cpp" line="62"/>
        <location filename="../model/intake/apitokenrepository.cpp" line="96"/>
        <source>Could not read the API tokens.</source>
        <translation>Die API-Tokens konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/intake/apitokenrepository.cpp" line="74"/>
        <source>Could not revoke the API token.</source>
        <translation>Das API-Token konnte nicht widerrufen werden.</translation>
    </message>
    <message>
        <location filename="../model/intake/apitokenrepository.cpp" line="77"/>
        <source>The API token has been revoked already.</source>
        <translation>Das API-Token wurde bereits widerrufen.</translation>
    </message>
    <message>
        <location filename="../model/intake/apitokenrepository.cpp" line="85"/>
        <source>Could not list the API tokens.</source>
        <translation>Die API-Tokens konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <location filename="../model/intake/apitokenrepository.cpp" line="90"/>
        <source>The API token is unknown or has been revoked.</source>
        <translation>Das API-Token ist unbekannt oder wurde widerrufen.</translation>
    </message>
    <message>
        <location filename="../model/intake/apitokenrepository.cpp" line="116"/>
        <source>Could not note when the API token &quot;%1&quot; was used.</source>
        <translation>Es konnte nicht vermerkt werden, wann das API-Token „%1“ benutzt wurde.</translation>
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
        <location filename="../model/agents/authenticator.cpp" line="86"/>
        <source>This agent account is disabled.</source>
        <translation>Dieses Mitarbeiterkonto ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../model/agents/authenticator.cpp" line="56"/>
        <source>Too many wrong passwords. Try again after %1.</source>
        <translation>Zu viele falsche Passwörter. Versuchen Sie es nach %1 erneut.</translation>
    </message>
    <message>
        <location filename="../model/agents/authenticator.cpp" line="96"/>
        <source>Too many wrong passwords. This agent is locked for 15 minutes.</source>
        <translation>Zu viele falsche Passwörter. Dieser Mitarbeiter ist für 15 Minuten gesperrt.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Banner</name>
    <message>
        <location filename="../views/banner.cpp" line="20"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::CategoryBands</name>
    <message>
        <location filename="../model/intake/categorybands.cpp" line="40"/>
        <source>The setting %1 must be an amount like 1000.00, not &quot;%2&quot;.</source>
        <translation>Die Einstellung %1 muss ein Betrag wie 1000.00 sein, nicht &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Client</name>
    <message>
        <location filename="../model/clients/client.cpp" line="81"/>
        <source>&quot;channels&quot; must be a list of email, sms and whatsapp.</source>
        <translation>&quot;channels&quot; muss eine Liste aus email, sms und whatsapp sein.</translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="90"/>
        <source>&quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot; muss Text sein.</translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="103"/>
        <source>&quot;%1&quot; is not an attribute of a client that can be changed.</source>
        <translation>&quot;%1&quot; ist kein änderbares Attribut eines Kunden.</translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="110"/>
        <source>Enter the client&apos;s first name.</source>
        <translation>Geben Sie den Vornamen des Kunden ein.</translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="112"/>
        <source>Enter the client&apos;s last name.</source>
        <translation>Geben Sie den Nachnamen des Kunden ein.</translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="114"/>
        <source>Names can be at most 100 characters long.</source>
        <translation>Namen dürfen höchstens 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="119"/>
        <source>A name, an e-mail address or a phone number cannot hold a line break or another control character.</source>
        <translation>Ein Name, eine E-Mail-Adresse oder eine Telefonnummer darf keinen Zeilenumbruch und kein anderes Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="123"/>
        <source>Enter an e-mail address or a phone number.</source>
        <translation>Geben Sie eine E-Mail-Adresse oder eine Telefonnummer ein.</translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="125"/>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="128"/>
        <source>&quot;%1&quot; is not a valid phone number; write it with the country code, like +14155550123.</source>
        <translation>&quot;%1&quot; ist keine gültige Telefonnummer; geben Sie sie mit Ländervorwahl ein, etwa +14155550123.</translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="132"/>
        <source>&quot;%1&quot; is not a channel; use email, sms or whatsapp.</source>
        <translation>&quot;%1&quot; ist kein Kanal; verwenden Sie email, sms oder whatsapp.</translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="134"/>
        <source>The e-mail channel needs an e-mail address.</source>
        <translation>Für den E-Mail-Kanal ist eine E-Mail-Adresse nötig.</translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="136"/>
        <source>The %1 channel needs a phone number.</source>
        <translation>Für den Kanal %1 ist eine Telefonnummer nötig.</translation>
    </message>
    <message>
        <location filename="../model/clients/client.cpp" line="140"/>
        <source>&quot;%1&quot; is not a known language and region, like en_US.</source>
        <translation>&quot;%1&quot; ist keine bekannte Kombination aus Sprache und Region wie en_US.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ClientDialog</name>
    <message>
        <location filename="../views/clientdialog.cpp" line="22"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="23"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="24"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="29"/>
        <source>New client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="52"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="53"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="54"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="55"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="56"/>
        <source>Notify by:</source>
        <translation>Benachrichtigen per:</translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="57"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../views/clientdialog.cpp" line="59"/>
        <source>Create client</source>
        <translation>Kunde anlegen</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ClientHandlers</name>
    <message>
        <location filename="../model/clients/clienthandlers.cpp" line="57"/>
        <source>A client &quot;%1&quot; exists already.</source>
        <translation>Ein Kunde &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <location filename="../model/clients/clienthandlers.cpp" line="140"/>
        <source>wallet %1 holds %2</source>
        <translation>Wallet %1 enthält %2</translation>
    </message>
    <message>
        <location filename="../model/clients/clienthandlers.cpp" line="151"/>
        <source>%1 cannot be closed while anything of theirs is open: %2. Settle or close each first.</source>
        <translation>%1 kann nicht geschlossen werden, solange noch etwas offen ist: %2. Schließen oder begleichen Sie zuerst jedes davon.</translation>
    </message>
    <message>
        <location filename="../model/clients/clienthandlers.cpp" line="187"/>
        <source>The currency &quot;%1&quot; is not supported.</source>
        <translation>Die Währung &quot;%1&quot; wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../model/clients/clienthandlers.cpp" line="214"/>
        <source>Wallet ids cannot start with &quot;sys:&quot;.</source>
        <translation>Kennungen von Geldbörsen dürfen nicht mit &quot;sys:&quot; beginnen.</translation>
    </message>
    <message>
        <location filename="../model/clients/clienthandlers.cpp" line="217"/>
        <source>A wallet &quot;%1&quot; exists already.</source>
        <translation>Eine Geldbörse &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <location filename="../model/clients/clienthandlers.cpp" line="221"/>
        <source>%1 wallet</source>
        <translation>%1-Geldbörse</translation>
    </message>
    <message>
        <location filename="../model/clients/clienthandlers.cpp" line="241"/>
        <source>Client %1 created.</source>
        <translation>Kunde %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../model/clients/clienthandlers.cpp" line="250"/>
        <source>The client&apos;s profile was updated.</source>
        <translation>Das Profil des Kunden wurde geändert.</translation>
    </message>
    <message>
        <location filename="../model/clients/clienthandlers.cpp" line="254"/>
        <source>The client was deleted.</source>
        <translation>Der Kunde wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../model/clients/clienthandlers.cpp" line="260"/>
        <source>%1 wallet %2 opened.</source>
        <translation>%1-Geldbörse %2 eröffnet.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ClientListModel</name>
    <message>
        <location filename="../model/models/clientlistmodel.cpp" line="48"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../model/models/clientlistmodel.cpp" line="50"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../model/models/clientlistmodel.cpp" line="52"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ClientRepository</name>
    <message>
        <location filename="../model/clients/clientrepository.cpp" line="54"/>
        <source>Could not read the client.</source>
        <translation>Der Kunde konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/clients/clientrepository.cpp" line="54"/>
        <source>There is no client &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kunden &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../model/clients/clientrepository.cpp" line="56"/>
        <source>The client &quot;%1&quot; has been deleted.</source>
        <translation>Der Kunde &quot;%1&quot; wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../model/clients/clientrepository.cpp" line="69"/>
        <source>Could not read the clients.</source>
        <translation>Die Kunden konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/clients/clientrepository.cpp" line="79"/>
        <location filename="../model/clients/clientrepository.cpp" line="88"/>
        <source>Could not save the client.</source>
        <translation>Der Kunde konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../model/clients/clientrepository.cpp" line="95"/>
        <source>Could not delete the client.</source>
        <translation>Der Kunde konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::CommandExecutor</name>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="116"/>
        <source>Could not check whether the message was applied already.</source>
        <translation>Es konnte nicht geprüft werden, ob die Nachricht bereits verarbeitet wurde.</translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="68"/>
        <location filename="../model/commands/commandexecutor.cpp" line="127"/>
        <source>&quot;%1&quot; is not a known message type.</source>
        <translation>&quot;%1&quot; ist kein bekannter Nachrichtentyp.</translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="132"/>
        <source>The agent &quot;%1&quot; is unknown.</source>
        <translation>Der Mitarbeiter &quot;%1&quot; ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="136"/>
        <source>The agent &quot;%1&quot; is disabled.</source>
        <translation>Der Mitarbeiter &quot;%1&quot; ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="140"/>
        <source>Only a supervisor may do this (%1).</source>
        <translation>Dies darf nur ein Supervisor (%1).</translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="141"/>
        <source>Only the system may publish %1.</source>
        <translation>Nur das System darf %1 veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../model/commands/commandexecutor.cpp" line="158"/>
        <source>Could not record that the message was applied.</source>
        <translation>Es konnte nicht vermerkt werden, dass die Nachricht verarbeitet wurde.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::CommandLine</name>
    <message>
        <location filename="../app/democommand.cpp" line="24"/>
        <source>--clients needs a whole number.</source>
        <translation>--clients erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="32"/>
        <source>Writing the demo book: %1%</source>
        <translation>Demo-Buch wird geschrieben: %1%</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="38"/>
        <source>Demo book written to %1 with %2 clients.</source>
        <translation>Demo-Buch mit %2 Kunden nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="39"/>
        <source>Sign in as:</source>
        <translation>Anmelden als:</translation>
    </message>
    <message>
        <location filename="../app/verifycommand.cpp" line="38"/>
        <source>BREACH %1: %2</source>
        <translation>VERLETZUNG %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/verifycommand.cpp" line="39"/>
        <source>%n breach(es) found: the books are not sound.</source>
        <translation>
            <numerusform>%n Verletzung gefunden: Die Bücher sind nicht in Ordnung.</numerusform>
            <numerusform>%n Verletzungen gefunden: Die Bücher sind nicht in Ordnung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/verifycommand.cpp" line="46"/>
        <source>The books are sound: %1 entries, %2 postings and %3 accounts checked.</source>
        <translation>Die Bücher sind in Ordnung: %1 Buchungen, %2 Buchungsposten und %3 Konten geprüft.</translation>
    </message>
    <message>
        <location filename="../app/verifycommand.cpp" line="55"/>
        <source>The journal&apos;s chain is empty.</source>
        <translation>Die Kette des Journals ist leer.</translation>
    </message>
    <message>
        <location filename="../app/verifycommand.cpp" line="57"/>
        <source>Chain head: entry %1 (%2), SHA-256 %3.</source>
        <translation>Kettenkopf: Buchung %1 (%2), SHA-256 %3.</translation>
    </message>
    <message>
        <location filename="../app/screenshotcommand.cpp" line="25"/>
        <source>Usage: ledgerdesk screenshot VIEW FILE (VIEW is one of %1).</source>
        <translation>Aufruf: ledgerdesk screenshot ANSICHT DATEI (ANSICHT ist eine von %1).</translation>
    </message>
    <message>
        <location filename="../app/screenshotcommand.cpp" line="29"/>
        <source>There is no view &quot;%1&quot;; choose one of %2.</source>
        <translation>Es gibt keine Ansicht &quot;%1&quot;; wählen Sie eine von %2.</translation>
    </message>
    <message>
        <location filename="../app/screenshotcommand.cpp" line="36"/>
        <source>This book has no agents; run &quot;ledgerdesk demo&quot; first.</source>
        <translation>Dieses Buch hat keine Mitarbeiter; führen Sie zuerst &quot;ledgerdesk demo&quot; aus.</translation>
    </message>
    <message>
        <location filename="../app/screenshotcommand.cpp" line="59"/>
        <source>Could not write the picture to %1.</source>
        <translation>Das Bild konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/screenshotcommand.cpp" line="60"/>
        <source>The %1 view is in %2.</source>
        <translation>Die Ansicht %1 liegt in %2.</translation>
    </message>
    <message>
        <location filename="../app/screenshotcommand.cpp" line="72"/>
        <source>The view to render: %1.</source>
        <translation>Die Ansicht, die gezeichnet wird: %1.</translation>
    </message>
    <message>
        <location filename="../app/screenshotcommand.cpp" line="74"/>
        <source>The PNG file to write.</source>
        <translation>Die PNG-Datei, die geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../app/commandio.cpp" line="60"/>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <location filename="../app/commandio.cpp" line="76"/>
        <source>Name the agent to act as with --agent ID.</source>
        <translation>Nennen Sie mit --agent ID den Mitarbeiter, als der Sie handeln.</translation>
    </message>
    <message>
        <location filename="../app/commandio.cpp" line="82"/>
        <source>No password for %1: set LEDGERDESK_PASSWORD when running from a script, or run the command in a terminal to be asked for it.</source>
        <translation>Kein Passwort für %1: Setzen Sie LEDGERDESK_PASSWORD, wenn Sie aus einem Skript heraus arbeiten, oder führen Sie den Befehl in einem Terminal aus, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <location filename="../app/commandio.cpp" line="92"/>
        <location filename="../app/processcommand.cpp" line="57"/>
        <source>Reconnected to the database server; processing goes on.</source>
        <translation>Wieder mit dem Datenbankserver verbunden; die Verarbeitung geht weiter.</translation>
    </message>
    <message>
        <location filename="../app/processcommand.cpp" line="31"/>
        <source>Applied %1 message(s); %2 dead-lettered; %3 waiting for a retry.</source>
        <translation>%1 Nachricht(en) verarbeitet; %2 als unzustellbar abgelegt; %3 warten auf einen erneuten Versuch.</translation>
    </message>
    <message>
        <location filename="../app/processcommand.cpp" line="39"/>
        <source>Notifications: %1 sent, %2 to retry, %3 dead, %4 waiting for their channel to be set up.</source>
        <translation>Benachrichtigungen: %1 gesendet, %2 zu wiederholen, %3 aufgegeben, %4 warten auf die Einrichtung ihres Kanals.</translation>
    </message>
    <message>
        <location filename="../app/processcommand.cpp" line="48"/>
        <source>Applied %1, dead-lettered %2, retrying %3.</source>
        <translation>Verarbeitet %1, unzustellbar %2, erneuter Versuch %3.</translation>
    </message>
    <message>
        <location filename="../app/processcommand.cpp" line="59"/>
        <source>Processing the queue of %1; stop with Ctrl+C (safe at any moment).</source>
        <translation>Die Warteschlange von %1 wird verarbeitet; beenden mit Strg+C (jederzeit gefahrlos möglich).</translation>
    </message>
    <message>
        <location filename="../app/enqueuecommand.cpp" line="27"/>
        <source>Usage: ledgerdesk enqueue TYPE JSON --agent ID [--dedupe KEY].</source>
        <translation>Aufruf: ledgerdesk enqueue TYP JSON --agent ID [--dedupe SCHLÜSSEL].</translation>
    </message>
    <message>
        <location filename="../app/enqueuecommand.cpp" line="31"/>
        <source>The payload must be a JSON object: %1.</source>
        <translation>Die Nutzdaten müssen ein JSON-Objekt sein: %1.</translation>
    </message>
    <message>
        <location filename="../app/enqueuecommand.cpp" line="33"/>
        <source>it is not an object</source>
        <translation>es ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../app/enqueuecommand.cpp" line="66"/>
        <source>enqueue: a key; a second message of the agent with it is dropped.</source>
        <translation>enqueue: ein Schlüssel; eine zweite Nachricht des Mitarbeiters mit demselben Schlüssel wird verworfen.</translation>
    </message>
    <message>
        <location filename="../app/enqueuecommand.cpp" line="68"/>
        <source>The message type, like DEPOSIT.</source>
        <translation>Der Nachrichtentyp, etwa DEPOSIT.</translation>
    </message>
    <message>
        <location filename="../app/enqueuecommand.cpp" line="69"/>
        <source>The payload: a JSON object.</source>
        <translation>Der Inhalt: ein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../app/enqueuecommand.cpp" line="51"/>
        <source>Queued %1 as message %2.</source>
        <translation>%1 als Nachricht %2 eingereiht.</translation>
    </message>
    <message>
        <location filename="../app/enqueuecommand.cpp" line="53"/>
        <source>A message with the dedupe key &quot;%1&quot; was queued before; this one was dropped.</source>
        <translation>Eine Nachricht mit dem Deduplizierungsschlüssel &quot;%1&quot; wurde bereits eingereiht; diese wurde verworfen.</translation>
    </message>
    <message>
        <location filename="../app/configcommand.cpp" line="28"/>
        <location filename="../app/configcommand.cpp" line="33"/>
        <source>(cannot be read: %1)</source>
        <translation>(nicht lesbar: %1)</translation>
    </message>
    <message>
        <location filename="../app/configcommand.cpp" line="29"/>
        <source>(secret, set)</source>
        <translation>(geheim, gesetzt)</translation>
    </message>
    <message>
        <location filename="../app/configcommand.cpp" line="29"/>
        <source>(secret, not set)</source>
        <translation>(geheim, nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../app/configcommand.cpp" line="34"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../app/configcommand.cpp" line="47"/>
        <source>Only a supervisor may change a setting.</source>
        <translation>Nur eine Aufsicht darf eine Einstellung ändern.</translation>
    </message>
    <message>
        <location filename="../app/configcommand.cpp" line="59"/>
        <source>%1 is stored, but the record of the change could not be written: %2</source>
        <translation>%1 ist gespeichert, aber der Nachweis der Änderung konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/configcommand.cpp" line="62"/>
        <source>%1 is stored in this machine&apos;s secret store (%2, readable by its owner only).</source>
        <translation>%1 ist im Geheimnisspeicher dieses Rechners abgelegt (%2, nur für den Eigentümer lesbar).</translation>
    </message>
    <message>
        <location filename="../app/configcommand.cpp" line="64"/>
        <source>%1 is set for every machine on this book.</source>
        <translation>%1 gilt für jeden Rechner, der dieses Buch nutzt.</translation>
    </message>
    <message>
        <location filename="../app/configcommand.cpp" line="76"/>
        <source>Usage: ledgerdesk config get KEY | set KEY VALUE --agent ID | list.</source>
        <translation>Aufruf: ledgerdesk config get SCHLÜSSEL | set SCHLÜSSEL WERT --agent ID | list.</translation>
    </message>
    <message>
        <location filename="../app/configcommand.cpp" line="109"/>
        <source>Read or change a setting (a supervisor&apos;s, recorded); secrets go to this machine&apos;s secret store.</source>
        <translation>Eine Einstellung lesen oder ändern (durch eine Aufsicht, mit Nachweis); Geheimnisse kommen in den Geheimnisspeicher dieses Rechners.</translation>
    </message>
    <message>
        <location filename="../app/configcommand.cpp" line="111"/>
        <source>What to do: get, set or list.</source>
        <translation>Was zu tun ist: get, set oder list.</translation>
    </message>
    <message>
        <location filename="../app/configcommand.cpp" line="112"/>
        <source>The setting to get or set; list names them all.</source>
        <translation>Die Einstellung, die gelesen oder gesetzt wird; list nennt alle.</translation>
    </message>
    <message>
        <location filename="../app/configcommand.cpp" line="113"/>
        <source>The value to set it to.</source>
        <translation>Der neue Wert.</translation>
    </message>
    <message>
        <location filename="../app/simulatecommand.cpp" line="26"/>
        <source>--count needs a whole number of transactions, at least 1.</source>
        <translation>--count erwartet eine ganze Zahl von Transaktionen, mindestens 1.</translation>
    </message>
    <message>
        <location filename="../app/simulatecommand.cpp" line="28"/>
        <source>--rate needs a number of transactions per second (0 or none: as fast as possible).</source>
        <translation>--rate erwartet eine Anzahl Transaktionen pro Sekunde (0 oder keine Angabe: so schnell wie möglich).</translation>
    </message>
    <message>
        <location filename="../app/simulatecommand.cpp" line="32"/>
        <source>--seed needs a whole number.</source>
        <translation>--seed erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../app/simulatecommand.cpp" line="41"/>
        <source>Simulated %1 of %2 transactions.</source>
        <translation>%1 von %2 Transaktionen simuliert.</translation>
    </message>
    <message>
        <location filename="../app/simulatecommand.cpp" line="45"/>
        <source>%1 transactions queued for the processor (seed %2); %3 were duplicates.</source>
        <translation>%1 Transaktionen zur Verarbeitung eingereiht (Startwert %2); %3 waren Duplikate.</translation>
    </message>
    <message>
        <location filename="../app/servecommand.cpp" line="37"/>
        <source>Receiving transactions on http://%1:%2/v1/webhooks/transactions%3; stop with Ctrl+C.</source>
        <translation>Transaktionen werden auf http://%1:%2/v1/webhooks/transactions%3 empfangen; beenden mit Strg+C.</translation>
    </message>
    <message>
        <location filename="../app/servecommand.cpp" line="40"/>
        <source> (signed requests only)</source>
        <translation> (nur signierte Anfragen)</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="54"/>
        <source>Create a demo book: agents, clients, wallets, loans, payments, savings goals and history.</source>
        <translation>Ein Demo-Buch anlegen: Mitarbeiter, Kunden, Geldbörsen, Kredite, Zahlungen, Sparziele und Verlauf.</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="214"/>
        <source>Compare pay-off plans for a file of debts: avalanche, snowball, custom order, minimum only.</source>
        <translation>Rückzahlungspläne für eine Schuldendatei vergleichen: Lawinenmethode, Schneeballmethode, eigene Reihenfolge, nur Mindestraten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="134"/>
        <source>There is no command &quot;%1&quot;; &quot;ledgerdesk --help&quot; lists them.</source>
        <translation>Es gibt keinen Befehl &quot;%1&quot;; &quot;ledgerdesk --help&quot; listet alle Befehle auf.</translation>
    </message>
    <message>
        <location filename="../app/verifycommand.cpp" line="67"/>
        <source>Check every invariant of the books; exit 1 naming each breach.</source>
        <translation>Alle Invarianten der Bücher prüfen; bei Verletzungen jede einzelne nennen und mit 1 beenden.</translation>
    </message>
    <message>
        <location filename="../app/screenshotcommand.cpp" line="71"/>
        <source>Render one view of the window to a PNG file.</source>
        <translation>Eine Ansicht des Fensters als PNG-Datei ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/processcommand.cpp" line="71"/>
        <source>Run the processor headless; --once drains the queue and exits.</source>
        <translation>Die Verarbeitung ohne Oberfläche ausführen; --once arbeitet die Warteschlange ab und beendet sich.</translation>
    </message>
    <message>
        <location filename="../app/enqueuecommand.cpp" line="64"/>
        <source>Publish one message as the agent (password from LEDGERDESK_PASSWORD or asked).</source>
        <translation>Eine Nachricht als Mitarbeiter veröffentlichen (Passwort aus LEDGERDESK_PASSWORD oder per Abfrage).</translation>
    </message>
    <message>
        <location filename="../app/servecommand.cpp" line="51"/>
        <source>Receive transactions by webhook, and run the processor.</source>
        <translation>Transaktionen per Webhook empfangen und die Verarbeitung ausführen.</translation>
    </message>
    <message>
        <location filename="../app/simulatecommand.cpp" line="79"/>
        <source>Produce realistic random transactions for the processor.</source>
        <translation>Realistische zufällige Transaktionen für die Verarbeitung erzeugen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="81"/>
        <source>Ledgerdesk: a double-entry ledger for bank agents.

Commands:
</source>
        <translation>Ledgerdesk: doppelte Buchführung für Bankmitarbeiter.

Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="32"/>
        <source>The books: an SQLite file or postgresql://user@host:port/dbname.</source>
        <translation>Die Bücher: eine SQLite-Datei oder postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="33"/>
        <source>Default: %1.</source>
        <translation>Vorgabe: %1.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="34"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/commandio.cpp" line="51"/>
        <source>The agent to act as.</source>
        <translation>Der Mitarbeiter, als der gehandelt wird.</translation>
    </message>
    <message>
        <location filename="../app/commandio.cpp" line="51"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="55"/>
        <source>How many clients the demo book gets (default 40).</source>
        <translation>Wie viele Kunden das Demo-Buch erhält (Standard: 40).</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="55"/>
        <location filename="../app/simulatecommand.cpp" line="81"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/processcommand.cpp" line="72"/>
        <source>process: drain the queue, then exit.</source>
        <translation>process: die Warteschlange abarbeiten, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/servecommand.cpp" line="52"/>
        <source>serve: the address to receive webhooks on (default 127.0.0.1:8080).</source>
        <translation>serve: die Adresse, auf der Webhooks empfangen werden (Standard: 127.0.0.1:8080).</translation>
    </message>
    <message>
        <location filename="../app/servecommand.cpp" line="53"/>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <location filename="../app/simulatecommand.cpp" line="80"/>
        <source>simulate: transactions per second (default: as fast as possible).</source>
        <translation>simulate: Transaktionen pro Sekunde (Standard: so schnell wie möglich).</translation>
    </message>
    <message>
        <location filename="../app/simulatecommand.cpp" line="82"/>
        <source>simulate: how many transactions.</source>
        <translation>simulate: wie viele Transaktionen.</translation>
    </message>
    <message>
        <location filename="../app/simulatecommand.cpp" line="82"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../app/simulatecommand.cpp" line="83"/>
        <source>simulate: the random seed (the same seed gives the same transactions).</source>
        <translation>simulate: der Startwert für den Zufall (gleicher Startwert, gleiche Transaktionen).</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="218"/>
        <location filename="../app/simulatecommand.cpp" line="84"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/enqueuecommand.cpp" line="67"/>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="215"/>
        <source>optimise: the JSON file of debts.</source>
        <translation>optimise: die JSON-Datei mit den Schulden.</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="215"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="216"/>
        <source>optimise: the monthly budget, like 750.00.</source>
        <translation>optimise: das Monatsbudget, etwa 750.00.</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="216"/>
        <source>AMOUNT</source>
        <translation>BETRAG</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="217"/>
        <source>optimise: avalanche, snowball, custom or minimum (default: all).</source>
        <translation>optimise: avalanche, snowball, custom oder minimum (Standard: alle).</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="219"/>
        <source>optimise: print JSON instead of a table.</source>
        <translation>optimise: JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="85"/>
        <location filename="../app/commandline.cpp" line="93"/>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <location filename="../app/tokencommand.cpp" line="50"/>
        <source>The API token &quot;%1&quot; is live. It is shown this once and cannot be read again: give it to the integration, which sends it as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Das API-Token „%1“ ist gültig. Es wird nur dieses eine Mal gezeigt und kann nicht wieder gelesen werden: Geben Sie es der Integration, die es als „Authorization: Bearer TOKEN“ sendet.</translation>
    </message>
    <message>
        <location filename="../app/tokencommand.cpp" line="63"/>
        <source>The API token &quot;%1&quot; is revoked; reads with it are refused from now on.</source>
        <translation>Das API-Token „%1“ ist widerrufen; Abfragen damit werden ab jetzt abgewiesen.</translation>
    </message>
    <message>
        <location filename="../app/tokencommand.cpp" line="78"/>
        <source>There are no API tokens; a supervisor makes one with `ledgerdesk token create NAME --agent ID`.</source>
        <translation>Es gibt keine API-Tokens; eine Aufsicht erstellt eines mit `ledgerdesk token create NAME --agent ID`.</translation>
    </message>
    <message>
        <location filename="../app/tokencommand.cpp" line="82"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/tokencommand.cpp" line="82"/>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location filename="../app/tokencommand.cpp" line="82"/>
        <location filename="../app/tokencommand.cpp" line="83"/>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <location filename="../app/tokencommand.cpp" line="82"/>
        <source>LAST USED</source>
        <translation>ZULETZT BENUTZT</translation>
    </message>
    <message>
        <location filename="../app/tokencommand.cpp" line="83"/>
        <source>REVOKED</source>
        <translation>WIDERRUFEN</translation>
    </message>
    <message>
        <location filename="../app/tokencommand.cpp" line="107"/>
        <source>Usage: ledgerdesk token create NAME --agent ID | revoke NAME --agent ID | list.</source>
        <translation>Aufruf: ledgerdesk token create NAME --agent ID | revoke NAME --agent ID | list.</translation>
    </message>
    <message>
        <location filename="../app/tokencommand.cpp" line="131"/>
        <source>Create, revoke or list the API tokens of the webhook server&apos;s reads (supervisors).</source>
        <translation>API-Tokens für die Abfragen des Webhook-Servers erstellen, widerrufen oder auflisten (Aufsichten).</translation>
    </message>
    <message>
        <location filename="../app/tokencommand.cpp" line="132"/>
        <source>What to do: create, revoke or list.</source>
        <translation>Was zu tun ist: create, revoke oder list.</translation>
    </message>
    <message>
        <location filename="../app/tokencommand.cpp" line="133"/>
        <source>The token&apos;s name, like reporting.</source>
        <translation>Der Name des Tokens, etwa reporting.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ConnectionKeeper</name>
    <message>
        <location filename="../model/storage/connectionkeeper.cpp" line="42"/>
        <source>The database server cannot be reached; reconnecting. Nothing is lost meanwhile.</source>
        <translation>Der Datenbankserver ist nicht erreichbar; es wird neu verbunden. Inzwischen geht nichts verloren.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ContributionModel</name>
    <message>
        <location filename="../model/models/contributionmodel.cpp" line="36"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../model/models/contributionmodel.cpp" line="38"/>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <location filename="../model/models/contributionmodel.cpp" line="40"/>
        <source>Refunded</source>
        <translation>Zurückerstattet</translation>
    </message>
    <message>
        <location filename="../model/models/contributionmodel.cpp" line="60"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../model/models/contributionmodel.cpp" line="62"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../model/models/contributionmodel.cpp" line="64"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../model/models/contributionmodel.cpp" line="66"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Database</name>
    <message>
        <location filename="../model/storage/database.cpp" line="91"/>
        <source>The database address must look like postgresql://user@host:port/dbname.</source>
        <translation>Die Datenbankadresse muss die Form postgresql://user@host:port/dbname haben.</translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="94"/>
        <source>PostgreSQL support is not installed (the Qt PostgreSQL driver is missing).</source>
        <translation>Die PostgreSQL-Unterstützung ist nicht installiert (der Qt-PostgreSQL-Treiber fehlt).</translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="106"/>
        <source>Could not connect to the PostgreSQL server at %1.</source>
        <translation>Keine Verbindung zum PostgreSQL-Server unter %1 möglich.</translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="163"/>
        <source>Could not configure the database connection.</source>
        <translation>Die Datenbankverbindung konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="168"/>
        <source>Could not open the database read-only.</source>
        <translation>Die Datenbank konnte nicht schreibgeschützt geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="174"/>
        <source>The database server does not answer.</source>
        <translation>Der Datenbankserver antwortet nicht.</translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="186"/>
        <source>Could not connect to the database at %1.</source>
        <translation>Keine Verbindung zur Datenbank unter %1.</translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="115"/>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="42"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="52"/>
        <source>Could not create the database file %1.</source>
        <translation>Die Datenbankdatei %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="129"/>
        <source>Could not open the database file %1.</source>
        <translation>Die Datenbankdatei %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../model/storage/database.cpp" line="144"/>
        <source>Could not configure the database file.</source>
        <translation>Die Datenbankdatei konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <location filename="../model/storage/transactionguard.cpp" line="26"/>
        <source>Could not start a database transaction.</source>
        <translation>Eine Datenbanktransaktion konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../model/storage/transactionguard.cpp" line="46"/>
        <source>Could not save the changes.</source>
        <translation>Die Änderungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../model/storage/transactionguard.cpp" line="57"/>
        <source>Could not undo the changes.</source>
        <translation>Die Änderungen konnten nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="106"/>
        <source>Could not wake the processors.</source>
        <translation>Die Verarbeitungsprozesse konnten nicht geweckt werden.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::DeadLetterModel</name>
    <message>
        <location filename="../model/models/deadlettermodel.cpp" line="53"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen am</translation>
    </message>
    <message>
        <location filename="../model/models/deadlettermodel.cpp" line="55"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../model/models/deadlettermodel.cpp" line="57"/>
        <source>Sent by</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <location filename="../model/models/deadlettermodel.cpp" line="59"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../model/models/deadlettermodel.cpp" line="61"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Debt</name>
    <message>
        <location filename="../model/optimiser/debt.cpp" line="24"/>
        <source>Enter the annual rate in percent, like 19.99.</source>
        <translation>Geben Sie den Jahreszins in Prozent ein, etwa 19.99.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debt.cpp" line="29"/>
        <source>The rate cannot be negative.</source>
        <translation>Der Zinssatz darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debt.cpp" line="41"/>
        <source>&quot;%1&quot; is not a rate; write the percentage like 19.99.</source>
        <translation>&quot;%1&quot; ist kein Zinssatz; schreiben Sie den Prozentsatz etwa als 19.99.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debt.cpp" line="44"/>
        <source>Write the rate with at most four decimals, like 19.9999.</source>
        <translation>Schreiben Sie den Zinssatz mit höchstens vier Nachkommastellen, etwa 19.9999.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debt.cpp" line="51"/>
        <source>A rate of %1 % a year is not believable; write 19.99 for 19.99 %.</source>
        <translation>Ein Zinssatz von %1 % im Jahr ist nicht glaubhaft; schreiben Sie 19.99 für 19,99 %.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::DebtOptimiser</name>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="31"/>
        <source>debt %1</source>
        <translation>Schuld %1</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="198"/>
        <source>In month %1 (%2) the payments do not cover the interest: %3 was owed before it and %4 after it, so this plan never ends.</source>
        <translation>Im Monat %1 (%2) decken die Zahlungen die Zinsen nicht: Vorher waren %3 offen, danach %4, daher endet dieser Plan nie.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="209"/>
        <source>The debts are not paid off within %1 months (100 years), so this plan is taken as never ending.</source>
        <translation>Die Schulden sind nicht innerhalb von %1 Monaten (100 Jahren) getilgt, daher gilt dieser Plan als endlos.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="263"/>
        <source>The currency &quot;%1&quot; is not supported.</source>
        <translation>Die Währung &quot;%1&quot; wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="267"/>
        <source>The start month %1 is not a month between %2 and %3.</source>
        <translation>Der Startmonat %1 liegt nicht zwischen %2 und %3.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="272"/>
        <source>Add at least one debt.</source>
        <translation>Fügen Sie mindestens eine Schuld hinzu.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="274"/>
        <source>A plan holds at most %1 debts.</source>
        <translation>Ein Plan umfasst höchstens %1 Schulden.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="286"/>
        <source>Debt %1 has no name.</source>
        <translation>Schuld %1 hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="288"/>
        <source>Two debts are called &quot;%1&quot;; give each its own name.</source>
        <translation>Zwei Schulden heißen &quot;%1&quot;; geben Sie jeder einen eigenen Namen.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="291"/>
        <source>The balance of %1 cannot be negative.</source>
        <translation>Die Restschuld von %1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="293"/>
        <source>The balance of %1 is too large.</source>
        <translation>Die Restschuld von %1 ist zu groß.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="295"/>
        <source>The rate of %1 cannot be negative.</source>
        <translation>Der Zinssatz von %1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="298"/>
        <source>The rate of %1 is %2 % a year, which is not believable; write 19.99 for 19.99 %.</source>
        <translation>Der Zinssatz von %1 beträgt %2 % im Jahr, das ist nicht glaubhaft; schreiben Sie 19.99 für 19,99 %.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="301"/>
        <source>The minimum payment of %1 cannot be negative.</source>
        <translation>Die Mindestrate von %1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="303"/>
        <source>The minimum payment of %1 is too large.</source>
        <translation>Die Mindestrate von %1 ist zu groß.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="305"/>
        <source>%1 has a balance, so its minimum payment must be more than zero.</source>
        <translation>%1 hat eine Restschuld, daher muss die Mindestrate größer als null sein.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="313"/>
        <source>The balances add up to more than %1.</source>
        <translation>Die Restschulden ergeben zusammen mehr als %1.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="319"/>
        <source>Every balance is zero: there is nothing to pay off.</source>
        <translation>Alle Restschulden sind null: Es gibt nichts zu tilgen.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="322"/>
        <source>The monthly budget cannot be negative.</source>
        <translation>Das Monatsbudget darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="324"/>
        <source>The monthly budget is too large.</source>
        <translation>Das Monatsbudget ist zu groß.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="327"/>
        <source>The monthly budget of %1 is less than the minimum payments, which add up to %2.</source>
        <translation>Das Monatsbudget von %1 ist kleiner als die Mindestraten, die zusammen %2 ergeben.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="335"/>
        <source>Extra payment %1 is set for month %2; months run from 1 to %3.</source>
        <translation>Sonderzahlung %1 ist für Monat %2 angesetzt; die Monate reichen von 1 bis %3.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="340"/>
        <source>The extra payment in month %1 must be more than zero.</source>
        <translation>Die Sonderzahlung in Monat %1 muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtoptimiser.cpp" line="343"/>
        <source>The extra payments add up to more than %1.</source>
        <translation>Die Sonderzahlungen ergeben zusammen mehr als %1.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::DebtsFile</name>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="41"/>
        <source>Debt %1 in the file is not an object with a name, balance, rate and minimum.</source>
        <translation>Schuld %1 in der Datei ist kein Objekt mit Name, Restschuld, Zinssatz und Mindestrate.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="46"/>
        <source>Debt %1 in the file has no &quot;name&quot;.</source>
        <translation>Schuld %1 in der Datei hat kein Feld &quot;name&quot;.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="48"/>
        <source>Debt &quot;%1&quot; has an unknown field &quot;%2&quot;; the fields are name, balance, rate and minimum.</source>
        <translation>Schuld &quot;%1&quot; hat ein unbekanntes Feld &quot;%2&quot;; die Felder sind name, balance, rate und minimum.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="54"/>
        <source>Debt &quot;%1&quot; has no &quot;%2&quot;.</source>
        <translation>Schuld &quot;%1&quot; hat kein Feld &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="56"/>
        <source>Debt &quot;%1&quot;, %2: write the amount as a string, like &quot;2500.00&quot;.</source>
        <translation>Schuld &quot;%1&quot;, %2: Schreiben Sie den Betrag als Zeichenkette, etwa &quot;2500.00&quot;.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="59"/>
        <source>Debt &quot;%1&quot;, %2: %3</source>
        <translation>Schuld &quot;%1&quot;, %2: %3</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="69"/>
        <source>Debt &quot;%1&quot; has no &quot;rate&quot;.</source>
        <translation>Schuld &quot;%1&quot; hat kein Feld &quot;rate&quot;.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="71"/>
        <source>Debt &quot;%1&quot;, rate: write the annual percentage like &quot;19.99&quot;.</source>
        <translation>Schuld &quot;%1&quot;, rate: Schreiben Sie den Jahreszins in Prozent, etwa &quot;19.99&quot;.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="77"/>
        <source>Debt &quot;%1&quot;, rate: %2</source>
        <translation>Schuld &quot;%1&quot;, rate: %2</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="92"/>
        <source>Extra payment %1 must be an object with a &quot;month&quot; and an &quot;amount&quot;.</source>
        <translation>Sonderzahlung %1 muss ein Objekt mit &quot;month&quot; und &quot;amount&quot; sein.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="96"/>
        <source>Extra payment %1, month: write the month of the plan as a whole number from 1 to %2.</source>
        <translation>Sonderzahlung %1, month: Schreiben Sie den Monat des Plans als ganze Zahl von 1 bis %2.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="101"/>
        <source>Extra payment %1, amount: write the amount as a string, like &quot;500.00&quot;.</source>
        <translation>Sonderzahlung %1, amount: Schreiben Sie den Betrag als Zeichenkette, etwa &quot;500.00&quot;.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="105"/>
        <source>Extra payment %1, amount: %2</source>
        <translation>Sonderzahlung %1, amount: %2</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="118"/>
        <source>The debts file is not valid JSON: %1 at character %2.</source>
        <translation>Die Schuldendatei ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="122"/>
        <source>The debts file must hold one JSON object with &quot;currency&quot;, &quot;start&quot; and &quot;debts&quot;.</source>
        <translation>Die Schuldendatei muss ein JSON-Objekt mit &quot;currency&quot;, &quot;start&quot; und &quot;debts&quot; enthalten.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="126"/>
        <source>The debts file has an unknown field &quot;%1&quot;; the fields are currency, start, debts and extra.</source>
        <translation>Die Schuldendatei hat ein unbekanntes Feld &quot;%1&quot;; die Felder sind currency, start, debts und extra.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="131"/>
        <source>The debts file needs a &quot;currency&quot;, like &quot;USD&quot;.</source>
        <translation>Die Schuldendatei braucht eine Währung &quot;currency&quot;, etwa &quot;USD&quot;.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="133"/>
        <source>The currency &quot;%1&quot; is not supported.</source>
        <translation>Die Währung &quot;%1&quot; wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="136"/>
        <source>The debts file needs a &quot;start&quot; month, like &quot;2027-01&quot;.</source>
        <translation>Die Schuldendatei braucht einen Startmonat &quot;start&quot;, etwa &quot;2027-01&quot;.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="139"/>
        <source>start: %1</source>
        <translation>start: %1</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="144"/>
        <source>The debts file needs a &quot;debts&quot; list with at least one debt.</source>
        <translation>Die Schuldendatei braucht eine Liste &quot;debts&quot; mit mindestens einer Schuld.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="147"/>
        <source>The debts file lists %1 debts; a plan holds at most %2.</source>
        <translation>Die Schuldendatei enthält %1 Schulden; ein Plan umfasst höchstens %2.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/debtsfile.cpp" line="160"/>
        <source>&quot;extra&quot; must be a list of one-off payments like {&quot;month&quot;: 3, &quot;amount&quot;: &quot;500.00&quot;}.</source>
        <translation>&quot;extra&quot; muss eine Liste einmaliger Zahlungen sein, etwa {&quot;month&quot;: 3, &quot;amount&quot;: &quot;500.00&quot;}.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::DemoBook</name>
    <message>
        <location filename="../model/demo/demobook.cpp" line="443"/>
        <source>The demo book needs between 1 and 100000 clients.</source>
        <translation>Das Demo-Buch braucht zwischen 1 und 100000 Kunden.</translation>
    </message>
    <message>
        <location filename="../model/demo/demobook.cpp" line="66"/>
        <source>Could not read the book.</source>
        <translation>Das Buch konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/demo/demobook.cpp" line="69"/>
        <source>This book has clients already; a demo book is only made in an empty one.</source>
        <translation>Dieses Buch hat bereits Kunden; ein Demo-Buch wird nur in einem leeren Buch angelegt.</translation>
    </message>
    <message>
        <location filename="../model/demo/demobook.cpp" line="220"/>
        <source>Opening deposit</source>
        <translation>Ersteinzahlung</translation>
    </message>
    <message>
        <location filename="../model/demo/demobook.cpp" line="384"/>
        <source>Income could not be verified.</source>
        <translation>Das Einkommen konnte nicht nachgewiesen werden.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Desktop</name>
    <message>
        <location filename="../app/desktop.cpp" line="28"/>
        <source>Ledgerdesk cannot start</source>
        <translation>Ledgerdesk kann nicht starten</translation>
    </message>
    <message>
        <location filename="../app/desktop.cpp" line="40"/>
        <source>Writing a demo book for your first start…</source>
        <translation>Für Ihren ersten Start wird ein Demo-Buch geschrieben…</translation>
    </message>
    <message>
        <location filename="../app/desktop.cpp" line="41"/>
        <source>Ledgerdesk</source>
        <translation>Ledgerdesk</translation>
    </message>
    <message>
        <location filename="../app/desktop.cpp" line="55"/>
        <source>The books: an SQLite file or postgresql://user@host:port/dbname.</source>
        <translation>Die Bücher: eine SQLite-Datei oder postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <location filename="../app/desktop.cpp" line="56"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::GoalDialog</name>
    <message>
        <location filename="../views/goaldialog.cpp" line="26"/>
        <source>New savings goal</source>
        <translation>Neues Sparziel</translation>
    </message>
    <message>
        <location filename="../views/goaldialog.cpp" line="34"/>
        <source>Emergency fund, a new bicycle, …</source>
        <translation>Notgroschen, ein neues Fahrrad, …</translation>
    </message>
    <message>
        <location filename="../views/goaldialog.cpp" line="37"/>
        <source>Wallet:</source>
        <translation>Geldbörse:</translation>
    </message>
    <message>
        <location filename="../views/goaldialog.cpp" line="38"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../views/goaldialog.cpp" line="39"/>
        <source>Target:</source>
        <translation>Zielbetrag:</translation>
    </message>
    <message>
        <location filename="../views/goaldialog.cpp" line="41"/>
        <source>Create goal</source>
        <translation>Sparziel anlegen</translation>
    </message>
    <message>
        <location filename="../views/goaldialog.cpp" line="73"/>
        <source>There is no open wallet to save from.</source>
        <translation>Es gibt keine offene Geldbörse, von der gespart werden kann.</translation>
    </message>
    <message>
        <location filename="../views/goaldialog.cpp" line="78"/>
        <source>The target must be more than zero.</source>
        <translation>Der Zielbetrag muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../views/goaldialog.cpp" line="83"/>
        <source>Money is moved into the goal with “Add money…” and comes back when it is redeemed or deleted.</source>
        <translation>Geld wird mit “Geld hinzufügen…” in das Sparziel gebucht und fließt zurück, wenn es eingelöst oder gelöscht wird.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::GoalListModel</name>
    <message>
        <location filename="../model/models/goallistmodel.cpp" line="34"/>
        <source>Saving</source>
        <translation>Wird angespart</translation>
    </message>
    <message>
        <location filename="../model/models/goallistmodel.cpp" line="36"/>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <location filename="../model/models/goallistmodel.cpp" line="38"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../model/models/goallistmodel.cpp" line="69"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../model/models/goallistmodel.cpp" line="75"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../model/models/goallistmodel.cpp" line="77"/>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location filename="../model/models/goallistmodel.cpp" line="89"/>
        <source>Goal</source>
        <translation>Sparziel</translation>
    </message>
    <message>
        <location filename="../model/models/goallistmodel.cpp" line="91"/>
        <source>Client (wallet)</source>
        <translation>Kunde (Geldbörse)</translation>
    </message>
    <message>
        <location filename="../model/models/goallistmodel.cpp" line="93"/>
        <source>Saved</source>
        <translation>Gespart</translation>
    </message>
    <message>
        <location filename="../model/models/goallistmodel.cpp" line="95"/>
        <source>Target</source>
        <translation>Zielbetrag</translation>
    </message>
    <message>
        <location filename="../model/models/goallistmodel.cpp" line="97"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../model/models/goallistmodel.cpp" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::HandlerContext</name>
    <message>
        <location filename="../model/commands/messagetype.cpp" line="74"/>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Das Feld &quot;%1&quot; fehlt.</translation>
    </message>
    <message>
        <location filename="../model/commands/messagetype.cpp" line="31"/>
        <source>The field &quot;%1&quot; must be text.</source>
        <translation>Das Feld &quot;%1&quot; muss Text sein.</translation>
    </message>
    <message>
        <location filename="../model/commands/messagetype.cpp" line="34"/>
        <source>The field &quot;%1&quot; is empty.</source>
        <translation>Das Feld &quot;%1&quot; ist leer.</translation>
    </message>
    <message>
        <location filename="../model/commands/messagetype.cpp" line="37"/>
        <source>The field &quot;%1&quot; can be at most %2 characters long.</source>
        <translation>Das Feld „%1“ darf höchstens %2 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../model/commands/messagetype.cpp" line="39"/>
        <source>The field &quot;%1&quot; holds a line break or another control character.</source>
        <translation>Das Feld „%1“ enthält einen Zeilenumbruch oder ein anderes Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../model/commands/messagetype.cpp" line="60"/>
        <source>The field &quot;%1&quot; has more decimal places than any currency allows.</source>
        <translation>Das Feld „%1“ hat mehr Nachkommastellen, als irgendeine Währung erlaubt.</translation>
    </message>
    <message>
        <location filename="../model/commands/messagetype.cpp" line="82"/>
        <source>The field &quot;%1&quot; must name at least one attribute and its new value.</source>
        <translation>Das Feld „%1“ muss mindestens ein Attribut und seinen neuen Wert nennen.</translation>
    </message>
    <message>
        <location filename="../model/commands/handlercontext.cpp" line="37"/>
        <location filename="../model/commands/messagetype.cpp" line="61"/>
        <source>The field &quot;%1&quot;: %2</source>
        <translation>Feld &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../model/commands/messagetype.cpp" line="51"/>
        <source>The field &quot;%1&quot;: the amount must be more than zero.</source>
        <translation>Feld &quot;%1&quot;: Der Betrag muss größer als null sein.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::IngestModel</name>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="49"/>
        <source>High value</source>
        <translation>Hoher Wert</translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="51"/>
        <source>Medium value</source>
        <translation>Mittlerer Wert</translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="53"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="60"/>
        <source>Processing</source>
        <translation>In Verarbeitung</translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="62"/>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="98"/>
        <source>The sender dated it %1</source>
        <translation>Vom Absender datiert auf %1</translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="107"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="129"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="131"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="133"/>
        <source>Source → destination</source>
        <translation>Quelle → Ziel</translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="135"/>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="137"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="139"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="141"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../model/models/ingestmodel.cpp" line="143"/>
        <source>Processed at</source>
        <translation>Verarbeitet am</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::IngestPage</name>
    <message>
        <location filename="../views/ingestpage.cpp" line="41"/>
        <source>&lt;b&gt;%1&lt;/b&gt; received · processed &lt;b&gt;%2&lt;/b&gt; · processing &lt;b&gt;%3&lt;/b&gt; — high value &lt;b&gt;%4&lt;/b&gt; · medium value &lt;b&gt;%5&lt;/b&gt; · standard &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; empfangen · verarbeitet &lt;b&gt;%2&lt;/b&gt; · in Verarbeitung &lt;b&gt;%3&lt;/b&gt; — hoher Wert &lt;b&gt;%4&lt;/b&gt; · mittlerer Wert &lt;b&gt;%5&lt;/b&gt; · Standard &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/ingestpage.cpp" line="52"/>
        <source>Page %1 of %2 · %n transaction(s)</source>
        <translation>
            <numerusform>Seite %1 von %2 · %n Transaktion</numerusform>
            <numerusform>Seite %1 von %2 · %n Transaktionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::IngestPayload</name>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="42"/>
        <location filename="../model/intake/ingestpayload.cpp" line="90"/>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Das Feld &quot;%1&quot; fehlt.</translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="44"/>
        <location filename="../model/intake/ingestpayload.cpp" line="193"/>
        <source>The field &quot;%1&quot; must be text.</source>
        <translation>Das Feld &quot;%1&quot; muss Text sein.</translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="47"/>
        <source>The field &quot;%1&quot; is empty.</source>
        <translation>Das Feld &quot;%1&quot; ist leer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/intake/ingestpayload.cpp" line="49"/>
        <location filename="../model/intake/ingestpayload.cpp" line="197"/>
        <source>The field &quot;%1&quot; is longer than %n character(s).</source>
        <translation>
            <numerusform>Das Feld &quot;%1&quot; ist länger als %n Zeichen.</numerusform>
            <numerusform>Das Feld &quot;%1&quot; ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="51"/>
        <location filename="../model/intake/ingestpayload.cpp" line="199"/>
        <source>The field &quot;%1&quot; contains control characters.</source>
        <translation>Das Feld &quot;%1&quot; enthält Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="98"/>
        <source>The field &quot;%1&quot; is not a finite number.</source>
        <translation>Das Feld &quot;%1&quot; ist keine endliche Zahl.</translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="102"/>
        <source>The field &quot;%1&quot;: the amount is too large.</source>
        <translation>Feld &quot;%1&quot;: Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="105"/>
        <source>The field &quot;%1&quot; must be an amount like &quot;1000.00&quot; or a number.</source>
        <translation>Das Feld &quot;%1&quot; muss ein Betrag wie &quot;1000.00&quot; oder eine Zahl sein.</translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="109"/>
        <source>The field &quot;%1&quot;: %2</source>
        <translation>Feld &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="111"/>
        <source>The field &quot;%1&quot;: the amount must be more than zero.</source>
        <translation>Feld &quot;%1&quot;: Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="118"/>
        <source>The field &quot;%1&quot; must be epoch milliseconds between the years 2000 and 9999, or an ISO-8601 time.</source>
        <translation>Das Feld &quot;%1&quot; muss eine Unix-Zeit in Millisekunden zwischen den Jahren 2000 und 9999 oder eine ISO-8601-Zeit sein.</translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="137"/>
        <source>The field &quot;%1&quot; is not an ISO-8601 time like 2025-01-15T10:30:00Z.</source>
        <translation>Das Feld &quot;%1&quot; ist keine ISO-8601-Zeit wie 2025-01-15T10:30:00Z.</translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="143"/>
        <source>The field &quot;%1&quot; must be an ISO-8601 time or epoch milliseconds.</source>
        <translation>Das Feld &quot;%1&quot; muss eine ISO-8601-Zeit oder eine Unix-Zeit in Millisekunden sein.</translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="161"/>
        <source>The field &quot;%1&quot; may hold only letters, digits and - _ . : ~.</source>
        <translation>Das Feld &quot;%1&quot; darf nur Buchstaben, Ziffern und - _ . : ~ enthalten.</translation>
    </message>
    <message>
        <location filename="../model/intake/ingestpayload.cpp" line="181"/>
        <source>The field &quot;%1&quot; is not a supported ISO 4217 currency code (like USD).</source>
        <translation>Das Feld &quot;%1&quot; ist kein unterstützter ISO-4217-Währungscode (wie USD).</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::IntakeRepository</name>
    <message>
        <location filename="../model/intake/intakerepository.cpp" line="60"/>
        <source>Could not store the transaction %1.</source>
        <translation>Die Transaktion %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../model/intake/intakerepository.cpp" line="70"/>
        <source>Could not read the transaction %1.</source>
        <translation>Die Transaktion %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/intake/intakerepository.cpp" line="71"/>
        <source>There is no transaction &quot;%1&quot;.</source>
        <translation>Es gibt keine Transaktion &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../model/intake/intakerepository.cpp" line="81"/>
        <source>Could not mark the transaction %1 as processed.</source>
        <translation>Die Transaktion %1 konnte nicht als verarbeitet markiert werden.</translation>
    </message>
    <message>
        <location filename="../model/intake/intakerepository.cpp" line="92"/>
        <source>Could not list the ingested transactions.</source>
        <translation>Die empfangenen Transaktionen konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <location filename="../model/intake/intakerepository.cpp" line="98"/>
        <location filename="../model/intake/intakerepository.cpp" line="108"/>
        <source>Could not count the ingested transactions.</source>
        <translation>Die empfangenen Transaktionen konnten nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Journal</name>
    <message>
        <location filename="../model/ledger/journal.cpp" line="64"/>
        <source>An entry needs at least two postings.</source>
        <translation>Eine Buchung braucht mindestens zwei Buchungsposten.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="68"/>
        <source>A posting amount must be non-zero and at most 10^15 minor units.</source>
        <translation>Der Betrag eines Buchungspostens muss ungleich null sein und darf höchstens 10^15 kleinste Währungseinheiten betragen.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="168"/>
        <source>Could not read the account.</source>
        <translation>Das Konto konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="170"/>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="174"/>
        <source>The account &quot;%1&quot; is closed.</source>
        <translation>Das Konto &quot;%1&quot; ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="175"/>
        <source>Insufficient funds.</source>
        <translation>Unzureichende Deckung.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="111"/>
        <source>The balance of &quot;%1&quot; would be too large.</source>
        <translation>Der Saldo von &quot;%1&quot; würde zu groß.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="119"/>
        <source>The entry does not balance in %1.</source>
        <translation>Die Buchung ist in %1 nicht ausgeglichen.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="100"/>
        <location filename="../model/ledger/journal.cpp" line="145"/>
        <location filename="../model/ledger/journal.cpp" line="156"/>
        <source>Could not record the entry in the journal.</source>
        <translation>Die Buchung konnte nicht im Journal erfasst werden.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="187"/>
        <location filename="../model/ledger/journal.cpp" line="210"/>
        <source>Could not read the journal entry.</source>
        <translation>Die Journalbuchung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="201"/>
        <source>There is no journal entry &quot;%1&quot;.</source>
        <translation>Es gibt keine Journalbuchung &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::JournalChain</name>
    <message>
        <location filename="../model/storage/journalchain.cpp" line="99"/>
        <source>Could not read the head of the journal&apos;s chain.</source>
        <translation>Der Kopf der Journalkette konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/storage/journalchain.cpp" line="127"/>
        <location filename="../model/storage/journalchain.cpp" line="137"/>
        <location filename="../model/storage/journalchain.cpp" line="256"/>
        <location filename="../model/storage/journalchain.cpp" line="289"/>
        <source>Could not read the journal&apos;s chain.</source>
        <translation>Die Journalkette konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/storage/journalchain.cpp" line="196"/>
        <source>Could not chain the journal&apos;s entries.</source>
        <translation>Die Buchungen des Journals konnten nicht verkettet werden.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::LedgerContext</name>
    <message>
        <location filename="../model/ledger/ledgercontext.cpp" line="27"/>
        <source>Could not read who owns the wallet.</source>
        <translation>Es konnte nicht gelesen werden, wem das Wallet gehört.</translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgercontext.cpp" line="55"/>
        <source>The wallet &quot;%1&quot; belongs to a client who was closed; it takes no more money and no new loans, payments or savings goals.</source>
        <translation>Das Wallet „%1“ gehört einer geschlossenen Kundin oder einem geschlossenen Kunden; es nimmt kein Geld und keine neuen Kredite, Zahlungen oder Sparziele mehr an.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::LedgerHandlers</name>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="33"/>
        <source>Insufficient funds: the wallet holds %1 and the withdrawal is %2.</source>
        <translation>Unzureichende Deckung: Die Geldbörse enthält %1, die Auszahlung beträgt %2.</translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="73"/>
        <source>A transfer needs two different wallets.</source>
        <translation>Eine Überweisung braucht zwei verschiedene Geldbörsen.</translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="82"/>
        <source>Both wallets of a transfer must hold the same currency (%1 and %2).</source>
        <translation>Beide Geldbörsen einer Überweisung müssen dieselbe Währung führen (%1 und %2).</translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="88"/>
        <source>Insufficient funds: the wallet holds %1 and the transfer is %2.</source>
        <translation>Unzureichende Deckung: Die Geldbörse enthält %1, die Überweisung beträgt %2.</translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="137"/>
        <source>This entry belongs to a loan (“%1”): it paid the loan out, and reversing it would leave the loan approved and owed. A payout is not reversed; the loan is settled through its repayments.</source>
        <translation>Diese Buchung gehört zu einem Kredit („%1“): Sie hat den Kredit ausgezahlt, und ihre Stornierung ließe den Kredit genehmigt und geschuldet zurück. Eine Auszahlung wird nicht storniert; der Kredit wird über seine Rückzahlungen beglichen.</translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="141"/>
        <source>This entry belongs to a loan (“%1”): the loan has booked it as repaid, and reversing it would leave the loan owing less than the client paid. A repayment is not reversed; if the client is owed money, pay it in with a deposit.</source>
        <translation>Diese Buchung gehört zu einem Kredit („%1“): Der Kredit hat sie als zurückgezahlt verbucht, und ihre Stornierung ließe ihn weniger schulden, als gezahlt wurde. Eine Rückzahlung wird nicht storniert; steht der Kundschaft Geld zu, zahlen Sie es per Einzahlung ein.</translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="146"/>
        <source>This entry belongs to a payment (“%1”): reversing it would return the money while the payment stays paid. A payment is not reversed; a refund from the merchant is paid in with a deposit.</source>
        <translation>Diese Buchung gehört zu einer Zahlung („%1“): Ihre Stornierung gäbe das Geld zurück, während die Zahlung bezahlt bleibt. Eine Zahlung wird nicht storniert; eine Erstattung des Händlers wird per Einzahlung gebucht.</translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="150"/>
        <source>This entry belongs to a savings goal (“%1”): reversing it would take the money out behind the goal&apos;s back. To give the money back, delete the goal on the Savings page; it returns all it holds to the wallet.</source>
        <translation>Diese Buchung gehört zu einem Sparziel („%1“): Ihre Stornierung nähme das Geld am Sparziel vorbei heraus. Um das Geld zurückzugeben, löschen Sie das Sparziel auf der Seite Sparen; es gibt alles, was es hält, an das Wallet zurück.</translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="156"/>
        <source>This entry belongs to a savings goal (“%1”): it closed the goal and returned its money to the wallet. The goal is closed, so the entry is not reversed.</source>
        <translation>Diese Buchung gehört zu einem Sparziel („%1“): Sie hat das Ziel geschlossen und sein Geld an das Wallet zurückgegeben. Das Ziel ist geschlossen, daher wird die Buchung nicht storniert.</translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="160"/>
        <source>This entry belongs to the transaction intake (“%1”) and is not reversed here.</source>
        <translation>Diese Buchung gehört zum Transaktionseingang („%1“) und wird hier nicht storniert.</translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="162"/>
        <source>This entry belongs to a product of the bank and is not reversed here.</source>
        <translation>Diese Buchung gehört zu einem Produkt der Bank und wird hier nicht storniert.</translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="181"/>
        <source>A reversal cannot itself be reversed; post a new entry instead.</source>
        <translation>Eine Stornobuchung kann nicht selbst storniert werden; erfassen Sie stattdessen eine neue Buchung.</translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="194"/>
        <source>The entry &quot;%1&quot; has been reversed already.</source>
        <translation>Die Buchung &quot;%1&quot; wurde bereits storniert.</translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="235"/>
        <source>Deposit of %1 applied. New balance: %2.</source>
        <translation>Einzahlung von %1 verbucht. Neuer Saldo: %2.</translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="243"/>
        <source>Withdrawal of %1 applied. New balance: %2.</source>
        <translation>Auszahlung von %1 verbucht. Neuer Saldo: %2.</translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="253"/>
        <source>Transfer of %1 applied. The sending wallet now holds %2.</source>
        <translation>Überweisung von %1 verbucht. Die sendende Geldbörse enthält jetzt %2.</translation>
    </message>
    <message>
        <location filename="../model/ledger/ledgerhandlers.cpp" line="261"/>
        <source>The entry was reversed; the reversing entry is at the top of the register.</source>
        <translation>Die Buchung wurde storniert; die Stornobuchung steht oben im Kontoblatt.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::LoanDialog</name>
    <message>
        <location filename="../views/loandialog.cpp" line="35"/>
        <source>Apply for a loan</source>
        <translation>Kredit beantragen</translation>
    </message>
    <message>
        <location filename="../views/loandialog.cpp" line="47"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../views/loandialog.cpp" line="53"/>
        <source>Wallet:</source>
        <translation>Geldbörse:</translation>
    </message>
    <message>
        <location filename="../views/loandialog.cpp" line="54"/>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <location filename="../views/loandialog.cpp" line="56"/>
        <source>Term:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <location filename="../views/loandialog.cpp" line="57"/>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <location filename="../views/loandialog.cpp" line="58"/>
        <source>Apply</source>
        <translation>Beantragen</translation>
    </message>
    <message>
        <location filename="../views/loandialog.cpp" line="110"/>
        <source>There is no open wallet to pay the loan into.</source>
        <translation>Es gibt keine offene Geldbörse, in die der Kredit ausgezahlt werden kann.</translation>
    </message>
    <message>
        <location filename="../views/loandialog.cpp" line="115"/>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../views/loandialog.cpp" line="123"/>
        <source>Paid into the wallet once a second supervisor approves it.</source>
        <translation>Wird in die Geldbörse ausgezahlt, sobald ein zweiter Supervisor den Kredit genehmigt.</translation>
    </message>
    <message>
        <location filename="../views/loandialog.cpp" line="130"/>
        <source>Rate &lt;b&gt;%1 %&lt;/b&gt; a year&lt;br&gt;Monthly payment &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Interest in all %3&lt;br&gt;Total to repay %4</source>
        <translation>Zinssatz &lt;b&gt;%1 %&lt;/b&gt; im Jahr&lt;br&gt;Monatsrate &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Zinsen insgesamt %3&lt;br&gt;Gesamtrückzahlung %4</translation>
    </message>
    <message>
        <location filename="../views/loandialog.cpp" line="134"/>
        <source>Rate &lt;b&gt;%1 %&lt;/b&gt; a year for this term.&lt;br&gt;Enter an amount to see the payment.</source>
        <translation>Zinssatz &lt;b&gt;%1 %&lt;/b&gt; im Jahr für diese Laufzeit.&lt;br&gt;Geben Sie einen Betrag ein, um die Monatsrate zu sehen.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::LoanHandlers</name>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="71"/>
        <source>A loan &quot;%1&quot; exists already.</source>
        <translation>Ein Kredit &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="153"/>
        <source>The loan %1 is %2; only a pending loan can be approved.</source>
        <translation>Der Kredit %1 hat den Status %2; nur ein ausstehender Kredit kann genehmigt werden.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="155"/>
        <source>The loan %1 is %2; only a pending loan can be rejected.</source>
        <translation>Der Kredit %1 hat den Status %2; nur ein ausstehender Kredit kann abgelehnt werden.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="159"/>
        <source>You applied for the loan %1 yourself; another supervisor must decide on it (four-eyes rule).</source>
        <translation>Sie haben den Kredit %1 selbst beantragt; ein anderer Supervisor muss darüber entscheiden (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="167"/>
        <source>The loan %1 was decided on by someone else meanwhile.</source>
        <translation>Über den Kredit %1 hat inzwischen jemand anderes entschieden.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="215"/>
        <source>The loan %1 is %2 and cannot be paid out.</source>
        <translation>Der Kredit %1 hat den Status %2 und kann nicht ausgezahlt werden.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="121"/>
        <source>Loan %1</source>
        <translation>Kredit %1</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="194"/>
        <source>The loan %1 stays pending: its payout of %2 into the wallet %3 cannot be made. %4</source>
        <translation>Der Kredit %1 bleibt offen: Seine Auszahlung von %2 in das Wallet %3 ist nicht möglich. %4</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="233"/>
        <source>The loan %1 is paid off already.</source>
        <translation>Der Kredit %1 ist bereits getilgt.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="234"/>
        <source>The loan %1 is %2; only an approved loan can be repaid.</source>
        <translation>Der Kredit %1 hat den Status %2; nur ein genehmigter Kredit kann zurückgezahlt werden.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="238"/>
        <source>The loan %1 was never paid out into its wallet, so there is nothing to repay yet.</source>
        <translation>Der Kredit %1 wurde nie in sein Wallet ausgezahlt, daher gibt es noch nichts zurückzuzahlen.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="251"/>
        <source>The repayments already under way cover all that the loan %1 still owes.</source>
        <translation>Die bereits laufenden Rückzahlungen decken die gesamte Restschuld des Kredits %1.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="308"/>
        <source>Insufficient funds.</source>
        <translation>Unzureichende Deckung.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="324"/>
        <source>Repayment of loan %1</source>
        <translation>Rückzahlung von Kredit %1</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="356"/>
        <source>The repayment %1 is %2, not waiting to be booked on its loan.</source>
        <translation>Die Rückzahlung %1 hat den Status %2 und wartet nicht auf die Verbuchung auf ihrem Kredit.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="363"/>
        <source>The loan %1 owes less than the repayment of %2.</source>
        <translation>Die Restschuld des Kredits %1 ist kleiner als die Rückzahlung von %2.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="419"/>
        <source>Loan %1 of %2 applied for; monthly payment %3. A second supervisor must approve it.</source>
        <translation>Kredit %1 über %2 beantragt; Monatsrate %3. Ein zweiter Supervisor muss ihn genehmigen.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="428"/>
        <source>Loan %1 approved; %2 was paid into the wallet.</source>
        <translation>Kredit %1 genehmigt; %2 wurden in das Wallet eingezahlt.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="434"/>
        <source>Loan %1 rejected.</source>
        <translation>Kredit %1 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="441"/>
        <source>Repayment of %1 requested: the amount was reduced to what the loan still owes.</source>
        <translation>Rückzahlung von %1 angefordert: Der Betrag wurde auf die Restschuld des Kredits gekürzt.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanhandlers.cpp" line="442"/>
        <source>Repayment of %1 requested.</source>
        <translation>Rückzahlung von %1 angefordert.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::LoanListModel</name>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="26"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="28"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="30"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="32"/>
        <source>Paid off</source>
        <translation>Getilgt</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="44"/>
        <source>%1, not paid out</source>
        <translation>%1, nicht ausgezahlt</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="79"/>
        <source>Approved by %1, but the principal was never paid into the wallet: the payout waits among the dead letters on the Queue page until its reason is put right.</source>
        <translation>Genehmigt von %1, aber der Betrag wurde nie in das Wallet eingezahlt: Die Auszahlung wartet unter den unzustellbaren Nachrichten auf der Seite Warteschlange, bis ihr Grund behoben ist.</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="83"/>
        <source>Decided by %1</source>
        <translation>Entschieden von %1</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="84"/>
        <source>Decided by %1: %2</source>
        <translation>Entschieden von %1: %2</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="91"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="95"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/models/loanlistmodel.cpp" line="97"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="119"/>
        <source>Loan</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="121"/>
        <source>Client (wallet)</source>
        <translation>Kunde (Geldbörse)</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="123"/>
        <source>Amount</source>
        <translation>Kreditbetrag</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="125"/>
        <source>Rate</source>
        <translation>Zinssatz</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="127"/>
        <source>Term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="129"/>
        <source>Monthly</source>
        <translation>Monatsrate</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="131"/>
        <source>Still owed</source>
        <translation>Restschuld</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="133"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="135"/>
        <source>Applied by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <location filename="../model/models/loanlistmodel.cpp" line="137"/>
        <source>Applied</source>
        <translation>Beantragt am</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::LoanRepository</name>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="138"/>
        <source>Could not store the loan application.</source>
        <translation>Der Kreditantrag konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="145"/>
        <source>Could not read the loan.</source>
        <translation>Der Kredit konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="146"/>
        <source>There is no loan &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kredit &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="161"/>
        <source>Could not read the loans.</source>
        <translation>Die Kredite konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="171"/>
        <source>Could not record the decision on the loan.</source>
        <translation>Die Entscheidung über den Kredit konnte nicht erfasst werden.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="181"/>
        <source>Could not record the loan&apos;s payout.</source>
        <translation>Die Auszahlung des Kredits konnte nicht erfasst werden.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="191"/>
        <source>Could not record the repayment on the loan.</source>
        <translation>Die Rückzahlung konnte nicht auf dem Kredit erfasst werden.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="204"/>
        <source>Could not store the repayment.</source>
        <translation>Die Rückzahlung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="212"/>
        <source>Could not read the repayment.</source>
        <translation>Die Rückzahlung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="213"/>
        <source>There is no repayment &quot;%1&quot;.</source>
        <translation>Es gibt keine Rückzahlung &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="226"/>
        <source>Could not record how the repayment went.</source>
        <translation>Das Ergebnis der Rückzahlung konnte nicht erfasst werden.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="238"/>
        <location filename="../model/loans/loanrepository.cpp" line="246"/>
        <source>Could not read the loan&apos;s repayments.</source>
        <translation>Die Rückzahlungen des Kredits konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="269"/>
        <source>loan %1 of %2 %3 waits for a decision</source>
        <translation>Kredit %1 über %2 %3 wartet auf eine Entscheidung</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="270"/>
        <source>loan %1 still owes %2 %3</source>
        <translation>Kredit %1 schuldet noch %2 %3</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="272"/>
        <source>Could not read the client&apos;s loans.</source>
        <translation>Die Kredite der Kundschaft konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::LoanTerms</name>
    <message>
        <location filename="../model/loans/loanterms.cpp" line="46"/>
        <source>The rate tiers &quot;%1&quot; are not valid: %2 They look like &quot;12:8.00,24:12.00,*:15.00&quot;.</source>
        <translation>Die Zinsstaffel &quot;%1&quot; ist ungültig: %2 Sie hat die Form &quot;12:8.00,24:12.00,*:15.00&quot;.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanterms.cpp" line="56"/>
        <source>each tier is MONTHS:RATE.</source>
        <translation>jede Stufe hat die Form MONATE:ZINSSATZ.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanterms.cpp" line="61"/>
        <source>only the last tier may be &quot;*&quot;.</source>
        <translation>nur die letzte Stufe darf &quot;*&quot; sein.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanterms.cpp" line="66"/>
        <source>the months must rise from tier to tier, up to %1.</source>
        <translation>die Monate müssen von Stufe zu Stufe steigen, bis höchstens %1.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanterms.cpp" line="71"/>
        <source>a rate is a percentage between 0 and 100 with at most two decimals.</source>
        <translation>ein Zinssatz ist ein Prozentwert zwischen 0 und 100 mit höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanterms.cpp" line="75"/>
        <source>the last tier must be &quot;*&quot;, for every longer term.</source>
        <translation>die letzte Stufe muss &quot;*&quot; sein, für jede längere Laufzeit.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanterms.cpp" line="123"/>
        <source>The loan amount must be more than zero.</source>
        <translation>Der Kreditbetrag muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanterms.cpp" line="114"/>
        <source>The term must be between 1 and %1 months.</source>
        <translation>Die Laufzeit muss zwischen 1 und %1 Monaten liegen.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanterms.cpp" line="127"/>
        <source>The rate must be between 0 % and 100 %.</source>
        <translation>Der Zinssatz muss zwischen 0 % und 100 % liegen.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanterms.cpp" line="131"/>
        <source>The loan amount is too small to be repaid in monthly payments over %1 months.</source>
        <translation>Der Kreditbetrag ist zu klein, um in Monatsraten über %1 Monate zurückgezahlt zu werden.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::LoansPage</name>
    <message>
        <location filename="../views/loanspage.cpp" line="61"/>
        <source>Apply for a loan…</source>
        <translation>Kredit beantragen…</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="62"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="63"/>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="64"/>
        <source>Repay…</source>
        <translation>Zurückzahlen…</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="65"/>
        <source>Export schedule…</source>
        <translation>Tilgungsplan exportieren…</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="85"/>
        <source>All loans</source>
        <translation>Alle Kredite</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="99"/>
        <source>Still owed</source>
        <translation>Restschuld</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="100"/>
        <source>Interest paid so far</source>
        <translation>Bisher gezahlte Zinsen</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="103"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="111"/>
        <source>Amortisation</source>
        <translation>Tilgungsverlauf</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="123"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="216"/>
        <source>No loans yet. “Apply for a loan…” starts one.</source>
        <translation>Noch keine Kredite. Mit “Kredit beantragen…” legen Sie einen an.</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="227"/>
        <source>Only a pending loan can be decided on.</source>
        <translation>Nur über einen ausstehenden Kredit kann entschieden werden.</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="228"/>
        <source>Only a supervisor can decide on a loan.</source>
        <translation>Nur ein Supervisor kann über einen Kredit entscheiden.</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="229"/>
        <source>You applied for this loan; another supervisor must decide on it.</source>
        <translation>Sie haben diesen Kredit beantragt; ein anderer Supervisor muss darüber entscheiden.</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="235"/>
        <source>The loan was never paid out, so there is nothing to repay yet.</source>
        <translation>Der Kredit wurde nie ausgezahlt, daher gibt es noch nichts zurückzuzahlen.</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="241"/>
        <source>, decided by %1</source>
        <translation>, entschieden von %1</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="242"/>
        <source>, decided by %1 (“%2”)</source>
        <translation>, entschieden von %1 (“%2”)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/loanspage.cpp" line="244"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 at %4 % for %n month(s) · monthly %5 · still owed &lt;b&gt;%6&lt;/b&gt; of %7 · applied by %8%9</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 zu %4 % für %n Monat · monatlich %5 · Restschuld &lt;b&gt;%6&lt;/b&gt; von %7 · beantragt von %8%9</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 zu %4 % für %n Monate · monatlich %5 · Restschuld &lt;b&gt;%6&lt;/b&gt; von %7 · beantragt von %8%9</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="251"/>
        <source>&lt;br&gt;&lt;b&gt;Not paid out:&lt;/b&gt; the principal never reached the wallet; the payout waits among the dead letters on the Queue page.</source>
        <translation>&lt;br&gt;&lt;b&gt;Nicht ausgezahlt:&lt;/b&gt; Der Betrag hat das Wallet nie erreicht; die Auszahlung wartet unter den unzustellbaren Nachrichten auf der Seite Warteschlange.</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="298"/>
        <source>Reject loan %1</source>
        <translation>Kredit %1 ablehnen</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="298"/>
        <source>Reason (the client is told):</source>
        <translation>Grund (wird dem Kunden mitgeteilt):</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="311"/>
        <source>Repay</source>
        <translation>Zurückzahlen</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="312"/>
        <source>Loan %1 still owes %2. A larger amount is reduced to what is owed; the wallet must hold it.</source>
        <translation>Die Restschuld von Kredit %1 beträgt %2. Ein höherer Betrag wird auf die Restschuld gekürzt; die Geldbörse muss den Betrag enthalten.</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="326"/>
        <source>Export the schedule</source>
        <translation>Tilgungsplan exportieren</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="326"/>
        <source>schedule-%1.csv</source>
        <translation>tilgungsplan-%1.csv</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="326"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/loanspage.cpp" line="331"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::LoginDialog</name>
    <message>
        <location filename="../views/logindialog.cpp" line="21"/>
        <source>Sign in to Ledgerdesk</source>
        <translation>Bei Ledgerdesk anmelden</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="31"/>
        <source>&amp;Agent ID:</source>
        <translation>&amp;Mitarbeiterkennung:</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="32"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="35"/>
        <location filename="../views/logindialog.cpp" line="85"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="41"/>
        <source>Sign in with your agent ID and password.</source>
        <translation>Melden Sie sich mit Ihrer Mitarbeiterkennung und Ihrem Passwort an.</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="71"/>
        <source>Enter your agent ID and password.</source>
        <translation>Geben Sie Ihre Mitarbeiterkennung und Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../views/logindialog.cpp" line="85"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="47"/>
        <source>Wallets</source>
        <translation>Geldbörsen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="48"/>
        <source>Clients &amp; activity</source>
        <translation>Kunden &amp; Aktivität</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="49"/>
        <source>Loans</source>
        <translation>Kredite</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="50"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="51"/>
        <source>Savings</source>
        <translation>Sparziele</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="52"/>
        <source>Debt optimiser</source>
        <translation>Schuldenoptimierer</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="53"/>
        <location filename="../views/mainwindow.cpp" line="117"/>
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
        <translation>Berichte für Menschen (PDF) und Maschinen (CSV, JSON, Ledger-Journal).</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="89"/>
        <source>Ledgerdesk</source>
        <translation>Ledgerdesk</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="118"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="119"/>
        <source>Incoming transactions</source>
        <translation>Eingehende Transaktionen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="158"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="159"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="160"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="161"/>
        <source>&amp;About Ledgerdesk</source>
        <translation>&amp;Über Ledgerdesk</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="162"/>
        <source>About Ledgerdesk</source>
        <translation>Über Ledgerdesk</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="163"/>
        <source>&lt;b&gt;Ledgerdesk %1&lt;/b&gt;&lt;p&gt;A double-entry ledger for bank agents.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Ledgerdesk %1&lt;/b&gt;&lt;p&gt;Doppelte Buchführung für Bankmitarbeiter.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="167"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="172"/>
        <source>This book is open read-only: you can look at everything, but nothing can be changed.</source>
        <translation>Dieses Buch ist schreibgeschützt geöffnet: Sie können alles ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="183"/>
        <source>Sent. The processor is paused: it is applied once you resume it.</source>
        <translation>Gesendet. Die Verarbeitung ist angehalten: Die Nachricht wird angewendet, sobald Sie sie fortsetzen.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="184"/>
        <source>Sent. Waiting for the processor to apply it…</source>
        <translation>Gesendet. Warten auf die Verarbeitung…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="202"/>
        <source>The database server is back; the desk is up to date again.</source>
        <translation>Der Datenbankserver ist wieder da; der Schalter ist wieder auf dem neuesten Stand.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Migrator</name>
    <message>
        <location filename="../model/storage/migrator.cpp" line="77"/>
        <source>Could not read the database&apos;s version.</source>
        <translation>Die Version der Datenbank konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/storage/migrator.cpp" line="91"/>
        <source>This database was written by a newer Ledgerdesk (schema %1; this program knows up to %2). Update Ledgerdesk to open it.</source>
        <translation>Diese Datenbank stammt von einer neueren Ledgerdesk-Version (Schema %1; dieses Programm kennt höchstens %2). Aktualisieren Sie Ledgerdesk, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../model/storage/migrator.cpp" line="99"/>
        <source>This database is from an older Ledgerdesk and must be upgraded before it can be opened read-only.</source>
        <translation>Diese Datenbank stammt von einer älteren Ledgerdesk-Version und muss aktualisiert werden, bevor sie schreibgeschützt geöffnet werden kann.</translation>
    </message>
    <message>
        <location filename="../model/storage/migrator.cpp" line="114"/>
        <source>A database upgrade step is missing from the program.</source>
        <translation>Im Programm fehlt ein Schritt zur Aktualisierung der Datenbank.</translation>
    </message>
    <message>
        <location filename="../model/storage/migrator.cpp" line="115"/>
        <source>Could not upgrade the database to version %1.</source>
        <translation>Die Datenbank konnte nicht auf Version %1 aktualisiert werden.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Money</name>
    <message>
        <location filename="../model/core/money.cpp" line="108"/>
        <source>Amounts in different currencies cannot be added.</source>
        <translation>Beträge in verschiedenen Währungen können nicht addiert werden.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="112"/>
        <location filename="../model/core/money.cpp" line="188"/>
        <location filename="../model/core/money.cpp" line="216"/>
        <location filename="../model/core/money.cpp" line="219"/>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="170"/>
        <source>The currency &quot;%1&quot; is not supported.</source>
        <translation>Die Währung &quot;%1&quot; wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="173"/>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="179"/>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="194"/>
        <source>%1 amounts have no decimal places.</source>
        <translation>%1-Beträge haben keine Nachkommastellen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/core/money.cpp" line="199"/>
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1-Beträge haben höchstens %n Nachkommastelle.</numerusform>
            <numerusform>%1-Beträge haben höchstens %n Nachkommastellen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="203"/>
        <source>Write digits after the decimal point.</source>
        <translation>Schreiben Sie nach dem Dezimalpunkt Ziffern.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="206"/>
        <source>&quot;%1&quot; is not an amount; write it like 1234.50.</source>
        <translation>&quot;%1&quot; ist kein Betrag; schreiben Sie ihn etwa als 1234.50.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="208"/>
        <source>Write a digit before the decimal point.</source>
        <translation>Schreiben Sie vor dem Dezimalpunkt eine Ziffer.</translation>
    </message>
    <message>
        <location filename="../model/core/money.cpp" line="236"/>
        <source>&quot;%1&quot; is not an amount; write it like %2.</source>
        <translation>&quot;%1&quot; ist kein Betrag; schreiben Sie ihn etwa als %2.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::MoneyDialog</name>
    <message>
        <location filename="../views/moneydialog.cpp" line="27"/>
        <source>Deposit</source>
        <translation>Einzahlung</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="27"/>
        <source>Withdraw</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="27"/>
        <source>Transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="36"/>
        <source>Wallet:</source>
        <translation>Geldbörse:</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="36"/>
        <source>%1 — balance %2</source>
        <translation>%1 — Saldo %2</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="40"/>
        <source>Wallet ID of the receiving wallet</source>
        <translation>ID der empfangenden Geldbörse</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="44"/>
        <source>To wallet:</source>
        <translation>An Geldbörse:</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="48"/>
        <source>Amount (%1):</source>
        <translation>Betrag (%1):</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="50"/>
        <source>Memo:</source>
        <translation>Verwendungszweck:</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="116"/>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="118"/>
        <source>Insufficient funds: the wallet holds %1.</source>
        <translation>Unzureichende Deckung: Die Geldbörse enthält %1.</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="125"/>
        <source>Cash received at the desk.</source>
        <translation>Bargeld wird am Schalter entgegengenommen.</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="125"/>
        <source>Available: %1</source>
        <translation>Verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="134"/>
        <source>Choose a different wallet to receive the money.</source>
        <translation>Wählen Sie eine andere Geldbörse als Empfänger.</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="138"/>
        <source>That wallet holds %1; a transfer needs a %2 wallet.</source>
        <translation>Diese Geldbörse führt %1; für die Überweisung ist eine %2-Geldbörse nötig.</translation>
    </message>
    <message>
        <location filename="../views/moneydialog.cpp" line="141"/>
        <source>Goes to %1 (%2).</source>
        <translation>Geht an %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Notifications</name>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="45"/>
        <source>Dear {name},</source>
        <comment>e-mail greeting</comment>
        <extracomment>The first line of every e-mail; {name} is the client&apos;s full name. The body follows on its own line: where a letter continues in lower case after the greeting&apos;s comma (German), begin every e-mail body with a word that is capitalised anyway (Ihr, Sie).</extracomment>
        <translation>Guten Tag {name},</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="46"/>
        <source>Kind regards</source>
        <comment>e-mail closing</comment>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="47"/>
        <source>Your Ledgerdesk team</source>
        <comment>e-mail signature</comment>
        <translation>Ihr Ledgerdesk-Team</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="49"/>
        <source>(empty)</source>
        <comment>client_updated: a detail that was or became empty</comment>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="51"/>
        <source>another account</source>
        <comment>transfer: the counterparty when none was given</comment>
        <translation>ein anderes Konto</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="53"/>
        <source>none given</source>
        <comment>refusal or failure: the reason when none was given</comment>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="59"/>
        <source>First name</source>
        <comment>profile field</comment>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="60"/>
        <source>Last name</source>
        <comment>profile field</comment>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="61"/>
        <source>E-mail address</source>
        <comment>profile field</comment>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="62"/>
        <source>Phone number</source>
        <comment>profile field</comment>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="63"/>
        <source>Notification channels</source>
        <comment>profile field</comment>
        <translation>Benachrichtigungswege</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="64"/>
        <source>Language and region</source>
        <comment>profile field</comment>
        <translation>Sprache und Region</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="73"/>
        <source>Welcome to Ledgerdesk</source>
        <comment>client_created: e-mail subject</comment>
        <translation>Willkommen bei Ledgerdesk</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="74"/>
        <source>Welcome! Your client profile has been created. We will keep you informed about every change to your accounts.</source>
        <comment>client_created: e-mail body</comment>
        <translation>Ihr Kundenprofil wurde angelegt. Herzlich willkommen! Wir informieren Sie über jede Änderung an Ihren Konten.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="78"/>
        <source>Welcome to Ledgerdesk, {first_name}! Your client profile has been created.</source>
        <comment>client_created: SMS and WhatsApp text</comment>
        <translation>Willkommen bei Ledgerdesk, {first_name}! Ihr Kundenprofil wurde angelegt.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="82"/>
        <source>Your profile was updated</source>
        <comment>client_updated: e-mail subject</comment>
        <translation>Ihr Profil wurde geändert</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="83"/>
        <source>The following details of your profile were changed:</source>
        <comment>client_updated: e-mail body, followed by one line per change</comment>
        <translation>Ihre Profilangaben wurden wie folgt geändert:</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="85"/>
        <source>Your Ledgerdesk profile was updated ({fields}). If you did not ask for this, please contact us.</source>
        <comment>client_updated: SMS and WhatsApp text; {fields} lists the changed details</comment>
        <translation>Ihr Ledgerdesk-Profil wurde geändert ({fields}). Falls Sie das nicht veranlasst haben, wenden Sie sich bitte an uns.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="89"/>
        <source>Your profile was deleted</source>
        <comment>client_deleted: e-mail subject</comment>
        <translation>Ihr Profil wurde gelöscht</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="90"/>
        <source>Your client profile has been deleted. If you did not ask for this, please contact us at once.</source>
        <comment>client_deleted: e-mail body</comment>
        <translation>Ihr Kundenprofil wurde gelöscht. Falls Sie das nicht veranlasst haben, wenden Sie sich bitte umgehend an uns.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="93"/>
        <source>Your Ledgerdesk profile was deleted. If you did not ask for this, please contact us at once.</source>
        <comment>client_deleted: SMS and WhatsApp text</comment>
        <translation>Ihr Ledgerdesk-Profil wurde gelöscht. Falls Sie das nicht veranlasst haben, wenden Sie sich bitte umgehend an uns.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="97"/>
        <source>Deposit received</source>
        <comment>deposit: e-mail subject</comment>
        <translation>Einzahlung eingegangen</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="98"/>
        <source>Your deposit of {amount} was successful. Your new balance is {balance}.</source>
        <comment>deposit: e-mail body</comment>
        <translation>Ihre Einzahlung von {amount} war erfolgreich. Ihr neuer Kontostand beträgt {balance}.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="100"/>
        <source>Your deposit of {amount} was successful. Your new balance is {balance}.</source>
        <comment>deposit: SMS and WhatsApp text</comment>
        <translation>Ihre Einzahlung von {amount} war erfolgreich. Ihr neuer Kontostand beträgt {balance}.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="104"/>
        <source>Withdrawal from your account</source>
        <comment>withdrawal: e-mail subject</comment>
        <translation>Abhebung von Ihrem Konto</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="105"/>
        <source>Alert: {amount} withdrawn from your account. Available balance: {balance}.</source>
        <comment>withdrawal: e-mail body</comment>
        <translation>Ihre Abhebung von {amount} wurde ausgeführt. Verfügbarer Kontostand: {balance}.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="107"/>
        <source>Alert: {amount} withdrawn from your account. Available balance: {balance}.</source>
        <comment>withdrawal: SMS and WhatsApp text</comment>
        <translation>Hinweis: {amount} wurden von Ihrem Konto abgehoben. Verfügbarer Kontostand: {balance}.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="111"/>
        <source>Transfer sent</source>
        <comment>transfer_out: e-mail subject</comment>
        <translation>Überweisung ausgeführt</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="112"/>
        <source>You sent {amount} to {counterparty}. Your new balance is {balance}.</source>
        <comment>transfer_out: e-mail body</comment>
        <translation>Sie haben {amount} an {counterparty} überwiesen. Ihr neuer Kontostand beträgt {balance}.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="114"/>
        <source>You sent {amount} to {counterparty}. Your new balance is {balance}.</source>
        <comment>transfer_out: SMS and WhatsApp text</comment>
        <translation>Sie haben {amount} an {counterparty} überwiesen. Ihr neuer Kontostand beträgt {balance}.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="118"/>
        <source>Transfer received</source>
        <comment>transfer_in: e-mail subject</comment>
        <translation>Überweisung erhalten</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="119"/>
        <source>You received {amount} from {counterparty}. Your new balance is {balance}.</source>
        <comment>transfer_in: e-mail body</comment>
        <translation>Sie haben {amount} von {counterparty} erhalten. Ihr neuer Kontostand beträgt {balance}.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="121"/>
        <source>You received {amount} from {counterparty}. Your new balance is {balance}.</source>
        <comment>transfer_in: SMS and WhatsApp text</comment>
        <translation>Sie haben {amount} von {counterparty} erhalten. Ihr neuer Kontostand beträgt {balance}.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="125"/>
        <source>Your loan application</source>
        <comment>loan_applied: e-mail subject</comment>
        <translation>Ihr Kreditantrag</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="126"/>
        <source>We received your application for a loan of {amount} over {term} months at {rate} % a year. The monthly payment would be {payment}. We will let you know our decision.</source>
        <comment>loan_applied: e-mail body</comment>
        <translation>Ihr Antrag auf einen Kredit über {amount} mit {term} Monaten Laufzeit zu {rate} % im Jahr ist eingegangen. Die Monatsrate betrüge {payment}. Wir informieren Sie über unsere Entscheidung.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="130"/>
        <source>We received your loan application for {amount} ({term} months, {payment} a month).</source>
        <comment>loan_applied: SMS and WhatsApp text</comment>
        <translation>Ihr Kreditantrag über {amount} ({term} Monate, {payment} im Monat) ist eingegangen.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="134"/>
        <source>Your loan was approved</source>
        <comment>loan_approved: e-mail subject</comment>
        <translation>Ihr Kredit wurde bewilligt</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="135"/>
        <source>Good news: your loan of {amount} was approved. The money is on its way to your wallet.</source>
        <comment>loan_approved: e-mail body</comment>
        <translation>Ihr Kredit über {amount} wurde bewilligt. Das Geld wird Ihrem Konto gutgeschrieben.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="138"/>
        <source>Your loan of {amount} was approved.</source>
        <comment>loan_approved: SMS and WhatsApp text</comment>
        <translation>Ihr Kredit über {amount} wurde bewilligt.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="141"/>
        <source>Your loan application</source>
        <comment>loan_rejected: e-mail subject</comment>
        <translation>Ihr Kreditantrag</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="142"/>
        <source>We are sorry: your application for a loan of {amount} was declined. Reason: {reason}</source>
        <comment>loan_rejected: e-mail body</comment>
        <translation>Ihr Antrag auf einen Kredit über {amount} wurde leider abgelehnt. Grund: {reason}</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="145"/>
        <source>Your loan application for {amount} was declined. Reason: {reason}</source>
        <comment>loan_rejected: SMS and WhatsApp text</comment>
        <translation>Ihr Kreditantrag über {amount} wurde abgelehnt. Grund: {reason}</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="149"/>
        <source>Loan paid out</source>
        <comment>loan_funded: e-mail subject</comment>
        <translation>Kredit ausgezahlt</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="150"/>
        <source>Your loan of {amount} has been paid into your wallet. Your new balance is {balance}.</source>
        <comment>loan_funded: e-mail body</comment>
        <translation>Ihr Kredit über {amount} wurde Ihrem Konto gutgeschrieben. Ihr neuer Kontostand beträgt {balance}.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="153"/>
        <source>Your loan of {amount} has been paid into your wallet. New balance: {balance}.</source>
        <comment>loan_funded: SMS and WhatsApp text</comment>
        <translation>Ihr Kredit über {amount} wurde gutgeschrieben. Neuer Kontostand: {balance}.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="157"/>
        <source>Repayment received</source>
        <comment>loan_repaid: e-mail subject</comment>
        <translation>Rückzahlung eingegangen</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="158"/>
        <source>We received your loan repayment of {amount}. You still owe {remaining}.</source>
        <comment>loan_repaid: e-mail body</comment>
        <translation>Ihre Kreditrückzahlung von {amount} ist eingegangen. Es verbleiben {remaining}.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="160"/>
        <source>Loan repayment of {amount} received. Still owed: {remaining}.</source>
        <comment>loan_repaid: SMS and WhatsApp text</comment>
        <translation>Kreditrückzahlung von {amount} eingegangen. Verbleibend: {remaining}.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="163"/>
        <source>Your loan is paid off</source>
        <comment>loan_paid_off: e-mail subject</comment>
        <translation>Ihr Kredit ist getilgt</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="164"/>
        <source>We received your repayment of {amount}. Your loan is now paid off in full. Thank you!</source>
        <comment>loan_paid_off: e-mail body</comment>
        <translation>Ihre Rückzahlung von {amount} ist eingegangen. Ihr Kredit ist vollständig getilgt. Vielen Dank!</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="167"/>
        <source>Repayment of {amount} received: your loan is paid off.</source>
        <comment>loan_paid_off: SMS and WhatsApp text</comment>
        <translation>Rückzahlung von {amount} eingegangen: Ihr Kredit ist getilgt.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="170"/>
        <source>Loan repayment failed</source>
        <comment>loan_repayment_failed: e-mail subject</comment>
        <translation>Kreditrückzahlung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="171"/>
        <source>Your loan repayment of {amount} could not be made. Reason: {reason}</source>
        <comment>loan_repayment_failed: e-mail body</comment>
        <translation>Ihre Kreditrückzahlung von {amount} konnte nicht ausgeführt werden. Grund: {reason}</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="173"/>
        <source>Your loan repayment of {amount} failed. Reason: {reason}</source>
        <comment>loan_repayment_failed: SMS and WhatsApp text</comment>
        <translation>Ihre Kreditrückzahlung von {amount} ist fehlgeschlagen. Grund: {reason}</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="176"/>
        <source>Payment made</source>
        <comment>payment_succeeded: e-mail subject</comment>
        <translation>Zahlung ausgeführt</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="177"/>
        <source>Your payment of {amount} to {merchant} was successful. Your new balance is {balance}.</source>
        <comment>payment_succeeded: e-mail body</comment>
        <translation>Ihre Zahlung von {amount} an {merchant} war erfolgreich. Ihr neuer Kontostand beträgt {balance}.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="180"/>
        <source>Payment of {amount} to {merchant} done. New balance: {balance}.</source>
        <comment>payment_succeeded: SMS and WhatsApp text</comment>
        <translation>Zahlung von {amount} an {merchant} ausgeführt. Neuer Kontostand: {balance}.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="183"/>
        <source>Payment failed</source>
        <comment>payment_failed: e-mail subject</comment>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="184"/>
        <source>Your payment of {amount} to {merchant} failed. Reason: {reason}</source>
        <comment>payment_failed: e-mail body</comment>
        <translation>Ihre Zahlung von {amount} an {merchant} ist fehlgeschlagen. Grund: {reason}</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="186"/>
        <source>Your payment of {amount} to {merchant} failed. Reason: {reason}</source>
        <comment>payment_failed: SMS and WhatsApp text</comment>
        <translation>Ihre Zahlung von {amount} an {merchant} ist fehlgeschlagen. Grund: {reason}</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="189"/>
        <source>Savings goal reached</source>
        <comment>goal_reached: e-mail subject</comment>
        <translation>Sparziel erreicht</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="190"/>
        <source>Congratulations! Your savings goal &quot;{goal}&quot; has reached its target of {target}.</source>
        <comment>goal_reached: e-mail body</comment>
        <translation>Herzlichen Glückwunsch! Ihr Sparziel „{goal}“ hat sein Ziel von {target} erreicht.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="193"/>
        <source>Your savings goal &quot;{goal}&quot; reached its target of {target}.</source>
        <comment>goal_reached: SMS and WhatsApp text</comment>
        <translation>Ihr Sparziel „{goal}“ hat sein Ziel von {target} erreicht.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Notifier</name>
    <message>
        <location filename="../model/notify/notifier.cpp" line="108"/>
        <source>The books are open read-only, so no notification is sent.</source>
        <translation>Die Bücher sind schreibgeschützt geöffnet, daher wird keine Benachrichtigung gesendet.</translation>
    </message>
    <message>
        <location filename="../model/notify/notifier.cpp" line="168"/>
        <source>No e-mail transport is installed.</source>
        <translation>Es ist kein E-Mail-Transport installiert.</translation>
    </message>
    <message>
        <location filename="../model/notify/notifier.cpp" line="169"/>
        <source>E-mail is not set up (smtp.url is empty).</source>
        <translation>E-Mail ist nicht eingerichtet (smtp.url ist leer).</translation>
    </message>
    <message>
        <location filename="../model/notify/notifier.cpp" line="171"/>
        <source>No SMS transport is installed.</source>
        <translation>Es ist kein SMS-Transport installiert.</translation>
    </message>
    <message>
        <location filename="../model/notify/notifier.cpp" line="172"/>
        <source>SMS and WhatsApp are not set up (sms.base_url, sms.account, sms.token, sms.from).</source>
        <translation>SMS und WhatsApp sind nicht eingerichtet (sms.base_url, sms.account, sms.token, sms.from).</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::NotifyHandlers</name>
    <message>
        <location filename="../model/notify/notifyhandlers.cpp" line="42"/>
        <source>The notification to %1 will be sent again shortly.</source>
        <translation>Die Benachrichtigung an %1 wird in Kürze erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::OptimiseCommand</name>
    <message>
        <location filename="../app/optimisecommand.cpp" line="115"/>
        <source>Debts: %1, owing %2 %3 in all, from %4. Budget: %5 a month, of which the minimums take %6.</source>
        <translation>Schulden: %1, insgesamt %2 %3 offen, ab %4. Budget: %5 im Monat, davon entfallen %6 auf die Mindestraten.</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="120"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="120"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="120"/>
        <source>Debt-free</source>
        <translation>Schuldenfrei</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="121"/>
        <source>Total interest</source>
        <translation>Zinsen gesamt</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="121"/>
        <source>Total paid</source>
        <translation>Gezahlt gesamt</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="121"/>
        <source>Interest saved</source>
        <translation>Gesparte Zinsen</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="121"/>
        <source>Months saved</source>
        <translation>Gesparte Monate</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="125"/>
        <source>never ends</source>
        <translation>endet nie</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="126"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="138"/>
        <source>Nothing is saved against minimum payments alone, because they never pay these debts off: %1</source>
        <translation>Gegenüber reinen Mindestraten wird keine Ersparnis berechnet, weil diese die Schulden nie tilgen: %1</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="143"/>
        <source>Month each debt is paid off, and the interest it costs:</source>
        <translation>Monat, in dem jede Schuld getilgt ist, und die Zinsen, die sie kostet:</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="144"/>
        <source>Debt</source>
        <translation>Schuld</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="153"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="155"/>
        <source>nothing owed</source>
        <translation>nichts offen</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="157"/>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="169"/>
        <source>Usage: ledgerdesk optimise --debts FILE --budget AMOUNT [--strategy S] [--json].</source>
        <translation>Aufruf: ledgerdesk optimise --debts DATEI --budget BETRAG [--strategy S] [--json].</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="171"/>
        <source>Name the file of debts with --debts FILE.</source>
        <translation>Geben Sie die Schuldendatei mit --debts DATEI an.</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="173"/>
        <source>Give the monthly budget with --budget AMOUNT, like --budget 750.00.</source>
        <translation>Geben Sie das Monatsbudget mit --budget BETRAG an, etwa --budget 750.00.</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="179"/>
        <source>There is no strategy &quot;%1&quot;; choose avalanche, snowball, custom or minimum.</source>
        <translation>Es gibt keine Strategie &quot;%1&quot;; wählen Sie avalanche, snowball, custom oder minimum.</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="186"/>
        <source>Could not read the file of debts %1: %2.</source>
        <translation>Die Schuldendatei %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/optimisecommand.cpp" line="193"/>
        <source>--budget: %1</source>
        <translation>--budget: %1</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::OptimiserPage</name>
    <message>
        <location filename="../views/optimiserpage.cpp" line="163"/>
        <source>Debt</source>
        <translation>Schuld</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="163"/>
        <source>Balance</source>
        <translation>Restschuld</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="163"/>
        <source>Rate % a year</source>
        <translation>Zinssatz % im Jahr</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="163"/>
        <source>Minimum a month</source>
        <translation>Mindestrate im Monat</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="173"/>
        <source>Add debt</source>
        <translation>Schuld hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="175"/>
        <source>Remove debt</source>
        <translation>Schuld entfernen</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="177"/>
        <source>Add approved loans</source>
        <translation>Genehmigte Kredite hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="180"/>
        <source>Adds the book&apos;s approved loans in this currency: what each still owes, its rate and its monthly payment.</source>
        <translation>Fügt die genehmigten Kredite des Buchs in dieser Währung hinzu, jeweils mit Restschuld, Zinssatz und Monatsrate.</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="219"/>
        <source>paid every month</source>
        <translation>jeden Monat gezahlt</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="222"/>
        <source>Month of the plan</source>
        <translation>Monat des Plans</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="222"/>
        <source>Extra payment</source>
        <translation>Sonderzahlung</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="223"/>
        <source>Month 1 is the first month paid.</source>
        <translation>Monat 1 ist der erste Zahlungsmonat.</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="229"/>
        <source>Add extra payment</source>
        <translation>Sonderzahlung hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="231"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="273"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="273"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="273"/>
        <source>Debt-free</source>
        <translation>Schuldenfrei</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="273"/>
        <source>Total interest</source>
        <translation>Zinsen gesamt</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="273"/>
        <source>Interest saved</source>
        <translation>Gesparte Zinsen</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="273"/>
        <source>Months saved</source>
        <translation>Gesparte Monate</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="283"/>
        <source>Saved: against paying only the minimums. Click a strategy to see it in detail.</source>
        <translation>Gespart: gegenüber reinen Mindestraten. Klicken Sie auf eine Strategie, um sie im Detail zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="289"/>
        <source>Total owed under each strategy</source>
        <translation>Gesamtschuld je Strategie</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="291"/>
        <source>Each debt under the strategy shown</source>
        <translation>Jede Schuld mit der gezeigten Strategie</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="189"/>
        <source>&lt;b&gt;Debts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schulden&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="235"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="236"/>
        <source>First month paid</source>
        <translation>Erster Zahlungsmonat</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="237"/>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="244"/>
        <source>&lt;b&gt;One-off extra payments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Einmalige Sonderzahlungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="314"/>
        <source>Strategy in detail:</source>
        <translation>Strategie im Detail:</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="319"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="320"/>
        <source>Month by month</source>
        <translation>Monat für Monat</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="345"/>
        <source>Visa card</source>
        <translation>Visa-Karte</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="346"/>
        <source>Store card</source>
        <translation>Kundenkarte</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="347"/>
        <source>Car loan</source>
        <translation>Autokredit</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="348"/>
        <source>Student loan</source>
        <translation>Studienkredit</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="349"/>
        <source>Personal loan</source>
        <translation>Privatkredit</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="381"/>
        <source>The book has no approved loans in %1 that still owe anything.</source>
        <translation>Das Buch hat keine genehmigten Kredite in %1 mit offener Restschuld.</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="429"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="429"/>
        <source>balance</source>
        <translation>Restschuld</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="429"/>
        <source>rate</source>
        <translation>Zinssatz</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="429"/>
        <source>minimum</source>
        <translation>Mindestrate</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="438"/>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="440"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="465"/>
        <source>Monthly budget: %1</source>
        <translation>Monatsbudget: %1</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="477"/>
        <source>Extra payment %1: write the month of the plan as a number, 1 for the first month paid.</source>
        <translation>Sonderzahlung %1: Schreiben Sie den Monat des Plans als Zahl, 1 für den ersten Zahlungsmonat.</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="483"/>
        <source>Extra payment %1: %2</source>
        <translation>Sonderzahlung %1: %2</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="604"/>
        <source>Minimum payments alone never pay these debts off, so there is nothing to compare with.</source>
        <translation>Reine Mindestraten tilgen diese Schulden nie, daher gibt es keinen Vergleichswert.</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="612"/>
        <source>Never ends</source>
        <translation>Endet nie</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="626"/>
        <source>The other strategies are compared with this one.</source>
        <translation>Die anderen Strategien werden mit dieser verglichen.</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="643"/>
        <source>No strategy pays these debts off: %1</source>
        <translation>Keine Strategie tilgt diese Schulden: %1</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="646"/>
        <source>&lt;b&gt;%1&lt;/b&gt; pays these debts off by &lt;b&gt;%2&lt;/b&gt;, in %3 months, and saves &lt;b&gt;%4&lt;/b&gt; of interest and %5 months against paying only the minimums.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; tilgt diese Schulden bis &lt;b&gt;%2&lt;/b&gt;, in %3 Monaten, und spart gegenüber reinen Mindestraten &lt;b&gt;%4&lt;/b&gt; an Zinsen und %5 Monate.</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="651"/>
        <source>&lt;b&gt;%1&lt;/b&gt; pays these debts off by &lt;b&gt;%2&lt;/b&gt;, in %3 months, with %4 of interest.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; tilgt diese Schulden bis &lt;b&gt;%2&lt;/b&gt;, in %3 Monaten, mit %4 an Zinsen.</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="674"/>
        <source>%1 (never ends)</source>
        <translation>%1 (endet nie)</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="709"/>
        <source>Each debt under %1</source>
        <translation>Jede Schuld: %1</translation>
    </message>
    <message>
        <location filename="../views/optimiserpage.cpp" line="710"/>
        <source>Each debt under %1, which never ends</source>
        <translation>Jede Schuld: %1, endet nie</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::OutboxModel</name>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="100"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="102"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="104"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="114"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="116"/>
        <location filename="../model/models/outboxmodel.cpp" line="152"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="78"/>
        <source>Waiting: %1</source>
        <translation>Wartet: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/models/outboxmodel.cpp" line="80"/>
        <source>Not sent in %n attempt(s), and tried again for as long as it takes; next attempt %1.</source>
        <translation>
            <numerusform>Nach %n Versuch nicht gesendet; es wird so lange weiter versucht, wie es dauert; nächster Versuch %1.</numerusform>
            <numerusform>Nach %n Versuchen nicht gesendet; es wird so lange weiter versucht, wie es dauert; nächster Versuch %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="84"/>
        <source>Ended: it is not tried again unless it is resent; the last error says why.</source>
        <translation>Beendet: Sie wird nicht wieder versucht, außer sie wird erneut gesendet; der letzte Fehler sagt, warum.</translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="118"/>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="120"/>
        <source>Dead</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="140"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="142"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="144"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="146"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="148"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="150"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../model/models/outboxmodel.cpp" line="154"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::OutboxPage</name>
    <message>
        <location filename="../views/outboxpage.cpp" line="33"/>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="25"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="26"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="27"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="28"/>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="29"/>
        <source>Dead</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="36"/>
        <source>Send the notification again; its attempts so far are kept, and the activity log says who asked.</source>
        <translation>Die Benachrichtigung erneut senden; die bisherigen Versuche bleiben gezählt, und das Aktivitätsprotokoll hält fest, wer es veranlasst hat.</translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="37"/>
        <source>This book is open read-only: nothing can be resent.</source>
        <translation>Dieses Buch ist schreibgeschützt geöffnet: Es kann nichts erneut gesendet werden.</translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="40"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../views/outboxpage.cpp" line="80"/>
        <source>Pending &lt;b&gt;%1&lt;/b&gt; · sent &lt;b&gt;%2&lt;/b&gt; · retrying &lt;b&gt;%3&lt;/b&gt; · dead &lt;b&gt;%4&lt;/b&gt; · &lt;b&gt;%5&lt;/b&gt; in all</source>
        <translation>Ausstehend &lt;b&gt;%1&lt;/b&gt; · gesendet &lt;b&gt;%2&lt;/b&gt; · wird wiederholt &lt;b&gt;%3&lt;/b&gt; · tot &lt;b&gt;%4&lt;/b&gt; · &lt;b&gt;%5&lt;/b&gt; insgesamt</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/outboxpage.cpp" line="87"/>
        <source>Page %1 of %2 · %n notification(s)</source>
        <translation>
            <numerusform>Seite %1 von %2 · %n Benachrichtigung</numerusform>
            <numerusform>Seite %1 von %2 · %n Benachrichtigungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::OutboxRepository</name>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="90"/>
        <source>Could not store the notification.</source>
        <translation>Die Benachrichtigung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="97"/>
        <source>Could not read the notification.</source>
        <translation>Die Benachrichtigung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="98"/>
        <source>There is no notification %1.</source>
        <translation>Es gibt keine Benachrichtigung %1.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="107"/>
        <source>Could not read the notifications waiting to be sent.</source>
        <translation>Die zu sendenden Benachrichtigungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="117"/>
        <source>Could not count the notifications waiting to be sent.</source>
        <translation>Die zu sendenden Benachrichtigungen konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="143"/>
        <source>Could not take the notifications that are due.</source>
        <translation>Die fälligen Benachrichtigungen konnten nicht übernommen werden.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="159"/>
        <source>Could not record that the notification was sent.</source>
        <translation>Es konnte nicht vermerkt werden, dass die Benachrichtigung gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="162"/>
        <source>The notification %1 is gone or was already sent.</source>
        <translation>Die Benachrichtigung %1 existiert nicht mehr oder wurde bereits gesendet.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="196"/>
        <source>Could not record that the notification failed.</source>
        <translation>Es konnte nicht vermerkt werden, dass die Benachrichtigung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="203"/>
        <source>The notification %1 was taken over by another notifier.</source>
        <translation>Die Benachrichtigung %1 wurde von einem anderen Benachrichtigungsdienst übernommen.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="221"/>
        <source>Could not record why the notifications wait.</source>
        <translation>Es konnte nicht vermerkt werden, warum die Benachrichtigungen warten.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="232"/>
        <source>Could not schedule the notification again.</source>
        <translation>Die Benachrichtigung konnte nicht erneut eingeplant werden.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="243"/>
        <source>This notification was already sent.</source>
        <translation>Diese Benachrichtigung wurde bereits gesendet.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="244"/>
        <source>This notification is waiting to be sent; only failed notifications can be resent.</source>
        <translation>Diese Benachrichtigung wartet auf den Versand; nur fehlgeschlagene Benachrichtigungen können erneut gesendet werden.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="257"/>
        <source>Could not read the notifications.</source>
        <translation>Die Benachrichtigungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxrepository.cpp" line="263"/>
        <source>Could not count the notifications.</source>
        <translation>Die Benachrichtigungen konnten nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::OutboxWriter</name>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="251"/>
        <source>The notification needs &quot;%1&quot; as a decimal string, like &quot;1000.00&quot;.</source>
        <translation>Die Benachrichtigung braucht &quot;%1&quot; als Dezimalzeichenkette, etwa &quot;1000.00&quot;.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="255"/>
        <source>The notification&apos;s &quot;%1&quot; is not an amount: %2</source>
        <translation>&quot;%1&quot; der Benachrichtigung ist kein Betrag: %2</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="286"/>
        <source>There is no notification template &quot;%1&quot;.</source>
        <translation>Es gibt keine Benachrichtigungsvorlage &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../model/notify/outboxwriter.cpp" line="298"/>
        <source>The notification&apos;s currency &quot;%1&quot; is not supported.</source>
        <translation>Die Währung &quot;%1&quot; der Benachrichtigung wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::PagedTablePage</name>
    <message>
        <location filename="../views/pagedtablepage.cpp" line="25"/>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../views/pagedtablepage.cpp" line="26"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::PaymentHandlers</name>
    <message>
        <location filename="../model/payments/paymenthandlers.cpp" line="58"/>
        <source>A payment &quot;%1&quot; exists already.</source>
        <translation>Eine Zahlung &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <location filename="../model/payments/paymenthandlers.cpp" line="93"/>
        <source>Insufficient funds.</source>
        <translation>Unzureichende Deckung.</translation>
    </message>
    <message>
        <location filename="../model/payments/paymenthandlers.cpp" line="109"/>
        <source>Payment %1 to %2</source>
        <translation>Zahlung %1 an %2</translation>
    </message>
    <message>
        <location filename="../model/payments/paymenthandlers.cpp" line="136"/>
        <source>A failed payment needs its reason.</source>
        <translation>Eine fehlgeschlagene Zahlung braucht einen Grund.</translation>
    </message>
    <message>
        <location filename="../model/payments/paymenthandlers.cpp" line="142"/>
        <source>The payment %1 is %2 already.</source>
        <translation>Die Zahlung %1 hat bereits den Status %2.</translation>
    </message>
    <message>
        <location filename="../model/payments/paymenthandlers.cpp" line="176"/>
        <source>Payment of %1 to %2 requested…</source>
        <translation>Zahlung von %1 an %2 angefordert…</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::PaymentListModel</name>
    <message>
        <location filename="../model/models/paymentlistmodel.cpp" line="25"/>
        <source>Pending…</source>
        <translation>Ausstehend…</translation>
    </message>
    <message>
        <location filename="../model/models/paymentlistmodel.cpp" line="27"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../model/models/paymentlistmodel.cpp" line="29"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../model/models/paymentlistmodel.cpp" line="77"/>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <location filename="../model/models/paymentlistmodel.cpp" line="79"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../model/models/paymentlistmodel.cpp" line="81"/>
        <source>Wallet</source>
        <translation>Geldbörse</translation>
    </message>
    <message>
        <location filename="../model/models/paymentlistmodel.cpp" line="83"/>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <location filename="../model/models/paymentlistmodel.cpp" line="85"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../model/models/paymentlistmodel.cpp" line="87"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../model/models/paymentlistmodel.cpp" line="89"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::PaymentRepository</name>
    <message>
        <location filename="../model/payments/paymentrepository.cpp" line="82"/>
        <source>Could not store the payment.</source>
        <translation>Die Zahlung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../model/payments/paymentrepository.cpp" line="89"/>
        <source>Could not read the payment.</source>
        <translation>Die Zahlung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/payments/paymentrepository.cpp" line="90"/>
        <source>There is no payment &quot;%1&quot;.</source>
        <translation>Es gibt keine Zahlung &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../model/payments/paymentrepository.cpp" line="104"/>
        <source>Could not read the payments.</source>
        <translation>Die Zahlungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/payments/paymentrepository.cpp" line="112"/>
        <source>Could not record the payment&apos;s debit.</source>
        <translation>Die Belastung für die Zahlung konnte nicht erfasst werden.</translation>
    </message>
    <message>
        <location filename="../model/payments/paymentrepository.cpp" line="120"/>
        <source>Could not record why the payment failed.</source>
        <translation>Der Grund für die gescheiterte Zahlung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../model/payments/paymentrepository.cpp" line="129"/>
        <source>Could not record how the payment went.</source>
        <translation>Das Ergebnis der Zahlung konnte nicht erfasst werden.</translation>
    </message>
    <message>
        <location filename="../model/payments/paymentrepository.cpp" line="147"/>
        <source>payment %1 of %2 %3 to %4 is still being made</source>
        <translation>Zahlung %1 über %2 %3 an %4 ist noch in Ausführung</translation>
    </message>
    <message>
        <location filename="../model/payments/paymentrepository.cpp" line="150"/>
        <source>Could not read the client&apos;s payments.</source>
        <translation>Die Zahlungen der Kundschaft konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::PaymentsPage</name>
    <message>
        <location filename="../views/paymentspage.cpp" line="32"/>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <location filename="../views/paymentspage.cpp" line="46"/>
        <source>Merchant ID, like ACME-STORES</source>
        <translation>Händler-ID, etwa ACME-STORES</translation>
    </message>
    <message>
        <location filename="../views/paymentspage.cpp" line="52"/>
        <source>From wallet:</source>
        <translation>Von Geldbörse:</translation>
    </message>
    <message>
        <location filename="../views/paymentspage.cpp" line="53"/>
        <source>To merchant:</source>
        <translation>An Händler:</translation>
    </message>
    <message>
        <location filename="../views/paymentspage.cpp" line="57"/>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/paymentspage.cpp" line="150"/>
        <source>Latest %n payment(s): &lt;b&gt;%1&lt;/b&gt; pending · &lt;b&gt;%2&lt;/b&gt; succeeded · &lt;b&gt;%3&lt;/b&gt; failed</source>
        <translation>
            <numerusform>Letzte %n Zahlung: &lt;b&gt;%1&lt;/b&gt; ausstehend · &lt;b&gt;%2&lt;/b&gt; erfolgreich · &lt;b&gt;%3&lt;/b&gt; fehlgeschlagen</numerusform>
            <numerusform>Letzte %n Zahlungen: &lt;b&gt;%1&lt;/b&gt; ausstehend · &lt;b&gt;%2&lt;/b&gt; erfolgreich · &lt;b&gt;%3&lt;/b&gt; fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/paymentspage.cpp" line="171"/>
        <source>Payment of %1 to %2 succeeded.</source>
        <translation>Zahlung von %1 an %2 erfolgreich.</translation>
    </message>
    <message>
        <location filename="../views/paymentspage.cpp" line="173"/>
        <source>Payment of %1 to %2 failed: %3</source>
        <translation>Zahlung von %1 an %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../views/paymentspage.cpp" line="183"/>
        <source>The wallet is debited when the processor applies the payment.</source>
        <translation>Die Geldbörse wird belastet, sobald die Zahlung verarbeitet wird.</translation>
    </message>
    <message>
        <location filename="../views/paymentspage.cpp" line="186"/>
        <source>There is no open wallet to pay from.</source>
        <translation>Es gibt keine offene Geldbörse, von der gezahlt werden kann.</translation>
    </message>
    <message>
        <location filename="../views/paymentspage.cpp" line="192"/>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../views/paymentspage.cpp" line="196"/>
        <source>The wallet holds %1 now: unless money arrives first, this payment will fail.</source>
        <translation>Die Geldbörse enthält jetzt %1: Wenn nicht vorher Geld eingeht, schlägt diese Zahlung fehl.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::PayoffPlan</name>
    <message>
        <location filename="../model/optimiser/payoffplan.cpp" line="53"/>
        <source>Avalanche</source>
        <translation>Lawinenmethode</translation>
    </message>
    <message>
        <location filename="../model/optimiser/payoffplan.cpp" line="55"/>
        <source>Snowball</source>
        <translation>Schneeballmethode</translation>
    </message>
    <message>
        <location filename="../model/optimiser/payoffplan.cpp" line="57"/>
        <source>Custom order</source>
        <translation>Eigene Reihenfolge</translation>
    </message>
    <message>
        <location filename="../model/optimiser/payoffplan.cpp" line="59"/>
        <source>Minimum only</source>
        <translation>Nur Mindestraten</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::PayoffScheduleModel</name>
    <message>
        <location filename="../model/optimiser/payoffschedulemodel.cpp" line="100"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../model/optimiser/payoffschedulemodel.cpp" line="102"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../model/optimiser/payoffschedulemodel.cpp" line="104"/>
        <source>Debt</source>
        <translation>Schuld</translation>
    </message>
    <message>
        <location filename="../model/optimiser/payoffschedulemodel.cpp" line="106"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../model/optimiser/payoffschedulemodel.cpp" line="108"/>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <location filename="../model/optimiser/payoffschedulemodel.cpp" line="110"/>
        <source>Principal</source>
        <translation>Tilgung</translation>
    </message>
    <message>
        <location filename="../model/optimiser/payoffschedulemodel.cpp" line="112"/>
        <source>Balance</source>
        <translation>Restschuld</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::PlaceholderPage</name>
    <message>
        <location filename="../views/placeholderpage.cpp" line="18"/>
        <source>This area is not part of this version of Ledgerdesk yet. It shows nothing rather than invented figures.</source>
        <translation>Dieser Bereich ist noch nicht Teil dieser Ledgerdesk-Version. Er zeigt lieber nichts als erfundene Zahlen.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::PrincipalLimits</name>
    <message>
        <location filename="../model/loans/principallimits.cpp" line="29"/>
        <source>The loan maximums &quot;%1&quot; are not valid: %2 They look like &quot;USD:50000.00,EUR:50000.00&quot;.</source>
        <translation>Die Kredithöchstbeträge „%1“ sind ungültig: %2 Sie sehen so aus: „USD:50000.00,EUR:50000.00“.</translation>
    </message>
    <message>
        <location filename="../model/loans/principallimits.cpp" line="38"/>
        <source>each maximum is CURRENCY:AMOUNT.</source>
        <translation>Jeder Höchstbetrag ist WÄHRUNG:BETRAG.</translation>
    </message>
    <message>
        <location filename="../model/loans/principallimits.cpp" line="41"/>
        <source>the currency &quot;%1&quot; is not supported.</source>
        <translation>Die Währung „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../model/loans/principallimits.cpp" line="43"/>
        <source>%1 is named twice.</source>
        <translation>%1 ist zweimal genannt.</translation>
    </message>
    <message>
        <location filename="../model/loans/principallimits.cpp" line="46"/>
        <source>the maximum for %1 is not an amount in %1.</source>
        <translation>Der Höchstbetrag für %1 ist kein Betrag in %1.</translation>
    </message>
    <message>
        <location filename="../model/loans/principallimits.cpp" line="50"/>
        <source>at least one currency needs a maximum.</source>
        <translation>Mindestens eine Währung braucht einen Höchstbetrag.</translation>
    </message>
    <message>
        <location filename="../model/loans/principallimits.cpp" line="75"/>
        <source>The bank makes no loans in %1: the setting %2 names no maximum for it.</source>
        <translation>Die Bank vergibt keine Kredite in %1: Die Einstellung %2 nennt dafür keinen Höchstbetrag.</translation>
    </message>
    <message>
        <location filename="../model/loans/principallimits.cpp" line="80"/>
        <source>A loan in %1 is at most %2; this application asks for %3.</source>
        <translation>Ein Kredit in %1 beträgt höchstens %2; dieser Antrag verlangt %3.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Processor</name>
    <message>
        <location filename="../model/commands/processor.cpp" line="139"/>
        <source>Could not wait for the other processors of this book.</source>
        <translation>Auf die anderen Verarbeitungsprozesse dieses Buchs konnte nicht gewartet werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/processor.cpp" line="157"/>
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (nach %n Versuch aufgegeben)</numerusform>
            <numerusform>%1 (nach %n Versuchen aufgegeben)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Queue</name>
    <message>
        <location filename="../model/queue/queue.cpp" line="86"/>
        <location filename="../model/queue/queue.cpp" line="101"/>
        <source>Could not put the message in the queue.</source>
        <translation>Die Nachricht konnte nicht in die Warteschlange gestellt werden.</translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="126"/>
        <source>Could not take messages from the queue.</source>
        <translation>Es konnten keine Nachrichten aus der Warteschlange entnommen werden.</translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="34"/>
        <source>The message&apos;s payload is not a JSON object (%1).</source>
        <translation>Die Nutzdaten der Nachricht sind kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="76"/>
        <source>A dedupe key is at most %1 characters long and holds no line breaks or other control characters.</source>
        <translation>Ein Deduplizierungsschlüssel ist höchstens %1 Zeichen lang und enthält keine Zeilenumbrüche oder anderen Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="142"/>
        <source>Could not remove the applied message from the queue.</source>
        <translation>Die verarbeitete Nachricht konnte nicht aus der Warteschlange entfernt werden.</translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="153"/>
        <location filename="../model/queue/queue.cpp" line="212"/>
        <source>Could not put the message back in the queue.</source>
        <translation>Die Nachricht konnte nicht zurück in die Warteschlange gestellt werden.</translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="169"/>
        <source>Could not move the message to the dead letters.</source>
        <translation>Die Nachricht konnte nicht zu den unzustellbaren Nachrichten verschoben werden.</translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="182"/>
        <source>Could not read the dead letters.</source>
        <translation>Die unzustellbaren Nachrichten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="191"/>
        <source>Could not read the dead letter.</source>
        <translation>Die unzustellbare Nachricht konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="192"/>
        <source>There is no dead letter &quot;%1&quot;.</source>
        <translation>Es gibt keine unzustellbare Nachricht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../model/queue/queue.cpp" line="232"/>
        <source>Could not read the queue.</source>
        <translation>Die Warteschlange konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::QueueHandlers</name>
    <message>
        <location filename="../model/commands/queuehandlers.cpp" line="41"/>
        <source>The %1 message is back in the queue.</source>
        <translation>Die %1-Nachricht ist wieder in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../model/commands/queuehandlers.cpp" line="49"/>
        <source>The %1 message was discarded for good.</source>
        <translation>Die %1-Nachricht wurde endgültig verworfen.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::QueuePage</name>
    <message>
        <location filename="../views/queuepage.cpp" line="78"/>
        <location filename="../views/queuepage.cpp" line="143"/>
        <source>Pause processor</source>
        <translation>Verarbeitung anhalten</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="79"/>
        <source>Redrive</source>
        <translation>Erneut einreihen</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="80"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="88"/>
        <source>Messages in the queue</source>
        <translation>Nachrichten in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="91"/>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="92"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="93"/>
        <source>In flight</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="95"/>
        <source>Throughput and latency</source>
        <translation>Durchsatz und Latenz</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="98"/>
        <source>applied per second</source>
        <translation>verarbeitet pro Sekunde</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="99"/>
        <source>p99 latency (ms)</source>
        <translation>p99-Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="100"/>
        <source>Applied per second</source>
        <translation>Verarbeitet pro Sekunde</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="101"/>
        <source>Enqueue to applied, p99 (ms)</source>
        <translation>Einreihung bis Verarbeitung, p99 (ms)</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="111"/>
        <source>Only a supervisor can redrive or discard a dead letter.</source>
        <translation>Nur ein Supervisor kann eine unzustellbare Nachricht erneut einreihen oder verwerfen.</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="112"/>
        <source>Put the message back in the queue to be applied again.</source>
        <translation>Die Nachricht zurück in die Warteschlange stellen, damit sie erneut verarbeitet wird.</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="113"/>
        <source>Drop the message for good; the decision is recorded.</source>
        <translation>Die Nachricht endgültig verwerfen; die Entscheidung wird protokolliert.</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="122"/>
        <source>&lt;b&gt;Dead letters&lt;/b&gt; — messages that could not be applied, with the reason</source>
        <translation>&lt;b&gt;Unzustellbare Nachrichten&lt;/b&gt; — Nachrichten, die nicht verarbeitet werden konnten, mit Grund</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="143"/>
        <source>Resume processor</source>
        <translation>Verarbeitung fortsetzen</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="160"/>
        <source>Waiting &lt;b&gt;%1&lt;/b&gt; · in flight &lt;b&gt;%2&lt;/b&gt; · dead &lt;b&gt;%3&lt;/b&gt; · applied &lt;b&gt;%4&lt;/b&gt;/s · enqueue to applied p50 &lt;b&gt;%5 ms&lt;/b&gt;, p99 &lt;b&gt;%6 ms&lt;/b&gt;</source>
        <translation>Wartend &lt;b&gt;%1&lt;/b&gt; · in Bearbeitung &lt;b&gt;%2&lt;/b&gt; · unzustellbar &lt;b&gt;%3&lt;/b&gt; · verarbeitet &lt;b&gt;%4&lt;/b&gt;/s · Einreihung bis Verarbeitung p50 &lt;b&gt;%5 ms&lt;/b&gt;, p99 &lt;b&gt;%6 ms&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="210"/>
        <source>Discard dead letter</source>
        <translation>Unzustellbare Nachricht verwerfen</translation>
    </message>
    <message>
        <location filename="../views/queuepage.cpp" line="210"/>
        <source>Drop this message for good? The decision is recorded.</source>
        <translation>Diese Nachricht endgültig verwerfen? Die Entscheidung wird protokolliert.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::RecordHandlers</name>
    <message>
        <location filename="../model/activity/recordhandlers.cpp" line="27"/>
        <source>The activity record &quot;%1&quot; has been deleted.</source>
        <translation>Der Aktivitätseintrag &quot;%1&quot; wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../model/activity/recordhandlers.cpp" line="41"/>
        <source>The new value of &quot;%1&quot; must be text.</source>
        <translation>Der neue Wert von &quot;%1&quot; muss Text sein.</translation>
    </message>
    <message>
        <location filename="../model/activity/recordhandlers.cpp" line="51"/>
        <source>&quot;%1&quot; cannot be corrected; only attribute, before and after can.</source>
        <translation>&quot;%1&quot; kann nicht korrigiert werden; korrigierbar sind nur attribute, before und after.</translation>
    </message>
    <message>
        <location filename="../model/activity/recordhandlers.cpp" line="95"/>
        <source>The activity record was corrected.</source>
        <translation>Der Aktivitätseintrag wurde korrigiert.</translation>
    </message>
    <message>
        <location filename="../model/activity/recordhandlers.cpp" line="97"/>
        <source>The activity record was deleted.</source>
        <translation>Der Aktivitätseintrag wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::RegisterModel</name>
    <message>
        <location filename="../model/models/registermodel.cpp" line="112"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../model/models/registermodel.cpp" line="114"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../model/models/registermodel.cpp" line="116"/>
        <source>Memo</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <location filename="../model/models/registermodel.cpp" line="118"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../model/models/registermodel.cpp" line="120"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../model/models/registermodel.cpp" line="122"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::SavingsHandlers</name>
    <message>
        <location filename="../model/savings/savingshandlers.cpp" line="50"/>
        <source>The savings goal &quot;%1&quot; is %2 and can no longer change.</source>
        <translation>Das Sparziel &quot;%1&quot; hat den Status %2 und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingshandlers.cpp" line="59"/>
        <source>Savings goal &quot;%1&quot;</source>
        <translation>Sparziel &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../model/savings/savingshandlers.cpp" line="86"/>
        <source>A goal&apos;s name has at most %1 characters.</source>
        <translation>Der Name eines Sparziels hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingshandlers.cpp" line="99"/>
        <source>A savings goal &quot;%1&quot; exists already.</source>
        <translation>Ein Sparziel &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingshandlers.cpp" line="113"/>
        <source>Savings goal: %1</source>
        <translation>Sparziel: %1</translation>
    </message>
    <message>
        <location filename="../model/savings/savingshandlers.cpp" line="142"/>
        <source>Insufficient funds: the wallet holds %1 and the goal needs %2.</source>
        <translation>Unzureichende Deckung: Die Geldbörse enthält %1, das Sparziel braucht %2.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingshandlers.cpp" line="184"/>
        <source>The goal &quot;%1&quot; holds %2 of its %3; it can be redeemed once it is reached.</source>
        <translation>Das Sparziel &quot;%1&quot; enthält %2 von %3; es kann eingelöst werden, sobald es erreicht ist.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingshandlers.cpp" line="200"/>
        <source>The savings goal &quot;%1&quot; was closed meanwhile.</source>
        <translation>Das Sparziel &quot;%1&quot; wurde inzwischen geschlossen.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingshandlers.cpp" line="228"/>
        <source>Savings goal “%1” created.</source>
        <translation>Sparziel “%1” angelegt.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingshandlers.cpp" line="232"/>
        <source>%1 added: “%2” has reached its target!</source>
        <translation>%1 hinzugefügt: “%2” hat seinen Zielbetrag erreicht!</translation>
    </message>
    <message>
        <location filename="../model/savings/savingshandlers.cpp" line="233"/>
        <source>%1 added to “%2”.</source>
        <translation>%1 zu “%2” hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingshandlers.cpp" line="238"/>
        <source>“%1” redeemed: %2 went back to the wallet.</source>
        <translation>“%1” eingelöst: %2 wurden in die Geldbörse zurückgebucht.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingshandlers.cpp" line="242"/>
        <source>“%1” deleted: %2 went back to the wallet.</source>
        <translation>“%1” gelöscht: %2 wurden in die Geldbörse zurückgebucht.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::SavingsPage</name>
    <message>
        <location filename="../views/savingspage.cpp" line="33"/>
        <source>New goal…</source>
        <translation>Neues Sparziel…</translation>
    </message>
    <message>
        <location filename="../views/savingspage.cpp" line="34"/>
        <source>Add money…</source>
        <translation>Geld hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/savingspage.cpp" line="35"/>
        <source>Redeem</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <location filename="../views/savingspage.cpp" line="36"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../views/savingspage.cpp" line="127"/>
        <source>No savings goals yet. “New goal…” starts one.</source>
        <translation>Noch keine Sparziele. Mit “Neues Sparziel…” legen Sie eines an.</translation>
    </message>
    <message>
        <location filename="../views/savingspage.cpp" line="136"/>
        <source>A goal can be redeemed once it reaches its target.</source>
        <translation>Ein Sparziel kann eingelöst werden, sobald es seinen Zielbetrag erreicht.</translation>
    </message>
    <message>
        <location filename="../views/savingspage.cpp" line="143"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · saving from %2 · %3 of %4 saved%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · aus Geldbörse %2 · %3 von %4 gespart%5</translation>
    </message>
    <message>
        <location filename="../views/savingspage.cpp" line="146"/>
        <source> · %1 to go</source>
        <translation> · noch %1</translation>
    </message>
    <message>
        <location filename="../views/savingspage.cpp" line="161"/>
        <source>Add money</source>
        <translation>Geld hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/savingspage.cpp" line="162"/>
        <source>From wallet %1, which holds %2, into “%3”.</source>
        <translation>Aus der Geldbörse %1 (enthält %2) in “%3”.</translation>
    </message>
    <message>
        <location filename="../views/savingspage.cpp" line="163"/>
        <source>Insufficient funds: the wallet holds %1.</source>
        <translation>Unzureichende Deckung: Die Geldbörse enthält %1.</translation>
    </message>
    <message>
        <location filename="../views/savingspage.cpp" line="180"/>
        <source>Delete savings goal</source>
        <translation>Sparziel löschen</translation>
    </message>
    <message>
        <location filename="../views/savingspage.cpp" line="181"/>
        <source>Delete “%1”? The %2 it holds go back to wallet %3.</source>
        <translation>“%1” löschen? Die darin enthaltenen %2 gehen zurück in die Geldbörse %3.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::SavingsRepository</name>
    <message>
        <location filename="../model/savings/savingsrepository.cpp" line="124"/>
        <source>Could not store the savings goal.</source>
        <translation>Das Sparziel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingsrepository.cpp" line="131"/>
        <source>Could not read the savings goal.</source>
        <translation>Das Sparziel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingsrepository.cpp" line="132"/>
        <source>There is no savings goal &quot;%1&quot;.</source>
        <translation>Es gibt kein Sparziel &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingsrepository.cpp" line="147"/>
        <source>Could not read the savings goals.</source>
        <translation>Die Sparziele konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingsrepository.cpp" line="156"/>
        <source>Could not record that the goal was reached.</source>
        <translation>Es konnte nicht vermerkt werden, dass das Sparziel erreicht wurde.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingsrepository.cpp" line="165"/>
        <source>Could not close the savings goal.</source>
        <translation>Das Sparziel konnte nicht geschlossen werden.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingsrepository.cpp" line="178"/>
        <source>Could not store the goal&apos;s contribution.</source>
        <translation>Die Einzahlung auf das Sparziel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingsrepository.cpp" line="189"/>
        <source>Could not read the goal&apos;s history.</source>
        <translation>Der Verlauf des Sparziels konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingsrepository.cpp" line="203"/>
        <source>savings goal “%1” (%2) is open</source>
        <translation>Sparziel „%1“ (%2) ist offen</translation>
    </message>
    <message>
        <location filename="../model/savings/savingsrepository.cpp" line="204"/>
        <source>savings goal “%1” (%2) is open and holds %3 %4</source>
        <translation>Sparziel „%1“ (%2) ist offen und hält %3 %4</translation>
    </message>
    <message>
        <location filename="../model/savings/savingsrepository.cpp" line="207"/>
        <source>Could not read the client&apos;s savings goals.</source>
        <translation>Die Sparziele der Kundschaft konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::ScheduleModel</name>
    <message>
        <location filename="../model/models/schedulemodel.cpp" line="56"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../model/models/schedulemodel.cpp" line="58"/>
        <source>Payment</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../model/models/schedulemodel.cpp" line="60"/>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <location filename="../model/models/schedulemodel.cpp" line="62"/>
        <source>Principal</source>
        <translation>Tilgung</translation>
    </message>
    <message>
        <location filename="../model/models/schedulemodel.cpp" line="64"/>
        <source>Balance</source>
        <translation>Restschuld</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::SettingHandlers</name>
    <message>
        <location filename="../model/administration/settinghandlers.cpp" line="30"/>
        <source>A secret is never sent in a message; only its replacement is recorded.</source>
        <translation>Ein Geheimnis wird nie in einer Nachricht gesendet; nur sein Ersetzen wird festgehalten.</translation>
    </message>
    <message>
        <location filename="../model/administration/settinghandlers.cpp" line="35"/>
        <source>The field &quot;value&quot; must be text (empty for the default).</source>
        <translation>Das Feld „value“ muss Text sein (leer für den Standardwert).</translation>
    </message>
    <message>
        <location filename="../model/administration/settinghandlers.cpp" line="68"/>
        <source>The setting %1 was changed.</source>
        <translation>Die Einstellung %1 wurde geändert.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Settings</name>
    <message>
        <location filename="../model/notify/notifysettings.cpp" line="50"/>
        <source>SMTP server: smtp://host:port (plain, loopback relays only), smtps://host:port (TLS) or smtp+starttls://host:port.</source>
        <translation>SMTP-Server: smtp://host:port (unverschlüsselt, nur für Relays auf Loopback), smtps://host:port (TLS) oder smtp+starttls://host:port.</translation>
    </message>
    <message>
        <location filename="../model/notify/notifysettings.cpp" line="54"/>
        <source>SMTP user name for AUTH; empty for no authentication.</source>
        <translation>SMTP-Benutzername für AUTH; leer für keine Authentifizierung.</translation>
    </message>
    <message>
        <location filename="../model/notify/notifysettings.cpp" line="56"/>
        <source>SMTP password (kept in this machine&apos;s secret store).</source>
        <translation>SMTP-Passwort (im Geheimnisspeicher dieses Rechners abgelegt).</translation>
    </message>
    <message>
        <location filename="../model/notify/notifysettings.cpp" line="58"/>
        <source>Sender address of the e-mails, like &quot;Ledgerdesk Bank &lt;noreply@bank.example&gt;&quot;.</source>
        <translation>Absenderadresse der E-Mails, etwa &quot;Ledgerdesk Bank &lt;noreply@bank.example&gt;&quot;.</translation>
    </message>
    <message>
        <location filename="../model/notify/notifysettings.cpp" line="61"/>
        <source>A PEM file of certificate authorities to trust for the SMTP server, besides the system&apos;s.</source>
        <translation>Eine PEM-Datei mit Zertifizierungsstellen, denen für den SMTP-Server zusätzlich zu denen des Systems vertraut wird.</translation>
    </message>
    <message>
        <location filename="../model/notify/notifysettings.cpp" line="65"/>
        <source>&quot;true&quot; (default) verifies the SMTP server&apos;s certificate; &quot;false&quot; turns that off and is logged.</source>
        <translation>&quot;true&quot; (Standard) prüft das Zertifikat des SMTP-Servers; &quot;false&quot; schaltet die Prüfung ab und wird protokolliert.</translation>
    </message>
    <message>
        <location filename="../model/notify/notifysettings.cpp" line="69"/>
        <source>How long one SMTP exchange may take, in milliseconds.</source>
        <translation>Wie lange ein SMTP-Austausch dauern darf, in Millisekunden.</translation>
    </message>
    <message>
        <location filename="../model/notify/notifysettings.cpp" line="71"/>
        <source>Base URL of the Twilio-compatible SMS and WhatsApp API, like https://api.twilio.com.</source>
        <translation>Basis-URL der Twilio-kompatiblen SMS- und WhatsApp-API, etwa https://api.twilio.com.</translation>
    </message>
    <message>
        <location filename="../model/notify/notifysettings.cpp" line="75"/>
        <source>Account SID of the SMS provider.</source>
        <translation>Account-SID des SMS-Anbieters.</translation>
    </message>
    <message>
        <location filename="../model/notify/notifysettings.cpp" line="77"/>
        <source>Auth token of the SMS provider (kept in this machine&apos;s secret store).</source>
        <translation>Auth-Token des SMS-Anbieters (im Geheimnisspeicher dieses Rechners abgelegt).</translation>
    </message>
    <message>
        <location filename="../model/notify/notifysettings.cpp" line="79"/>
        <source>Sending phone number in E.164, like +14155550100; WhatsApp messages go from whatsapp:+...</source>
        <translation>Absendernummer im Format E.164, etwa +14155550100; WhatsApp-Nachrichten gehen von whatsapp:+...</translation>
    </message>
    <message>
        <location filename="../model/intake/intakesettings.cpp" line="19"/>
        <source>%1 is an amount like 1000.00: %2</source>
        <translation>%1 ist ein Betrag wie 1000.00: %2</translation>
    </message>
    <message>
        <location filename="../model/intake/intakesettings.cpp" line="30"/>
        <source>Shared secret for the webhook&apos;s HMAC-SHA256 signature; empty accepts unsigned requests (kept in this machine&apos;s secret store).</source>
        <translation>Gemeinsames Geheimnis für die HMAC-SHA256-Signatur des Webhooks; leer nimmt unsignierte Anfragen an (im Geheimnisspeicher dieses Rechners abgelegt).</translation>
    </message>
    <message>
        <location filename="../model/intake/intakesettings.cpp" line="34"/>
        <source>&quot;true&quot; refuses to serve the webhook on a machine without an intake.secret, so no machine of this book accepts unsigned requests; &quot;false&quot; (default) serves unsigned when the secret is empty.</source>
        <translation>„true“ verweigert den Webhook auf einem Rechner ohne intake.secret, sodass kein Rechner dieses Buchs unsignierte Anfragen annimmt; „false“ (Vorgabe) nimmt unsignierte an, wenn das Geheimnis leer ist.</translation>
    </message>
    <message>
        <location filename="../model/intake/intakesettings.cpp" line="39"/>
        <source>Ingested amounts at or above this (in the transaction&apos;s currency) are high_value.</source>
        <translation>Empfangene Beträge ab diesem Wert (in der Währung der Transaktion) gelten als high_value.</translation>
    </message>
    <message>
        <location filename="../model/intake/intakesettings.cpp" line="43"/>
        <source>Ingested amounts at or above this and below high_value are medium_value; the rest are standard.</source>
        <translation>Empfangene Beträge ab diesem Wert und unter high_value gelten als medium_value, alle übrigen als standard.</translation>
    </message>
    <message>
        <location filename="../model/loans/loansettings.cpp" line="9"/>
        <source>Annual loan rates by term: &quot;12:8.00,24:12.00,*:15.00&quot; is 8 % up to 12 months, 12 % up to 24, 15 % beyond.</source>
        <translation>Jährliche Kreditzinsen nach Laufzeit: &quot;12:8.00,24:12.00,*:15.00&quot; bedeutet 8 % bis 12 Monate, 12 % bis 24, 15 % darüber.</translation>
    </message>
    <message>
        <location filename="../model/loans/loansettings.cpp" line="18"/>
        <source>The largest loan per currency: &quot;USD:50000.00,EUR:50000.00&quot;. A currency that is not named takes no loans.</source>
        <translation>Der höchste Kredit je Währung: „USD:50000.00,EUR:50000.00“. Eine nicht genannte Währung bekommt keine Kredite.</translation>
    </message>
    <message>
        <location filename="../model/settings/settingdefinition.cpp" line="49"/>
        <source>%1 is true or false.</source>
        <translation>%1 ist true oder false.</translation>
    </message>
    <message>
        <location filename="../model/settings/settingdefinition.cpp" line="55"/>
        <source>%1 is a whole number between %2 and %3.</source>
        <translation>%1 ist eine ganze Zahl zwischen %2 und %3.</translation>
    </message>
    <message>
        <location filename="../model/settings/settingdefinition.cpp" line="86"/>
        <source>&quot;%1&quot; is not a setting; &quot;ledgerdesk config list&quot; shows them.</source>
        <translation>&quot;%1&quot; ist keine Einstellung; &quot;ledgerdesk config list&quot; zeigt alle Einstellungen an.</translation>
    </message>
    <message>
        <location filename="../model/notify/notifysettings.cpp" line="22"/>
        <source>smtp.url must look like smtp://host:port, smtps://host:port or smtp+starttls://host:port.</source>
        <translation>smtp.url muss die Form smtp://host:port, smtps://host:port oder smtp+starttls://host:port haben.</translation>
    </message>
    <message>
        <location filename="../model/notify/notifysettings.cpp" line="31"/>
        <source>sms.base_url must be an http or https address.</source>
        <translation>sms.base_url muss eine http- oder https-Adresse sein.</translation>
    </message>
    <message>
        <location filename="../model/notify/notifysettings.cpp" line="36"/>
        <source>sms.base_url must be an https address (plain http only to this machine, for tests).</source>
        <translation>sms.base_url muss eine https-Adresse sein (unverschlüsseltes http nur zu diesem Rechner, für Tests).</translation>
    </message>
    <message>
        <location filename="../model/notify/notifysettings.cpp" line="43"/>
        <source>The CA file %1 cannot be read.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="45"/>
        <source>Could not read the secret store %1: this user may not open it. Run as the user who set the secrets, or set them again as this one.</source>
        <translation>Der Geheimnisspeicher %1 konnte nicht gelesen werden: Dieser Benutzer darf ihn nicht öffnen. Arbeiten Sie als der Benutzer, der die Geheimnisse gesetzt hat, oder setzen Sie sie als dieser Benutzer neu.</translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="50"/>
        <source>Could not read the secret store %1: it is damaged (not the JSON object of text values it should be). Mend or remove the file, then set the secrets again with `ledgerdesk config set`.</source>
        <translation>Der Geheimnisspeicher %1 konnte nicht gelesen werden: Er ist beschädigt (nicht das JSON-Objekt aus Textwerten, das er sein sollte). Reparieren oder entfernen Sie die Datei und setzen Sie die Geheimnisse dann mit `ledgerdesk config set` neu.</translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="90"/>
        <source>Could not create the folder of %1.</source>
        <translation>Der Ordner für %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="94"/>
        <location filename="../model/settings/settings.cpp" line="100"/>
        <source>Could not write the secret store %1.</source>
        <translation>Der Geheimnisspeicher %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="110"/>
        <source>Could not read the settings.</source>
        <translation>Die Einstellungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../model/settings/settings.cpp" line="127"/>
        <source>Could not save the setting %1.</source>
        <translation>Die Einstellung %1 konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Simulator</name>
    <message>
        <location filename="../model/intake/simulator.cpp" line="176"/>
        <location filename="../model/intake/simulator.cpp" line="229"/>
        <source>The simulator is running already.</source>
        <translation>Der Simulator läuft bereits.</translation>
    </message>
    <message>
        <location filename="../model/intake/simulator.cpp" line="178"/>
        <source>The rate must be more than zero messages per second.</source>
        <translation>Die Rate muss größer als null Nachrichten pro Sekunde sein.</translation>
    </message>
    <message>
        <location filename="../model/intake/simulator.cpp" line="182"/>
        <location filename="../model/intake/simulator.cpp" line="232"/>
        <source>The count must be at least one message.</source>
        <translation>Die Anzahl muss mindestens eine Nachricht betragen.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::SmsClient</name>
    <message numerus="yes">
        <location filename="../model/notify/smsclient.cpp" line="61"/>
        <source>The SMS provider did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der SMS-Anbieter hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der SMS-Anbieter hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/notify/smsclient.cpp" line="65"/>
        <source>The SMS provider&apos;s certificate could not be verified.</source>
        <translation>Das Zertifikat des SMS-Anbieters konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../model/notify/smsclient.cpp" line="67"/>
        <source>Could not reach the SMS provider at %1.</source>
        <translation>Der SMS-Anbieter unter %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../model/notify/smsclient.cpp" line="78"/>
        <source>The SMS provider asked to try again later.</source>
        <translation>Der SMS-Anbieter bittet, es später erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../model/notify/smsclient.cpp" line="81"/>
        <source>The SMS provider refused the account or token (sms.account, sms.token).</source>
        <translation>Der SMS-Anbieter hat Konto oder Token abgelehnt (sms.account, sms.token).</translation>
    </message>
    <message>
        <location filename="../model/notify/smsclient.cpp" line="84"/>
        <source>The SMS provider has no such address; check sms.base_url and sms.account.</source>
        <translation>Der SMS-Anbieter kennt diese Adresse nicht; prüfen Sie sms.base_url und sms.account.</translation>
    </message>
    <message>
        <location filename="../model/notify/smsclient.cpp" line="87"/>
        <source>The SMS provider cannot send from this account or number (sms.from, sms.account).</source>
        <translation>Der SMS-Anbieter kann von diesem Konto oder dieser Nummer nicht senden (sms.from, sms.account).</translation>
    </message>
    <message>
        <location filename="../model/notify/smsclient.cpp" line="90"/>
        <source>The SMS provider refused the message.</source>
        <translation>Der SMS-Anbieter hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <location filename="../model/notify/smsclient.cpp" line="92"/>
        <source>The SMS provider failed to take the message.</source>
        <translation>Der SMS-Anbieter konnte die Nachricht nicht annehmen.</translation>
    </message>
    <message>
        <location filename="../model/notify/smsclient.cpp" line="93"/>
        <source>The SMS provider gave an answer Ledgerdesk does not understand.</source>
        <translation>Der SMS-Anbieter hat eine Antwort gegeben, die Ledgerdesk nicht versteht.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::SmtpClient</name>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="66"/>
        <source>&quot;%1&quot; is not an e-mail address a mail server can be given.</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse, die einem Mailserver übergeben werden kann.</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="70"/>
        <source>The sender &quot;%1&quot; is not an e-mail address a mail server can be given (smtp.from).</source>
        <translation>Der Absender &quot;%1&quot; ist keine E-Mail-Adresse, die einem Mailserver übergeben werden kann (smtp.from).</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="75"/>
        <source>TLS is not available on this machine (OpenSSL is missing).</source>
        <translation>TLS ist auf diesem Rechner nicht verfügbar (OpenSSL fehlt).</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="76"/>
        <source>The SMTP server sent a reply that never ends.</source>
        <translation>Der SMTP-Server hat eine Antwort gesendet, die nicht endet.</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="85"/>
        <source>The server does not speak SMTP.</source>
        <translation>Der Server spricht kein SMTP.</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="128"/>
        <source>The SMTP server did not accept the connection.</source>
        <translation>Der SMTP-Server hat die Verbindung nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="142"/>
        <source>The SMTP server refused the greeting (EHLO).</source>
        <translation>Der SMTP-Server hat die Begrüßung abgelehnt (EHLO).</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="145"/>
        <source>The SMTP server refused the greeting (HELO).</source>
        <translation>Der SMTP-Server hat die Begrüßung abgelehnt (HELO).</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="149"/>
        <source>The SMTP server refused to start TLS.</source>
        <translation>Der SMTP-Server hat den Start von TLS abgelehnt.</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="164"/>
        <location filename="../model/notify/smtpconversation.cpp" line="172"/>
        <source>The SMTP server refused the user name or password (smtp.user, smtp.password).</source>
        <translation>Der SMTP-Server hat Benutzername oder Passwort abgelehnt (smtp.user, smtp.password).</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="165"/>
        <location filename="../model/notify/smtpconversation.cpp" line="168"/>
        <source>The SMTP server did not accept the login.</source>
        <translation>Der SMTP-Server hat die Anmeldung nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="176"/>
        <source>The SMTP server refused the sender address %1 (smtp.from).</source>
        <translation>Der SMTP-Server hat die Absenderadresse %1 abgelehnt (smtp.from).</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="180"/>
        <source>The SMTP server refused the recipient %1.</source>
        <translation>Der SMTP-Server hat den Empfänger %1 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="184"/>
        <source>The SMTP server refused to take the e-mail.</source>
        <translation>Der SMTP-Server hat die Annahme der E-Mail verweigert.</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="191"/>
        <source>The SMTP server refused the e-mail.</source>
        <translation>Der SMTP-Server hat die E-Mail abgelehnt.</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="204"/>
        <source>The SMTP server does not offer STARTTLS, so the e-mail was not sent unencrypted.</source>
        <translation>Der SMTP-Server bietet kein STARTTLS an, daher wurde die E-Mail nicht unverschlüsselt gesendet.</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="232"/>
        <source>The SMTP server does not offer a login on this connection; it may need TLS first, or no user name (smtp.user).</source>
        <translation>Der SMTP-Server bietet auf dieser Verbindung keine Anmeldung an; möglicherweise braucht er zuerst TLS oder keinen Benutzernamen (smtp.user).</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="234"/>
        <source>The SMTP server offers no login method Ledgerdesk knows (PLAIN, LOGIN).</source>
        <translation>Der SMTP-Server bietet kein Anmeldeverfahren an, das Ledgerdesk kennt (PLAIN, LOGIN).</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="253"/>
        <source>Could not connect to the SMTP server at %1: nothing answers there.</source>
        <translation>Keine Verbindung zum SMTP-Server unter %1: Dort antwortet nichts.</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="257"/>
        <source>The SMTP server %1 could not be found.</source>
        <translation>Der SMTP-Server %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="265"/>
        <source>The certificate of the SMTP server %1 could not be verified: %2. Give its certificate authority in smtp.ca_file.</source>
        <translation>Das Zertifikat des SMTP-Servers %1 konnte nicht geprüft werden: %2. Geben Sie seine Zertifizierungsstelle in smtp.ca_file an.</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="271"/>
        <source>The TLS handshake with the SMTP server %1 failed.</source>
        <translation>Der TLS-Handshake mit dem SMTP-Server %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="274"/>
        <location filename="../model/notify/smtpconversation.cpp" line="286"/>
        <source>The SMTP server %1 closed the connection before the e-mail was accepted.</source>
        <translation>Der SMTP-Server %1 hat die Verbindung geschlossen, bevor die E-Mail angenommen wurde.</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="278"/>
        <source>The connection to the SMTP server %1 failed.</source>
        <translation>Die Verbindung zum SMTP-Server %1 ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/notify/smtpconversation.cpp" line="301"/>
        <source>The SMTP server %1 did not complete the exchange within %n second(s).</source>
        <translation>
            <numerusform>Der SMTP-Server %1 hat den Austausch nicht innerhalb von %n Sekunde abgeschlossen.</numerusform>
            <numerusform>Der SMTP-Server %1 hat den Austausch nicht innerhalb von %n Sekunden abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="315"/>
        <source>The SMTP server wants a login before it takes e-mail (smtp.user, smtp.password).</source>
        <translation>Der SMTP-Server verlangt eine Anmeldung, bevor er E-Mails annimmt (smtp.user, smtp.password).</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpconversation.cpp" line="317"/>
        <source>The SMTP server does not pass e-mail on for Ledgerdesk (relaying denied); it may want a login (smtp.user, smtp.password) or another server (smtp.url).</source>
        <translation>Der SMTP-Server leitet E-Mails für Ledgerdesk nicht weiter (Relaying verweigert); er verlangt vielleicht eine Anmeldung (smtp.user, smtp.password) oder einen anderen Server (smtp.url).</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="154"/>
        <source>The CA file %1 cannot be read (smtp.ca_file).</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden (smtp.ca_file).</translation>
    </message>
    <message>
        <location filename="../model/notify/smtpclient.cpp" line="160"/>
        <source>The CA file %1 holds no certificate in PEM format (smtp.ca_file).</source>
        <translation>Die CA-Datei %1 enthält kein Zertifikat im PEM-Format (smtp.ca_file).</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::TransactionIntake</name>
    <message>
        <location filename="../model/intake/transactionintake.cpp" line="70"/>
        <source>Transaction %1 was received before with different details; send a correction under a new transaction id.</source>
        <translation>Die Transaktion %1 kam schon einmal mit anderen Angaben an; senden Sie eine Korrektur unter einer neuen Transaktions-ID.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Transport</name>
    <message>
        <location filename="../model/notify/transport.cpp" line="59"/>
        <source>The SMTP server address &quot;%1&quot; must look like smtp://host:port, smtps://host:port or smtp+starttls://host:port.</source>
        <translation>Die SMTP-Serveradresse &quot;%1&quot; muss die Form smtp://host:port, smtps://host:port oder smtp+starttls://host:port haben.</translation>
    </message>
    <message>
        <location filename="../model/notify/transport.cpp" line="63"/>
        <source>A password is never sent over an unencrypted connection: use smtps:// or smtp+starttls:// for %1, or a relay on this machine.</source>
        <translation>Ein Passwort wird nie über eine unverschlüsselte Verbindung gesendet: Verwenden Sie smtps:// oder smtp+starttls:// für %1 oder ein Relay auf diesem Rechner.</translation>
    </message>
    <message>
        <location filename="../model/notify/transport.cpp" line="67"/>
        <source>Set the sender address of the e-mails (smtp.from).</source>
        <translation>Legen Sie die Absenderadresse der E-Mails fest (smtp.from).</translation>
    </message>
    <message>
        <location filename="../model/notify/transport.cpp" line="69"/>
        <source>The SMTP timeout must be a positive number of milliseconds.</source>
        <translation>Das SMTP-Zeitlimit muss eine positive Anzahl Millisekunden sein.</translation>
    </message>
    <message>
        <location filename="../model/notify/transport.cpp" line="77"/>
        <source>The SMS provider&apos;s address &quot;%1&quot; must be an http or https address.</source>
        <translation>Die Adresse &quot;%1&quot; des SMS-Anbieters muss eine http- oder https-Adresse sein.</translation>
    </message>
    <message>
        <location filename="../model/notify/transport.cpp" line="79"/>
        <source>Set the SMS provider&apos;s account and token (sms.account, sms.token).</source>
        <translation>Legen Sie Konto und Token des SMS-Anbieters fest (sms.account, sms.token).</translation>
    </message>
    <message>
        <location filename="../model/notify/transport.cpp" line="81"/>
        <source>Set the sending phone number for SMS and WhatsApp (sms.from).</source>
        <translation>Legen Sie die Absendernummer für SMS und WhatsApp fest (sms.from).</translation>
    </message>
    <message>
        <location filename="../model/notify/transport.cpp" line="83"/>
        <source>The SMS timeout must be a positive number of milliseconds.</source>
        <translation>Das SMS-Zeitlimit muss eine positive Anzahl Millisekunden sein.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Verifier</name>
    <message>
        <location filename="../model/ledger/journal.cpp" line="226"/>
        <source>Entry %1 does not match its recorded hash: it or its postings were changed after it was written.</source>
        <translation>Buchung %1 passt nicht zu ihrem gespeicherten Hash: Sie oder ihre Buchungszeilen wurden nach dem Schreiben geändert.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="230"/>
        <source>The chain breaks before entry %1, where it begins: an entry was removed or inserted.</source>
        <translation>Die Kette bricht vor Buchung %1, wo sie beginnt: Eine Buchung wurde entfernt oder eingefügt.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="233"/>
        <source>The chain breaks after entry %1: an entry was removed or inserted before entry %2.</source>
        <translation>Die Kette bricht nach Buchung %1: Vor Buchung %2 wurde eine Buchung entfernt oder eingefügt.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="242"/>
        <source>Entry %1 is not in the chain: it was added to the journal without being posted.</source>
        <translation>Buchung %1 ist nicht in der Kette: Sie wurde dem Journal hinzugefügt, ohne gebucht worden zu sein.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="259"/>
        <source>Entry %1 does not balance: its %2 postings sum to %3.</source>
        <translation>Buchung %1 ist nicht ausgeglichen: Ihre %2 Buchungsposten ergeben %3.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="265"/>
        <source>Entry %1 has no postings.</source>
        <translation>Buchung %1 hat keine Buchungsposten.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="273"/>
        <source>Account %1 says its balance is %2 over %3 postings, but its postings sum to %4 over %5.</source>
        <translation>Konto %1 weist einen Saldo von %2 aus %3 Buchungsposten aus, seine Buchungsposten ergeben aber %4 aus %5.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="283"/>
        <source>Account %1: the running balance breaks at posting %2.</source>
        <translation>Konto %1: Der laufende Saldo stimmt ab Buchungsposten %2 nicht mehr.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="289"/>
        <source>Wallet %1 is below zero: %2.</source>
        <translation>Geldbörse %1 ist im Minus: %2.</translation>
    </message>
    <message>
        <location filename="../model/ledger/journal.cpp" line="295"/>
        <source>The %1 accounts do not sum to zero: they sum to %2.</source>
        <translation>Die %1-Konten ergeben nicht null, sondern %2.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="285"/>
        <source>Loan %1 says it still owes %2, but its repayments leave %3.</source>
        <translation>Kredit %1 weist eine Restschuld von %2 aus, nach seinen Rückzahlungen bleiben aber %3.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="294"/>
        <source>Loan %1 was not paid into its wallet as its principal.</source>
        <translation>Kredit %1 wurde nicht mit seinem Kreditbetrag in seine Geldbörse ausgezahlt.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="301"/>
        <source>Repayment %1 of loan %2 has no matching debit of the wallet.</source>
        <translation>Zur Rückzahlung %1 von Kredit %2 gibt es keine passende Belastung der Geldbörse.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="307"/>
        <source>Loan %1 is %2, but it was never paid out into its wallet.</source>
        <translation>Kredit %1 ist %2, wurde aber nie in sein Wallet ausgezahlt.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="314"/>
        <source>Loan %1 counts its payout %2, but entry %3 reversed it.</source>
        <translation>Kredit %1 zählt seine Auszahlung %2, aber Buchung %3 hat sie storniert.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="321"/>
        <source>Loan %1 counts its repayment %2, but entry %3 reversed it.</source>
        <translation>Kredit %1 zählt seine Rückzahlung %2, aber Buchung %3 hat sie storniert.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="328"/>
        <source>Entry %1 pays out a loan, but no loan was paid out by it.</source>
        <translation>Buchung %1 zahlt einen Kredit aus, aber kein Kredit wurde durch sie ausgezahlt.</translation>
    </message>
    <message>
        <location filename="../model/loans/loanrepository.cpp" line="334"/>
        <source>Entry %1 repays a loan, but no repayment of a loan was made by it.</source>
        <translation>Buchung %1 zahlt einen Kredit zurück, aber keine Rückzahlung eines Kredits wurde durch sie geleistet.</translation>
    </message>
    <message>
        <location filename="../model/payments/paymentrepository.cpp" line="161"/>
        <source>Payment %1 is %2, but the wallet&apos;s postings say otherwise.</source>
        <translation>Zahlung %1 hat den Status %2, die Buchungsposten der Geldbörse sagen aber etwas anderes.</translation>
    </message>
    <message>
        <location filename="../model/payments/paymentrepository.cpp" line="168"/>
        <source>Payment %1 is %2 with its debit %3, but entry %4 reversed it.</source>
        <translation>Zahlung %1 ist %2 mit ihrer Belastung %3, aber Buchung %4 hat sie storniert.</translation>
    </message>
    <message>
        <location filename="../model/payments/paymentrepository.cpp" line="175"/>
        <source>Entry %1 pays a merchant, but no payment was made by it.</source>
        <translation>Buchung %1 bezahlt einen Händler, aber keine Zahlung wurde durch sie geleistet.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingsrepository.cpp" line="217"/>
        <source>Savings goal %1 holds %2, which its status does not allow.</source>
        <translation>Sparziel %1 enthält %2, was sein Status nicht zulässt.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingsrepository.cpp" line="227"/>
        <source>Savings goal %1 holds %2, but its contributions add up to %3.</source>
        <translation>Sparziel %1 hält %2, aber seine Einzahlungen ergeben %3.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingsrepository.cpp" line="237"/>
        <source>Savings goal %1: contribution %2 has no matching posting on the goal.</source>
        <translation>Sparziel %1: Einzahlung %2 hat keine passende Buchungszeile auf dem Ziel.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingsrepository.cpp" line="244"/>
        <source>Savings goal %1 counts its contribution %2, but entry %3 reversed it.</source>
        <translation>Sparziel %1 zählt seine Einzahlung %2, aber Buchung %3 hat sie storniert.</translation>
    </message>
    <message>
        <location filename="../model/savings/savingsrepository.cpp" line="251"/>
        <source>Entry %1 moves savings, but no contribution to a goal was made by it.</source>
        <translation>Buchung %1 bewegt Ersparnisse, aber keine Einzahlung auf ein Ziel wurde durch sie geleistet.</translation>
    </message>
    <message>
        <location filename="../model/storage/verifier.cpp" line="26"/>
        <source>Could not check the books.</source>
        <translation>Die Bücher konnten nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::WalletChoiceModel</name>
    <message>
        <location filename="../model/models/walletchoicemodel.cpp" line="24"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::WalletListModel</name>
    <message>
        <location filename="../model/models/walletlistmodel.cpp" line="59"/>
        <source>Wallet</source>
        <translation>Geldbörse</translation>
    </message>
    <message>
        <location filename="../model/models/walletlistmodel.cpp" line="61"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../model/models/walletlistmodel.cpp" line="63"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../model/models/walletlistmodel.cpp" line="65"/>
        <source>Entries</source>
        <translation>Buchungen</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::WalletsPage</name>
    <message>
        <location filename="../views/walletspage.cpp" line="60"/>
        <location filename="../views/walletspage.cpp" line="245"/>
        <source>Register</source>
        <translation>Kontoblatt</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="74"/>
        <source>Find a client by name, e-mail or phone</source>
        <translation>Kunden nach Name, E-Mail oder Telefon suchen</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="92"/>
        <source>New client…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="93"/>
        <source>New wallet…</source>
        <translation>Neue Geldbörse…</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="94"/>
        <source>Deposit…</source>
        <translation>Einzahlen…</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="95"/>
        <source>Withdraw…</source>
        <translation>Auszahlen…</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="96"/>
        <source>Transfer…</source>
        <translation>Überweisen…</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="97"/>
        <source>Reverse entry…</source>
        <translation>Buchung stornieren…</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="101"/>
        <source>Undo the selected deposit, withdrawal or transfer with a reversing entry; the original stays in the journal. Loans, payments and savings goals undo their own entries.</source>
        <translation>Die gewählte Einzahlung, Auszahlung oder Überweisung mit einer Gegenbuchung rückgängig machen; das Original bleibt im Journal. Kredite, Zahlungen und Sparziele machen ihre eigenen Buchungen rückgängig.</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="103"/>
        <source>Only a supervisor can reverse an entry.</source>
        <translation>Nur ein Supervisor kann eine Buchung stornieren.</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="112"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="126"/>
        <source>Wallets</source>
        <translation>Geldbörsen</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="213"/>
        <source>&lt;i&gt;No client selected.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kein Kunde ausgewählt.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="218"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="219"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="220"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="222"/>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%2 · %3&lt;br&gt;Notified by %4 · client since %5</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%2 · %3&lt;br&gt;Benachrichtigungen: %4 · Kunde seit %5</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="223"/>
        <source>no e-mail</source>
        <translation>keine E-Mail</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="224"/>
        <source>no phone</source>
        <translation>kein Telefon</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="225"/>
        <source>nothing</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="245"/>
        <source>Register of %1</source>
        <translation>Kontoblatt von %1</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="294"/>
        <source>New wallet</source>
        <translation>Neue Geldbörse</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="294"/>
        <source>Currency of the new wallet:</source>
        <translation>Währung der neuen Geldbörse:</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="307"/>
        <source>Reverse entry</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <location filename="../views/walletspage.cpp" line="308"/>
        <source>Why is this %1 of %2 reversed? The reason is kept with the reversing entry.</source>
        <translation>Warum wird diese Buchung (%1 über %2) storniert? Der Grund wird bei der Stornobuchung gespeichert.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::WebhookServer</name>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="55"/>
        <source>The request body is larger than %1 KiB.</source>
        <translation>Der Anfragetext ist größer als %1 KiB.</translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="199"/>
        <source>&quot;%1&quot; is not an address to listen on; write it like 127.0.0.1:8080.</source>
        <translation>&quot;%1&quot; ist keine Adresse, auf der gelauscht werden kann; schreiben Sie sie etwa als 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="226"/>
        <source>&quot;%1&quot; is not an IP address; listen on an address like 127.0.0.1 or 0.0.0.0.</source>
        <translation>&quot;%1&quot; ist keine IP-Adresse; lauschen Sie auf einer Adresse wie 127.0.0.1 oder 0.0.0.0.</translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="241"/>
        <source>intake.require_signature is set, but this machine has no intake.secret: set it with `ledgerdesk config set intake.secret SECRET --agent SUPERVISOR`.</source>
        <translation>intake.require_signature ist gesetzt, aber dieser Rechner hat kein intake.secret: Setzen Sie es mit `ledgerdesk config set intake.secret GEHEIMNIS --agent AUFSICHT`.</translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="260"/>
        <source>Could not listen on %1 port %2: %3</source>
        <translation>Lauschen auf %1 Port %2 nicht möglich: %3</translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="330"/>
        <source>There is nothing at %1 %2.</source>
        <translation>Unter %1 %2 gibt es nichts.</translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="381"/>
        <source>The books are busy or unreachable; send it again later.</source>
        <translation>Die Bücher sind ausgelastet oder nicht erreichbar; senden Sie die Anfrage später erneut.</translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="382"/>
        <source>The request could not be handled.</source>
        <translation>Die Anfrage konnte nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="392"/>
        <source>The request needs a valid %1 header: sha256= and the hex HMAC-SHA256 of the body.</source>
        <translation>Die Anfrage braucht einen gültigen %1-Header: sha256= und den hexadezimalen HMAC-SHA256 des Anfragetexts.</translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="399"/>
        <source>The body is not valid JSON (%1 at byte %2).</source>
        <translation>Der Anfragetext ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="403"/>
        <source>The body must be a JSON object.</source>
        <translation>Der Anfragetext muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="427"/>
        <source>Reading needs an API token: send the header &quot;Authorization: Bearer TOKEN&quot; with a token a supervisor made with `ledgerdesk token create NAME`.</source>
        <translation>Abfragen brauchen ein API-Token: Senden Sie den Header „Authorization: Bearer TOKEN“ mit einem Token, das eine Aufsicht mit `ledgerdesk token create NAME` erstellt hat.</translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="463"/>
        <source>The database server cannot be reached.</source>
        <translation>Der Datenbankserver ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="476"/>
        <source>Name the agent: /v1/records?agent=ID.</source>
        <translation>Nennen Sie den Mitarbeiter: /v1/records?agent=ID.</translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="485"/>
        <source>The parameter &quot;limit&quot; must be a whole number from 1 to %1.</source>
        <translation>Der Parameter &quot;limit&quot; muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="494"/>
        <source>The parameter &quot;offset&quot; must be a whole number, 0 or more.</source>
        <translation>Der Parameter &quot;offset&quot; muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <location filename="../model/intake/webhookserver.cpp" line="500"/>
        <source>There is no agent &quot;%1&quot;.</source>
        <translation>Es gibt keinen Mitarbeiter &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::YearMonth</name>
    <message>
        <location filename="../model/optimiser/yearmonth.cpp" line="33"/>
        <source>&quot;%1&quot; is not a month; write it like 2027-01.</source>
        <translation>&quot;%1&quot; ist kein Monat; schreiben Sie ihn etwa als 2027-01.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/yearmonth.cpp" line="37"/>
        <source>&quot;%1&quot; is not a month: months run from 01 to 12.</source>
        <translation>&quot;%1&quot; ist kein Monat: Monate reichen von 01 bis 12.</translation>
    </message>
    <message>
        <location filename="../model/optimiser/yearmonth.cpp" line="40"/>
        <source>The year of &quot;%1&quot; must lie between %2 and %3.</source>
        <translation>Das Jahr von &quot;%1&quot; muss zwischen %2 und %3 liegen.</translation>
    </message>
</context>
</TS>
