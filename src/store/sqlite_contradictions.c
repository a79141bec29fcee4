/*
 * sqlite_contradictions.c - recording and reading contradictions between
 * sources (the contradictions table of schema version 1).
 *
 * store_sqlite.c calls two hooks while it stores a fact:
 *   - ent_store__diff_facts() just before merging an incoming fact into a
 *     stored one, to keep what the merge would silently hide (a value a few
 *     percent apart or in another currency, another year, another place);
 *   - ent_store__sqlite_contradictions() once the fact and its evidence are
 *     written, which records those differences and, for a deal inserted as
 *     new, compares it with the stored deals of the same supplier/recipient
 *     pair: same year but a value more than 5% apart, or the same value
 *     (within 5%) but another year.
 * Each row names the fact, the attribute, both values and one piece of
 * evidence for each side (the older fact's first quote, the new document's
 * first quote).  The same row is never recorded twice.
 */
#include "entente/network.h"
#include "store/store_internal.h"
#include "util/alloc.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static void fmt_value(char *out, size_t n, const ent_value *v)
{
	snprintf(out, n, "%s%s %.0f", v->approx ? "~" : "", v->currency[0] ? v->currency : "?",
		 v->amount);
}

static void add_diff(ent_store__diffs *d, const char *attr, const char *a, const char *b)
{
	if (d->n >= sizeof d->v / sizeof d->v[0])
		return;
	d->v[d->n].attribute = attr;
	snprintf(d->v[d->n].a, sizeof d->v[d->n].a, "%s", a);
	snprintf(d->v[d->n].b, sizeof d->v[d->n].b, "%s", b);
	d->n++;
}

void ent_store__diff_facts(ent_store__diffs *d, const ent_fact *stored, const ent_fact *incoming)
{
	char a[64], b[64];
	d->n = 0;
	if (stored->value.present && incoming->value.present &&
	    (strcmp(stored->value.currency, incoming->value.currency) != 0 ||
	     stored->value.amount != incoming->value.amount)) {
		fmt_value(a, sizeof a, &stored->value);
		fmt_value(b, sizeof b, &incoming->value);
		add_diff(d, "value", a, b);
	}
	if (stored->year && incoming->year && stored->year != incoming->year) {
		snprintf(a, sizeof a, "%d", stored->year);
		snprintf(b, sizeof b, "%d", incoming->year);
		add_diff(d, "year", a, b);
	}
	if (stored->location && incoming->location &&
	    strcasecmp(stored->location, incoming->location) != 0)
		add_diff(d, "location", stored->location, incoming->location);
}

static const char sql_first_same[] =
	"SELECT MIN(id) FROM evidence WHERE fact_id = ?1 AND document_id = ?2";
static const char sql_first_other[] =
	"SELECT MIN(id) FROM evidence WHERE fact_id = ?1 AND document_id <> ?2";
/* Insert one row unless the same one is there. */
static const char sql_record[] =
	"INSERT INTO contradictions (fact_id, attribute, value_a, value_b, evidence_a, "
	"evidence_b) SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE NOT EXISTS (SELECT 1 FROM "
	"contradictions WHERE fact_id = ?1 AND attribute = ?2 AND value_a IS ?3 AND "
	"value_b IS ?4 AND evidence_a IS ?5)";
/* The other stored deals of a recipient with a given supplier (one range
 * of fact_suppliers), by year then id as the recipient's index gave them. */
static const char sql_deals[] =
	"SELECT f.id, f.year, f.value_amount, f.value_currency, f.value_approx "
	"FROM fact_suppliers p JOIN facts f ON f.id = p.fact_id "
	"WHERE p.recipient = ?1 AND p.supplier = ?3 AND p.type = 'deal' AND p.fact_id <> ?2 "
	"ORDER BY f.year, f.id";

int ent_store__contra_prepare(sqlite3 *db, ent_store__contra_stmts *cs, ent_error *err)
{
	const char *const sql[4] = {sql_first_same, sql_first_other, sql_record, sql_deals};
	sqlite3_stmt **st[4] = {&cs->first_same, &cs->first_other, &cs->record, &cs->deals};
	size_t i;
	memset(cs, 0, sizeof *cs);
	for (i = 0; i < 4; i++)
		if (sqlite3_prepare_v3(db, sql[i], -1, SQLITE_PREPARE_PERSISTENT, st[i], NULL) !=
		    SQLITE_OK) {
			int code = ent_store__sqlite_fail(db, err,
							  "preparing the contradiction checks");
			ent_store__contra_finalize(cs);
			return code;
		}
	return ENT_OK;
}

void ent_store__contra_finalize(ent_store__contra_stmts *cs)
{
	sqlite3_finalize(cs->first_same);
	sqlite3_finalize(cs->first_other);
	sqlite3_finalize(cs->record);
	sqlite3_finalize(cs->deals);
	memset(cs, 0, sizeof *cs);
}

/* Leave a statement ready for its next use, without bound memory. */
static void reuse(sqlite3_stmt *st)
{
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
}

/* First evidence row of @p fact: from document @p doc (same = 1) or from
 * any other document (same = 0); 0 when there is none. */
static int first_evidence(ent_store__contra_stmts *cs, int64_t fact, int64_t doc, int same,
			  int64_t *out)
{
	sqlite3_stmt *st = same ? cs->first_same : cs->first_other;
	int step;
	*out = 0;
	sqlite3_bind_int64(st, 1, fact);
	sqlite3_bind_int64(st, 2, doc);
	step = sqlite3_step(st);
	if (step == SQLITE_ROW)
		*out = sqlite3_column_int64(st, 0);
	reuse(st);
	return step == SQLITE_ROW || step == SQLITE_DONE ? ENT_OK : ENT_ESTORE;
}

static void bind_opt_id(sqlite3_stmt *st, int i, int64_t id)
{
	if (id > 0)
		sqlite3_bind_int64(st, i, id);
	else
		sqlite3_bind_null(st, i);
}

/* Insert one row unless the same one is there. */
static int record(sqlite3 *db, ent_store__contra_stmts *cs, int64_t fact, const char *attr,
		  const char *a, const char *b, int64_t ev_a, int64_t ev_b, ent_error *err)
{
	sqlite3_stmt *st = cs->record;
	int step, code = ENT_OK;
	sqlite3_bind_int64(st, 1, fact);
	sqlite3_bind_text(st, 2, attr, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, a, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, b, -1, SQLITE_STATIC);
	bind_opt_id(st, 5, ev_a);
	bind_opt_id(st, 6, ev_b);
	step = sqlite3_step(st);
	if (step != SQLITE_DONE)
		code = ent_store__sqlite_fail(db, err, "recording a contradiction");
	reuse(st);
	return code;
}

/* Compare an inserted deal with the stored deals of each of its
 * supplier/recipient pairs. */
static int check_deal(sqlite3 *db, ent_store__contra_stmts *cs, int64_t fact, int64_t doc,
		      const ent_fact *f, ent_error *err)
{
	sqlite3_stmt *st = cs->deals;
	size_t i;
	int64_t ev_b = -1; /* looked up when the first contradiction is recorded */
	int rc;

	if (!f->recipient.s[0] || (!f->year && !f->value.present))
		return ENT_OK;
	/* Only a deal with a value can contradict another (comparable below). */
	if (!f->value.present)
		return ENT_OK;
	for (i = 0; i < f->nsuppliers; i++) {
		int step = SQLITE_DONE;
		rc = ENT_OK;
		sqlite3_bind_text(st, 1, f->recipient.s, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, fact);
		sqlite3_bind_text(st, 3, f->suppliers[i].s, -1, SQLITE_STATIC);
		while (rc == ENT_OK && (step = sqlite3_step(st)) == SQLITE_ROW) {
			int64_t other = sqlite3_column_int64(st, 0), ev_a = 0;
			int year = sqlite3_column_type(st, 1) == SQLITE_NULL ? 0
									      : sqlite3_column_int(st, 1);
			const char *cur = (const char *)sqlite3_column_text(st, 3);
			int has_value = sqlite3_column_type(st, 2) != SQLITE_NULL;
			double amount = sqlite3_column_double(st, 2), hi;
			int same_value, comparable;
			char a[64], b[64];
			ent_value ov;

			comparable = has_value && f->value.present && cur &&
				     strcmp(cur, f->value.currency) == 0;
			if (!comparable)
				continue;
			hi = fmax(fabs(amount), fabs(f->value.amount));
			same_value = fabs(amount - f->value.amount) <= 0.05 * hi;
			memset(&ov, 0, sizeof ov);
			ov.present = 1;
			ov.amount = amount;
			ov.approx = sqlite3_column_int(st, 4);
			snprintf(ov.currency, sizeof ov.currency, "%s", cur);
			if (year && f->year && year == f->year && !same_value) {
				fmt_value(a, sizeof a, &ov);
				fmt_value(b, sizeof b, &f->value);
				rc = first_evidence(cs, other, -1, 0, &ev_a);
				if (rc == ENT_OK && ev_b < 0)
					rc = first_evidence(cs, fact, doc, 1, &ev_b);
				if (rc == ENT_OK)
					rc = record(db, cs, fact, "value", a, b, ev_a, ev_b, err);
			} else if (year && f->year && year != f->year && same_value) {
				snprintf(a, sizeof a, "%d", year);
				snprintf(b, sizeof b, "%d", f->year);
				rc = first_evidence(cs, other, -1, 0, &ev_a);
				if (rc == ENT_OK && ev_b < 0)
					rc = first_evidence(cs, fact, doc, 1, &ev_b);
				if (rc == ENT_OK)
					rc = record(db, cs, fact, "year", a, b, ev_a, ev_b, err);
			}
		}
		if (rc == ENT_OK && step != SQLITE_DONE)
			rc = ent_store__sqlite_fail(db, err, "looking for contradictions");
		reuse(st);
		if (rc != ENT_OK)
			return rc == ENT_ESTORE && !err->msg[0]
				       ? ent_store__sqlite_fail(db, err, "looking for contradictions")
				       : rc;
	}
	return ENT_OK;
}

int ent_store__sqlite_contradictions_st(sqlite3 *db, ent_store__contra_stmts *cs,
					int64_t fact_id, int64_t doc_id,
					const ent_store__diffs *d, const ent_fact *incoming,
					ent_error *err)
{
	size_t i;
	int rc = ENT_OK;
	if (d) {
		int64_t ev_a = 0, ev_b = 0;
		if (d->n == 0)
			return ENT_OK;
		if (first_evidence(cs, fact_id, doc_id, 0, &ev_a) != ENT_OK ||
		    first_evidence(cs, fact_id, doc_id, 1, &ev_b) != ENT_OK)
			return ent_store__sqlite_fail(db, err, "recording a contradiction");
		for (i = 0; i < d->n && rc == ENT_OK; i++)
			rc = record(db, cs, fact_id, d->v[i].attribute, d->v[i].a, d->v[i].b, ev_a,
				    ev_b, err);
		return rc;
	}
	if (incoming->type == ENT_FACT_DEAL)
		return check_deal(db, cs, fact_id, doc_id, incoming, err);
	return ENT_OK;
}

int ent_store__sqlite_contradictions(sqlite3 *db, int64_t fact_id, int64_t doc_id,
				     const ent_store__diffs *d, const ent_fact *incoming,
				     ent_error *err)
{
	ent_store__contra_stmts cs;
	int rc = ent_store__contra_prepare(db, &cs, err);
	if (rc != ENT_OK)
		return rc;
	rc = ent_store__sqlite_contradictions_st(db, &cs, fact_id, doc_id, d, incoming, err);
	ent_store__contra_finalize(&cs);
	return rc;
}

/* ---- reading ------------------------------------------------------------------ */

void ent_contradiction_list_free(ent_contradiction_list *l)
{
	size_t i;
	if (!l)
		return;
	for (i = 0; i < l->n; i++) {
		ent_contradiction *c = &l->v[i];
		ent__free(c->value_a);
		ent__free(c->value_b);
		ent__free(c->quote_a);
		ent__free(c->quote_b);
		ent__free(c->source_a);
		ent__free(c->source_b);
	}
	ent__free(l->v);
	ent__free(l);
}

static int dup_col(sqlite3_stmt *st, int i, char **out)
{
	const char *t = (const char *)sqlite3_column_text(st, i);
	*out = NULL;
	if (!t)
		return ENT_OK;
	*out = ent__strdup(t);
	return *out ? ENT_OK : ENT_ENOMEM;
}

int ent_store_contradictions(ent_store *s, int64_t fact_id, ent_contradiction_list **out)
{
	static const char sql[] =
		"SELECT c.id, c.fact_id, c.attribute, c.value_a, c.value_b, ea.fact_id, ea.quote, "
		"da.source, eb.fact_id, eb.quote, db.source FROM contradictions c "
		"LEFT JOIN evidence ea ON ea.id = c.evidence_a "
		"LEFT JOIN documents da ON da.id = ea.document_id "
		"LEFT JOIN evidence eb ON eb.id = c.evidence_b "
		"LEFT JOIN documents db ON db.id = eb.document_id "
		"WHERE ?1 IS NULL OR c.fact_id = ?1 OR ea.fact_id = ?1 OR eb.fact_id = ?1 "
		"ORDER BY c.id";
	ent_store_backend *b = ent_store__backend(s);
	ent_contradiction_list *l;
	sqlite3 *db;
	sqlite3_stmt *st = NULL;
	int step, rc = ENT_OK;

	if (!out)
		return ENT_EUSAGE;
	*out = NULL;
	if (!b || !b->name || strcmp(b->name, "sqlite") != 0)
		return ENT_EUSAGE;
	db = ent_store__sqlite_db(b);
	l = ent__calloc(1, sizeof *l);
	if (!l)
		return ENT_ENOMEM;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		ent__free(l);
		return ENT_ESTORE;
	}
	if (fact_id > 0)
		sqlite3_bind_int64(st, 1, fact_id);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		ent_contradiction *c;
		if (l->n == l->cap) {
			size_t ncap = l->cap ? 2 * l->cap : 8;
			ent_contradiction *nv = ent__realloc(l->v, ncap * sizeof *nv);
			if (!nv) {
				rc = ENT_ENOMEM;
				break;
			}
			l->v = nv;
			l->cap = ncap;
		}
		c = &l->v[l->n++];
		memset(c, 0, sizeof *c);
		c->id = sqlite3_column_int64(st, 0);
		c->fact_id = sqlite3_column_int64(st, 1);
		snprintf(c->attribute, sizeof c->attribute, "%s",
			 (const char *)sqlite3_column_text(st, 2) ? (const char *)sqlite3_column_text(st, 2)
								   : "?");
		c->fact_a = sqlite3_column_int64(st, 5);
		c->fact_b = sqlite3_column_int64(st, 8);
		rc = dup_col(st, 3, &c->value_a);
		if (rc == ENT_OK)
			rc = dup_col(st, 4, &c->value_b);
		if (rc == ENT_OK)
			rc = dup_col(st, 6, &c->quote_a);
		if (rc == ENT_OK)
			rc = dup_col(st, 7, &c->source_a);
		if (rc == ENT_OK)
			rc = dup_col(st, 9, &c->quote_b);
		if (rc == ENT_OK)
			rc = dup_col(st, 10, &c->source_b);
		if (rc != ENT_OK)
			break;
	}
	if (rc == ENT_OK && step != SQLITE_DONE)
		rc = ENT_ESTORE;
	sqlite3_finalize(st);
	if (rc != ENT_OK) {
		ent_contradiction_list_free(l);
		return rc;
	}
	*out = l;
	return ENT_OK;
}
