/* The baseline of bench_deposits: what a plain C program with the sqlite3 API pays for the row reads and
 * writes of one DEPOSIT message as Ledgerdesk applies it (DESIGN section 4): the processed_messages
 * lookup, the agent read, one read of each account, the journal entry, two balance updates with
 * RETURNING, two postings, the activity record and the processed_messages mark, all through statements
 * prepared once. Tables, indexes and constraints are those of resources/sql/0001_ledger.sql for the
 * tables a deposit touches; pragmas as in storage/database.cpp (WAL, synchronous=FULL, foreign keys,
 * temp_store=MEMORY).
 * Modes: one transaction per deposit; batched with a SAVEPOINT per deposit inside one transaction per
 * batch; batched with no savepoints. Each mode runs on its own fresh file; figures go to stdout as JSON. */

#define _POSIX_C_SOURCE 200809L

#include "raw_sqlite_support.h"

#include <sqlite3.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char schema[] =
    "CREATE TABLE agents ("
    " id TEXT PRIMARY KEY,"
    " display_name TEXT NOT NULL CHECK (display_name <> ''),"
    " role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'system')),"
    " password_hash TEXT NOT NULL,"
    " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
    " failed_logins INTEGER NOT NULL DEFAULT 0,"
    " locked_until_ms BIGINT NOT NULL DEFAULT 0,"
    " created_at_ms BIGINT NOT NULL);"
    "CREATE TABLE clients ("
    " id TEXT PRIMARY KEY,"
    " first_name TEXT NOT NULL CHECK (first_name <> ''),"
    " last_name TEXT NOT NULL CHECK (last_name <> ''),"
    " email TEXT NOT NULL,"
    " phone TEXT NOT NULL,"
    " channels TEXT NOT NULL,"
    " locale TEXT NOT NULL,"
    " created_at_ms BIGINT NOT NULL,"
    " updated_at_ms BIGINT NOT NULL,"
    " deleted_at_ms BIGINT);"
    "CREATE INDEX clients_by_name ON clients (last_name, first_name);"
    "CREATE TABLE accounts ("
    " id TEXT PRIMARY KEY,"
    " client_id TEXT REFERENCES clients (id),"
    " kind TEXT NOT NULL CHECK (kind IN ('customer', 'cash', 'loan_funding', 'merchant', 'savings_goal', 'ingest')),"
    " name TEXT NOT NULL,"
    " currency TEXT NOT NULL CHECK (length(currency) = 3),"
    " balance_minor BIGINT NOT NULL DEFAULT 0,"
    " posting_count BIGINT NOT NULL DEFAULT 0,"
    " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),"
    " created_at_ms BIGINT NOT NULL,"
    " CHECK (kind <> 'customer' OR client_id IS NOT NULL),"
    " CHECK (kind <> 'customer' OR balance_minor >= 0));"
    "CREATE INDEX accounts_by_client ON accounts (client_id);"
    "CREATE TABLE journal_entries ("
    " id TEXT PRIMARY KEY,"
    " kind TEXT NOT NULL CHECK (kind IN ('DEPOSIT', 'WITHDRAWAL', 'TRANSFER', 'LOAN_IN', 'LOAN_REPAYMENT',"
    "  'PAYMENT_OUT', 'SAVINGS_ADD', 'SAVINGS_REDEEM', 'SAVINGS_REFUND', 'INGESTED', 'REVERSAL')),"
    " created_at_ms BIGINT NOT NULL,"
    " agent_id TEXT NOT NULL REFERENCES agents (id),"
    " source_message_id TEXT,"
    " memo TEXT NOT NULL DEFAULT '',"
    " reverses_entry_id TEXT REFERENCES journal_entries (id));"
    "CREATE UNIQUE INDEX journal_entries_one_reversal ON journal_entries (reverses_entry_id);"
    "CREATE TABLE postings ("
    " id INTEGER PRIMARY KEY,"
    " entry_id TEXT NOT NULL REFERENCES journal_entries (id),"
    " account_id TEXT NOT NULL REFERENCES accounts (id),"
    " seq BIGINT NOT NULL,"
    " amount_minor BIGINT NOT NULL CHECK (amount_minor <> 0),"
    " balance_after_minor BIGINT NOT NULL,"
    " UNIQUE (account_id, seq));"
    "CREATE INDEX postings_by_entry ON postings (entry_id);"
    "CREATE TABLE activity_records ("
    " id TEXT PRIMARY KEY,"
    " agent_id TEXT NOT NULL REFERENCES agents (id),"
    " client_id TEXT,"
    " action TEXT NOT NULL,"
    " attribute TEXT NOT NULL DEFAULT '',"
    " before_value TEXT NOT NULL DEFAULT '',"
    " after_value TEXT NOT NULL DEFAULT '',"
    " created_at_ms BIGINT NOT NULL,"
    " email_sent INTEGER NOT NULL DEFAULT 0,"
    " corrected_at_ms BIGINT,"
    " deleted_at_ms BIGINT,"
    " deleted_by TEXT REFERENCES agents (id));"
    "CREATE INDEX activity_by_time ON activity_records (created_at_ms);"
    "CREATE INDEX activity_by_agent ON activity_records (agent_id, created_at_ms);"
    "CREATE INDEX activity_by_client ON activity_records (client_id, created_at_ms);"
    "CREATE TABLE processed_messages ("
    " message_id TEXT PRIMARY KEY,"
    " type TEXT NOT NULL,"
    " processed_at_ms BIGINT NOT NULL,"
    " result TEXT NOT NULL);";

static const char agentId[] = "bench-agent";
static const char clientId[] = "bench-client";
static const char walletId[] = "bench-wallet";
static const char cashId[] = "sys:cash:USD";

enum Mode { PerTransaction, BatchedSavepoints, BatchedPlain };

typedef struct
{
    sqlite3 *db;
    sqlite3_stmt *begin;
    sqlite3_stmt *commit;
    sqlite3_stmt *savepoint;
    sqlite3_stmt *release;
    sqlite3_stmt *seen;
    sqlite3_stmt *agent;
    sqlite3_stmt *account;
    sqlite3_stmt *insertEntry;
    sqlite3_stmt *bump;
    sqlite3_stmt *insertPosting;
    sqlite3_stmt *insertRecord;
    sqlite3_stmt *mark;
} Books;

static void openBooks(Books *books, const char *path)
{
    memset(books, 0, sizeof *books);
    if (sqlite3_open_v2(path, &books->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
        rawFail(books->db, path);
    sqlite3_busy_timeout(books->db, 5000);
    rawExec(books->db, "PRAGMA journal_mode=WAL");
    rawExec(books->db, "PRAGMA synchronous=FULL");
    rawExec(books->db, "PRAGMA foreign_keys=ON");
    rawExec(books->db, "PRAGMA temp_store=MEMORY");

    rawExec(books->db, "BEGIN IMMEDIATE");
    rawExec(books->db, schema);
    const int64_t now = rawNowMs();
    char sql[1024];
    snprintf(sql, sizeof sql,
             "INSERT INTO agents (id, display_name, role, password_hash, created_at_ms) VALUES "
             "('system', 'System', 'system', '!', 0), ('intake', 'Intake', 'system', '!', 0), "
             "('%s', 'Bench Agent', 'agent', '!', %lld);"
             "INSERT INTO clients (id, first_name, last_name, email, phone, channels, locale, created_at_ms, updated_at_ms) "
             "VALUES ('%s', 'Ada', 'Bench', 'ada@example.com', '+4915112345678', 'email', 'en_US', %lld, %lld);"
             "INSERT INTO accounts (id, client_id, kind, name, currency, status, created_at_ms) VALUES "
             "('%s', '%s', 'customer', 'USD wallet', 'USD', 'open', %lld), "
             "('%s', NULL, 'cash', 'cash USD', 'USD', 'open', %lld);",
             agentId, (long long)now, clientId, (long long)now, (long long)now, walletId, clientId, (long long)now,
             cashId, (long long)now);
    rawExec(books->db, sql);
    rawExec(books->db, "COMMIT");

    books->begin = rawPrepare(books->db, "BEGIN IMMEDIATE");
    books->commit = rawPrepare(books->db, "COMMIT");
    books->savepoint = rawPrepare(books->db, "SAVEPOINT message");
    books->release = rawPrepare(books->db, "RELEASE SAVEPOINT message");
    books->seen = rawPrepare(books->db, "SELECT result FROM processed_messages WHERE message_id = ?");
    books->agent = rawPrepare(books->db, "SELECT id, display_name, role, password_hash, active, failed_logins, "
                                      "locked_until_ms FROM agents WHERE id = ?");
    books->account = rawPrepare(books->db, "SELECT id, client_id, kind, name, currency, balance_minor, posting_count, "
                                        "status, created_at_ms FROM accounts WHERE id = ?");
    books->insertEntry = rawPrepare(books->db, "INSERT INTO journal_entries (id, kind, created_at_ms, agent_id, "
                                            "source_message_id, memo, reverses_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    books->bump = rawPrepare(books->db, "UPDATE accounts SET balance_minor = balance_minor + ?, posting_count = "
                                     "posting_count + 1 WHERE id = ? RETURNING balance_minor, posting_count");
    books->insertPosting = rawPrepare(books->db, "INSERT INTO postings (entry_id, account_id, seq, amount_minor, "
                                              "balance_after_minor) VALUES (?, ?, ?, ?, ?)");
    books->insertRecord = rawPrepare(books->db, "INSERT INTO activity_records (id, agent_id, client_id, action, attribute, "
                                             "before_value, after_value, created_at_ms, email_sent) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    books->mark = rawPrepare(books->db, "INSERT INTO processed_messages (message_id, type, processed_at_ms, result) "
                                     "VALUES (?, ?, ?, ?)");
}

static void closeBooks(Books *books)
{
    sqlite3_stmt *statements[] = {books->begin, books->commit, books->savepoint, books->release,
                                  books->seen, books->agent, books->account, books->insertEntry,
                                  books->bump, books->insertPosting, books->insertRecord, books->mark};
    for (size_t i = 0; i < sizeof statements / sizeof statements[0]; ++i)
        sqlite3_finalize(statements[i]);
    if (sqlite3_close(books->db) != SQLITE_OK)
        rawFail(books->db, "close");
}

typedef struct
{
    char kind[16];
    char currency[4];
    char clientId[64];
    int64_t balanceMinor;
    int open;
} AccountRow;

static void readAccount(Books *books, const char *id, AccountRow *row)
{
    sqlite3_bind_text(books->account, 1, id, -1, SQLITE_STATIC);
    if (sqlite3_step(books->account) != SQLITE_ROW)
        rawFail(books->db, "the account is missing");
    const unsigned char *client = sqlite3_column_text(books->account, 1);
    snprintf(row->clientId, sizeof row->clientId, "%s", client ? (const char *)client : "");
    snprintf(row->kind, sizeof row->kind, "%s", (const char *)sqlite3_column_text(books->account, 2));
    snprintf(row->currency, sizeof row->currency, "%s", (const char *)sqlite3_column_text(books->account, 4));
    row->balanceMinor = sqlite3_column_int64(books->account, 5);
    row->open = strcmp((const char *)sqlite3_column_text(books->account, 7), "open") == 0;
    sqlite3_reset(books->account);
    sqlite3_clear_bindings(books->account);
}

/* Moves one posting's amount into an account and records the posting with its running balance. */
static int64_t post(Books *books, const char *entryId, const char *accountId, int64_t amountMinor)
{
    sqlite3_bind_int64(books->bump, 1, amountMinor);
    sqlite3_bind_text(books->bump, 2, accountId, -1, SQLITE_STATIC);
    if (sqlite3_step(books->bump) != SQLITE_ROW)
        rawFail(books->db, "the balance update returned no row");
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

/* Applies one deposit message inside the caller's transaction; exits on any refusal, as none is expected. */
static void deposit(Books *books, const char *messageId, int64_t amountMinor)
{
    sqlite3_bind_text(books->seen, 1, messageId, -1, SQLITE_STATIC);
    const int seen = sqlite3_step(books->seen);
    if (seen != SQLITE_DONE)
        rawFail(books->db, seen == SQLITE_ROW ? "the message was applied already" : "the processed_messages lookup");
    sqlite3_reset(books->seen);
    sqlite3_clear_bindings(books->seen);

    sqlite3_bind_text(books->agent, 1, agentId, -1, SQLITE_STATIC);
    if (sqlite3_step(books->agent) != SQLITE_ROW)
        rawFail(books->db, "the agent is unknown");
    if (sqlite3_column_int(books->agent, 4) != 1)
        rawFail(books->db, "the agent is disabled");
    sqlite3_reset(books->agent);
    sqlite3_clear_bindings(books->agent);

    AccountRow wallet;
    AccountRow cash;
    readAccount(books, walletId, &wallet);
    readAccount(books, cashId, &cash);
    if (strcmp(wallet.kind, "customer") != 0 || !wallet.open || !cash.open || strcmp(wallet.currency, cash.currency) != 0)
        rawFail(books->db, "the wallet cannot take deposits");
    if (amountMinor <= 0 || wallet.balanceMinor + amountMinor > 1000000000000000LL)
        rawFail(books->db, "the amount is out of range");

    const int64_t now = rawNowMs();
    char entryId[RAW_ID_SIZE];
    rawNextId(entryId);
    sqlite3_bind_text(books->insertEntry, 1, entryId, -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertEntry, 2, "DEPOSIT", -1, SQLITE_STATIC);
    sqlite3_bind_int64(books->insertEntry, 3, now);
    sqlite3_bind_text(books->insertEntry, 4, agentId, -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertEntry, 5, messageId, -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertEntry, 6, "", 0, SQLITE_STATIC);
    sqlite3_bind_null(books->insertEntry, 7);
    rawRun(books->db, books->insertEntry);

    const int64_t walletBalance = post(books, entryId, walletId, amountMinor);
    post(books, entryId, cashId, -amountMinor);

    char before[32];
    char after[32];
    char amount[32];
    rawDecimal(before, sizeof before, wallet.balanceMinor);
    rawDecimal(after, sizeof after, walletBalance);
    rawDecimal(amount, sizeof amount, amountMinor);
    char recordId[RAW_ID_SIZE];
    rawNextId(recordId);
    sqlite3_bind_text(books->insertRecord, 1, recordId, -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertRecord, 2, agentId, -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertRecord, 3, wallet.clientId, -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertRecord, 4, "Deposit|Wallet", -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertRecord, 5, "balance", -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertRecord, 6, before, -1, SQLITE_STATIC);
    sqlite3_bind_text(books->insertRecord, 7, after, -1, SQLITE_STATIC);
    sqlite3_bind_int64(books->insertRecord, 8, now);
    sqlite3_bind_int(books->insertRecord, 9, 0);
    rawRun(books->db, books->insertRecord);

    char result[512];
    snprintf(result, sizeof result,
             "{\"amount\":\"%s\",\"balance\":\"%s\",\"client_id\":\"%s\",\"currency\":\"%s\",\"entry_id\":\"%s\","
             "\"wallet_id\":\"%s\"}",
             amount, after, wallet.clientId, wallet.currency, entryId, walletId);
    sqlite3_bind_text(books->mark, 1, messageId, -1, SQLITE_STATIC);
    sqlite3_bind_text(books->mark, 2, "DEPOSIT", -1, SQLITE_STATIC);
    sqlite3_bind_int64(books->mark, 3, now);
    sqlite3_bind_text(books->mark, 4, result, -1, SQLITE_STATIC);
    rawRun(books->db, books->mark);
}

static int64_t amountOf(long i)
{
    return 100 + i % 9900;
}

/* Deposits `count` messages in `mode` on a fresh file at `path`; returns deposits per second. */
static double measure(const char *path, enum Mode mode, long count, long batch)
{
    Books books;
    openBooks(&books, path);
    char(*messageIds)[RAW_ID_SIZE] = malloc((size_t)(count + 1) * RAW_ID_SIZE);
    if (!messageIds)
        rawFail(NULL, "message ids");
    for (long i = 0; i <= count; ++i)
        rawNextId(messageIds[i]);

    /* One deposit before the clock starts, as bench_deposits warms its executor up. */
    rawRun(books.db, books.begin);
    deposit(&books, messageIds[count], amountOf(count));
    rawRun(books.db, books.commit);

    const double start = rawMonotonicSeconds();
    for (long i = 0; i < count; ++i) {
        if (mode == PerTransaction) {
            rawRun(books.db, books.begin);
            deposit(&books, messageIds[i], amountOf(i));
            rawRun(books.db, books.commit);
            continue;
        }
        if (i % batch == 0)
            rawRun(books.db, books.begin);
        if (mode == BatchedSavepoints) {
            rawRun(books.db, books.savepoint);
            deposit(&books, messageIds[i], amountOf(i));
            rawRun(books.db, books.release);
        } else {
            deposit(&books, messageIds[i], amountOf(i));
        }
        if ((i + 1) % batch == 0 || i + 1 == count)
            rawRun(books.db, books.commit);
    }
    const double seconds = rawMonotonicSeconds() - start;

    sqlite3_stmt *check = rawPrepare(books.db, "SELECT (SELECT COUNT(*) FROM postings), (SELECT balance_minor FROM accounts WHERE id = ?)");
    sqlite3_bind_text(check, 1, walletId, -1, SQLITE_STATIC);
    if (sqlite3_step(check) != SQLITE_ROW)
        rawFail(books.db, "the check");
    int64_t expected = amountOf(count);
    for (long i = 0; i < count; ++i)
        expected += amountOf(i);
    if (sqlite3_column_int64(check, 0) != 2 * (count + 1) || sqlite3_column_int64(check, 1) != expected)
        rawFail(books.db, "the books do not hold what was deposited");
    sqlite3_finalize(check);

    free(messageIds);
    closeBooks(&books);
    return seconds > 0 ? (double)count / seconds : 0.0;
}

static void removeBooks(const char *path)
{
    static const char *suffixes[] = {"", "-wal", "-shm"};
    char file[4096];
    for (size_t i = 0; i < 3; ++i) {
        snprintf(file, sizeof file, "%s%s", path, suffixes[i]);
        if (unlink(file) != 0 && errno != ENOENT)
            fprintf(stderr, "bench_raw_sqlite_deposits: could not remove %s\n", file);
    }
}

static void usage(void)
{
    fprintf(stderr, "usage: bench_raw_sqlite_deposits [--count N] [--count-single N] [--batch N]\n"
                    "                                 [--mode single|batched|both] [--dir DIR]\n");
    exit(2);
}

static long positive(const char *text)
{
    const long value = rawPositive(text);
    if (value <= 0)
        usage();
    return value;
}

int main(int argc, char **argv)
{
    rawProgramName = "bench_raw_sqlite_deposits";
    long count = 30000;
    long countSingle = 2000;
    long batch = 500;
    const char *mode = "both";
    const char *dir = NULL;
    for (int i = 1; i < argc; ++i) {
        if (i + 1 >= argc)
            usage();
        if (strcmp(argv[i], "--count") == 0)
            count = positive(argv[++i]);
        else if (strcmp(argv[i], "--count-single") == 0)
            countSingle = positive(argv[++i]);
        else if (strcmp(argv[i], "--batch") == 0)
            batch = positive(argv[++i]);
        else if (strcmp(argv[i], "--mode") == 0)
            mode = argv[++i];
        else if (strcmp(argv[i], "--dir") == 0)
            dir = argv[++i];
        else
            usage();
    }
    const int single = strcmp(mode, "single") == 0 || strcmp(mode, "both") == 0;
    const int batched = strcmp(mode, "batched") == 0 || strcmp(mode, "both") == 0;
    if (!single && !batched)
        usage();

    char ownDir[] = "/tmp/bench_raw_sqlite_deposits-XXXXXX";
    if (!dir) {
        if (!mkdtemp(ownDir)) {
            fprintf(stderr, "bench_raw_sqlite_deposits: could not create a temporary folder\n");
            return 1;
        }
        dir = ownDir;
    }

    char path[4096];
    printf("{\"benchmark\":\"raw_sqlite_deposits\",\"sqlite_version\":\"%s\",\"count\":%ld,\"count_single\":%ld,"
           "\"batch\":%ld",
           sqlite3_libversion(), count, countSingle, batch);
    if (single) {
        snprintf(path, sizeof path, "%s/raw-single.sqlite", dir);
        const double perSecond = measure(path, PerTransaction, countSingle, batch);
        removeBooks(path);
        printf(",\"per_transaction_per_s\":%.1f", perSecond);
    }
    if (batched) {
        snprintf(path, sizeof path, "%s/raw-batched.sqlite", dir);
        const double perSecond = measure(path, BatchedSavepoints, count, batch);
        removeBooks(path);
        snprintf(path, sizeof path, "%s/raw-batched-plain.sqlite", dir);
        const double plainPerSecond = measure(path, BatchedPlain, count, batch);
        removeBooks(path);
        printf(",\"batched_per_s\":%.1f,\"batched_plain_per_s\":%.1f", perSecond, plainPerSecond);
    }
    printf("}\n");
    if (dir == ownDir)
        rmdir(ownDir);
    return 0;
}
