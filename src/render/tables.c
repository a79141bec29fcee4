/*
 * tables.c - printing the results of the register, timeline, dependence
 * and pivot analyses (entente/analyse.h) as a terminal table, Markdown,
 * CSV or one JSON document (docs/ANALYSES.md).  Renderers only format the
 * result they are given; they never run an analysis or read the store.
 *
 * Table, Markdown and CSV go through one grid: the analysis' rows become
 * rows of cell strings, then the grid is printed in the asked format.
 */
#include "core/value.h"
#include "entente/analyse.h"
#include "util/alloc.h"
#include "util/buf.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

/* ---- the grid -------------------------------------------------------------- */

#define GRID_MAXCOLS 10
#define TABLE_CELL_MAX 72 /* characters of a terminal-table cell before "…" */

typedef struct grid {
	size_t ncols;
	const char *head[GRID_MAXCOLS];
	char **cells; /* nrows * ncols, owned */
	size_t nrows, cap;
	ent_buf note; /* lines printed under a table (not in CSV) */
} grid;

static void grid_init(grid *g, size_t ncols, const char *const *head)
{
	size_t i;
	memset(g, 0, sizeof *g);
	g->ncols = ncols;
	for (i = 0; i < ncols; i++)
		g->head[i] = head[i];
	ent_buf_init(&g->note, 0);
}

static void grid_destroy(grid *g)
{
	size_t i;
	for (i = 0; i < g->nrows * g->ncols; i++)
		ent__free(g->cells[i]);
	ent__free(g->cells);
	ent_buf_destroy(&g->note);
}

/* Append a row; each cell is taken from a buffer (detached) in @p cells. */
static int grid_row(grid *g, ent_buf *cells)
{
	size_t i;
	if (g->nrows == g->cap) {
		size_t ncap = g->cap ? 2 * g->cap : 16;
		char **nv = ent__realloc(g->cells, ncap * g->ncols * sizeof *nv);
		if (!nv)
			return ENT_ENOMEM;
		g->cells = nv;
		g->cap = ncap;
	}
	for (i = 0; i < g->ncols; i++) {
		char *c = ent_buf_detach(&cells[i], NULL);
		if (!c) {
			while (i--)
				ent__free(g->cells[g->nrows * g->ncols + i]);
			return ENT_ENOMEM;
		}
		g->cells[g->nrows * g->ncols + i] = c;
	}
	g->nrows++;
	return ENT_OK;
}

static size_t u8len(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* Bytes of the first @p chars characters of @p s. */
static size_t u8prefix(const char *s, size_t chars)
{
	size_t i = 0, n = 0;
	for (; s[i]; i++) {
		if (((unsigned char)s[i] & 0xC0) != 0x80) {
			if (n == chars)
				break;
			n++;
		}
	}
	return i;
}

/* A cell as shown in a terminal table: one line, at most TABLE_CELL_MAX chars. */
static int put_table_cell(ent_buf *out, const char *s, size_t width, int last)
{
	size_t len = u8len(s), shown = len > TABLE_CELL_MAX ? TABLE_CELL_MAX : len, i;
	int rc;
	if (len > TABLE_CELL_MAX) {
		rc = ent_buf_put(out, s, u8prefix(s, TABLE_CELL_MAX - 1));
		if (!rc)
			rc = ent_buf_puts(out, "\xe2\x80\xa6");
	} else {
		rc = ent_buf_puts(out, s);
	}
	for (i = shown; !rc && !last && i < width; i++)
		rc = ent_buf_putc(out, ' ');
	return rc;
}

static int grid_table(const grid *g, ent_buf *out)
{
	size_t w[GRID_MAXCOLS], r, c, i;
	int rc = ENT_OK;
	for (c = 0; c < g->ncols; c++) {
		w[c] = u8len(g->head[c]);
		for (r = 0; r < g->nrows; r++) {
			size_t l = u8len(g->cells[r * g->ncols + c]);
			if (l > TABLE_CELL_MAX)
				l = TABLE_CELL_MAX;
			if (l > w[c])
				w[c] = l;
		}
	}
	for (c = 0; c < g->ncols && !rc; c++) {
		if (c)
			rc = ent_buf_puts(out, " | ");
		if (!rc)
			rc = put_table_cell(out, g->head[c], w[c], c + 1 == g->ncols);
	}
	if (!rc)
		rc = ent_buf_putc(out, '\n');
	for (c = 0; c < g->ncols && !rc; c++) {
		if (c)
			rc = ent_buf_puts(out, "-+-");
		for (i = 0; i < w[c] && !rc; i++)
			rc = ent_buf_putc(out, '-');
	}
	if (!rc)
		rc = ent_buf_putc(out, '\n');
	for (r = 0; r < g->nrows && !rc; r++) {
		for (c = 0; c < g->ncols && !rc; c++) {
			if (c)
				rc = ent_buf_puts(out, " | ");
			if (!rc)
				rc = put_table_cell(out, g->cells[r * g->ncols + c], w[c],
						    c + 1 == g->ncols);
		}
		if (!rc)
			rc = ent_buf_putc(out, '\n');
	}
	if (!rc && g->note.len)
		rc = ent_buf_printf(out, "\n%s", ent_buf_cstr(&g->note));
	return rc;
}

static int md_cell(ent_buf *out, const char *s)
{
	int rc = ent_buf_putc(out, ' ');
	for (; *s && !rc; s++) {
		if (*s == '|')
			rc = ent_buf_puts(out, "\\|");
		else if (*s == '\n' || *s == '\r')
			rc = ent_buf_putc(out, ' ');
		else
			rc = ent_buf_putc(out, *s);
	}
	if (!rc)
		rc = ent_buf_puts(out, " |");
	return rc;
}

static int grid_md(const grid *g, ent_buf *out)
{
	size_t r, c;
	int rc = ent_buf_putc(out, '|');
	for (c = 0; c < g->ncols && !rc; c++)
		rc = md_cell(out, g->head[c]);
	if (!rc)
		rc = ent_buf_puts(out, "\n|");
	for (c = 0; c < g->ncols && !rc; c++)
		rc = ent_buf_puts(out, "---|");
	if (!rc)
		rc = ent_buf_putc(out, '\n');
	for (r = 0; r < g->nrows && !rc; r++) {
		rc = ent_buf_putc(out, '|');
		for (c = 0; c < g->ncols && !rc; c++)
			rc = md_cell(out, g->cells[r * g->ncols + c]);
		if (!rc)
			rc = ent_buf_putc(out, '\n');
	}
	if (!rc && g->note.len)
		rc = ent_buf_printf(out, "\n%s", ent_buf_cstr(&g->note));
	return rc;
}

static int csv_cell(ent_buf *out, const char *s)
{
	int quote = strpbrk(s, ",\"\r\n") != NULL || (s[0] == ' ');
	int rc = quote ? ent_buf_putc(out, '"') : ENT_OK;
	for (; *s && !rc; s++)
		rc = *s == '"' ? ent_buf_puts(out, "\"\"") : ent_buf_putc(out, *s);
	if (!rc && quote)
		rc = ent_buf_putc(out, '"');
	return rc;
}

static int grid_csv(const grid *g, ent_buf *out)
{
	size_t r, c;
	int rc = ENT_OK;
	for (c = 0; c < g->ncols && !rc; c++) {
		if (c)
			rc = ent_buf_putc(out, ',');
		if (!rc)
			rc = csv_cell(out, g->head[c]);
	}
	if (!rc)
		rc = ent_buf_puts(out, "\r\n");
	for (r = 0; r < g->nrows && !rc; r++) {
		for (c = 0; c < g->ncols && !rc; c++) {
			if (c)
				rc = ent_buf_putc(out, ',');
			if (!rc)
				rc = csv_cell(out, g->cells[r * g->ncols + c]);
		}
		if (!rc)
			rc = ent_buf_puts(out, "\r\n");
	}
	return rc;
}

static int flush(FILE *fp, const ent_buf *b)
{
	if (b->len && fwrite(b->ptr, 1, b->len, fp) != b->len)
		return ENT_EIO;
	return ferror(fp) ? ENT_EIO : ENT_OK;
}

/* Print grid @p g in @p fmt (not JSON). */
static int grid_print(FILE *fp, const grid *g, ent_analysis_format fmt)
{
	ent_buf out;
	int rc;
	ent_buf_init(&out, 0);
	if (fmt == ENT_ANALYSIS_MD)
		rc = grid_md(g, &out);
	else if (fmt == ENT_ANALYSIS_CSV)
		rc = grid_csv(g, &out);
	else
		rc = grid_table(g, &out);
	if (rc == ENT_OK)
		rc = flush(fp, &out);
	ent_buf_destroy(&out);
	return rc;
}

static void cells_init(ent_buf *cells, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		ent_buf_init(&cells[i], 0);
}

static void cells_destroy(ent_buf *cells, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		ent_buf_destroy(&cells[i]);
}

/* "1, 6, 12" */
static int put_ids(ent_buf *b, const int64_t *ids, size_t n)
{
	size_t i;
	int rc = ENT_OK;
	for (i = 0; i < n && !rc; i++)
		rc = ent_buf_printf(b, i ? ", %lld" : "%lld", (long long)ids[i]);
	return rc;
}

static int put_money(ent_buf *b, const ent_value *v) { return ent__value_short(b, v); }

static int put_usd(ent_buf *b, double usd)
{
	ent_value v;
	memset(&v, 0, sizeof v);
	v.present = v.has_usd = 1;
	v.usd = v.amount = usd;
	memcpy(v.currency, "USD", 4);
	return put_money(b, &v);
}

static int put_window_name(ent_buf *b, int from, int to)
{
	if (!from && !to)
		return ent_buf_puts(b, "all years");
	if (!from)
		return ent_buf_printf(b, "up to %d", to);
	if (!to)
		return ent_buf_printf(b, "%d on", from);
	return ent_buf_printf(b, "%d-%d", from, to);
}

/* ---- JSON helpers ------------------------------------------------------------ */

static int j_num(ent_buf *b, double x)
{
	if (!isfinite(x))
		return ent_buf_puts(b, "null");
	return ent_buf_printf(b, "%.10g", x);
}

static int j_year(ent_buf *b, int y) { return y ? ent_buf_printf(b, "%d", y) : ent_buf_puts(b, "null"); }

static int j_ids(ent_buf *b, const int64_t *ids, size_t n)
{
	int rc = ent_buf_putc(b, '[');
	if (!rc)
		rc = put_ids(b, ids, n);
	if (!rc)
		rc = ent_buf_putc(b, ']');
	return rc;
}

static int j_codes(ent_buf *b, const ent_code *arr, size_t n)
{
	size_t i;
	int rc = ent_buf_putc(b, '[');
	for (i = 0; i < n && !rc; i++) {
		if (i)
			rc = ent_buf_putc(b, ',');
		if (!rc)
			rc = ent_buf_json_str(b, arr[i].s);
	}
	if (!rc)
		rc = ent_buf_putc(b, ']');
	return rc;
}

static int j_code(ent_buf *b, const ent_code *c)
{
	return c->s[0] ? ent_buf_json_str(b, c->s) : ent_buf_puts(b, "null");
}

static int j_value(ent_buf *b, const ent_value *v)
{
	char cur[sizeof v->currency + 1];
	int rc;
	if (!v->present)
		return ent_buf_puts(b, "null");
	memcpy(cur, v->currency, sizeof v->currency);
	cur[sizeof v->currency] = '\0';
	rc = ent_buf_puts(b, "{\"amount\":");
	if (!rc)
		rc = j_num(b, v->amount);
	if (!rc)
		rc = ent_buf_puts(b, ",\"currency\":");
	if (!rc)
		rc = cur[0] ? ent_buf_json_str(b, cur) : ent_buf_puts(b, "null");
	if (!rc)
		rc = ent_buf_puts(b, ",\"usd\":");
	if (!rc)
		rc = v->has_usd ? j_num(b, v->usd) : ent_buf_puts(b, "null");
	if (!rc)
		rc = ent_buf_printf(b, ",\"approx\":%s}", v->approx ? "true" : "false");
	return rc;
}

static int json_print(FILE *fp, ent_buf *b, int rc)
{
	if (!rc)
		rc = ent_buf_putc(b, '\n');
	if (!rc)
		rc = flush(fp, b);
	ent_buf_destroy(b);
	return rc;
}

/* ---- register ---------------------------------------------------------------- */

static int register_json(FILE *fp, const ent_register *r)
{
	ent_buf b;
	size_t i;
	int rc;
	ent_buf_init(&b, 0);
	rc = ent_buf_printf(&b, "{\"analysis\":\"register\",\"more\":%s,\"rows\":[",
			    r->more ? "true" : "false");
	for (i = 0; i < r->n && !rc; i++) {
		const ent_register_row *w = &r->rows[i];
		rc = ent_buf_printf(&b, "%s{\"fact_id\":%lld,\"deal\":", i ? "," : "",
				    (long long)w->fact_id);
		if (!rc)
			rc = ent_buf_json_str(&b, w->deal);
		if (!rc)
			rc = ent_buf_puts(&b, ",\"suppliers\":");
		if (!rc)
			rc = j_codes(&b, w->suppliers, w->nsuppliers);
		if (!rc)
			rc = ent_buf_puts(&b, ",\"partners\":");
		if (!rc)
			rc = j_codes(&b, w->partners, w->npartners);
		if (!rc)
			rc = ent_buf_puts(&b, ",\"recipient\":");
		if (!rc)
			rc = j_code(&b, &w->recipient);
		if (!rc)
			rc = ent_buf_puts(&b, ",\"value\":");
		if (!rc)
			rc = j_value(&b, &w->value);
		if (!rc)
			rc = ent_buf_puts(&b, ",\"year\":");
		if (!rc)
			rc = j_year(&b, w->year);
		if (!rc)
			rc = ent_buf_puts(&b, ",\"status\":");
		if (!rc)
			rc = w->status != ENT_STATUS_NONE
				     ? ent_buf_json_str(&b, ent_status_name(w->status))
				     : ent_buf_puts(&b, "null");
		if (!rc)
			rc = ent_buf_puts(&b, ",\"components\":");
		if (!rc)
			rc = ent_buf_json_str(&b, w->components);
		if (!rc)
			rc = ent_buf_printf(&b, ",\"sources\":%d,\"fact_ids\":[%lld]}", w->sources,
					    (long long)w->fact_id);
	}
	if (!rc)
		rc = ent_buf_puts(&b, "]}");
	return json_print(fp, &b, rc);
}

int ent_render_register(FILE *fp, const ent_register *r, ent_analysis_format fmt)
{
	static const char *const head[] = {"Deal", "Value", "Year", "Major Components", "Sources"};
	ent_buf cells[5];
	grid g;
	size_t i;
	int rc = ENT_OK;
	if (!fp || !r)
		return ENT_EUSAGE;
	if (fmt == ENT_ANALYSIS_JSON)
		return register_json(fp, r);
	grid_init(&g, 5, head);
	cells_init(cells, 5);
	for (i = 0; i < r->n && !rc; i++) {
		const ent_register_row *w = &r->rows[i];
		rc = ent_buf_puts(&cells[0], w->deal);
		if (!rc)
			rc = w->value.present ? put_money(&cells[1], &w->value)
					      : ent_buf_puts(&cells[1], "NA");
		if (!rc && w->year)
			rc = ent_buf_printf(&cells[2], "%d", w->year);
		if (!rc)
			rc = ent_buf_puts(&cells[3], w->components);
		if (!rc)
			rc = ent_buf_printf(&cells[4], "%d source%s, fact %lld", w->sources,
					    w->sources == 1 ? "" : "s", (long long)w->fact_id);
		if (!rc)
			rc = grid_row(&g, cells);
	}
	if (!rc && r->more)
		rc = ent_buf_printf(&g.note, "The %zu newest deals shown; more match (raise --limit).\n",
				    r->n);
	if (!rc && !r->n)
		rc = ent_buf_puts(&g.note, "No deals match.\n");
	if (!rc)
		rc = grid_print(fp, &g, fmt);
	cells_destroy(cells, 5);
	grid_destroy(&g);
	return rc;
}

/* ---- timeline ---------------------------------------------------------------- */

static int timeline_json(FILE *fp, const ent_timeline *t)
{
	ent_buf b;
	size_t i;
	int rc;
	ent_buf_init(&b, 0);
	rc = ent_buf_puts(&b, "{\"analysis\":\"timeline\",\"actors\":[");
	if (!rc)
		rc = ent_buf_json_str(&b, t->a.s);
	if (!rc)
		rc = ent_buf_putc(&b, ',');
	if (!rc)
		rc = ent_buf_json_str(&b, t->b.s);
	if (!rc)
		rc = ent_buf_puts(&b, "],\"rows\":[");
	for (i = 0; i < t->n && !rc; i++) {
		const ent_timeline_row *w = &t->rows[i];
		rc = ent_buf_puts(&b, i ? ",{\"year\":" : "{\"year\":");
		if (!rc)
			rc = j_year(&b, w->year);
		if (!rc)
			rc = ent_buf_printf(&b, ",\"type\":\"%s\",\"development\":",
					    ent_fact_type_name(w->type));
		if (!rc)
			rc = ent_buf_json_str(&b, w->text);
		if (!rc)
			rc = ent_buf_printf(&b, ",\"fact_ids\":[%lld]}", (long long)w->fact_id);
	}
	if (!rc)
		rc = ent_buf_puts(&b, "]}");
	return json_print(fp, &b, rc);
}

int ent_render_timeline(FILE *fp, const ent_timeline *t, ent_analysis_format fmt)
{
	static const char *const head[] = {"Year", "Development", "Facts"};
	ent_buf cells[3];
	grid g;
	size_t i;
	int rc = ENT_OK;
	if (!fp || !t)
		return ENT_EUSAGE;
	if (fmt == ENT_ANALYSIS_JSON)
		return timeline_json(fp, t);
	grid_init(&g, 3, head);
	cells_init(cells, 3);
	for (i = 0; i < t->n && !rc; i++) {
		const ent_timeline_row *w = &t->rows[i];
		rc = w->year ? ent_buf_printf(&cells[0], "%d", w->year)
			     : ent_buf_puts(&cells[0], "no year");
		if (!rc)
			rc = ent_buf_puts(&cells[1], w->text);
		if (!rc)
			rc = ent_buf_printf(&cells[2], "%lld", (long long)w->fact_id);
		if (!rc)
			rc = grid_row(&g, cells);
	}
	if (!rc && !t->n)
		rc = ent_buf_printf(&g.note, "No facts involve both %s and %s.\n", t->a.s, t->b.s);
	else if (!rc && t->ndated < t->n)
		rc = ent_buf_printf(&g.note,
				    "%zu fact%s without a year (\"no year\") listed after the dated ones.\n",
				    t->n - t->ndated, t->n - t->ndated == 1 ? "" : "s");
	if (!rc)
		rc = grid_print(fp, &g, fmt);
	cells_destroy(cells, 3);
	grid_destroy(&g);
	return rc;
}

/* ---- dependence -------------------------------------------------------------- */

static int window_json(ent_buf *b, const ent_dependence_window *w)
{
	size_t i;
	int rc = ent_buf_puts(b, "{\"from\":");
	if (!rc)
		rc = j_year(b, w->from_year);
	if (!rc)
		rc = ent_buf_puts(b, ",\"to\":");
	if (!rc)
		rc = j_year(b, w->to_year);
	if (!rc)
		rc = ent_buf_printf(b, ",\"total_count\":%zu,\"total_usd\":", w->total_count);
	if (!rc)
		rc = j_num(b, w->total_usd);
	if (!rc)
		rc = ent_buf_printf(b, ",\"valued_deals\":%zu,\"unvalued_deals\":%zu,\"total_tiv\":",
				    w->valued_deals, w->unvalued_deals);
	if (!rc)
		rc = w->has_tiv ? j_num(b, w->total_tiv) : ent_buf_puts(b, "null");
	if (!rc)
		rc = ent_buf_puts(b, ",\"hhi\":{\"count\":");
	if (!rc)
		rc = j_num(b, w->hhi_count);
	if (!rc)
		rc = ent_buf_puts(b, ",\"value\":");
	if (!rc)
		rc = j_num(b, w->hhi_value);
	if (!rc)
		rc = ent_buf_puts(b, ",\"tiv\":");
	if (!rc)
		rc = w->has_tiv ? j_num(b, w->hhi_tiv) : ent_buf_puts(b, "null");
	if (!rc)
		rc = ent_buf_puts(b, "},\"suppliers\":[");
	for (i = 0; i < w->n && !rc; i++) {
		const ent_dependence_share *s = &w->v[i];
		rc = ent_buf_puts(b, i ? ",{\"supplier\":" : "{\"supplier\":");
		if (!rc)
			rc = ent_buf_json_str(b, s->supplier.s);
		if (!rc)
			rc = ent_buf_printf(b, ",\"deals\":%zu,\"supply_ties\":%zu,\"count_share\":",
					    s->deals, s->supply_ties);
		if (!rc)
			rc = j_num(b, s->count_share);
		if (!rc)
			rc = ent_buf_puts(b, ",\"value_usd\":");
		if (!rc)
			rc = j_num(b, s->value_usd);
		if (!rc)
			rc = ent_buf_puts(b, ",\"value_share\":");
		if (!rc)
			rc = j_num(b, s->value_share);
		if (!rc)
			rc = ent_buf_puts(b, ",\"tiv\":");
		if (!rc)
			rc = w->has_tiv ? j_num(b, s->tiv) : ent_buf_puts(b, "null");
		if (!rc)
			rc = ent_buf_puts(b, ",\"tiv_share\":");
		if (!rc)
			rc = w->has_tiv ? j_num(b, s->tiv_share) : ent_buf_puts(b, "null");
		if (!rc)
			rc = ent_buf_puts(b, ",\"fact_ids\":");
		if (!rc)
			rc = j_ids(b, s->fact_ids, s->nfact_ids);
		if (!rc)
			rc = ent_buf_putc(b, '}');
	}
	if (!rc)
		rc = ent_buf_puts(b, "]}");
	return rc;
}

static int dependence_json(FILE *fp, const ent_dependence *d)
{
	ent_buf b;
	size_t i;
	int rc;
	ent_buf_init(&b, 0);
	rc = ent_buf_puts(&b, "{\"analysis\":\"dependence\",\"importer\":");
	if (!rc)
		rc = ent_buf_json_str(&b, d->importer.s);
	if (!rc)
		rc = ent_buf_printf(&b, ",\"measure\":\"%s\",\"window\":",
				    ent_dependence_measure_name(d->measure));
	if (!rc)
		rc = window_json(&b, &d->window);
	if (!rc)
		rc = ent_buf_puts(&b, ",\"compare\":");
	if (!rc && !d->compared)
		rc = ent_buf_puts(&b, "null");
	if (!rc && d->compared) {
		rc = ent_buf_puts(&b, "{\"before\":");
		if (!rc)
			rc = window_json(&b, &d->before);
		if (!rc)
			rc = ent_buf_puts(&b, ",\"after\":");
		if (!rc)
			rc = window_json(&b, &d->after);
		if (!rc)
			rc = ent_buf_puts(&b, ",\"hhi_change\":");
		if (!rc)
			rc = j_num(&b, d->hhi_change);
		if (!rc)
			rc = ent_buf_puts(&b, ",\"changes\":[");
		for (i = 0; i < d->nchanges && !rc; i++) {
			const ent_dependence_change *c = &d->changes[i];
			rc = ent_buf_puts(&b, i ? ",{\"supplier\":" : "{\"supplier\":");
			if (!rc)
				rc = ent_buf_json_str(&b, c->supplier.s);
			if (!rc)
				rc = ent_buf_puts(&b, ",\"before\":");
			if (!rc)
				rc = j_num(&b, c->before);
			if (!rc)
				rc = ent_buf_puts(&b, ",\"after\":");
			if (!rc)
				rc = j_num(&b, c->after);
			if (!rc)
				rc = ent_buf_puts(&b, ",\"change_pp\":");
			if (!rc)
				rc = j_num(&b, c->change_pp);
			if (!rc)
				rc = ent_buf_putc(&b, '}');
		}
		if (!rc)
			rc = ent_buf_puts(&b, "]}");
	}
	if (!rc)
		rc = ent_buf_putc(&b, '}');
	return json_print(fp, &b, rc);
}

static int pct(ent_buf *b, double share) { return ent_buf_printf(b, "%.1f%%", 100.0 * share); }

static int dependence_note(ent_buf *n, const ent_dependence *d, const ent_dependence_window *w)
{
	int rc = ent_buf_printf(n, "%s, ", d->importer.s);
	if (!rc)
		rc = put_window_name(n, w->from_year, w->to_year);
	if (!rc)
		rc = ent_buf_printf(n, ": HHI by count %.0f, by value %.0f", w->hhi_count,
				    w->hhi_value);
	if (!rc && w->has_tiv)
		rc = ent_buf_printf(n, ", by TIV %.0f", w->hhi_tiv);
	if (!rc)
		rc = ent_buf_printf(n, " (0-10000; sorted by %s).\n",
				    ent_dependence_measure_name(d->measure));
	if (!rc && w->unvalued_deals)
		rc = ent_buf_printf(n, "%zu of %zu deals have no stated USD value and are left out "
				       "of the value shares.\n",
				    w->unvalued_deals, w->unvalued_deals + w->valued_deals);
	return rc;
}

static int dependence_window_grid(FILE *fp, const ent_dependence *d, ent_analysis_format fmt)
{
	static const char *const head[] = {"Supplier", "Deals", "Supply ties", "Count share",
					   "Value (USD)", "Value share", "TIV (m)", "TIV share",
					   "Facts"};
	const ent_dependence_window *w = &d->window;
	size_t ncols = w->has_tiv ? 9 : 7, i;
	const char *h[9];
	ent_buf cells[9];
	grid g;
	int rc = ENT_OK;
	for (i = 0; i < 9; i++)
		h[i] = head[i];
	if (!w->has_tiv)
		h[6] = head[8];
	grid_init(&g, ncols, h);
	cells_init(cells, 9);
	for (i = 0; i < w->n && !rc; i++) {
		const ent_dependence_share *s = &w->v[i];
		rc = ent_buf_puts(&cells[0], s->supplier.s);
		if (!rc)
			rc = ent_buf_printf(&cells[1], "%zu", s->deals);
		if (!rc)
			rc = ent_buf_printf(&cells[2], "%zu", s->supply_ties);
		if (!rc)
			rc = pct(&cells[3], s->count_share);
		if (!rc)
			rc = s->value_usd > 0 ? put_usd(&cells[4], s->value_usd)
					      : ent_buf_puts(&cells[4], "-");
		if (!rc)
			rc = pct(&cells[5], s->value_share);
		if (!rc && w->has_tiv) {
			rc = ent_buf_printf(&cells[6], "%.1f", s->tiv);
			if (!rc)
				rc = pct(&cells[7], s->tiv_share);
		}
		if (!rc)
			rc = put_ids(&cells[w->has_tiv ? 8 : 6], s->fact_ids, s->nfact_ids);
		if (!rc)
			rc = grid_row(&g, cells);
	}
	if (!rc && !w->n)
		rc = ent_buf_printf(&g.note, "No deals or supply ties with %s as recipient.\n",
				    d->importer.s);
	if (!rc)
		rc = dependence_note(&g.note, d, w);
	if (!rc)
		rc = grid_print(fp, &g, fmt);
	cells_destroy(cells, 9);
	grid_destroy(&g);
	return rc;
}

static int dependence_compare_grid(FILE *fp, const ent_dependence *d, ent_analysis_format fmt)
{
	ent_buf hb[2], cells[4];
	const char *head[4];
	grid g;
	size_t i;
	int rc = ENT_OK;
	ent_buf_init(&hb[0], 0);
	ent_buf_init(&hb[1], 0);
	rc = ent_buf_puts(&hb[0], "Share ");
	if (!rc)
		rc = put_window_name(&hb[0], d->before.from_year, d->before.to_year);
	if (!rc)
		rc = ent_buf_puts(&hb[1], "Share ");
	if (!rc)
		rc = put_window_name(&hb[1], d->after.from_year, d->after.to_year);
	head[0] = "Supplier";
	head[1] = ent_buf_cstr(&hb[0]);
	head[2] = ent_buf_cstr(&hb[1]);
	head[3] = "Change (pp)";
	grid_init(&g, 4, head);
	cells_init(cells, 4);
	for (i = 0; i < d->nchanges && !rc; i++) {
		const ent_dependence_change *c = &d->changes[i];
		rc = ent_buf_puts(&cells[0], c->supplier.s);
		if (!rc)
			rc = pct(&cells[1], c->before);
		if (!rc)
			rc = pct(&cells[2], c->after);
		if (!rc)
			rc = ent_buf_printf(&cells[3], "%+.1f", c->change_pp);
		if (!rc)
			rc = grid_row(&g, cells);
	}
	if (!rc)
		rc = ent_buf_printf(&g.note, "Shares by %s. ", ent_dependence_measure_name(d->measure));
	if (!rc)
		rc = ent_buf_printf(&g.note, "HHI %.0f -> %.0f (%+.0f).\n",
				    ent_dependence_hhi_of(&d->before, d->measure),
				    ent_dependence_hhi_of(&d->after, d->measure), d->hhi_change);
	if (!rc)
		rc = dependence_note(&g.note, d, &d->before);
	if (!rc)
		rc = dependence_note(&g.note, d, &d->after);
	if (!rc)
		rc = grid_print(fp, &g, fmt);
	cells_destroy(cells, 4);
	grid_destroy(&g);
	ent_buf_destroy(&hb[0]);
	ent_buf_destroy(&hb[1]);
	return rc;
}

int ent_render_dependence(FILE *fp, const ent_dependence *d, ent_analysis_format fmt)
{
	if (!fp || !d)
		return ENT_EUSAGE;
	if (fmt == ENT_ANALYSIS_JSON)
		return dependence_json(fp, d);
	if (d->compared)
		return dependence_compare_grid(fp, d, fmt);
	return dependence_window_grid(fp, d, fmt);
}

/* ---- pivot ------------------------------------------------------------------- */

static int pivot_json(FILE *fp, const ent_pivot *p)
{
	ent_buf b;
	size_t i, k;
	int rc;
	ent_buf_init(&b, 0);
	rc = ent_buf_puts(&b, "{\"analysis\":\"pivot\",\"pairs\":[");
	for (k = 0; k < 2 && !rc; k++) {
		rc = ent_buf_puts(&b, k ? ",[" : "[");
		if (!rc)
			rc = ent_buf_json_str(&b, p->pair[k][0].s);
		if (!rc)
			rc = ent_buf_putc(&b, ',');
		if (!rc)
			rc = ent_buf_json_str(&b, p->pair[k][1].s);
		if (!rc)
			rc = ent_buf_putc(&b, ']');
	}
	if (!rc)
		rc = ent_buf_puts(&b, "],\"rows\":[");
	for (i = 0; i < p->n && !rc; i++) {
		rc = ent_buf_puts(&b, i ? ",{\"aspect\":" : "{\"aspect\":");
		if (!rc)
			rc = ent_buf_json_str(&b, p->rows[i].aspect);
		if (!rc)
			rc = ent_buf_puts(&b, ",\"cells\":[");
		for (k = 0; k < 2 && !rc; k++) {
			const ent_pivot_cell *c = &p->rows[i].cell[k];
			rc = ent_buf_puts(&b, k ? ",{\"text\":" : "{\"text\":");
			if (!rc)
				rc = ent_buf_json_str(&b, c->text);
			if (!rc)
				rc = ent_buf_printf(&b, ",\"no_data\":%s,\"fact_ids\":",
						    c->nfact_ids ? "false" : "true");
			if (!rc)
				rc = j_ids(&b, c->fact_ids, c->nfact_ids);
			if (!rc)
				rc = ent_buf_putc(&b, '}');
		}
		if (!rc)
			rc = ent_buf_puts(&b, "]}");
	}
	if (!rc)
		rc = ent_buf_puts(&b, "]}");
	return json_print(fp, &b, rc);
}

int ent_render_pivot(FILE *fp, const ent_pivot *p, ent_analysis_format fmt)
{
	char h1[32], h2[32];
	const char *head[3];
	ent_buf cells[3];
	grid g;
	size_t i, k;
	int rc = ENT_OK;
	if (!fp || !p)
		return ENT_EUSAGE;
	if (fmt == ENT_ANALYSIS_JSON)
		return pivot_json(fp, p);
	snprintf(h1, sizeof h1, "%s-%s", p->pair[0][0].s, p->pair[0][1].s);
	snprintf(h2, sizeof h2, "%s-%s", p->pair[1][0].s, p->pair[1][1].s);
	head[0] = "Aspect";
	head[1] = h1;
	head[2] = h2;
	grid_init(&g, 3, head);
	cells_init(cells, 3);
	for (i = 0; i < p->n && !rc; i++) {
		rc = ent_buf_puts(&cells[0], p->rows[i].aspect);
		for (k = 0; k < 2 && !rc; k++) {
			const ent_pivot_cell *c = &p->rows[i].cell[k];
			rc = ent_buf_puts(&cells[1 + k], c->text);
			if (!rc && c->nfact_ids && fmt != ENT_ANALYSIS_TABLE) {
				rc = ent_buf_puts(&cells[1 + k], " [facts ");
				if (!rc)
					rc = put_ids(&cells[1 + k], c->fact_ids, c->nfact_ids);
				if (!rc)
					rc = ent_buf_putc(&cells[1 + k], ']');
			}
		}
		if (!rc)
			rc = grid_row(&g, cells);
	}
	/* the terminal table truncates long cells: list every cell's facts below */
	for (i = 0; i < p->n && !rc && fmt == ENT_ANALYSIS_TABLE; i++)
		for (k = 0; k < 2 && !rc; k++) {
			const ent_pivot_cell *c = &p->rows[i].cell[k];
			if (!c->nfact_ids)
				continue;
			rc = ent_buf_printf(&g.note, "%s, %s: facts ", p->rows[i].aspect,
					    k ? h2 : h1);
			if (!rc)
				rc = put_ids(&g.note, c->fact_ids, c->nfact_ids);
			if (!rc)
				rc = ent_buf_putc(&g.note, '\n');
		}
	if (!rc)
		rc = grid_print(fp, &g, fmt);
	cells_destroy(cells, 3);
	grid_destroy(&g);
	return rc;
}
