/*
 * sqlite_query.c - narrow, indexed reads of the SQLite backend for the
 * analyses (ent_store_fact_ids, ent_store_fact_ids_newest,
 * ent_store_dyad_fact_ids, ent_store_supplier_rows, ent_store_facts_by_ids).
 *
 * An actor's facts come from fact_codes (schema.c: one row per code and
 * fact with the fact's type and year, kept by triggers), so "the deals of
 * AZE from 2016, newest first" is one range of its primary key and never
 * visits a fact row.  A pair's facts are one range of fact_pairs (one row
 * per pair of codes of a fact, kept by triggers on fact_codes).  An
 * importer's suppliers are one range of fact_suppliers (recipient,
 * supplier, type, fact) joined to the fact rows for year and value.
 *
 * The SQL text is chosen from constant fragments according to which
 * filters are set (an "?N IS NULL OR ..." condition would keep SQLite from
 * using an index); values are always bound, never pasted.  Statements are
 * prepared per call: the few tens of microseconds that costs are nothing
 * next to the rows read.  fact_codes stores an unknown year as 0, so a
 * year bound adds "year > 0".
 */
#include "entente/store.h"
#include "entente/sys/store_backend.h"
#include "store/store_internal.h"
#include "util/alloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int prepare(sqlite3 *db, const char *sql, sqlite3_stmt **st, ent_error *err,
		   const char *what)
{
	if (sqlite3_prepare_v2(db, sql, -1, st, NULL) != SQLITE_OK) {
		sqlite3_finalize(*st);
		*st = NULL;
		return ent_store__sqlite_fail(db, err, "%s", what);
	}
	return ENT_OK;
}

/* Step @p st to the end, collecting column 0 as ids. */
static int collect_ids(sqlite3 *db, sqlite3_stmt *st, int64_t **out, size_t *n, ent_error *err,
		       const char *what)
{
	int64_t *v = NULL;
	size_t len = 0, cap = 0;
	int step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		if (len == cap) {
			size_t ncap = cap ? 2 * cap : 64;
			int64_t *nv = ent__realloc(v, ncap * sizeof *nv);
			if (!nv) {
				ent__free(v);
				return ent_error_set(err, ENT_ENOMEM, "%s: out of memory", what);
			}
			v = nv;
			cap = ncap;
		}
		v[len++] = sqlite3_column_int64(st, 0);
	}
	if (step != SQLITE_DONE) {
		ent__free(v);
		return ent_store__sqlite_fail(db, err, "%s", what);
	}
	*out = v;
	*n = len;
	return ENT_OK;
}

static int bind_fail(sqlite3 *db, int rc, ent_error *err, const char *what)
{
	if (rc == SQLITE_NOMEM)
		return ent_error_set(err, ENT_ENOMEM, "%s: out of memory", what);
	return ent_store__sqlite_fail(db, err, "%s", what);
}

int ent_store__sqlite_fact_ids(ent_store_backend *b, const ent_fact_filter *filter,
			       int64_t **out, size_t *n, ent_error *err)
{
	static const char what[] = "listing fact ids";
	sqlite3 *db = ent_store__sqlite_db(b);
	sqlite3_stmt *st = NULL;
	char sql[1024];
	size_t len;
	int rc = SQLITE_OK, code;
	const char *actor = filter->actor && filter->actor[0] ? filter->actor : NULL;

	/* The constant fragments; parameters keep fixed numbers. */
	if (actor) {
		len = (size_t)snprintf(sql, sizeof sql, "SELECT fact_id FROM fact_codes WHERE code = ?2");
		if (filter->type >= 0)
			len += (size_t)snprintf(sql + len, sizeof sql - len, " AND type = ?1");
		if (filter->from_year || filter->to_year)
			len += (size_t)snprintf(sql + len, sizeof sql - len, " AND year > 0");
	} else {
		len = (size_t)snprintf(sql, sizeof sql, "SELECT id FROM facts WHERE 1");
		if (filter->type >= 0)
			len += (size_t)snprintf(sql + len, sizeof sql - len, " AND type = ?1");
	}
	if (filter->from_year)
		len += (size_t)snprintf(sql + len, sizeof sql - len, " AND year >= ?3");
	if (filter->to_year)
		len += (size_t)snprintf(sql + len, sizeof sql - len, " AND year <= ?4");
	snprintf(sql + len, sizeof sql - len, actor ? " ORDER BY fact_id" : " ORDER BY id");

	code = prepare(db, sql, &st, err, what);
	if (code != ENT_OK)
		return code;
	if (filter->type >= 0)
		rc = sqlite3_bind_text(st, 1, ent_fact_type_name((ent_fact_type)filter->type), -1,
				       SQLITE_STATIC);
	if (rc == SQLITE_OK && actor)
		rc = sqlite3_bind_text(st, 2, actor, -1, SQLITE_STATIC);
	if (rc == SQLITE_OK && filter->from_year)
		rc = sqlite3_bind_int(st, 3, filter->from_year);
	if (rc == SQLITE_OK && filter->to_year)
		rc = sqlite3_bind_int(st, 4, filter->to_year);
	code = rc == SQLITE_OK ? collect_ids(db, st, out, n, err, what)
			       : bind_fail(db, rc, err, what);
	sqlite3_finalize(st);
	return code;
}

int ent_store__sqlite_dyad_fact_ids(ent_store_backend *b, const char *a, const char *c,
				    int64_t **out, size_t *n, ent_error *err)
{
	static const char what[] = "listing the facts of a pair of actors";
	sqlite3 *db = ent_store__sqlite_db(b);
	sqlite3_stmt *st = NULL;
	int rc = SQLITE_OK, code;
	/* fact_pairs keeps each pair once, the smaller code first; its key
	 * order gives the ids sorted */
	int swap = strcmp(a, c) > 0;
	code = ent_store__sqlite_settle(b, err); /* an open batch's pairs */
	if (code != ENT_OK)
		return code;
	code = prepare(db, "SELECT fact_id FROM fact_pairs WHERE a = ?1 AND b = ?2 ORDER BY fact_id",
		       &st, err, what);
	if (code != ENT_OK)
		return code;
	rc = sqlite3_bind_text(st, 1, swap ? c : a, -1, SQLITE_STATIC);
	if (rc == SQLITE_OK)
		rc = sqlite3_bind_text(st, 2, swap ? a : c, -1, SQLITE_STATIC);
	code = rc == SQLITE_OK ? collect_ids(db, st, out, n, err, what)
			       : bind_fail(db, rc, err, what);
	sqlite3_finalize(st);
	return code;
}

int ent_store__sqlite_fact_ids_newest(ent_store_backend *b, const ent_fact_filter *filter,
				      size_t limit, int64_t **out, size_t *n, ent_error *err)
{
	static const char what[] = "listing the newest fact ids";
	sqlite3 *db = ent_store__sqlite_db(b);
	sqlite3_stmt *st = NULL;
	char sql[1024];
	size_t len;
	int rc = SQLITE_OK, code;
	const char *actor = filter->actor && filter->actor[0] ? filter->actor : NULL;

	/* Descending order puts unknown years last (NULL, and fact_codes' 0,
	 * sort lowest); with a type, either index gives this order directly
	 * and the scan stops after the limit. */
	if (actor) {
		len = (size_t)snprintf(sql, sizeof sql, "SELECT fact_id FROM fact_codes WHERE code = ?2");
		if (filter->type >= 0)
			len += (size_t)snprintf(sql + len, sizeof sql - len, " AND type = ?1");
		if (filter->from_year || filter->to_year)
			len += (size_t)snprintf(sql + len, sizeof sql - len, " AND year > 0");
	} else {
		len = (size_t)snprintf(sql, sizeof sql, "SELECT id AS fact_id FROM facts WHERE 1");
		if (filter->type >= 0)
			len += (size_t)snprintf(sql + len, sizeof sql - len, " AND type = ?1");
	}
	if (filter->from_year)
		len += (size_t)snprintf(sql + len, sizeof sql - len, " AND year >= ?3");
	if (filter->to_year)
		len += (size_t)snprintf(sql + len, sizeof sql - len, " AND year <= ?4");
	snprintf(sql + len, sizeof sql - len, " ORDER BY year DESC, fact_id DESC LIMIT ?5");

	code = prepare(db, sql, &st, err, what);
	if (code != ENT_OK)
		return code;
	if (filter->type >= 0)
		rc = sqlite3_bind_text(st, 1, ent_fact_type_name((ent_fact_type)filter->type), -1,
				       SQLITE_STATIC);
	if (rc == SQLITE_OK && actor)
		rc = sqlite3_bind_text(st, 2, actor, -1, SQLITE_STATIC);
	if (rc == SQLITE_OK && filter->from_year)
		rc = sqlite3_bind_int(st, 3, filter->from_year);
	if (rc == SQLITE_OK && filter->to_year)
		rc = sqlite3_bind_int(st, 4, filter->to_year);
	if (rc == SQLITE_OK)
		rc = sqlite3_bind_int64(st, 5, limit > (size_t)INT64_MAX ? -1 : (sqlite3_int64)limit);
	code = rc == SQLITE_OK ? collect_ids(db, st, out, n, err, what)
			       : bind_fail(db, rc, err, what);
	sqlite3_finalize(st);
	return code;
}

/* Run a statement without parameters or rows (BEGIN, COMMIT). */
static int exec_simple(sqlite3 *db, const char *sql, ent_error *err)
{
	sqlite3_stmt *st = NULL;
	int code = prepare(db, sql, &st, err, sql);
	if (code != ENT_OK)
		return code;
	if (sqlite3_step(st) != SQLITE_DONE)
		code = ent_store__sqlite_fail(db, err, "%s", sql);
	sqlite3_finalize(st);
	return code;
}

/* ---- loading many facts at once ------------------------------------------ */

/* The batched loader hands the ids to SQLite as one JSON array (json_each,
 * built into SQLite since 3.38) and reads the fact rows, their actors and
 * their items with one statement each, instead of three statements per
 * fact: the index seeks stay, the per-statement bind / step / reset work
 * (and its mutexes) goes.  Rows come back in array order (json_each is the
 * outer loop of a CROSS JOIN; parts are sorted by key, then rowid, as the
 * per-fact reads give them).  Below BATCH_MIN ids, or when domains or
 * evidence are asked for, the per-fact path is used. */
#define BATCH_MIN 32

static const char batch_facts_sql[] =
	"SELECT j.key, f.id, f.type, f.year, f.status, f.value_amount, f.value_currency, "
	"f.value_usd, f.value_approx, f.recipient, f.actor, f.target, f.polarity, f.issue, "
	"f.name, f.location, f.confidence, f.sources "
	"FROM json_each(?1) j CROSS JOIN facts f ON f.id = j.value";
static const char batch_actors_sql[] =
	"SELECT j.key, a.role, a.code FROM json_each(?1) j CROSS JOIN fact_actors a "
	"ON a.fact_id = j.value ORDER BY j.key, a.rowid";
static const char batch_items_sql[] =
	"SELECT j.key, d.category, d.text, d.designation, d.quantity FROM json_each(?1) j "
	"CROSS JOIN deal_items d ON d.fact_id = j.value ORDER BY j.key, d.rowid";

static const char *ctext(sqlite3_stmt *st, int i) { return (const char *)sqlite3_column_text(st, i); }
static int cnull(sqlite3_stmt *st, int i) { return sqlite3_column_type(st, i) == SQLITE_NULL; }

static int bad(ent_error *err, int64_t id, const char *what)
{
	return ent_error_set(err, ENT_ESTORE, "fact %lld: unreadable %s in the database",
			     (long long)id, what);
}

/* Fill @p f from a batch_facts_sql row (columns from 1).  f stays valid for
 * ent_fact_destroy on failure. */
static int batch_fact_row(sqlite3_stmt *st, ent_fact *f, ent_error *err)
{
	int64_t id = sqlite3_column_int64(st, 1);
	int type = ent_fact_type_from_name(ctext(st, 2));
	ent_fact_init(f, ENT_FACT_DEAL);
	if (type < 0)
		return bad(err, id, "type");
	f->type = (ent_fact_type)type;
	f->id = id;
	f->year = cnull(st, 3) ? 0 : sqlite3_column_int(st, 3);
	if (!cnull(st, 4)) {
		int status = ent_status_from_name(ctext(st, 4));
		if (status <= 0)
			return bad(err, id, "status");
		f->status = (ent_status)status;
	}
	if (!cnull(st, 5)) {
		const char *cur = ctext(st, 6);
		f->value.present = 1;
		f->value.amount = sqlite3_column_double(st, 5);
		if (cur)
			snprintf(f->value.currency, sizeof f->value.currency, "%s", cur);
		if (!cnull(st, 7)) {
			f->value.has_usd = 1;
			f->value.usd = sqlite3_column_double(st, 7);
		}
		f->value.approx = sqlite3_column_int(st, 8) != 0;
	}
	ent_code_set(&f->recipient, ctext(st, 9));
	ent_code_set(&f->actor, ctext(st, 10));
	ent_code_set(&f->target, ctext(st, 11));
	if (!cnull(st, 12)) {
		int p = ent_polarity_from_name(ctext(st, 12));
		if (p < 0)
			return bad(err, id, "polarity");
		f->polarity = (ent_polarity)p;
	}
	/* most facts have none of these: no allocation for a NULL */
	f->issue = cnull(st, 13) ? NULL : ent__strdup(ctext(st, 13));
	f->name = cnull(st, 14) ? NULL : ent__strdup(ctext(st, 14));
	f->location = cnull(st, 15) ? NULL : ent__strdup(ctext(st, 15));
	if ((!cnull(st, 13) && !f->issue) || (!cnull(st, 14) && !f->name) ||
	    (!cnull(st, 15) && !f->location))
		return ent_error_set(err, ENT_ENOMEM, "loading fact %lld: out of memory",
				     (long long)id);
	f->confidence = sqlite3_column_double(st, 16);
	f->sources = sqlite3_column_int(st, 17);
	return ENT_OK;
}

/* The ids as a JSON array, "[1,2,3]". */
static char *ids_json(const int64_t *ids, size_t n)
{
	size_t cap = 2 + n * 21, len = 0, i;
	char *s = ent__malloc(cap);
	if (!s)
		return NULL;
	s[len++] = '[';
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(s + len, cap - len, i ? ",%lld" : "%lld", (long long)ids[i]);
	s[len++] = ']';
	s[len] = '\0';
	return s;
}

/* Run @p sql over the ids in @p json; the rows' column 0 (the array
 * index) must lie in [0, n).  @p row handles one row for fact base + key. */
static int batch_parts(sqlite3 *db, const char *sql, const char *json, ent_fact_list *out,
		       size_t base, size_t n, int (*row)(sqlite3_stmt *, ent_fact *, ent_error *),
		       ent_error *err, const char *what)
{
	sqlite3_stmt *st = NULL;
	int step, code = prepare(db, sql, &st, err, what);
	if (code != ENT_OK)
		return code;
	if (sqlite3_bind_text(st, 1, json, -1, SQLITE_STATIC) != SQLITE_OK) {
		code = ent_store__sqlite_fail(db, err, "%s", what);
		sqlite3_finalize(st);
		return code;
	}
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t k = sqlite3_column_int64(st, 0);
		if (k < 0 || (size_t)k >= n) {
			code = ent_error_set(err, ENT_ESTORE, "%s: bad row", what);
			break;
		}
		code = row(st, &out->v[base + (size_t)k], err);
		if (code != ENT_OK)
			break;
	}
	if (code == ENT_OK && step != SQLITE_DONE)
		code = ent_store__sqlite_fail(db, err, "%s", what);
	sqlite3_finalize(st);
	return code;
}

static int batch_actor_row(sqlite3_stmt *st, ent_fact *f, ent_error *err)
{
	const char *role = ctext(st, 1), *c = ctext(st, 2);
	ent_code *arr;
	size_t *n, max = ENT_FACT_MAX_ACTORS;
	if (!role || !c)
		return bad(err, f->id, "actor");
	if (strcmp(role, "supplier") == 0) {
		arr = f->suppliers;
		n = &f->nsuppliers;
	} else if (strcmp(role, "partner") == 0) {
		arr = f->partners;
		n = &f->npartners;
	} else if (strcmp(role, "participant") == 0) {
		arr = f->participants;
		n = &f->nparticipants;
		max = ENT_FACT_MAX_PARTICIPANTS;
	} else {
		return bad(err, f->id, "actor role");
	}
	if (ent_fact_add_code_max(arr, n, max, c) != ENT_OK)
		return bad(err, f->id, "actor list (too many actors)");
	return ENT_OK;
}

static int batch_item_row(sqlite3_stmt *st, ent_fact *f, ent_error *err)
{
	int cat = ent_category_from_name(ctext(st, 1));
	const char *text = ctext(st, 2);
	long qty = cnull(st, 4) ? -1 : (long)sqlite3_column_int64(st, 4);
	if (cat < 0)
		return bad(err, f->id, "item category");
	if (ent_fact_add_item(f, (ent_category)cat, text,
			      text ? (size_t)sqlite3_column_bytes(st, 2) : 0, ctext(st, 3),
			      qty) != ENT_OK)
		return ent_error_set(err, ENT_ENOMEM, "loading items: out of memory");
	return ENT_OK;
}

/* Load facts @p ids[0..n) (n >= 1) with their actors and/or items, appended
 * to @p out in the order given. */
static int batch_load(sqlite3 *db, const int64_t *ids, size_t n, unsigned parts,
		      ent_fact_list *out, ent_error *err)
{
	static const char what[] = "loading facts";
	sqlite3_stmt *st = NULL;
	size_t base = out->n, want;
	char *json = ids_json(ids, n);
	int step = SQLITE_DONE, code;

	if (!json)
		return ent_error_set(err, ENT_ENOMEM, "%s: out of memory", what);
	/* room for every fact first: the parts are filled in place */
	if (out->cap - out->n < n) {
		ent_fact *nv = ent__realloc(out->v, (out->n + n) * sizeof *nv);
		if (!nv) {
			ent__free(json);
			return ent_error_set(err, ENT_ENOMEM, "%s: out of memory", what);
		}
		out->v = nv;
		out->cap = out->n + n;
	}
	code = prepare(db, batch_facts_sql, &st, err, what);
	if (code == ENT_OK && sqlite3_bind_text(st, 1, json, -1, SQLITE_STATIC) != SQLITE_OK)
		code = ent_store__sqlite_fail(db, err, "%s", what);
	while (code == ENT_OK && (step = sqlite3_step(st)) == SQLITE_ROW) {
		ent_fact *f = &out->v[out->n];
		want = out->n - base;
		if (sqlite3_column_int64(st, 0) != (sqlite3_int64)want)
			break; /* an id without a row: reported below */
		code = batch_fact_row(st, f, err);
		out->n++; /* a half-read fact is still freed with the list */
	}
	if (code == ENT_OK && out->n - base < n) {
		if (step == SQLITE_ROW || step == SQLITE_DONE)
			code = ent_error_set(err, ENT_ENOTFOUND, "fact %lld not found",
					     (long long)ids[out->n - base]);
		else
			code = ent_store__sqlite_fail(db, err, "%s", what);
	}
	sqlite3_finalize(st);
	if (code == ENT_OK && (parts & ENT_FACT_PART_ACTORS))
		code = batch_parts(db, batch_actors_sql, json, out, base, n, batch_actor_row, err,
				   "loading the actors of facts");
	if (code == ENT_OK && (parts & ENT_FACT_PART_ITEMS))
		code = batch_parts(db, batch_items_sql, json, out, base, n, batch_item_row, err,
				   "loading the items of facts");
	ent__free(json);
	return code;
}

int ent_store__sqlite_facts_by_ids(ent_store_backend *b, const int64_t *ids, size_t n,
				   unsigned parts, ent_fact_list *out, ent_error *err)
{
	sqlite3 *db = ent_store__sqlite_db(b);
	int own = 0, rc = ENT_OK;
	int batch = n >= BATCH_MIN && !(parts & (ENT_FACT_PART_DOMAINS | ENT_FACT_PART_EVIDENCE));
	size_t i;
	/* One read transaction for the whole batch: outside one, every
	 * statement takes and drops the WAL read lock (fcntl calls that cost
	 * more than the reads themselves), and the facts come from one
	 * snapshot. */
	if (n > 1 && sqlite3_get_autocommit(db)) {
		rc = exec_simple(db, "BEGIN", err);
		own = rc == ENT_OK;
	}
	if (batch)
		rc = batch_load(db, ids, n, parts, out, err);
	for (i = 0; i < n && rc == ENT_OK && !batch; i++) {
		ent_fact f;
		rc = ent_store__sqlite_load_fact(b, ids[i], &f, parts, err);
		if (rc == ENT_OK && ent_fact_list_push(out, &f) != ENT_OK)
			rc = ent_error_set(err, ENT_ENOMEM, "loading facts: out of memory");
		if (rc != ENT_OK)
			ent_fact_destroy(&f);
	}
	if (own) {
		ent_error ignored;
		if (rc == ENT_OK)
			rc = exec_simple(db, "COMMIT", err);
		if (!sqlite3_get_autocommit(db))
			exec_simple(db, "ROLLBACK", &ignored);
	}
	return rc;
}

int ent_store__sqlite_supplier_rows(ent_store_backend *b, const char *recipient, int from_year,
				    int to_year, ent_supplier_row **out, size_t *n,
				    ent_error *err)
{
	static const char what[] = "listing the suppliers of an importer";
	sqlite3 *db = ent_store__sqlite_db(b);
	sqlite3_stmt *st = NULL;
	ent_supplier_row *v = NULL;
	size_t len = 0, cap = 0, sl, i, j, k;
	char sql[1024];
	int rc = SQLITE_OK, code, step;

	/* fact_suppliers (schema.c) holds one row per supplier of a fact under
	 * the fact's recipient and type: the importer's (fact, supplier) pairs
	 * are one range of its key, and a fact's suppliers are the rows with
	 * its id, counted below instead of by a subquery per row */
	sl = (size_t)snprintf(sql, sizeof sql,
			      "SELECT s.fact_id, s.type, f.year, f.value_usd, s.supplier "
			      "FROM fact_suppliers s JOIN facts f ON f.id = s.fact_id "
			      "WHERE s.recipient = ?1 AND s.type IN ('deal', 'supply')");
	if (from_year)
		sl += (size_t)snprintf(sql + sl, sizeof sql - sl, " AND f.year >= ?2");
	if (to_year)
		sl += (size_t)snprintf(sql + sl, sizeof sql - sl, " AND f.year <= ?3");
	snprintf(sql + sl, sizeof sql - sl, " ORDER BY s.fact_id, s.supplier");

	code = prepare(db, sql, &st, err, what);
	if (code != ENT_OK)
		return code;
	rc = sqlite3_bind_text(st, 1, recipient, -1, SQLITE_STATIC);
	if (rc == SQLITE_OK && from_year)
		rc = sqlite3_bind_int(st, 2, from_year);
	if (rc == SQLITE_OK && to_year)
		rc = sqlite3_bind_int(st, 3, to_year);
	if (rc != SQLITE_OK) {
		code = bind_fail(db, rc, err, what);
		sqlite3_finalize(st);
		return code;
	}
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		ent_supplier_row *r;
		const char *type = (const char *)sqlite3_column_text(st, 1);
		if (len == cap) {
			size_t ncap = cap ? 2 * cap : 64;
			ent_supplier_row *nv = ent__realloc(v, ncap * sizeof *nv);
			if (!nv) {
				code = ent_error_set(err, ENT_ENOMEM, "%s: out of memory", what);
				break;
			}
			v = nv;
			cap = ncap;
		}
		r = &v[len++];
		memset(r, 0, sizeof *r);
		r->fact_id = sqlite3_column_int64(st, 0);
		r->type = type && strcmp(type, "supply") == 0 ? ENT_FACT_SUPPLY : ENT_FACT_DEAL;
		r->year = sqlite3_column_type(st, 2) == SQLITE_NULL ? 0 : sqlite3_column_int(st, 2);
		r->has_usd = sqlite3_column_type(st, 3) != SQLITE_NULL;
		r->usd = r->has_usd ? sqlite3_column_double(st, 3) : 0.0;
		ent_code_set(&r->supplier, (const char *)sqlite3_column_text(st, 4));
	}
	if (code == ENT_OK && step != SQLITE_DONE)
		code = ent_store__sqlite_fail(db, err, "%s", what);
	sqlite3_finalize(st);
	if (code != ENT_OK) {
		ent__free(v);
		return code;
	}
	/* the rows of one fact are adjacent: each gets their number */
	for (i = 0; i < len; i = j) {
		for (j = i + 1; j < len && v[j].fact_id == v[i].fact_id; j++)
			;
		for (k = i; k < j; k++)
			v[k].nsuppliers = (int)(j - i);
	}
	*out = v;
	*n = len;
	return ENT_OK;
}
