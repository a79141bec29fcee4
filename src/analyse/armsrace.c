/*
 * armsrace.c - the arms-race indicator of rival dyads.
 *
 * For each pair of states named by a rivalry fact, each side's known
 * imports (deals it received, by year, from ent_store_imports) are summed
 * in two windows of the dyad's span of deal years: early = years <= split,
 * late = years > split, split = (first + last) / 2 rounded down unless the
 * caller gives one.  The dyad is "rising together" when both sides' late
 * USD imports exceed their early ones; the ratios late / early are printed
 * with the sums so the reader can check them (docs/ANALYSES.md).
 */
#include "entente/network.h"
#include "util/alloc.h"

#include <string.h>

void ent_race_indicate(ent_race_dyad *d, int split)
{
	int s, first = 0, last = 0;
	size_t i;
	for (s = 0; s < 2; s++)
		for (i = 0; i < d->side[s].nyears; i++) {
			int y = d->side[s].years[i].year;
			if (!first || y < first)
				first = y;
			if (!last || y > last)
				last = y;
		}
	d->first_year = first;
	d->last_year = last;
	d->split = split ? split : (first + last) / 2;
	for (s = 0; s < 2; s++) {
		ent_race_side *r = &d->side[s];
		r->early_usd = r->late_usd = 0;
		r->early_deals = r->late_deals = 0;
		for (i = 0; i < r->nyears; i++) {
			if (r->years[i].year <= d->split) {
				r->early_usd += r->years[i].usd;
				r->early_deals += r->years[i].deals;
			} else {
				r->late_usd += r->years[i].usd;
				r->late_deals += r->years[i].deals;
			}
		}
		r->ratio = r->early_usd > 0 ? r->late_usd / r->early_usd : -1;
	}
	d->rising = first && d->side[0].late_usd > d->side[0].early_usd &&
		    d->side[1].late_usd > d->side[1].early_usd;
}

void ent_armsrace_free(ent_armsrace *a)
{
	size_t i;
	if (!a)
		return;
	for (i = 0; i < a->n; i++) {
		ent__free(a->v[i].side[0].years);
		ent__free(a->v[i].side[1].years);
	}
	ent__free(a->v);
	ent__free(a);
}

/* Copy the years of @p r's code out of @p imp (sorted by recipient). */
static int side_years(ent_race_side *r, const ent_import_year *imp, size_t nimp)
{
	size_t lo = 0, hi = nimp, end;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(imp[mid].recipient.s, r->code.s) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (end = lo; end < nimp && strcmp(imp[end].recipient.s, r->code.s) == 0; end++)
		;
	r->nyears = end - lo;
	if (!r->nyears)
		return ENT_OK;
	r->years = ent__malloc(r->nyears * sizeof *r->years);
	if (!r->years) {
		r->nyears = 0;
		return ENT_ENOMEM;
	}
	memcpy(r->years, imp + lo, r->nyears * sizeof *r->years);
	return ENT_OK;
}

int ent_armsrace_compute(ent_armsrace **out, ent_store *s, const char *actor, int split)
{
	ent_tie_filter f = ENT_TIE_FILTER_INIT;
	ent_tie_list *ties = NULL;
	ent_import_year *imp = NULL;
	ent_armsrace *a;
	size_t i, nimp = 0;
	int rc, k;

	if (!out)
		return ENT_EUSAGE;
	*out = NULL;
	f.kinds = 1u << ENT_TIE_RIVALRY;
	rc = ent_store_ties(s, &f, &ties);
	if (rc != ENT_OK)
		return rc;
	a = ent__calloc(1, sizeof *a);
	if (!a || (ties->n && !(a->v = ent__calloc(ties->n, sizeof *a->v)))) {
		ent__free(a);
		ent_tie_list_free(ties);
		return ENT_ENOMEM;
	}
	/* every recipient's imports in one read, ordered by recipient */
	if (ties->n)
		rc = ent_store_imports(s, NULL, &imp, &nimp);
	for (i = 0; i < ties->n && rc == ENT_OK; i++) {
		const ent_tie *t = &ties->v[i];
		ent_race_dyad *d;
		if (actor && actor[0] && strcmp(t->a.s, actor) != 0 && strcmp(t->b.s, actor) != 0)
			continue;
		d = &a->v[a->n++];
		d->side[0].code = t->a;
		d->side[1].code = t->b;
		d->rivalry_facts = t->count;
		for (k = 0; k < 2 && rc == ENT_OK; k++)
			rc = side_years(&d->side[k], imp, nimp);
		if (rc == ENT_OK)
			ent_race_indicate(d, split);
	}
	ent__free(imp);
	ent_tie_list_free(ties);
	if (rc != ENT_OK) {
		ent_armsrace_free(a);
		return rc;
	}
	*out = a;
	return ENT_OK;
}

static void fmt_ratio(char *buf, size_t n, double r)
{
	if (r < 0)
		snprintf(buf, n, "n/a");
	else
		snprintf(buf, n, "%.2f", r);
}

static void years_text(FILE *fp, const ent_race_side *r, int json)
{
	size_t i;
	for (i = 0; i < r->nyears; i++) {
		const ent_import_year *y = &r->years[i];
		if (json)
			fprintf(fp, "%s{\"year\":%d,\"deals\":%lld,\"valued\":%lld,\"usd\":%.0f}",
				i ? "," : "", y->year, (long long)y->deals, (long long)y->valued, y->usd);
		else
			fprintf(fp, "%s%d: %lld deal%s, $%.1f m", i ? "; " : "", y->year,
				(long long)y->deals, y->deals == 1 ? "" : "s", y->usd / 1e6);
	}
	if (!json && r->nyears == 0)
		fputs("no dated deals", fp);
}

int ent_armsrace_print(FILE *fp, const ent_armsrace *a, const char *fmt)
{
	size_t i;
	int s, json = fmt && strcmp(fmt, "json") == 0, md = fmt && strcmp(fmt, "md") == 0;
	if (json)
		fputs("{\"definition\":\"rising = both sides' late-window USD imports exceed "
		      "their early-window imports; early = years <= split\",\"dyads\":[",
		      fp);
	else if (md)
		fputs("| Dyad | Side | Imports per year | Early (<= split) | Late | Late/early | "
		      "Rising together |\n|---|---|---|---|---|---|---|\n",
		      fp);
	for (i = 0; i < a->n; i++) {
		const ent_race_dyad *d = &a->v[i];
		if (json) {
			fprintf(fp, "%s{\"a\":\"%s\",\"b\":\"%s\",\"rivalry_facts\":%lld,"
				    "\"first_year\":%d,\"last_year\":%d,\"split\":%d,\"rising\":%s,"
				    "\"sides\":[",
				i ? "," : "", d->side[0].code.s, d->side[1].code.s,
				(long long)d->rivalry_facts, d->first_year, d->last_year, d->split,
				d->rising ? "true" : "false");
			for (s = 0; s < 2; s++) {
				const ent_race_side *r = &d->side[s];
				fprintf(fp, "%s{\"code\":\"%s\",\"years\":[", s ? "," : "", r->code.s);
				years_text(fp, r, 1);
				fprintf(fp, "],\"early_usd\":%.0f,\"late_usd\":%.0f,\"early_deals\":%lld,"
					    "\"late_deals\":%lld,\"ratio\":",
					r->early_usd, r->late_usd, (long long)r->early_deals,
					(long long)r->late_deals);
				if (r->ratio < 0)
					fputs("null}", fp);
				else
					fprintf(fp, "%.4f}", r->ratio);
			}
			fputs("]}", fp);
			continue;
		}
		if (!md)
			fprintf(fp, "%s vs %s (%lld rivalry fact%s; years %d-%d, split %d): %s\n",
				d->side[0].code.s, d->side[1].code.s, (long long)d->rivalry_facts,
				d->rivalry_facts == 1 ? "" : "s", d->first_year, d->last_year, d->split,
				d->rising ? "RISING TOGETHER" : "not rising together");
		for (s = 0; s < 2; s++) {
			const ent_race_side *r = &d->side[s];
			char ratio[32];
			fmt_ratio(ratio, sizeof ratio, r->ratio);
			if (md) {
				fprintf(fp, "| %s-%s | %s | ", d->side[0].code.s, d->side[1].code.s,
					r->code.s);
				years_text(fp, r, 0);
				fprintf(fp, " | $%.1f m (%lld) | $%.1f m (%lld) | %s | %s |\n",
					r->early_usd / 1e6, (long long)r->early_deals, r->late_usd / 1e6,
					(long long)r->late_deals, ratio,
					s == 0 ? (d->rising ? "yes" : "no") : "");
			} else {
				fprintf(fp, "  %-4s ", r->code.s);
				years_text(fp, r, 0);
				fprintf(fp, "\n       early $%.1f m (%lld deals), late $%.1f m (%lld "
					    "deals), late/early %s\n",
					r->early_usd / 1e6, (long long)r->early_deals, r->late_usd / 1e6,
					(long long)r->late_deals, ratio);
			}
		}
	}
	if (json)
		fputs("]}\n", fp);
	else if (!md && a->n == 0)
		fputs("no rival dyads (no rivalry facts)\n", fp);
	return ferror(fp) ? ENT_EIO : ENT_OK;
}
