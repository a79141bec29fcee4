/*
 * schema.c - the SQLite schema and its migrations.
 *
 * The schema is versioned with PRAGMA user_version.  migrations[] lists the
 * steps in order; step i brings a database from version i to i + 1.  On
 * open, every step newer than the database runs inside one BEGIN IMMEDIATE
 * transaction, which also sets user_version, so a migration is applied
 * entirely or not at all, and two processes opening a fresh file at once
 * migrate it once.  To change the schema, append a step; never edit a step
 * that has shipped (docs/internals/STORE.md).
 */
#include "entente/store.h"
#include "store/store_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define NOW ENT_STORE__SQL_NOW

/* Version 1: documents, actors, facts and their parts, evidence,
 * contradictions. */
static const char migration_1[] =
	"CREATE TABLE documents ("
	" id INTEGER PRIMARY KEY,"
	" sha256 TEXT NOT NULL UNIQUE,"
	" source TEXT NOT NULL,"
	" title TEXT,"
	" published TEXT,"
	" grade TEXT NOT NULL DEFAULT 'F' CHECK (grade IN ('A','B','C','D','E','F')),"
	" format TEXT,"
	" ingested_at TEXT NOT NULL DEFAULT " NOW ","
	" bytes INTEGER NOT NULL DEFAULT 0);"

	"CREATE TABLE actors ("
	" code TEXT PRIMARY KEY,"
	" kind TEXT NOT NULL CHECK (kind IN ('state','bloc','firm')),"
	" name TEXT NOT NULL);"

	"CREATE TABLE actor_aliases ("
	" alias TEXT NOT NULL,"
	" code TEXT NOT NULL REFERENCES actors(code) ON DELETE CASCADE,"
	" PRIMARY KEY (alias, code));"

	"CREATE TABLE facts ("
	" id INTEGER PRIMARY KEY,"
	" type TEXT NOT NULL CHECK (type IN"
	"  ('deal','supply','exercise','stance','membership','rivalry')),"
	" year INTEGER,"
	" status TEXT CHECK (status IN ('reported','mou','signed','ordered','delivered')),"
	" value_amount REAL,"
	" value_currency TEXT,"
	" value_usd REAL,"
	" value_approx INTEGER,"
	" recipient TEXT,"
	" actor TEXT,"
	" target TEXT,"
	" polarity TEXT CHECK (polarity IN ('support','oppose','concern')),"
	" issue TEXT,"
	" name TEXT,"
	" location TEXT,"
	" confidence REAL NOT NULL DEFAULT 0.5,"
	" sources INTEGER NOT NULL DEFAULT 1,"
	" credibility INTEGER NOT NULL DEFAULT 6 CHECK (credibility BETWEEN 1 AND 6),"
	" created_at TEXT NOT NULL DEFAULT " NOW ","
	" updated_at TEXT NOT NULL DEFAULT " NOW ");"

	"CREATE TABLE fact_actors ("
	" fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,"
	" role TEXT NOT NULL CHECK (role IN ('supplier','partner','participant')),"
	" code TEXT NOT NULL,"
	" PRIMARY KEY (fact_id, role, code));"

	"CREATE TABLE deal_items ("
	" fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,"
	" category TEXT NOT NULL,"
	" text TEXT,"
	" designation TEXT,"
	" quantity INTEGER);"

	"CREATE TABLE fact_domains ("
	" fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,"
	" domain TEXT NOT NULL);"

	"CREATE TABLE evidence ("
	" id INTEGER PRIMARY KEY,"
	" fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,"
	" document_id INTEGER NOT NULL REFERENCES documents(id),"
	" start INTEGER NOT NULL,"
	" \"end\" INTEGER NOT NULL,"
	" quote TEXT NOT NULL,"
	" rule TEXT NOT NULL,"
	" UNIQUE (fact_id, document_id, start, \"end\"));"

	"CREATE TABLE contradictions ("
	" id INTEGER PRIMARY KEY,"
	" fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,"
	" attribute TEXT NOT NULL,"
	" value_a TEXT,"
	" value_b TEXT,"
	" evidence_a INTEGER REFERENCES evidence(id) ON DELETE SET NULL,"
	" evidence_b INTEGER REFERENCES evidence(id) ON DELETE SET NULL,"
	" created_at TEXT NOT NULL DEFAULT " NOW ");"

	"CREATE INDEX facts_type ON facts(type);"
	"CREATE INDEX facts_year ON facts(year);"
	"CREATE INDEX facts_recipient ON facts(recipient);"
	"CREATE INDEX facts_actor ON facts(actor);"
	"CREATE INDEX facts_target ON facts(target);"
	"CREATE INDEX fact_actors_code ON fact_actors(code);"
	"CREATE INDEX deal_items_fact ON deal_items(fact_id);"
	"CREATE INDEX fact_domains_fact ON fact_domains(fact_id);"
	"CREATE INDEX evidence_fact ON evidence(fact_id);"
	"CREATE INDEX evidence_document ON evidence(document_id);"
	"CREATE INDEX contradictions_fact ON contradictions(fact_id);"
	"CREATE INDEX actor_aliases_code ON actor_aliases(code);";

/* migrations[i] takes a database from version i to i + 1. */
static const char *const migrations[] = {
	migration_1,
};

#define NMIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

int ent_store_schema_version(void) { return NMIGRATIONS; }

int ent_store__sqlite_fail(sqlite3 *db, ent_error *err, const char *fmt, ...)
{
	char what[256];
	va_list ap;
	int code = sqlite3_errcode(db) == SQLITE_NOMEM ? ENT_ENOMEM : ENT_ESTORE;
	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	ent_error_set(err, code, "%s: %s", what, sqlite3_errmsg(db));
	ent_store__oneline(err->msg);
	return code;
}

/* Run every statement of @p sql (constant text, no values) in turn. */
static int run_script(sqlite3 *db, const char *sql, ent_error *err, const char *what)
{
	const char *tail = sql;
	while (*tail) {
		sqlite3_stmt *st = NULL;
		const char *next = NULL;
		int rc = sqlite3_prepare_v2(db, tail, -1, &st, &next);
		if (rc != SQLITE_OK)
			return ent_store__sqlite_fail(db, err, "%s", what);
		if (st) {
			do
				rc = sqlite3_step(st);
			while (rc == SQLITE_ROW);
			if (rc != SQLITE_DONE) {
				int code = ent_store__sqlite_fail(db, err, "%s", what);
				sqlite3_finalize(st);
				return code;
			}
			sqlite3_finalize(st);
		}
		if (!next || next == tail)
			break;
		tail = next;
	}
	return ENT_OK;
}

int ent_store__sqlite_user_version(sqlite3 *db, int *out, ent_error *err)
{
	sqlite3_stmt *st = NULL;
	int rc;
	*out = 0;
	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
		return ent_store__sqlite_fail(db, err, "reading the schema version");
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		int code = ent_store__sqlite_fail(db, err, "reading the schema version");
		sqlite3_finalize(st);
		return code;
	}
	*out = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return ENT_OK;
}

int ent_store__sqlite_migrate(sqlite3 *db, ent_error *err)
{
	char pragma[64];
	int have, v, rc;

	rc = ent_store__sqlite_user_version(db, &have, err);
	if (rc != ENT_OK)
		return rc;
	if (have == NMIGRATIONS)
		return ENT_OK;
	if (have < NMIGRATIONS) {
		rc = run_script(db, "BEGIN IMMEDIATE", err, "starting the schema migration");
		if (rc != ENT_OK)
			return rc;
		/* Another process may have migrated while we waited for the lock. */
		rc = ent_store__sqlite_user_version(db, &have, err);
		if (rc != ENT_OK)
			goto rollback;
	}
	if (have > NMIGRATIONS || have < 0) {
		rc = ent_error_set(err, ENT_ESTORE,
				   "database schema version %d is newer than this build "
				   "understands (%d); upgrade entente",
				   have, NMIGRATIONS);
		goto rollback;
	}
	for (v = have; v < NMIGRATIONS; v++) {
		char what[64];
		snprintf(what, sizeof what, "migrating the schema to version %d", v + 1);
		rc = run_script(db, migrations[v], err, what);
		if (rc != ENT_OK)
			goto rollback;
	}
	/* A pragma takes no bound parameters; the number is our own constant. */
	snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", NMIGRATIONS);
	rc = run_script(db, pragma, err, "setting the schema version");
	if (rc != ENT_OK)
		goto rollback;
	rc = run_script(db, "COMMIT", err, "committing the schema migration");
	if (rc == ENT_OK)
		return ENT_OK;

rollback:
	if (!sqlite3_get_autocommit(db)) {
		ent_error ignored; /* keep the message of the first failure */
		run_script(db, "ROLLBACK", &ignored, "rolling back the schema migration");
	}
	return rc;
}
