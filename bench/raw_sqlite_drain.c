/* The baseline of bench_drain: what a plain C program with the sqlite3 API pays to drain a queue of
 * DEPOSIT messages with the row reads and writes Processor::drainAll() does (DESIGN section 4). It
 * opens a book bench_drain prepared with the real schema and data (an agent, a client with the e-mail
 * channel, a wallet, the cash account, N queued deposits), and until the queue is empty: claims a batch
 * with UPDATE ... RETURNING in its own transaction, then applies the batch in one transaction with a
 * SAVEPOINT per message: the processed_messages lookup, the agent read, the wallet read, the journal
 * entry, two guarded balance updates with RETURNING, two postings, the client read, one rendered outbox
 * row per channel of the client, the activity record, the processed_messages mark and the queue delete.
 * Statements are prepared once; pragmas as in storage/database.cpp. Prints one JSON object with the
 * messages per second of the drain (the clock covers the claims and the batches, nothing else).
 * Only what the benchmark needs is supported: DEPOSIT messages into USD wallets, English wording. */

#define _POSIX_C_SOURCE 200809L

#include "raw_sqlite_support.h"

#include <sqlite3.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
    char id[RAW_ID_SIZE];
    char type[32];
    char walletId[64];
    char amount[32];
    char agentId[64];
    int64_t enqueuedAtMs;
} Claimed;

typedef struct
{
    sqlite3 *db;
    sqlite3_stmt *begin;
    sqlite3_stmt *commit;
    sqlite3_stmt *savepoint;
    sqlite3_stmt *release;
    sqlite3_stmt *claim;
    sqlite3_stmt *seen;
    sqlite3_stmt *agent;
    sqlite3_stmt *account;
    sqlite3_stmt *insertEntry;
    sqlite3_stmt *bump;
    sqlite3_stmt *insertPosting;
    sqlite3_stmt *client;
    sqlite3_stmt *insertOutbox;
    sqlite3_stmt *insertRecord;
    sqlite3_stmt *mark;
    sqlite3_stmt *remove;
} Books;

enum { VisibilityTimeoutMs = 30000 };

static void openBooks(Books *books, const char *path)
{
    memset(books, 0, sizeof *books);
    if (sqlite3_open_v2(path, &books->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
        rawFail(books->db, path);
    sqlite3_busy_timeout(books->db, 5000);
    rawExec(books->db, "PRAGMA journal_mode=WAL");
    rawExec(books->db, "PRAGMA synchronous=FULL");
    rawExec(books->db, "PRAGMA foreign_keys=ON");
    rawExec(books->db, "PRAGMA temp_store=MEMORY");

    books->begin = rawPrepare(books->db, "BEGIN IMMEDIATE");
    books->commit = rawPrepare(books->db, "COMMIT");
    books->savepoint = rawPrepare(books->db, "SAVEPOINT message");
    books->release = rawPrepare(books->db, "RELEASE SAVEPOINT message");
    books->claim = rawPrepare(books->db,
        "UPDATE queue_messages SET visible_at_ms = ?, receive_count = receive_count + 1 "
        "WHERE id IN (SELECT id FROM queue_messages WHERE visible_at_ms <= ? ORDER BY id LIMIT ?) "
        "RETURNING id, type, json_extract(payload, '$.wallet_id'), json_extract(payload, '$.amount'), "
        "agent_id, enqueued_at_ms");
    books->seen = rawPrepare(books->db, "SELECT result FROM processed_messages WHERE message_id = ?");
    books->agent = rawPrepare(books->db,
        "SELECT id, display_name, role, password_hash, active, failed_logins, "
        "locked_until_ms FROM agents WHERE id = ?");
    books->account = rawPrepare(books->db,
        "SELECT id, client_id, kind, name, currency, balance_minor, posting_count, "
        "status, created_at_ms FROM accounts WHERE id = ?");
    books->insertEntry = rawPrepare(books->db,
        "INSERT INTO journal_entries (id, kind, created_at_ms, agent_id, "
        "source_message_id, memo, reverses_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    books->bump = rawPrepare(books->db,
        "UPDATE accounts SET balance_minor = balance_minor + ?, posting_count = "
        "posting_count + 1 WHERE id = ? AND status = 'open' AND (kind <> 'customer' OR "
        "balance_minor + ? >= 0) RETURNING balance_minor, posting_count, currency");
    books->insertPosting = rawPrepare(books->db,
        "INSERT INTO postings (entry_id, account_id, seq, amount_minor, "
        "balance_after_minor) VALUES (?, ?, ?, ?, ?)");
    books->client = rawPrepare(books->db,
        "SELECT id, first_name, last_name, email, phone, channels, locale, "
        "created_at_ms, updated_at_ms, deleted_at_ms FROM clients WHERE id = ?");
    books->insertOutbox = rawPrepare(books->db,
        "INSERT INTO outbox (id, channel, recipient, subject, body_text, body_html, "
        "template, client_id, source_message_id, status, attempts, "
        "next_attempt_at_ms, created_at_ms, last_error, provider_ref) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    books->insertRecord = rawPrepare(books->db,
        "INSERT INTO activity_records (id, agent_id, client_id, action, attribute, "
        "before_value, after_value, created_at_ms, email_sent) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    books->mark = rawPrepare(books->db,
        "INSERT INTO processed_messages (message_id, type, processed_at_ms, "
        "enqueued_at_ms, result) VALUES (?, ?, ?, ?, ?)");
    books->remove = rawPrepare(books->db, "DELETE FROM queue_messages WHERE id = ?");
}

static void closeBooks(Books *books)
{
    sqlite3_stmt *statements[] = {books->begin, books->commit, books->savepoint, books->release, books->claim, books->seen,
        books->agent, books->account, books->insertEntry, books->bump, books->insertPosting, books->client, books->insertOutbox,
        books->insertRecord, books->mark, books->remove};
    for (size_t i = 0; i < sizeof statements / sizeof statements[0]; ++i)
        sqlite3_finalize(statements[i]);
    if (sqlite3_close(books->db) != SQLITE_OK)
        rawFail(books->db, "close");
}

/* Copies a text column into a fixed buffer; a value that does not fit is an error, never cut. */
static void copyText(Books *books, char *out, size_t size, sqlite3_stmt *stmt, int column)
{
    const unsigned char *text = sqlite3_column_text(stmt, column);
    const int length = snprintf(out, size, "%s", text ? (const char *)text : "");
    if (length < 0 || (size_t)length >= size)
        rawFail(books->db, "a text column is longer than expected");
}

static int compareClaimed(const void *a, const void *b)
{
    return strcmp(((const Claimed *)a)->id, ((const Claimed *)b)->id);
}

/* Claims up to `limit` visible messages in a transaction of its own, oldest first; returns how many. */
static long claim(Books *books, Claimed *out, long limit)
{
    const int64_t now = rawNowMs();
    rawRun(books->db, books->begin);
    sqlite3_bind_int64(books->claim, 1, now + VisibilityTimeoutMs);
    sqlite3_bind_int64(books->claim, 2, now);
    sqlite3_bind_int64(books->claim, 3, limit);
    long count = 0;
    int step;
    while ((step = sqlite3_step(books->claim)) == SQLITE_ROW) {
        if (count == limit)
            rawFail(books->db, "the claim returned more rows than its limit");
        Claimed *item = &out[count++];
        copyText(books, item->id, sizeof item->id, books->claim, 0);
        copyText(books, item->type, sizeof item->type, books->claim, 1);
        copyText(books, item->walletId, sizeof item->walletId, books->claim, 2);
        copyText(books, item->amount, sizeof item->amount, books->claim, 3);
        copyText(books, item->agentId, sizeof item->agentId, books->claim, 4);
        item->enqueuedAtMs = sqlite3_column_int64(books->claim, 5);
    }
    if (step != SQLITE_DONE)
        rawFail(books->db, "the claim");
    sqlite3_reset(books->claim);
    sqlite3_clear_bindings(books->claim);
    rawRun(books->db, books->commit);
    qsort(out, (size_t)count, sizeof *out, compareClaimed);
    return count;
}

/* "12.34" -> 1234; anything else (signs, more than two places, letters) is refused with -1. */
static int64_t parseAmount(const char *text)
{
    int64_t whole = 0;
    const char *p = text;
    if (*p < '0' || *p > '9')
        return -1;
    for (; *p >= '0' && *p <= '9'; ++p) {
        whole = whole * 10 + (*p - '0');
        if (whole > 10000000000000LL)
            return -1;
    }
    int64_t cents = 0;
    if (*p == '.') {
        ++p;
        int places = 0;
        for (; *p >= '0' && *p <= '9' && places < 2; ++p, ++places)
            cents = cents * 10 + (*p - '0');
        if (places == 1)
            cents *= 10;
    }
    return *p == '\0' ? whole * 100 + cents : -1;
}

/* Dollars as QLocale(en_US) and Money::format write them: "$1,234.56". */
static void dollars(char *out, size_t size, int64_t minor)
{
    char digits[32];
    snprintf(digits, sizeof digits, "%lld", (long long)(llabs(minor) / 100));
    const size_t length = strlen(digits);
    char grouped[32]; /* 17 digits and 5 separators at most */
    size_t at = 0;
    for (size_t i = 0; i < length; ++i) {
        if (i > 0 && (length - i) % 3 == 0)
            grouped[at++] = ',';
        grouped[at++] = digits[i];
    }
    grouped[at] = '\0';
    snprintf(out, size, "%s$%s.%02lld", minor < 0 ? "-" : "", grouped, (long long)(llabs(minor) % 100));
}

/* Writes `text` with &, <, > and " escaped for HTML. */
static void htmlEscaped(char *out, size_t size, const char *text)
{
    size_t at = 0;
    for (const char *p = text; *p; ++p) {
        const char *replacement = *p == '&' ? "&amp;" : *p == '<' ? "&lt;" : *p == '>' ? "&gt;" : *p == '"' ? "&quot;" : NULL;
        const size_t needed = replacement ? strlen(replacement) : 1;
        if (at + needed >= size)
            rawFail(NULL, "an HTML value is longer than expected");
        if (replacement) {
            memcpy(out + at, replacement, needed);
        } else {
            out[at] = *p;
        }
        at += needed;
    }
    out[at] = '\0';
}

typedef struct
{
    char id[64];
    char firstName[128];
    char lastName[128];
    char email[256];
    char phone[64];
    char channels[64];
} ClientRow;

/* One outbox row per channel the client chose, rendered from the English "deposit" template as
 * notify/outboxwriter.cpp renders it; returns whether an e-mail was among them. */
static int notifyClient(
    Books *books, const ClientRow *client, const char *messageId, int64_t amountMinor, int64_t balanceMinor, int64_t now)
{
    char amount[48];
    char balance[48];
    dollars(amount, sizeof amount, amountMinor);
    dollars(balance, sizeof balance, balanceMinor);
    char name[260];
    snprintf(name, sizeof name, "%s %s", client->firstName, client->lastName);
    char escapedName[1400];
    htmlEscaped(escapedName, sizeof escapedName, name);

    static const char subject[] = "Deposit received";
    char sentence[256];
    snprintf(sentence, sizeof sentence, "Your deposit of %s was successful. Your new balance is %s.", amount, balance);
    char text[1024];
    snprintf(text, sizeof text, "Dear %s,\n\n%s\n\nKind regards\nYour Ledgerdesk team\n", name, sentence);
    char html[4096];
    snprintf(html, sizeof html,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>%s</title></head>\n"
        "<body style=\"font-family: sans-serif\">\n<p>Dear %s,</p>\n<p>%s</p>\n"
        "<p>Kind regards<br>\nYour Ledgerdesk team</p>\n</body>\n</html>\n",
        subject, escapedName, sentence);

    int emailQueued = 0;
    char channels[64];
    snprintf(channels, sizeof channels, "%s", client->channels);
    char *rest = NULL;
    for (char *channel = strtok_r(channels, ",", &rest); channel; channel = strtok_r(NULL, ",", &rest)) {
        const int isEmail = strcmp(channel, "email") == 0;
        if (!isEmail && strcmp(channel, "sms") != 0 && strcmp(channel, "whatsapp") != 0)
            continue;
        const char *recipient = isEmail ? client->email : client->phone;
        if (recipient[0] == '\0')
            continue;
        char outboxId[RAW_ID_SIZE];
        rawNextId(outboxId);
        sqlite3_stmt *insert = books->insertOutbox;
        sqlite3_bind_text(insert, 1, outboxId, -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, channel, -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, recipient, -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 4, isEmail ? subject : "", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 5, isEmail ? text : sentence, -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 6, isEmail ? html : "", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 7, "deposit", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 8, client->id, -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 9, messageId, -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 10, "PENDING", -1, SQLITE_STATIC);
        sqlite3_bind_int(insert, 11, 0);
        sqlite3_bind_int64(insert, 12, now);
        sqlite3_bind_int64(insert, 13, now);
        sqlite3_bind_text(insert, 14, "", 0, SQLITE_STATIC);
        sqlite3_bind_text(insert, 15, "", 0, SQLITE_STATIC);
        rawRun(books->db, insert);
        emailQueued = emailQueued || isEmail;
    }
    return emailQueued;
}

/* Moves one posting's amount into an account through the guarded update and records the posting
 * with its running balance; returns the new balance. */
static int64_t post(Books *books, const char *entryId, const char *accountId, int64_t amountMinor)
{
    sqlite3_bind_int64(books->bump, 1, amountMinor);
    sqlite3_bind_text(books->bump, 2, accountId, -1, SQLITE_STATIC);
    sqlite3_bind_int64(books->bump, 3, amountMinor);
    if (sqlite3_step(books->bump) != SQLITE_ROW)
        rawFail(books->db, "the account refused the posting");
    const int64_t balance = sqlite3_column_int64(books->bump, 0);
    const int64_t seq = sqlite3_column_int64(books->bump, 1);
    if (sqlite3_step(books->bump) != SQLITE_DONE)
        rawFail(books->db, "the balance update");
    sqlite3_reset(books->bump);
    sqlite3_clear_bindings(books->bump);

    sqlite3_bind_text(books->insertPosting, 1, entryId, -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertPosting, 2, accountId, -1, SQLITE_STATIC);
    sqlite3_bind_int64(books->insertPosting, 3, seq);
    sqlite3_bind_int64(books->insertPosting, 4, amountMinor);
    sqlite3_bind_int64(books->insertPosting, 5, balance);
    rawRun(books->db, books->insertPosting);
    return balance;
}

/* Applies one claimed deposit inside the caller's savepoint and removes it from the queue; exits on
 * any refusal, as the benchmark's messages are all valid. */
static void applyDeposit(Books *books, const Claimed *message)
{
    if (strcmp(message->type, "DEPOSIT") != 0)
        rawFail(NULL, "only DEPOSIT messages are supported");

    sqlite3_bind_text(books->seen, 1, message->id, -1, SQLITE_STATIC);
    const int seen = sqlite3_step(books->seen);
    if (seen != SQLITE_DONE)
        rawFail(books->db, seen == SQLITE_ROW ? "the message was applied already" : "the processed_messages lookup");
    sqlite3_reset(books->seen);
    sqlite3_clear_bindings(books->seen);

    sqlite3_bind_text(books->agent, 1, message->agentId, -1, SQLITE_STATIC);
    if (sqlite3_step(books->agent) != SQLITE_ROW)
        rawFail(books->db, "the agent is unknown");
    if (sqlite3_column_int(books->agent, 4) != 1)
        rawFail(books->db, "the agent is disabled");
    sqlite3_reset(books->agent);
    sqlite3_clear_bindings(books->agent);

    sqlite3_bind_text(books->account, 1, message->walletId, -1, SQLITE_STATIC);
    if (sqlite3_step(books->account) != SQLITE_ROW)
        rawFail(books->db, "the wallet is missing");
    char clientId[64];
    char currency[8];
    copyText(books, clientId, sizeof clientId, books->account, 1);
    copyText(books, currency, sizeof currency, books->account, 4);
    const int isOpenWallet = strcmp((const char *)sqlite3_column_text(books->account, 2), "customer") == 0
        && strcmp((const char *)sqlite3_column_text(books->account, 7), "open") == 0;
    const int64_t balanceBefore = sqlite3_column_int64(books->account, 5);
    sqlite3_reset(books->account);
    sqlite3_clear_bindings(books->account);
    if (!isOpenWallet || strcmp(currency, "USD") != 0)
        rawFail(NULL, "the wallet is not an open USD wallet");
    const int64_t amountMinor = parseAmount(message->amount);
    if (amountMinor <= 0)
        rawFail(NULL, "the amount is not a positive decimal with at most two places");

    const int64_t now = message->enqueuedAtMs;
    char entryId[RAW_ID_SIZE];
    rawNextId(entryId);
    sqlite3_bind_text(books->insertEntry, 1, entryId, -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertEntry, 2, "DEPOSIT", -1, SQLITE_STATIC);
    sqlite3_bind_int64(books->insertEntry, 3, now);
    sqlite3_bind_text(books->insertEntry, 4, message->agentId, -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertEntry, 5, message->id, -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertEntry, 6, "", 0, SQLITE_STATIC);
    sqlite3_bind_null(books->insertEntry, 7);
    rawRun(books->db, books->insertEntry);

    const int64_t balanceAfter = post(books, entryId, message->walletId, amountMinor);
    post(books, entryId, "sys:cash:USD", -amountMinor);

    sqlite3_bind_text(books->client, 1, clientId, -1, SQLITE_STATIC);
    if (sqlite3_step(books->client) != SQLITE_ROW)
        rawFail(books->db, "the wallet's client is missing");
    ClientRow client;
    copyText(books, client.id, sizeof client.id, books->client, 0);
    copyText(books, client.firstName, sizeof client.firstName, books->client, 1);
    copyText(books, client.lastName, sizeof client.lastName, books->client, 2);
    copyText(books, client.email, sizeof client.email, books->client, 3);
    copyText(books, client.phone, sizeof client.phone, books->client, 4);
    copyText(books, client.channels, sizeof client.channels, books->client, 5);
    sqlite3_reset(books->client);
    sqlite3_clear_bindings(books->client);
    const int emailed = notifyClient(books, &client, message->id, amountMinor, balanceAfter, now);

    char before[32];
    char after[32];
    char amount[32];
    rawDecimal(before, sizeof before, balanceBefore);
    rawDecimal(after, sizeof after, balanceAfter);
    rawDecimal(amount, sizeof amount, amountMinor);
    char recordId[RAW_ID_SIZE];
    rawNextId(recordId);
    sqlite3_bind_text(books->insertRecord, 1, recordId, -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertRecord, 2, message->agentId, -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertRecord, 3, clientId, -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertRecord, 4, "Deposit|Wallet", -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertRecord, 5, "balance", -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertRecord, 6, before, -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertRecord, 7, after, -1, SQLITE_STATIC);
    sqlite3_bind_int64(books->insertRecord, 8, now);
    sqlite3_bind_int(books->insertRecord, 9, emailed);
    rawRun(books->db, books->insertRecord);

    char result[512];
    snprintf(result, sizeof result,
        "{\"amount\":\"%s\",\"balance\":\"%s\",\"client_id\":\"%s\",\"currency\":\"%s\",\"entry_id\":\"%s\","
        "\"wallet_id\":\"%s\"}",
        amount, after, clientId, currency, entryId, message->walletId);
    sqlite3_bind_text(books->mark, 1, message->id, -1, SQLITE_STATIC);
    sqlite3_bind_text(books->mark, 2, "DEPOSIT", -1, SQLITE_STATIC);
    sqlite3_bind_int64(books->mark, 3, rawNowMs());
    sqlite3_bind_int64(books->mark, 4, message->enqueuedAtMs);
    sqlite3_bind_text(books->mark, 5, result, -1, SQLITE_STATIC);
    rawRun(books->db, books->mark);

    sqlite3_bind_text(books->remove, 1, message->id, -1, SQLITE_STATIC);
    rawRun(books->db, books->remove);
}

static void usage(void)
{
    fprintf(stderr, "usage: bench_raw_sqlite_drain --db FILE [--batch N]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    rawProgramName = "bench_raw_sqlite_drain";
    const char *path = NULL;
    long batch = 500;
    for (int i = 1; i < argc; ++i) {
        if (i + 1 >= argc)
            usage();
        if (strcmp(argv[i], "--db") == 0)
            path = argv[++i];
        else if (strcmp(argv[i], "--batch") == 0)
            batch = rawPositive(argv[++i]);
        else
            usage();
    }
    if (!path || batch <= 0)
        usage();

    Books books;
    openBooks(&books, path);
    Claimed *claimed = malloc((size_t)batch * sizeof *claimed);
    if (!claimed)
        rawFail(NULL, "the claim buffer");

    long applied = 0;
    long batches = 0;
    const double start = rawMonotonicSeconds();
    for (;;) {
        const long count = claim(&books, claimed, batch);
        if (count == 0)
            break;
        rawRun(books.db, books.begin);
        for (long i = 0; i < count; ++i) {
            rawRun(books.db, books.savepoint);
            applyDeposit(&books, &claimed[i]);
            rawRun(books.db, books.release);
        }
        rawRun(books.db, books.commit);
        applied += count;
        ++batches;
    }
    const double seconds = rawMonotonicSeconds() - start;

    free(claimed);
    closeBooks(&books);
    printf("{\"benchmark\":\"raw_sqlite_drain\",\"sqlite_version\":\"%s\",\"batch\":%ld,\"applied\":%ld,"
           "\"batches\":%ld,\"seconds\":%.6f,\"per_s\":%.1f}\n",
        sqlite3_libversion(), batch, applied, batches, seconds, seconds > 0 ? (double)applied / seconds : 0.0);
    return 0;
}
