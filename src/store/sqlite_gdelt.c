/*
 * sqlite_gdelt.c - GDELT tables of the SQLite store: the imported files
 * (gdelt_files, by file key), the aggregates (gdelt_aggregates) and the
 * military-cooperation events (gdelt_events); see docs/internals/GDELT.md.
 *
 * A file is written in one BEGIN IMMEDIATE transaction: its key, then its
 * aggregates added to the stored ones (an UPSERT keeps sums and recomputes
 * the means), then its events.  The reads answer ent_gdelt_dyads and
 * ent_gdelt_events.  Statements are prepared per call: a call handles a
 * whole file or query, so preparing is negligible.
 */
#include "entente/gdelt.h"
#include "entente/sys/store_backend.h"
#include "store/store_internal.h"
#include "util/alloc.h"

#include <stdio.h>
#include <string.h>

static int sqlite_db(ent_store *s, sqlite3 **db, ent_error *err)
{
	ent_store_backend *b = ent_store__backend(s);
	if (!b || !b->name || strcmp(b->name, "sqlite") != 0)
		return ent_error_set(err, ENT_EUSAGE, "GDELT data need an SQLite store");
	*db = ent_store__sqlite_db(b);
	return ENT_OK;
}

static int exec(sqlite3 *db, const char *sql, ent_error *err)
{
	if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return ent_store__sqlite_fail(db, err, "GDELT: %s", sql);
	return ENT_OK;
}

static int prepare(sqlite3 *db, const char *sql, sqlite3_stmt **st, ent_error *err)
{
	if (sqlite3_prepare_v2(db, sql, -1, st, NULL) != SQLITE_OK)
		return ent_store__sqlite_fail(db, err, "GDELT: preparing a statement");
	return ENT_OK;
}

/* Step a write statement, then reset it for the next row. */
static int step_done(sqlite3 *db, sqlite3_stmt *st, ent_error *err, const char *what)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return ent_store__sqlite_fail(db, err, "GDELT: %s", what);
	return ENT_OK;
}

static const char sql_upsert[] =
	"INSERT INTO gdelt_aggregates (actor1, actor2, month, root, quad, events, mentions,"
	" sources, articles, goldstein_sum, goldstein_mean, tone_sum, tone_mean)"
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10 / ?6, ?11, ?11 / ?6)"
	" ON CONFLICT (actor1, actor2, month, root, quad) DO UPDATE SET"
	" events = events + excluded.events,"
	" mentions = mentions + excluded.mentions,"
	" sources = sources + excluded.sources,"
	" articles = articles + excluded.articles,"
	" goldstein_sum = goldstein_sum + excluded.goldstein_sum,"
	" goldstein_mean = (goldstein_sum + excluded.goldstein_sum) / (events + excluded.events),"
	" tone_sum = tone_sum + excluded.tone_sum,"
	" tone_mean = (tone_sum + excluded.tone_sum) / (events + excluded.events)";

static const char sql_event[] =
	"INSERT OR IGNORE INTO gdelt_events (id, file_id, date, actor1, actor2, code, quad,"
	" goldstein, mentions, sources, articles, tone, source_url)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

static int write_rows(sqlite3 *db, int64_t file_id,
		      int (*next)(void *payload, ent_store__gdelt_agg *row), void *payload,
		      const ent_gdelt_event *ev, size_t nev, ent_error *err)
{
	sqlite3_stmt *st = NULL;
	ent_store__gdelt_agg a;
	size_t i;
	int rc = prepare(db, sql_upsert, &st, err);
	while (rc == ENT_OK && next(payload, &a)) {
		sqlite3_bind_text(st, 1, a.a1, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, a.a2, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 3, a.ym);
		sqlite3_bind_text(st, 4, a.root, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 5, a.quad);
		sqlite3_bind_int64(st, 6, a.events);
		sqlite3_bind_int64(st, 7, a.mentions);
		sqlite3_bind_int64(st, 8, a.sources);
		sqlite3_bind_int64(st, 9, a.articles);
		sqlite3_bind_double(st, 10, a.goldstein);
		sqlite3_bind_double(st, 11, a.tone);
		rc = step_done(db, st, err, "adding an aggregate");
	}
	sqlite3_finalize(st);
	st = NULL;
	if (rc == ENT_OK && nev)
		rc = prepare(db, sql_event, &st, err);
	for (i = 0; rc == ENT_OK && i < nev; i++) {
		const ent_gdelt_event *e = &ev[i];
		sqlite3_bind_int64(st, 1, e->id);
		sqlite3_bind_int64(st, 2, file_id);
		sqlite3_bind_int(st, 3, e->date);
		sqlite3_bind_text(st, 4, e->actor1, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, e->actor2, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, e->code, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 7, e->quad);
		sqlite3_bind_double(st, 8, e->goldstein);
		sqlite3_bind_int(st, 9, e->mentions);
		sqlite3_bind_int(st, 10, e->sources);
		sqlite3_bind_int(st, 11, e->articles);
		sqlite3_bind_double(st, 12, e->tone);
		sqlite3_bind_text(st, 13, e->source_url ? e->source_url : "", -1, SQLITE_STATIC);
		rc = step_done(db, st, err, "adding an event");
	}
	sqlite3_finalize(st);
	return rc;
}

int ent_store__gdelt_write(ent_store *s, const char *source, ent_gdelt_stats *stats,
			   int (*next)(void *payload, ent_store__gdelt_agg *row), void *payload,
			   const ent_gdelt_event *ev, size_t nev, ent_error *err)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	int64_t file_id = 0;
	int rc, step;

	rc = sqlite_db(s, &db, err);
	if (rc != ENT_OK)
		return rc;
	/* a file brings up to a few hundred thousand aggregate rows: a page
	 * cache of 64 MiB (allocated only as used) keeps the B-trees in memory */
	rc = exec(db, "PRAGMA cache_size = -65536", err);
	if (rc == ENT_OK)
		rc = exec(db, "BEGIN IMMEDIATE", err);
	if (rc != ENT_OK)
		return rc;
	rc = prepare(db, "SELECT id FROM gdelt_files WHERE key = ?", &st, err);
	if (rc == ENT_OK) {
		sqlite3_bind_text(st, 1, stats->key, -1, SQLITE_STATIC);
		step = sqlite3_step(st);
		if (step == SQLITE_ROW)
			stats->already = 1;
		else if (step != SQLITE_DONE)
			rc = ent_store__sqlite_fail(db, err, "GDELT: looking up a file");
		sqlite3_finalize(st);
		st = NULL;
	}
	if (rc != ENT_OK || stats->already)
		goto end;
	rc = prepare(db,
		     "INSERT INTO gdelt_files (key, source, format, zipped, bytes, rows, malformed)"
		     " VALUES (?, ?, ?, ?, ?, ?, ?)",
		     &st, err);
	if (rc == ENT_OK) {
		sqlite3_bind_text(st, 1, stats->key, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, source, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, stats->format, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 4, stats->zipped);
		sqlite3_bind_int64(st, 5, (sqlite3_int64)stats->bytes);
		sqlite3_bind_int64(st, 6, (sqlite3_int64)stats->rows);
		sqlite3_bind_int64(st, 7, (sqlite3_int64)stats->malformed);
		rc = step_done(db, st, err, "recording the file");
		sqlite3_finalize(st);
		st = NULL;
		file_id = sqlite3_last_insert_rowid(db);
	}
	if (rc == ENT_OK)
		rc = write_rows(db, file_id, next, payload, ev, nev, err);
end:
	if (rc == ENT_OK && stats->already) {
		return exec(db, "ROLLBACK", err);
	}
	if (rc == ENT_OK)
		rc = exec(db, "COMMIT", err);
	if (rc != ENT_OK && !sqlite3_get_autocommit(db))
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

/* Grow *v (elements of @p size) to hold one more than *n. */
static int push(void **v, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return 0;
	{
		size_t ncap = *cap ? *cap * 2 : 64;
		void *nv = ent__realloc(*v, ncap * size);
		if (!nv)
			return -1;
		*v = nv;
		*cap = ncap;
	}
	return 0;
}

static void copy_col(char *dst, size_t cap, sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	snprintf(dst, cap, "%s", t ? (const char *)t : "");
}

int ent_store__gdelt_dyads(ent_store *s, int from_ym, int to_ym, ent_gdelt_dyad **out,
			   size_t *n, ent_error *err)
{
	static const char sql[] =
		"SELECT min(actor1, actor2) AS a, max(actor1, actor2) AS b, sum(events),"
		" sum(CASE WHEN quad <= 2 THEN events ELSE 0 END),"
		" sum(CASE WHEN quad >= 3 THEN events ELSE 0 END),"
		" sum(goldstein_sum) / sum(events), sum(tone_sum) / sum(events)"
		" FROM gdelt_aggregates"
		" WHERE actor1 <> '' AND actor2 <> '' AND actor1 <> actor2"
		" AND (?1 = 0 OR month >= ?1) AND (?2 = 0 OR month <= ?2)"
		" GROUP BY a, b ORDER BY 3 DESC, a, b";
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	ent_gdelt_dyad *v = NULL;
	size_t cap = 0, k = 0;
	int rc, step;

	rc = sqlite_db(s, &db, err);
	if (rc == ENT_OK)
		rc = prepare(db, sql, &st, err);
	if (rc != ENT_OK)
		return rc;
	sqlite3_bind_int(st, 1, from_ym);
	sqlite3_bind_int(st, 2, to_ym);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		ent_gdelt_dyad *d;
		if (push((void **)&v, &cap, k, sizeof *v) != 0) {
			rc = ent_error_set(err, ENT_ENOMEM, "GDELT dyads: out of memory");
			break;
		}
		d = &v[k++];
		memset(d, 0, sizeof *d);
		copy_col(d->a, sizeof d->a, st, 0);
		copy_col(d->b, sizeof d->b, st, 1);
		d->events = sqlite3_column_int64(st, 2);
		d->cooperation = sqlite3_column_int64(st, 3);
		d->conflict = sqlite3_column_int64(st, 4);
		d->goldstein_mean = sqlite3_column_double(st, 5);
		d->tone_mean = sqlite3_column_double(st, 6);
	}
	if (rc == ENT_OK && step != SQLITE_DONE)
		rc = ent_store__sqlite_fail(db, err, "GDELT: reading dyads");
	sqlite3_finalize(st);
	if (rc != ENT_OK) {
		ent__free(v);
		return rc;
	}
	*out = v;
	*n = k;
	return ENT_OK;
}

int ent_store__gdelt_events(ent_store *s, const char *actor, int from_ym, int to_ym,
			    ent_gdelt_event **out, size_t *n, ent_error *err)
{
	static const char sql[] =
		"SELECT id, date, actor1, actor2, code, quad, goldstein, mentions, sources,"
		" articles, tone, source_url FROM gdelt_events"
		" WHERE (?1 IS NULL OR actor1 = ?1 OR actor2 = ?1)"
		" AND (?2 = 0 OR date / 100 >= ?2) AND (?3 = 0 OR date / 100 <= ?3)"
		" ORDER BY date, id";
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	ent_gdelt_event *v = NULL;
	size_t cap = 0, k = 0;
	int rc, step;

	rc = sqlite_db(s, &db, err);
	if (rc == ENT_OK)
		rc = prepare(db, sql, &st, err);
	if (rc != ENT_OK)
		return rc;
	if (actor)
		sqlite3_bind_text(st, 1, actor, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, from_ym);
	sqlite3_bind_int(st, 3, to_ym);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		ent_gdelt_event *e;
		const unsigned char *url;
		if (push((void **)&v, &cap, k, sizeof *v) != 0) {
			rc = ent_error_set(err, ENT_ENOMEM, "GDELT events: out of memory");
			break;
		}
		e = &v[k];
		memset(e, 0, sizeof *e);
		e->id = sqlite3_column_int64(st, 0);
		e->date = sqlite3_column_int(st, 1);
		copy_col(e->actor1, sizeof e->actor1, st, 2);
		copy_col(e->actor2, sizeof e->actor2, st, 3);
		copy_col(e->code, sizeof e->code, st, 4);
		e->quad = sqlite3_column_int(st, 5);
		e->goldstein = sqlite3_column_double(st, 6);
		e->mentions = sqlite3_column_int(st, 7);
		e->sources = sqlite3_column_int(st, 8);
		e->articles = sqlite3_column_int(st, 9);
		e->tone = sqlite3_column_double(st, 10);
		url = sqlite3_column_text(st, 11);
		e->source_url = ent__strdup(url ? (const char *)url : "");
		if (!e->source_url) {
			rc = ent_error_set(err, ENT_ENOMEM, "GDELT events: out of memory");
			break;
		}
		k++;
	}
	if (rc == ENT_OK && step != SQLITE_DONE)
		rc = ent_store__sqlite_fail(db, err, "GDELT: reading events");
	sqlite3_finalize(st);
	if (rc != ENT_OK) {
		while (k > 0)
			ent__free(v[--k].source_url);
		ent__free(v);
		return rc;
	}
	*out = v;
	*n = k;
	return ENT_OK;
}
