/*
 * store_internal.h - declarations shared by the files of the store module
 * only (front end store.c, SQLite backend store_sqlite.c, schema.c).
 */
#ifndef ENT_STORE_INTERNAL_H
#define ENT_STORE_INTERNAL_H

#include "entente/errors.h"
#include "entente/sys/store_backend.h"

#include <sqlite3.h>

/** SQL expression for the current UTC time, as stored in *_at columns. */
#define ENT_STORE__SQL_NOW "(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"

/** Busy timeout of SQLite connections: writers wait this long for a lock. */
#define ENT_STORE__BUSY_TIMEOUT_MS 10000

/**
 * Open (create, configure, migrate) the SQLite store at @p path.
 * @param[out] out the backend, released with its free function
 * @return ENT_OK, ENT_ESTORE, ENT_ENOMEM; @p err (never NULL) says why
 */
int ent_store__sqlite_open(ent_store_backend **out, const char *path, ent_error *err);

/**
 * Bring the schema of @p db up to ent_store_schema_version(): apply, in one
 * BEGIN IMMEDIATE transaction, every migration step newer than the
 * database's PRAGMA user_version.  Fails (ENT_ESTORE) when the database is
 * newer than this build.
 */
int ent_store__sqlite_migrate(sqlite3 *db, ent_error *err);

/** Read PRAGMA user_version of @p db into @p out. */
int ent_store__sqlite_user_version(sqlite3 *db, int *out, ent_error *err);

/**
 * Fill @p err with "<what>: <sqlite message>" (printf-style @p fmt gives
 * <what>) and return the ENT_* code matching the SQLite error of @p db
 * (ENT_ENOMEM for SQLITE_NOMEM, else ENT_ESTORE).
 */
int ent_store__sqlite_fail(sqlite3 *db, ent_error *err, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;

/** Replace line breaks in @p msg by spaces: messages are one line. */
void ent_store__oneline(char *msg);

#endif
