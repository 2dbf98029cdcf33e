/* Helpers of the raw sqlite3 baselines; see raw_sqlite_support.h. */

#define _POSIX_C_SOURCE 200809L

#include "raw_sqlite_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

const char *rawProgramName = "raw_sqlite";

void rawFail(sqlite3 *db, const char *what)
{
    fprintf(stderr, "%s: %s: %s\n", rawProgramName, what, db ? sqlite3_errmsg(db) : "out of memory");
    exit(1);
}

int64_t rawNowMs(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

double rawMonotonicSeconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void rawNextId(char out[RAW_ID_SIZE])
{
    static const char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static int64_t lastMs = -1;
    static uint64_t high = 0;
    static uint64_t low = 0;
    static uint64_t state = 0x9e3779b97f4a7c15ULL;
    int64_t ms = rawNowMs();
    if (ms <= lastMs) {
        ms = lastMs;
        if (++low == 0)
            high = (high + 1) & 0xffff;
    } else {
        lastMs = ms;
        state ^= (uint64_t)ms;
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        high = state & 0xffff;
        low = state >> 1;
    }
    uint64_t t = (uint64_t)ms;
    for (int i = 9; i >= 0; --i) {
        out[i] = crockford[t & 31];
        t >>= 5;
    }
    uint64_t h = high;
    uint64_t l = low;
    for (int i = 25; i >= 10; --i) {
        out[i] = crockford[l & 31];
        l = (l >> 5) | ((h & 31) << 59);
        h >>= 5;
    }
    out[26] = '\0';
}

void rawDecimal(char *out, size_t size, int64_t minor)
{
    snprintf(out, size, "%s%lld.%02lld", minor < 0 ? "-" : "", (long long)(llabs(minor) / 100), (long long)(llabs(minor) % 100));
}

sqlite3_stmt *rawPrepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
        rawFail(db, sql);
    return stmt;
}

void rawExec(sqlite3 *db, const char *sql)
{
    char *message = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &message) != SQLITE_OK) {
        fprintf(stderr, "%s: %s: %s\n", rawProgramName, sql, message ? message : "?");
        exit(1);
    }
}

void rawRun(sqlite3 *db, sqlite3_stmt *stmt)
{
    if (sqlite3_step(stmt) != SQLITE_DONE)
        rawFail(db, sqlite3_sql(stmt));
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
}

long rawPositive(const char *text)
{
    char *end = NULL;
    const long value = strtol(text, &end, 10);
    if (!end || end == text || *end != '\0' || value <= 0)
        return -1;
    return value;
}
