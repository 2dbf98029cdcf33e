<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Ledgerdesk::ActivityPage</name>
    <message numerus="yes">
        <location filename="../views/activitypage.cpp" line="174"/>
        <source>Page %1 of %2 · %n record(s)</source>
        <translation>
            <numerusform>Page %1 of %2 · %n record</numerusform>
            <numerusform>Page %1 of %2 · %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::CommandLine</name>
    <message numerus="yes">
        <location filename="../app/verifycommand.cpp" line="39"/>
        <source>%n breach(es) found: the books are not sound.</source>
        <translation>
            <numerusform>%n breach found: the books are not sound.</numerusform>
            <numerusform>%n breaches found: the books are not sound.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::IngestPage</name>
    <message numerus="yes">
        <location filename="../views/ingestpage.cpp" line="52"/>
        <source>Page %1 of %2 · %n transaction(s)</source>
        <translation>
            <numerusform>Page %1 of %2 · %n transaction</numerusform>
            <numerusform>Page %1 of %2 · %n transactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::IngestPayload</name>
    <message numerus="yes">
        <location filename="../model/intake/ingestpayload.cpp" line="49"/>
        <location filename="../model/intake/ingestpayload.cpp" line="197"/>
        <source>The field &quot;%1&quot; is longer than %n character(s).</source>
        <translation>
            <numerusform>The field &quot;%1&quot; is longer than %n character.</numerusform>
            <numerusform>The field &quot;%1&quot; is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::LoanListModel</name>
    <message numerus="yes">
        <location filename="../model/models/loanlistmodel.cpp" line="97"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::LoansPage</name>
    <message numerus="yes">
        <location filename="../views/loanspage.cpp" line="244"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 at %4 % for %n month(s) · monthly %5 · still owed &lt;b&gt;%6&lt;/b&gt; of %7 · applied by %8%9</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 at %4 % for %n month · monthly %5 · still owed &lt;b&gt;%6&lt;/b&gt; of %7 · applied by %8%9</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 at %4 % for %n months · monthly %5 · still owed &lt;b&gt;%6&lt;/b&gt; of %7 · applied by %8%9</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Money</name>
    <message numerus="yes">
        <location filename="../model/core/money.cpp" line="199"/>
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 amounts have at most %n decimal place.</numerusform>
            <numerusform>%1 amounts have at most %n decimal places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::OutboxModel</name>
    <message numerus="yes">
        <location filename="../model/models/outboxmodel.cpp" line="80"/>
        <source>Not sent in %n attempt(s), and tried again for as long as it takes; next attempt %1.</source>
        <translation>
            <numerusform>Not sent in %n attempt, and tried again for as long as it takes; next attempt %1.</numerusform>
            <numerusform>Not sent in %n attempts, and tried again for as long as it takes; next attempt %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::OutboxPage</name>
    <message numerus="yes">
        <location filename="../views/outboxpage.cpp" line="87"/>
        <source>Page %1 of %2 · %n notification(s)</source>
        <translation>
            <numerusform>Page %1 of %2 · %n notification</numerusform>
            <numerusform>Page %1 of %2 · %n notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::PaymentsPage</name>
    <message numerus="yes">
        <location filename="../views/paymentspage.cpp" line="150"/>
        <source>Latest %n payment(s): &lt;b&gt;%1&lt;/b&gt; pending · &lt;b&gt;%2&lt;/b&gt; succeeded · &lt;b&gt;%3&lt;/b&gt; failed</source>
        <translation>
            <numerusform>Latest %n payment: &lt;b&gt;%1&lt;/b&gt; pending · &lt;b&gt;%2&lt;/b&gt; succeeded · &lt;b&gt;%3&lt;/b&gt; failed</numerusform>
            <numerusform>Latest %n payments: &lt;b&gt;%1&lt;/b&gt; pending · &lt;b&gt;%2&lt;/b&gt; succeeded · &lt;b&gt;%3&lt;/b&gt; failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::Processor</name>
    <message numerus="yes">
        <location filename="../model/commands/processor.cpp" line="157"/>
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt)</numerusform>
            <numerusform>%1 (gave up after %n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::SmsClient</name>
    <message numerus="yes">
        <location filename="../model/notify/smsclient.cpp" line="61"/>
        <source>The SMS provider did not answer within %n second(s).</source>
        <translation>
            <numerusform>The SMS provider did not answer within %n second.</numerusform>
            <numerusform>The SMS provider did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledgerdesk::SmtpClient</name>
    <message numerus="yes">
        <location filename="../model/notify/smtpconversation.cpp" line="301"/>
        <source>The SMTP server %1 did not complete the exchange within %n second(s).</source>
        <translation>
            <numerusform>The SMTP server %1 did not complete the exchange within %n second.</numerusform>
            <numerusform>The SMTP server %1 did not complete the exchange within %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
