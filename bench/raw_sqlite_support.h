/* What the raw sqlite3 baselines (bench_raw_sqlite_deposits, bench_raw_sqlite_drain) share: failing
 * loudly, clocks, time-ordered ids like core/ids.cpp makes, decimal amounts, and running statements
 * prepared once. Nothing here is measured by itself; each program prints its own figures.
 * Single-threaded: the id generator keeps its state in statics. */

#pragma once

#include <sqlite3.h>

#include <stddef.h>
#include <stdint.h>

#define RAW_ID_SIZE 27 /* 26 characters of a ULID and the terminating zero */

/* The program's name in error messages; each main() sets it first. */
extern const char *rawProgramName;

/* Prints "<program>: <what>: <sqlite's message>" to stderr and exits with 1. */
_Noreturn void rawFail(sqlite3 *db, const char *what);

int64_t rawNowMs(void);
double rawMonotonicSeconds(void);

/* A time-ordered id: 48-bit milliseconds and 80 bits that start random in each millisecond and count
 * up within it, in Crockford base 32. */
void rawNextId(char out[RAW_ID_SIZE]);

/* Minor units as a plain decimal with two places: -1234 -> "-12.34". */
void rawDecimal(char *out, size_t size, int64_t minor);

/* Prepares a statement to be reused for the whole run, or fails. */
sqlite3_stmt *rawPrepare(sqlite3 *db, const char *sql);
/* Runs SQL text without parameters, or fails. */
void rawExec(sqlite3 *db, const char *sql);
/* Steps a statement that returns no rows, then resets it and clears its bindings, or fails. */
void rawRun(sqlite3 *db, sqlite3_stmt *stmt);

/* A positive whole number from a command-line value, or -1 when it is not one. */
long rawPositive(const char *text);
