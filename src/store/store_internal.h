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

/** SQL that adds the ties, dated imports and pairs of the facts a batch
 * deferred (id >= deferred_ties.from_fact) to tie_totals, import_totals and
 * fact_pairs (schema.c, migration_deferred_ties). */
extern const char ent_store__sqlite_upkeep_sql[];

/**
 * Inside an open batch, add what the batch deferred to the derived tables
 * (tie_totals, import_totals, fact_pairs) so that a read on this
 * connection sees them; a no-op outside batches.  Readers of those tables
 * call it first.
 */
int ent_store__sqlite_settle(ent_store_backend *b, ent_error *err);

/** Read PRAGMA user_version of @p db into @p out. */
int ent_store__sqlite_user_version(sqlite3 *db, int *out, ent_error *err);

/** Test-only: build schema version @p version (older than the current one)
 * in an empty database, as an older build would have left it (schema.c). */
int ent_store__sqlite_migrate_to_old(sqlite3 *db, int version, ent_error *err);

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

/* Narrow reads of the SQLite backend (sqlite_query.c); @p db is the
 * backend's connection, returned by ent_store__sqlite_db. */
sqlite3 *ent_store__sqlite_db(ent_store_backend *b);
int ent_store__sqlite_fact_ids(ent_store_backend *b, const ent_fact_filter *filter,
			       int64_t **out, size_t *n, ent_error *err);
int ent_store__sqlite_dyad_fact_ids(ent_store_backend *b, const char *a, const char *c,
				    int64_t **out, size_t *n, ent_error *err);
int ent_store__sqlite_supplier_rows(ent_store_backend *b, const char *recipient, int from_year,
				    int to_year, ent_supplier_row **out, size_t *n,
				    ent_error *err);
int ent_store__sqlite_fact_ids_newest(ent_store_backend *b, const ent_fact_filter *filter,
				      size_t limit, int64_t **out, size_t *n, ent_error *err);
int ent_store__sqlite_facts_by_ids(ent_store_backend *b, const int64_t *ids, size_t n,
				   unsigned parts, ent_fact_list *out, ent_error *err);
/** Load fact @p id (f uninitialised; valid for ent_fact_destroy on any return)
 * with the ENT_FACT_PART_* @p parts (store_sqlite.c). */
int ent_store__sqlite_load_fact(ent_store_backend *b, int64_t id, ent_fact *f, unsigned parts,
				ent_error *err);


/* ---- reads and hooks for the analyses (network.h; sqlite_ties.c,
 * sqlite_contradictions.c) ---- */

/** The backend of @p s (borrowed; NULL when @p s is NULL). */
ent_store_backend *ent_store__backend(ent_store *s);

/* The SQLite connection: ent_store__sqlite_db (declared above); check
 * b->name is "sqlite" first. */

/** Attributes in which a stored fact and an incoming one merged into it differ. */
typedef struct ent_store__diffs {
	size_t n;
	struct {
		const char *attribute; /* static: "value", "year", "location" */
		char a[64], b[64];     /* stored value, incoming value */
	} v[4];
} ent_store__diffs;

/** Fill @p d with what @p stored and @p incoming (about to merge) disagree on. */
void ent_store__diff_facts(ent_store__diffs *d, const ent_fact *stored, const ent_fact *incoming);

/**
 * Record contradictions for fact @p fact_id just written from document
 * @p doc_id: the differences @p d of a merge (NULL when the fact was
 * inserted), and, for an inserted deal, stored deals of the same
 * supplier/recipient pair with the same year but a value more than 5% apart,
 * or the same value but another year.  Runs inside the caller's transaction.
 * @return ENT_OK, ENT_ESTORE, ENT_ENOMEM
 */
int ent_store__sqlite_contradictions(sqlite3 *db, int64_t fact_id, int64_t doc_id,
				     const ent_store__diffs *d, const ent_fact *incoming,
				     ent_error *err);

/** The statements of the contradiction checks, prepared once per
 * connection (sqlite_contradictions.c). */
typedef struct ent_store__contra_stmts {
	sqlite3_stmt *first_same, *first_other, *record, *deals;
} ent_store__contra_stmts;

/** Prepare @p cs on @p db (persistent statements); ENT_OK or ENT_ESTORE. */
int ent_store__contra_prepare(sqlite3 *db, ent_store__contra_stmts *cs, ent_error *err);
/** Finalize the statements of @p cs (some may be NULL) and zero it. */
void ent_store__contra_finalize(ent_store__contra_stmts *cs);
/** ent_store__sqlite_contradictions with statements prepared by
 * ent_store__contra_prepare on the same @p db. */
int ent_store__sqlite_contradictions_st(sqlite3 *db, ent_store__contra_stmts *cs,
					int64_t fact_id, int64_t doc_id,
					const ent_store__diffs *d, const ent_fact *incoming,
					ent_error *err);

/* ---- SIPRI trade registers (sqlite_sipri.c; entente/sipri.h) ----
 * Each takes the store handle, checks that its backend is SQLite and works
 * on the connection directly (SIPRI records are facts of their own source:
 * they are written without the per-fact merge). */
struct ent_sipri_register;
struct ent_sipri_stats;
struct ent_tiv_share;
struct ent_sipri_release_info;

/** Store a register read by ent_sipri_read (see ent_sipri_import). */
int ent_store__sipri_import(ent_store *s, const struct ent_sipri_register *r,
			    struct ent_sipri_stats *stats, ent_error *err);
/** See ent_sipri_tiv_by_supplier. */
int ent_store__sipri_tiv(ent_store *s, const char *recipient, int from_year, int to_year,
			 const char *release, struct ent_tiv_share **out, size_t *n);
/** See ent_sipri_releases. */
int ent_store__sipri_releases(ent_store *s, struct ent_sipri_release_info **out, size_t *n);

/* ---- GDELT aggregates and events (sqlite_gdelt.c; entente/gdelt.h) ----
 * Each takes the store handle and checks that its backend is SQLite. */
struct ent_gdelt_stats;
struct ent_gdelt_dyad;
struct ent_gdelt_event;

/** One aggregate row handed to ent_store__gdelt_write. */
typedef struct ent_store__gdelt_agg {
	char a1[4], a2[4], root[4];
	int ym, quad;
	int64_t events, mentions, sources, articles;
	double goldstein, tone; /* sums */
} ent_store__gdelt_agg;

/**
 * In one transaction: unless stats->key is already stored (then
 * stats->already = 1 and nothing changes), record the file, add every
 * aggregate @p next yields (returns 1 with a row, 0 at the end) and insert
 * the @p nev events (an event id already stored is kept as it was).
 */
int ent_store__gdelt_write(ent_store *s, const char *source, struct ent_gdelt_stats *stats,
			   int (*next)(void *payload, ent_store__gdelt_agg *row), void *payload,
			   const struct ent_gdelt_event *ev, size_t nev, ent_error *err);
/** See ent_gdelt_dyads. */
int ent_store__gdelt_dyads(ent_store *s, int from_ym, int to_ym, struct ent_gdelt_dyad **out,
			   size_t *n, ent_error *err);
/** See ent_gdelt_events. */
int ent_store__gdelt_events(ent_store *s, const char *actor, int from_ym, int to_ym,
			    struct ent_gdelt_event **out, size_t *n, ent_error *err);

#endif
