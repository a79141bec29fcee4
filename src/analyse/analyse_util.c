/*
 * analyse_util.c - helpers of the analyses: id vectors, loading facts by
 * id, and the short texts (money, who, items, a one-line description) that
 * rows and cells are made of.  Texts are built only from stored fields;
 * nothing is invented.
 */
#include "core/value.h"
#include "analyse/analyse_internal.h"
#include "util/alloc.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int ent_analyse__ids_push(ent_idvec *ids, int64_t id)
{
	if (ids->n == ids->cap) {
		size_t ncap = ids->cap ? 2 * ids->cap : 8;
		int64_t *nv = ent__realloc(ids->v, ncap * sizeof *nv);
		if (!nv)
			return ENT_ENOMEM;
		ids->v = nv;
		ids->cap = ncap;
	}
	ids->v[ids->n++] = id;
	return ENT_OK;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

void ent_analyse__ids_sort_unique(ent_idvec *ids)
{
	size_t i, j;
	if (ids->n < 2)
		return;
	qsort(ids->v, ids->n, sizeof *ids->v, cmp_i64);
	for (i = 1, j = 1; i < ids->n; i++)
		if (ids->v[i] != ids->v[j - 1])
			ids->v[j++] = ids->v[i];
	ids->n = j;
}

int ent_analyse__load(ent_store *s, const int64_t *ids, size_t n, unsigned parts,
		      ent_fact_list *out)
{
	return ent_store_facts_by_ids(s, ids, n, parts, out);
}

int ent_analyse__money(ent_buf *b, const ent_value *v) { return ent__value_short(b, v); }

int ent_analyse__codes(ent_buf *b, const ent_code *arr, size_t n, const char *sep)
{
	size_t i;
	int rc = ENT_OK;
	for (i = 0; i < n && !rc; i++) {
		if (i)
			rc = ent_buf_puts(b, sep);
		if (!rc)
			rc = ent_buf_puts(b, arr[i].s);
	}
	return rc;
}

int ent_analyse__who(ent_buf *b, const ent_fact *f)
{
	size_t ns = f->nsuppliers < ENT_FACT_MAX_ACTORS ? f->nsuppliers : ENT_FACT_MAX_ACTORS;
	size_t np = f->npartners < ENT_FACT_MAX_ACTORS ? f->npartners : ENT_FACT_MAX_ACTORS;
	int rc = ns ? ent_analyse__codes(b, f->suppliers, ns, ",") : ent_buf_putc(b, '?');
	if (!rc && np) {
		rc = ent_buf_putc(b, '+');
		if (!rc)
			rc = ent_analyse__codes(b, f->partners, np, ",");
	}
	if (!rc)
		rc = ent_buf_puts(b, " -> ");
	if (!rc)
		rc = ent_buf_puts(b, f->recipient.s[0] ? f->recipient.s : "?");
	return rc;
}

const char *ent_analyse__main_item(const ent_fact *f)
{
	size_t i;
	for (i = 0; i < f->nitems; i++)
		if (f->items[i].designation && f->items[i].designation[0])
			return f->items[i].designation;
	for (i = 0; i < f->nitems; i++)
		if (f->items[i].text && f->items[i].text[0])
			return f->items[i].text;
	return "";
}

int ent_analyse__items(ent_buf *b, const ent_fact *f, size_t max)
{
	size_t i;
	int rc = ENT_OK;
	for (i = 0; i < f->nitems && (!max || i < max) && !rc; i++) {
		const ent_item *it = &f->items[i];
		const char *what = it->designation && it->designation[0] ? it->designation : it->text;
		if (i)
			rc = ent_buf_puts(b, "; ");
		if (!rc && it->quantity >= 0)
			rc = ent_buf_printf(b, "%ld x ", it->quantity);
		if (!rc && what && what[0])
			rc = ent_buf_printf(b, "%s (%s)", what, ent_category_name(it->category));
		else if (!rc)
			rc = ent_buf_puts(b, ent_category_name(it->category));
	}
	if (!rc && max && f->nitems > max)
		rc = ent_buf_printf(b, "; +%zu more", f->nitems - max);
	return rc;
}

int ent_analyse__describe(ent_buf *b, const ent_fact *f)
{
	size_t n = f->nparticipants < ENT_FACT_MAX_PARTICIPANTS ? f->nparticipants
								: ENT_FACT_MAX_PARTICIPANTS;
	int rc = ENT_OK;
	switch (f->type) {
	case ENT_FACT_DEAL:
	case ENT_FACT_SUPPLY:
		rc = ent_analyse__who(b, f);
		if (!rc)
			rc = ent_buf_puts(b, f->type == ENT_FACT_DEAL ? " deal" : " supply tie");
		if (!rc && f->value.present) {
			rc = ent_buf_puts(b, ", ");
			if (!rc)
				rc = ent_analyse__money(b, &f->value);
		}
		if (!rc && f->status != ENT_STATUS_NONE)
			rc = ent_buf_printf(b, ", %s", ent_status_name(f->status));
		if (!rc && f->nitems) {
			rc = ent_buf_puts(b, ": ");
			if (!rc)
				rc = ent_analyse__items(b, f, 4);
		}
		break;
	case ENT_FACT_EXERCISE:
		rc = ent_buf_puts(b, "Exercise ");
		if (!rc)
			rc = ent_buf_puts(b, f->name && f->name[0] ? f->name : "(unnamed)");
		if (!rc)
			rc = ent_buf_puts(b, " (");
		if (!rc)
			rc = ent_analyse__codes(b, f->participants, n, ", ");
		if (!rc)
			rc = ent_buf_putc(b, ')');
		if (!rc && f->location && f->location[0])
			rc = ent_buf_printf(b, " at %s", f->location);
		break;
	case ENT_FACT_STANCE:
		rc = ent_buf_printf(b, "%s %s %s", f->actor.s[0] ? f->actor.s : "?",
				    f->polarity == ENT_POLARITY_SUPPORT  ? "supports"
				    : f->polarity == ENT_POLARITY_OPPOSE ? "opposes"
									 : "is concerned about",
				    f->target.s[0] ? f->target.s : "?");
		if (!rc && f->issue && f->issue[0])
			rc = ent_buf_printf(b, " on %s", f->issue);
		break;
	case ENT_FACT_MEMBERSHIP:
		rc = ent_buf_printf(b, "%s member of %s", f->actor.s[0] ? f->actor.s : "?",
				    f->target.s[0] ? f->target.s : "?");
		break;
	case ENT_FACT_RIVALRY:
		rc = ent_analyse__codes(b, f->participants, n, " and ");
		if (!rc)
			rc = ent_buf_puts(b, " rivals");
		break;
	default:
		rc = ent_buf_puts(b, "?");
		break;
	}
	return rc;
}

int ent_analyse__involves(const ent_fact *f, const char *c)
{
	size_t ns = f->nsuppliers < ENT_FACT_MAX_ACTORS ? f->nsuppliers : ENT_FACT_MAX_ACTORS;
	size_t np = f->npartners < ENT_FACT_MAX_ACTORS ? f->npartners : ENT_FACT_MAX_ACTORS;
	size_t nq = f->nparticipants < ENT_FACT_MAX_PARTICIPANTS ? f->nparticipants
								 : ENT_FACT_MAX_PARTICIPANTS;
	return ent_fact_has_code(f->suppliers, ns, c) || ent_fact_has_code(f->partners, np, c) ||
	       ent_fact_has_code(f->participants, nq, c) || strcmp(f->recipient.s, c) == 0 ||
	       strcmp(f->actor.s, c) == 0 || strcmp(f->target.s, c) == 0;
}

int ent_analyse__code(ent_code *out, const char *code)
{
	size_t i;
	memset(out, 0, sizeof *out);
	if (!code)
		return 0;
	for (i = 0; code[i]; i++) {
		unsigned char ch = (unsigned char)code[i];
		if (i >= sizeof out->s - 1 || !isalnum(ch))
			return 0;
		out->s[i] = (char)toupper(ch);
	}
	return i >= 2;
}

int ent_analysis_format_from_name(const char *name)
{
	static const char *const names[] = {"table", "md", "json", "csv"};
	size_t i;
	if (!name)
		return -1;
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(name, names[i]) == 0)
			return (int)i;
	if (strcmp(name, "markdown") == 0)
		return ENT_ANALYSIS_MD;
	return -1;
}
