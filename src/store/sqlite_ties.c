/*
 * sqlite_ties.c - aggregate reads for the network and arms-race analyses
 * (entente/network.h): the ties between actors (GROUP BY over facts and
 * fact_actors, one query per kind of fact, or the running totals kept by
 * the triggers of schema.c when no year bound is given) and the importers'
 * deals per year.  Shared bloc memberships are derived from the member
 * ties by ent_network_build, not here.
 *
 * Nothing here loads whole facts or their evidence: each query walks an
 * index and returns one row per pair, so the cost grows with the number of
 * facts of the kinds asked for, not with their quotes.  Only the SQLite
 * backend answers; another backend gets ENT_EUSAGE.
 */
#include "entente/network.h"
#include "store/store_internal.h"
#include "util/alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define YEARS "(?1 IS NULL OR f.year >= ?1) AND (?2 IS NULL OR f.year <= ?2)"

/* Each query returns: code a, code b, a discriminator (type or polarity or
 * NULL), COUNT, TOTAL(usd). */
enum { Q_SUPPLY, Q_COSUPPLIER, Q_PARTNER_RECIPIENT, Q_PARTICIPANTS, Q_STANCE, Q_MEMBER, Q__N };

static const char *const tie_sql[Q__N] = {
	[Q_SUPPLY] = "SELECT a.code, f.recipient, f.type, COUNT(*), TOTAL(f.value_usd) "
		     "FROM facts f JOIN fact_actors a ON a.fact_id = f.id AND a.role = 'supplier' "
		     "WHERE f.type IN ('deal', 'supply') AND f.recipient IS NOT NULL "
		     "AND a.code <> f.recipient AND " YEARS " GROUP BY 1, 2, 3",
	[Q_COSUPPLIER] = "SELECT x.code, y.code, NULL, COUNT(*), 0 FROM facts f "
			 "JOIN fact_actors x ON x.fact_id = f.id AND x.role IN ('supplier', 'partner') "
			 "JOIN fact_actors y ON y.fact_id = f.id AND y.role IN ('supplier', 'partner') "
			 "AND y.code > x.code WHERE f.type = 'deal' AND " YEARS " GROUP BY 1, 2",
	[Q_PARTNER_RECIPIENT] = "SELECT x.code, f.recipient, NULL, COUNT(*), 0 FROM facts f "
				"JOIN fact_actors x ON x.fact_id = f.id AND x.role = 'partner' "
				"WHERE f.type = 'deal' AND f.recipient IS NOT NULL "
				"AND x.code <> f.recipient AND " YEARS " GROUP BY 1, 2",
	[Q_PARTICIPANTS] = "SELECT x.code, y.code, f.type, COUNT(*), 0 FROM facts f "
			   "JOIN fact_actors x ON x.fact_id = f.id AND x.role = 'participant' "
			   "JOIN fact_actors y ON y.fact_id = f.id AND y.role = 'participant' "
			   "AND y.code > x.code WHERE f.type IN ('exercise', 'rivalry') AND " YEARS
			   " GROUP BY 1, 2, 3",
	[Q_STANCE] = "SELECT f.actor, f.target, f.polarity, COUNT(*), 0 FROM facts f "
		     "WHERE f.type = 'stance' AND f.actor IS NOT NULL AND f.target IS NOT NULL "
		     "AND f.actor <> f.target AND " YEARS " GROUP BY 1, 2, 3",
	[Q_MEMBER] = "SELECT f.actor, f.target, NULL, COUNT(*), 0 FROM facts f "
		     "WHERE f.type = 'membership' AND f.actor IS NOT NULL AND f.target IS NOT NULL "
		     "AND " YEARS " GROUP BY 1, 2",
};

static const char *const kind_names[ENT_TIE__COUNT] = {
	"deal", "supply", "partner", "exercise", "support",
	"member", "shared_bloc", "rivalry", "oppose", "concern", "gdelt",
};

static const double kind_weights[ENT_TIE__COUNT] = {
	3.0, 2.0, 2.0, 2.0, 1.0, 1.0, 0.5, -3.0, -1.0, -0.5, 0.0,
};

double ent_tie_weight(ent_tie_kind k)
{
	return (unsigned)k < ENT_TIE__COUNT ? kind_weights[k] : 0.0;
}

const char *ent_tie_kind_name(ent_tie_kind k)
{
	return (unsigned)k < ENT_TIE__COUNT ? kind_names[k] : "?";
}

int ent_tie_list_new(ent_tie_list **out)
{
	*out = ent__calloc(1, sizeof **out);
	return *out ? ENT_OK : ENT_ENOMEM;
}

void ent_tie_list_free(ent_tie_list *l)
{
	if (!l)
		return;
	ent__free(l->v);
	ent__free(l);
}

int ent_tie_list_add(ent_tie_list *l, const char *a, const char *b, ent_tie_kind kind,
		     int64_t count, double usd)
{
	ent_tie *t;
	if (!l || !a || !b || (unsigned)kind >= ENT_TIE__COUNT)
		return ENT_EUSAGE;
	if (l->n == l->cap) {
		size_t ncap = l->cap ? 2 * l->cap : 32;
		ent_tie *nv = ent__realloc(l->v, ncap * sizeof *nv);
		if (!nv)
			return ENT_ENOMEM;
		l->v = nv;
		l->cap = ncap;
	}
	t = &l->v[l->n++];
	memset(t, 0, sizeof *t);
	ent_code_set(&t->a, a);
	ent_code_set(&t->b, b);
	t->kind = kind;
	t->count = count;
	t->usd = usd;
	return ENT_OK;
}

/* The SQLite connection behind @p s, or NULL (and a message) for another backend. */
static sqlite3 *store_db(ent_store *s, const char *what)
{
	ent_store_backend *b = ent_store__backend(s);
	(void)what;
	if (!b || !b->name || strcmp(b->name, "sqlite") != 0)
		return NULL;
	return ent_store__sqlite_db(b);
}

/* The totals include an open batch's facts (ent_store__sqlite_settle). */
static int settle(ent_store *s)
{
	ent_error err;
	return ent_store__sqlite_settle(ent_store__backend(s), &err);
}

/* Which tie kind a row of query @p q is, from its discriminator column. */
static int row_kind(int q, const char *disc)
{
	switch (q) {
	case Q_SUPPLY:
		return disc && strcmp(disc, "deal") == 0 ? ENT_TIE_DEAL : ENT_TIE_SUPPLY;
	case Q_COSUPPLIER:
	case Q_PARTNER_RECIPIENT:
		return ENT_TIE_PARTNER;
	case Q_PARTICIPANTS:
		return disc && strcmp(disc, "rivalry") == 0 ? ENT_TIE_RIVALRY : ENT_TIE_EXERCISE;
	case Q_STANCE:
		if (disc && strcmp(disc, "oppose") == 0)
			return ENT_TIE_OPPOSE;
		if (disc && strcmp(disc, "concern") == 0)
			return ENT_TIE_CONCERN;
		return ENT_TIE_SUPPORT;
	default:
		return ENT_TIE_MEMBER;
	}
}

/* Kinds a query can produce, as a mask. */
static unsigned query_kinds(int q)
{
	switch (q) {
	case Q_SUPPLY:
		return 1u << ENT_TIE_DEAL | 1u << ENT_TIE_SUPPLY;
	case Q_COSUPPLIER:
	case Q_PARTNER_RECIPIENT:
		return 1u << ENT_TIE_PARTNER;
	case Q_PARTICIPANTS:
		return 1u << ENT_TIE_EXERCISE | 1u << ENT_TIE_RIVALRY;
	case Q_STANCE:
		return 1u << ENT_TIE_SUPPORT | 1u << ENT_TIE_OPPOSE | 1u << ENT_TIE_CONCERN;
	default:
		return 1u << ENT_TIE_MEMBER;
	}
}

static int kind_from_name(const char *k)
{
	int i;
	/* one row per pair and kind: rule out most names by their first letter */
	for (i = 0; i < ENT_TIE__COUNT; i++)
		if (kind_names[i][0] == k[0] && strcmp(kind_names[i], k) == 0)
			return i;
	return -1;
}

/* All-time ties from the running totals (table tie_totals, kept by the
 * triggers of schema.c): one row per pair and kind, no grouping. */
static int read_totals(sqlite3 *db, unsigned kinds, ent_tie_list *l)
{
	sqlite3_stmt *st = NULL;
	char sql[512];
	size_t len;
	int step, rc = ENT_OK, k, first = 1;
	unsigned stored = ~(1u << ENT_TIE_SHARED_BLOC) & ((1u << ENT_TIE__COUNT) - 1);

	len = (size_t)snprintf(sql, sizeof sql, "SELECT a, b, kind, n, usd FROM tie_totals WHERE ");
	if ((kinds & stored) != stored) {
		/* some kinds only (the arms race: rivalries): a range of the
		 * tie_totals_kind index per kind instead of the whole table */
		len += (size_t)snprintf(sql + len, sizeof sql - len, "kind IN (");
		for (k = 0; k < ENT_TIE__COUNT; k++)
			if ((kinds & stored) & (1u << k)) {
				len += (size_t)snprintf(sql + len, sizeof sql - len, "%s'%s'",
							first ? "" : ", ", kind_names[k]);
				first = 0;
			}
		if (first) /* no stored kind asked for */
			return ENT_OK;
		len += (size_t)snprintf(sql + len, sizeof sql - len, ") AND ");
	}
	snprintf(sql + len, sizeof sql - len, "n > 0");
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return ENT_ESTORE;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *a = (const char *)sqlite3_column_text(st, 0);
		const char *b = (const char *)sqlite3_column_text(st, 1);
		const char *kn = (const char *)sqlite3_column_text(st, 2);
		int kind = kn ? kind_from_name(kn) : -1;
		if (!a || !b || kind < 0 || kind == ENT_TIE_SHARED_BLOC)
			continue;
		if (!(kinds & (1u << kind)))
			continue;
		rc = ent_tie_list_add(l, a, b, (ent_tie_kind)kind, sqlite3_column_int64(st, 3),
				      sqlite3_column_double(st, 4));
		if (rc != ENT_OK)
			break;
	}
	if (rc == ENT_OK && step != SQLITE_DONE)
		rc = ENT_ESTORE;
	sqlite3_finalize(st);
	return rc;
}

int ent_store_ties(ent_store *s, const ent_tie_filter *filter, ent_tie_list **out)
{
	static const ent_tie_filter all = ENT_TIE_FILTER_INIT;
	sqlite3 *db;
	ent_tie_list *l = NULL;
	unsigned kinds;
	int q, rc = ENT_OK;

	if (!out)
		return ENT_EUSAGE;
	*out = NULL;
	if (!filter)
		filter = &all;
	if (filter->version != ENT_TIE_FILTER_VERSION)
		return ENT_EUSAGE;
	db = store_db(s, "ties");
	if (!db)
		return ENT_EUSAGE;
	if (settle(s) != ENT_OK)
		return ENT_ESTORE;
	kinds = filter->kinds ? filter->kinds : ~0u;
	if (ent_tie_list_new(&l) != ENT_OK)
		return ENT_ENOMEM;
	if (!filter->from_year && !filter->to_year) {
		rc = read_totals(db, kinds, l);
		if (rc != ENT_OK) {
			ent_tie_list_free(l);
			return rc;
		}
		*out = l;
		return ENT_OK;
	}
	for (q = 0; q < Q__N && rc == ENT_OK; q++) {
		sqlite3_stmt *st = NULL;
		int step;
		if (!(kinds & query_kinds(q)))
			continue;
		if (sqlite3_prepare_v2(db, tie_sql[q], -1, &st, NULL) != SQLITE_OK) {
			rc = ENT_ESTORE;
			break;
		}
		if (filter->from_year)
			sqlite3_bind_int(st, 1, filter->from_year);
		if (filter->to_year)
			sqlite3_bind_int(st, 2, filter->to_year);
		while ((step = sqlite3_step(st)) == SQLITE_ROW) {
			const char *a = (const char *)sqlite3_column_text(st, 0);
			const char *b = (const char *)sqlite3_column_text(st, 1);
			int k = row_kind(q, (const char *)sqlite3_column_text(st, 2));
			if (!a || !b || !(kinds & (1u << k)))
				continue;
			rc = ent_tie_list_add(l, a, b, (ent_tie_kind)k, sqlite3_column_int64(st, 3),
					      sqlite3_column_double(st, 4));
			if (rc != ENT_OK)
				break;
		}
		if (rc == ENT_OK && step != SQLITE_DONE)
			rc = ENT_ESTORE;
		sqlite3_finalize(st);
	}
	if (rc != ENT_OK) {
		ent_tie_list_free(l);
		return rc;
	}
	*out = l;
	return ENT_OK;
}

int ent_store_imports(ent_store *s, const char *recipient, ent_import_year **out, size_t *n)
{
	static const char sql[] =
		"SELECT recipient, year, deals, valued, usd FROM import_totals "
		"WHERE (?1 IS NULL OR recipient = ?1) AND deals > 0 ORDER BY recipient, year";
	sqlite3 *db;
	sqlite3_stmt *st = NULL;
	ent_import_year *v = NULL;
	size_t len = 0, cap = 0;
	int step, rc = ENT_OK;

	if (!out || !n)
		return ENT_EUSAGE;
	*out = NULL;
	*n = 0;
	db = store_db(s, "imports");
	if (!db)
		return ENT_EUSAGE;
	if (settle(s) != ENT_OK)
		return ENT_ESTORE;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return ENT_ESTORE;
	if (recipient)
		sqlite3_bind_text(st, 1, recipient, -1, SQLITE_STATIC);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		if (len == cap) {
			size_t ncap = cap ? 2 * cap : 16;
			ent_import_year *nv = ent__realloc(v, ncap * sizeof *nv);
			if (!nv) {
				rc = ENT_ENOMEM;
				break;
			}
			v = nv;
			cap = ncap;
		}
		ent_code_set(&v[len].recipient, (const char *)sqlite3_column_text(st, 0));
		v[len].year = sqlite3_column_int(st, 1);
		v[len].deals = sqlite3_column_int64(st, 2);
		v[len].valued = sqlite3_column_int64(st, 3);
		v[len].usd = sqlite3_column_double(st, 4);
		len++;
	}
	if (rc == ENT_OK && step != SQLITE_DONE)
		rc = ENT_ESTORE;
	sqlite3_finalize(st);
	if (rc != ENT_OK) {
		ent__free(v);
		return rc;
	}
	*out = v;
	*n = len;
	return ENT_OK;
}
