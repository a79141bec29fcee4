/*
 * sqlite_sipri.c - SIPRI trade registers in the SQLite store.
 *
 * A release (the register's generation date) is written in one BEGIN
 * IMMEDIATE transaction with statements prepared once per import: the
 * document row (sha256 of the file), the release row, every record in
 * sipri_records and, when the release is the newest one stored, one deal
 * fact per record (facts, fact_actors, deal_items, evidence).  SIPRI records
 * are facts of their own source: they are inserted directly, never merged
 * with other facts through the per-fact merge of store_sqlite.c.
 *
 * Releases: importing a release already stored changes nothing.  Importing
 * a newer one makes it current: the facts of the previous current release
 * are deleted (their records stay in sipri_records, queryable by release
 * name) and the new release's facts are written.  Importing an older
 * release stores its records only.  See docs/internals/SIPRI.md.
 */
#include "entente/sipri.h"
#include "entente/sys/store_backend.h"
#include "store/store_internal.h"
#include "util/alloc.h"
#include "util/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The SQLite connection behind @p s, or NULL (and a message) when the
 * store is not SQLite. */
static sqlite3 *sipri_db(ent_store *s, ent_error *err)
{
	ent_store_backend *b = ent_store__backend(s);
	if (!b || !b->name || strcmp(b->name, "sqlite") != 0) {
		ent_error_set(err, ENT_EUSAGE, "SIPRI registers need the SQLite store backend");
		return NULL;
	}
	return ent_store__sqlite_db(b);
}

enum {
	Q_RELEASE_FIND,
	Q_DOC_FIND,
	Q_DOC_INSERT,
	Q_CURRENT,
	Q_RELEASE_INSERT,
	Q_OLD_EVIDENCE,
	Q_OLD_FACTS,
	Q_OLD_SOURCES,
	Q_OLD_UNLINK,
	Q_OLD_UNSET,
	Q_ACTOR,
	Q_FACT,
	Q_FACT_ACTOR,
	Q_ITEM,
	Q_EVIDENCE,
	Q_RECORD,
	Q__COUNT
};

static const char *const import_sql[Q__COUNT] = {
	[Q_RELEASE_FIND] = "SELECT id FROM sipri_releases WHERE release = ?1",
	[Q_DOC_FIND] = "SELECT id FROM documents WHERE sha256 = ?1",
	[Q_DOC_INSERT] = "INSERT INTO documents (sha256, source, title, published, grade, format, "
			 "bytes) VALUES (?1, ?2, ?3, ?4, 'B', 'sipri', ?5)",
	[Q_CURRENT] = "SELECT id, generated, document_id FROM sipri_releases WHERE current = 1",
	[Q_RELEASE_INSERT] = "INSERT INTO sipri_releases (release, generated, generated_text, "
			     "document_id, source, records, current) "
			     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	/* superseding release ?1 (document ?2) */
	[Q_OLD_EVIDENCE] = "DELETE FROM evidence WHERE document_id = ?2 AND rule = 'sipri.record' "
			   "AND fact_id IN (SELECT fact_id FROM sipri_records WHERE release_id = ?1)",
	[Q_OLD_FACTS] = "DELETE FROM facts WHERE id IN (SELECT fact_id FROM sipri_records WHERE "
			"release_id = ?1) AND NOT EXISTS (SELECT 1 FROM evidence e WHERE "
			"e.fact_id = facts.id)",
	[Q_OLD_SOURCES] = "UPDATE facts SET sources = max(1, (SELECT COUNT(DISTINCT document_id) "
			  "FROM evidence WHERE fact_id = facts.id)) WHERE id IN (SELECT fact_id "
			  "FROM sipri_records WHERE release_id = ?1)",
	[Q_OLD_UNLINK] = "UPDATE sipri_records SET fact_id = NULL WHERE release_id = ?1 AND "
			 "fact_id IS NOT NULL",
	[Q_OLD_UNSET] = "UPDATE sipri_releases SET current = 0 WHERE id = ?1",
	[Q_ACTOR] = "INSERT INTO sipri_actors (code, kind, name) VALUES (?1, ?2, ?3) "
		    "ON CONFLICT DO NOTHING",
	[Q_FACT] = "INSERT INTO facts (type, year, status, value_amount, value_currency, value_usd, "
		   "value_approx, recipient, confidence, sources) "
		   "VALUES ('deal', ?1, ?2, ?3, ?4, ?5, ?6, ?7, 0.9, 1)",
	[Q_FACT_ACTOR] = "INSERT INTO fact_actors (fact_id, role, code) VALUES (?1, 'supplier', ?2)",
	[Q_ITEM] = "INSERT INTO deal_items (fact_id, category, text, designation, quantity) "
		   "VALUES (?1, ?2, ?3, ?4, ?5)",
	[Q_EVIDENCE] = "INSERT INTO evidence (fact_id, document_id, start, \"end\", quote, rule) "
		       "VALUES (?1, ?2, ?3, ?4, ?5, 'sipri.record')",
	[Q_RECORD] = "INSERT INTO sipri_records (release_id, fact_id, line, lines, recipient, "
		     "recipient_name, supplier, supplier_name, order_year, order_year_uncertain, "
		     "ordered, ordered_uncertain, designation, description, category, delivered, "
		     "delivered_uncertain, delivery_years, status, second_hand, comments, tiv_unit, "
		     "tiv_order, tiv_delivered, value_amount, value_currency, value_usd, "
		     "value_part_of) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
		     "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, "
		     "?28)",
};

typedef struct importer {
	sqlite3 *db;
	sqlite3_stmt *st[Q__COUNT];
	ent_error *err;
	int rc;             /* first bind error (SQLITE_*) of the statement being filled */
} importer;

/* Binding helpers: each does nothing once im->rc holds an error. */
static void b_int(importer *im, sqlite3_stmt *st, int i, sqlite3_int64 v)
{
	if (im->rc == SQLITE_OK)
		im->rc = sqlite3_bind_int64(st, i, v);
}

static void b_dbl(importer *im, sqlite3_stmt *st, int i, double v)
{
	if (im->rc == SQLITE_OK)
		im->rc = sqlite3_bind_double(st, i, v);
}

static void b_txt(importer *im, sqlite3_stmt *st, int i, const char *s)
{
	if (im->rc == SQLITE_OK)
		im->rc = s ? sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC)
			   : sqlite3_bind_null(st, i);
}

/* An integer, NULL when negative (absent). */
static void b_opt(importer *im, sqlite3_stmt *st, int i, long v)
{
	if (v < 0) {
		if (im->rc == SQLITE_OK)
			im->rc = sqlite3_bind_null(st, i);
	} else {
		b_int(im, st, i, v);
	}
}

static void b_optd(importer *im, sqlite3_stmt *st, int i, int has, double v)
{
	if (has)
		b_dbl(im, st, i, v);
	else if (im->rc == SQLITE_OK)
		im->rc = sqlite3_bind_null(st, i);
}

/* Run statement @p q (already bound) to its end; @p row receives the first
 * column of the first row when not NULL (0 when no row).  Always resets. */
static int run(importer *im, int q, sqlite3_int64 *row, const char *what, size_t line)
{
	sqlite3_stmt *st = im->st[q];
	int step, code = ENT_OK;
	if (row)
		*row = 0;
	if (im->rc != SQLITE_OK) {
		code = ent_error_set(im->err, im->rc == SQLITE_NOMEM ? ENT_ENOMEM : ENT_ESTORE,
				     "%s: cannot bind values (line %zu)", what, line);
		im->rc = SQLITE_OK;
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
		return code;
	}
	while ((step = sqlite3_step(st)) == SQLITE_ROW)
		if (row && !*row)
			*row = sqlite3_column_int64(st, 0);
	if (step != SQLITE_DONE)
		code = line ? ent_store__sqlite_fail(im->db, im->err, "%s (line %zu)", what, line)
			    : ent_store__sqlite_fail(im->db, im->err, "%s", what);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return code;
}

static int exec(sqlite3 *db, const char *sql, ent_error *err)
{
	if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return ent_store__sqlite_fail(db, err, "%s", sql);
	return ENT_OK;
}

/* "2018; 2019" from the parsed years (@p buf of @p size bytes). */
static const char *years_text(const ent_sipri_record *r, char *buf, size_t size)
{
	size_t i, used = 0;
	if (!r->ndelivery_years)
		return NULL;
	buf[0] = '\0';
	for (i = 0; i < r->ndelivery_years && used + 8 < size; i++)
		used += (size_t)snprintf(buf + used, size - used, "%s%d", i ? "; " : "",
					 r->delivery_years[i]);
	return buf;
}

static int store_actor(importer *im, const ent_code *c, ent_sipri_kind k, const char *name,
		       size_t line)
{
	b_txt(im, im->st[Q_ACTOR], 1, c->s);
	b_txt(im, im->st[Q_ACTOR], 2, ent_sipri_kind_name(k));
	b_txt(im, im->st[Q_ACTOR], 3, name);
	return run(im, Q_ACTOR, NULL, "storing a SIPRI actor", line);
}

/* The deal fact of record @p r; @p out_id receives its id. */
static int store_fact(importer *im, const ent_sipri_record *r, sqlite3_int64 doc_id,
		      sqlite3_int64 *out_id)
{
	sqlite3_stmt *st = im->st[Q_FACT];
	int all = r->ordered > 0 && r->delivered >= r->ordered;
	int code;
	b_opt(im, st, 1, r->order_year);
	b_txt(im, st, 2, ent_status_name(all ? ENT_STATUS_DELIVERED : ENT_STATUS_ORDERED));
	if (r->value.present && !r->value_part_of) { /* a larger deal's value is not this one's */
		b_dbl(im, st, 3, r->value.amount);
		b_txt(im, st, 4, r->value.currency);
		b_optd(im, st, 5, r->value.has_usd, r->value.usd);
		b_int(im, st, 6, r->value.approx);
	}
	b_txt(im, st, 7, r->recipient_kind == ENT_SIPRI_UNKNOWN ? NULL : r->recipient.s);
	code = run(im, Q_FACT, NULL, "storing a SIPRI deal", r->line);
	if (code)
		return code;
	*out_id = sqlite3_last_insert_rowid(im->db);

	if (r->supplier_kind != ENT_SIPRI_UNKNOWN) {
		b_int(im, im->st[Q_FACT_ACTOR], 1, *out_id);
		b_txt(im, im->st[Q_FACT_ACTOR], 2, r->supplier.s);
		code = run(im, Q_FACT_ACTOR, NULL, "storing a SIPRI supplier", r->line);
		if (code)
			return code;
	}
	st = im->st[Q_ITEM];
	b_int(im, st, 1, *out_id);
	b_txt(im, st, 2, ent_category_name(r->category));
	b_txt(im, st, 3, r->description);
	b_txt(im, st, 4, r->designation);
	b_opt(im, st, 5, r->ordered);
	code = run(im, Q_ITEM, NULL, "storing a SIPRI item", r->line);
	if (code)
		return code;
	st = im->st[Q_EVIDENCE];
	b_int(im, st, 1, *out_id);
	b_int(im, st, 2, doc_id);
	b_int(im, st, 3, (sqlite3_int64)r->offset);
	b_int(im, st, 4, (sqlite3_int64)(r->offset + r->length));
	b_txt(im, st, 5, r->raw);
	return run(im, Q_EVIDENCE, NULL, "storing SIPRI evidence", r->line);
}

static int store_record(importer *im, const ent_sipri_record *r, sqlite3_int64 release_id,
			sqlite3_int64 fact_id)
{
	sqlite3_stmt *st = im->st[Q_RECORD];
	char years[1024];
	b_int(im, st, 1, release_id);
	if (fact_id)
		b_int(im, st, 2, fact_id);
	b_int(im, st, 3, (sqlite3_int64)r->line);
	b_int(im, st, 4, (sqlite3_int64)r->nlines);
	b_txt(im, st, 5, r->recipient.s);
	b_txt(im, st, 6, r->recipient_name);
	b_txt(im, st, 7, r->supplier.s);
	b_txt(im, st, 8, r->supplier_name);
	b_opt(im, st, 9, r->order_year);
	b_int(im, st, 10, r->order_year_uncertain);
	b_opt(im, st, 11, r->ordered);
	b_int(im, st, 12, r->ordered_uncertain);
	b_txt(im, st, 13, r->designation);
	b_txt(im, st, 14, r->description);
	b_txt(im, st, 15, ent_category_name(r->category));
	b_opt(im, st, 16, r->delivered);
	b_int(im, st, 17, r->delivered_uncertain);
	b_txt(im, st, 18, years_text(r, years, sizeof years));
	b_txt(im, st, 19, r->status);
	b_int(im, st, 20, r->second_hand);
	b_txt(im, st, 21, r->comments[0] ? r->comments : NULL);
	b_optd(im, st, 22, r->has_tiv_unit, r->tiv_unit);
	b_optd(im, st, 23, r->has_tiv_order, r->tiv_order);
	b_optd(im, st, 24, r->has_tiv_delivered, r->tiv_delivered);
	if (r->value.present) {
		b_dbl(im, st, 25, r->value.amount);
		b_txt(im, st, 26, r->value.currency);
		b_optd(im, st, 27, r->value.has_usd, r->value.usd);
	}
	b_int(im, st, 28, r->value_part_of);
	return run(im, Q_RECORD, NULL, "storing a SIPRI record", r->line);
}

/* Supersede release @p old (document @p old_doc): its facts go, its records stay. */
static int supersede(importer *im, sqlite3_int64 old, sqlite3_int64 old_doc)
{
	static const int steps[] = {Q_OLD_EVIDENCE, Q_OLD_FACTS, Q_OLD_SOURCES, Q_OLD_UNLINK,
				    Q_OLD_UNSET};
	size_t i;
	for (i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		int code;
		b_int(im, im->st[steps[i]], 1, old);
		if (steps[i] == Q_OLD_EVIDENCE)
			b_int(im, im->st[steps[i]], 2, old_doc);
		code = run(im, steps[i], NULL, "superseding the previous SIPRI release", 0);
		if (code)
			return code;
	}
	return ENT_OK;
}

int ent_store__sipri_import(ent_store *s, const ent_sipri_register *r, ent_sipri_stats *stats,
			    ent_error *err)
{
	importer im;
	sqlite3_int64 release_id = 0, doc_id = 0, old_id = 0, old_doc = 0;
	int code, current, i;
	char *old_generated = NULL, title[96];
	size_t k;

	memset(&im, 0, sizeof im);
	im.err = err;
	im.db = sipri_db(s, err);
	if (!im.db)
		return ENT_EUSAGE;
	for (i = 0; i < Q__COUNT; i++)
		if (sqlite3_prepare_v2(im.db, import_sql[i], -1, &im.st[i], NULL) != SQLITE_OK) {
			code = ent_store__sqlite_fail(im.db, err, "preparing SIPRI statement %d", i);
			goto out;
		}
	code = exec(im.db, "BEGIN IMMEDIATE", err);
	if (code)
		goto out;

	b_txt(&im, im.st[Q_RELEASE_FIND], 1, r->release);
	code = run(&im, Q_RELEASE_FIND, &release_id, "looking up the SIPRI release", 0);
	if (code)
		goto out;
	if (release_id) { /* already imported: nothing changes */
		stats->already = 1;
		stats->stored = 0;
		goto out;
	}

	b_txt(&im, im.st[Q_DOC_FIND], 1, r->sha256);
	code = run(&im, Q_DOC_FIND, &doc_id, "looking up the register's document", 0);
	if (code)
		goto out;
	if (!doc_id) {
		int dated = strncmp(r->release, "undated", 7) != 0;
		snprintf(title, sizeof title, "SIPRI trade register %s", r->release);
		b_txt(&im, im.st[Q_DOC_INSERT], 1, r->sha256);
		b_txt(&im, im.st[Q_DOC_INSERT], 2, r->path);
		b_txt(&im, im.st[Q_DOC_INSERT], 3, title);
		b_txt(&im, im.st[Q_DOC_INSERT], 4, dated ? r->release : NULL);
		b_int(&im, im.st[Q_DOC_INSERT], 5, (sqlite3_int64)r->bytes);
		code = run(&im, Q_DOC_INSERT, NULL, "storing the register's document", 0);
		if (code)
			goto out;
		doc_id = sqlite3_last_insert_rowid(im.db);
	}

	/* Is the new release newer than the current one?  Dated releases
	 * compare by date; an undated one is older than any dated one and
	 * newer than the undated ones imported before it. */
	{
		sqlite3_stmt *st = im.st[Q_CURRENT];
		int step = sqlite3_step(st);
		if (step == SQLITE_ROW) {
			const char *g = (const char *)sqlite3_column_text(st, 1);
			old_id = sqlite3_column_int64(st, 0);
			old_doc = sqlite3_column_int64(st, 2);
			if (g && !(old_generated = ent__strdup(g)))
				step = SQLITE_NOMEM;
			else
				step = SQLITE_DONE;
		}
		sqlite3_reset(st);
		if (step != SQLITE_DONE) {
			code = step == SQLITE_NOMEM
				       ? ent_error_set(err, ENT_ENOMEM, "out of memory")
				       : ent_store__sqlite_fail(im.db, err, "reading the current release");
			goto out;
		}
	}
	{
		int dated = strncmp(r->release, "undated", 7) != 0;
		if (!old_id)
			current = 1;
		else if (dated)
			current = !old_generated || strcmp(r->release, old_generated) > 0;
		else
			current = !old_generated;
	}
	if (current && old_id) {
		code = supersede(&im, old_id, old_doc);
		if (code)
			goto out;
	}

	b_txt(&im, im.st[Q_RELEASE_INSERT], 1, r->release);
	b_txt(&im, im.st[Q_RELEASE_INSERT], 2,
	      strncmp(r->release, "undated", 7) != 0 ? r->release : NULL);
	b_txt(&im, im.st[Q_RELEASE_INSERT], 3, r->generated[0] ? r->generated : NULL);
	b_int(&im, im.st[Q_RELEASE_INSERT], 4, doc_id);
	b_txt(&im, im.st[Q_RELEASE_INSERT], 5, r->path);
	b_int(&im, im.st[Q_RELEASE_INSERT], 6, (sqlite3_int64)r->n);
	b_int(&im, im.st[Q_RELEASE_INSERT], 7, current);
	code = run(&im, Q_RELEASE_INSERT, NULL, "storing the SIPRI release", 0);
	if (code)
		goto out;
	release_id = sqlite3_last_insert_rowid(im.db);

	for (k = 0; k < r->n; k++) {
		const ent_sipri_record *rec = &r->v[k];
		sqlite3_int64 fact_id = 0;
		code = store_actor(&im, &rec->recipient, rec->recipient_kind, rec->recipient_name,
				   rec->line);
		if (!code)
			code = store_actor(&im, &rec->supplier, rec->supplier_kind,
					   rec->supplier_name, rec->line);
		if (!code && current)
			code = store_fact(&im, rec, doc_id, &fact_id);
		if (!code)
			code = store_record(&im, rec, release_id, fact_id);
		if (code)
			goto out;
		if (fact_id)
			stats->stored++;
	}
	code = exec(im.db, "COMMIT", err);

out:
	if (im.db && !sqlite3_get_autocommit(im.db)) {
		ent_error ignored;
		exec(im.db, "ROLLBACK", &ignored);
	}
	if (code)
		stats->stored = 0;
	for (i = 0; i < Q__COUNT; i++)
		sqlite3_finalize(im.st[i]);
	ent__free(old_generated);
	return code;
}

/* ---- reading ------------------------------------------------------------------ */

static int cmp_share(const void *a, const void *b)
{
	const ent_tiv_share *x = a, *y = b;
	if (x->tiv != y->tiv)
		return x->tiv < y->tiv ? 1 : -1;
	return strcmp(x->supplier.s, y->supplier.s);
}

/* The id of release @p release (NULL: the current one), 0 when none. */
static int release_id(sqlite3 *db, const char *release, sqlite3_int64 *out)
{
	sqlite3_stmt *st = NULL;
	int step;
	*out = 0;
	if (sqlite3_prepare_v2(db,
			       release ? "SELECT id FROM sipri_releases WHERE release = ?1"
				       : "SELECT id FROM sipri_releases WHERE current = 1",
			       -1, &st, NULL) != SQLITE_OK)
		return ENT_ESTORE;
	if (release && sqlite3_bind_text(st, 1, release, -1, SQLITE_STATIC) != SQLITE_OK) {
		sqlite3_finalize(st);
		return ENT_ESTORE;
	}
	step = sqlite3_step(st);
	if (step == SQLITE_ROW)
		*out = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return step == SQLITE_ROW || step == SQLITE_DONE ? ENT_OK : ENT_ESTORE;
}

/* Add @p tiv to @p code's entry. */
static int add_share(ent_tiv_share **v, size_t *n, size_t *cap, const char *code, double tiv)
{
	size_t i;
	for (i = 0; i < *n; i++)
		if (strcmp((*v)[i].supplier.s, code) == 0) {
			(*v)[i].tiv += tiv;
			return ENT_OK;
		}
	if (*n == *cap) {
		size_t ncap = *cap ? 2 * *cap : 16;
		ent_tiv_share *nv = ent__realloc(*v, ncap * sizeof *nv);
		if (!nv)
			return ENT_ENOMEM;
		*v = nv;
		*cap = ncap;
	}
	memset(&(*v)[*n], 0, sizeof **v);
	ent_code_set(&(*v)[*n].supplier, code);
	(*v)[(*n)++].tiv = tiv;
	return ENT_OK;
}

/* The share of a record's delivered TIV that falls in [from, to]: its
 * delivery years split the TIV evenly; without delivery years none does. */
static double in_window(const char *years, double tiv, int from, int to)
{
	int y[256], ny = 0, inside = 0, k;
	const char *p = years;
	while (p && *p && ny < 256) {
		char *end;
		long v = strtol(p, &end, 10);
		if (end == p)
			break;
		y[ny++] = (int)v;
		p = end;
		while (*p == ';' || *p == ' ')
			p++;
	}
	if (!ny)
		return 0;
	for (k = 0; k < ny; k++)
		if ((!from || y[k] >= from) && (!to || y[k] <= to))
			inside++;
	return tiv * inside / ny;
}

int ent_store__sipri_tiv(ent_store *s, const char *recipient, int from_year, int to_year,
			 const char *release, ent_tiv_share **out, size_t *n)
{
	ent_error e;
	sqlite3 *db = sipri_db(s, &e);
	sqlite3_stmt *st = NULL;
	sqlite3_int64 rid = 0;
	ent_tiv_share *v = NULL;
	size_t len = 0, cap = 0, i;
	double total = 0;
	int step, code;

	if (!db)
		return ENT_EUSAGE;
	code = release_id(db, release, &rid);
	if (code)
		return code;
	if (!rid)
		return ENT_ENOTFOUND;
	if (sqlite3_prepare_v2(db,
			       "SELECT supplier, tiv_delivered, delivery_years FROM sipri_records "
			       "WHERE release_id = ?1 AND recipient = ?2 AND tiv_delivered IS NOT NULL",
			       -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 1, rid) != SQLITE_OK ||
	    sqlite3_bind_text(st, 2, recipient, -1, SQLITE_STATIC) != SQLITE_OK) {
		sqlite3_finalize(st);
		return ENT_ESTORE;
	}
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *sup = (const char *)sqlite3_column_text(st, 0);
		double tiv = sqlite3_column_double(st, 1);
		if (from_year || to_year)
			tiv = in_window((const char *)sqlite3_column_text(st, 2), tiv, from_year,
					to_year);
		if (!sup || tiv <= 0)
			continue;
		if (add_share(&v, &len, &cap, sup, tiv)) {
			code = ENT_ENOMEM;
			break;
		}
	}
	if (!code && step != SQLITE_DONE)
		code = ENT_ESTORE;
	sqlite3_finalize(st);
	if (code) {
		ent__free(v);
		return code;
	}
	for (i = 0; i < len; i++)
		total += v[i].tiv;
	for (i = 0; i < len; i++)
		v[i].share = total > 0 ? v[i].tiv / total : 0;
	if (len > 1)
		qsort(v, len, sizeof *v, cmp_share);
	*out = v;
	*n = len;
	return ENT_OK;
}

int ent_store__sipri_releases(ent_store *s, ent_sipri_release_info **out, size_t *n)
{
	ent_error e;
	sqlite3 *db = sipri_db(s, &e);
	sqlite3_stmt *st = NULL;
	ent_sipri_release_info *v = NULL;
	size_t len = 0, cap = 0;
	int step, code = ENT_OK;

	if (!db)
		return ENT_EUSAGE;
	if (sqlite3_prepare_v2(db,
			       "SELECT release, source, records, current FROM sipri_releases "
			       "ORDER BY generated IS NOT NULL, generated, id",
			       -1, &st, NULL) != SQLITE_OK) {
		sqlite3_finalize(st);
		return ENT_ESTORE;
	}
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *rel = (const char *)sqlite3_column_text(st, 0);
		const char *src = (const char *)sqlite3_column_text(st, 1);
		if (len == cap) {
			size_t ncap = cap ? 2 * cap : 8;
			ent_sipri_release_info *nv = ent__realloc(v, ncap * sizeof *nv);
			if (!nv) {
				code = ENT_ENOMEM;
				break;
			}
			v = nv;
			cap = ncap;
		}
		memset(&v[len], 0, sizeof *v);
		snprintf(v[len].release, sizeof v[len].release, "%s", rel ? rel : "");
		snprintf(v[len].source, sizeof v[len].source, "%s", src ? src : "");
		v[len].records = (size_t)sqlite3_column_int64(st, 2);
		v[len].current = sqlite3_column_int(st, 3);
		len++;
	}
	if (!code && step != SQLITE_DONE)
		code = ENT_ESTORE;
	sqlite3_finalize(st);
	if (code) {
		ent__free(v);
		return code;
	}
	*out = v;
	*n = len;
	return ENT_OK;
}
