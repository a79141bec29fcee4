/*
 * dot.c - the network as Graphviz DOT text and as JSON.
 *
 * DOT: states are ellipses, blocs boxes; a node's fill colour is its bloc
 * (when a partition is given); positive edges are green and solid,
 * negative ones red and dashed; the pen width grows with |weight| and the
 * label is the weight.  Codes are [A-Z0-9] but are quoted anyway.
 */
#include "entente/network.h"
#include "entente/render.h"
#include "util/alloc.h"
#include "util/buf.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const palette[] = {
	"#cfe2f3", "#f9cb9c", "#d9ead3", "#ead1dc", "#fff2cc", "#d0e0e3", "#f4cccc", "#d9d2e9",
};
#define NPALETTE (sizeof palette / sizeof palette[0])

typedef struct ranked {
	size_t node;
	double score;
} ranked;

static int cmp_ranked(const void *x, const void *y)
{
	const ranked *p = x, *q = y;
	if (p->score != q->score)
		return p->score > q->score ? -1 : 1;
	return (p->node > q->node) - (p->node < q->node);
}

/* keep[v] = 1 for the nodes to draw (see ent_network_dot). */
static int choose(const ent_network *n, long f, size_t max_nodes, unsigned char *keep)
{
	ranked *r = ent__calloc(n->nnodes ? n->nnodes : 1, sizeof *r);
	size_t i, nr = 0;
	if (!r)
		return ENT_ENOMEM;
	for (i = 0; i < n->nnodes; i++)
		r[i].node = i;
	for (i = 0; i < n->nedges; i++) {
		const ent_net_edge *e = &n->edges[i];
		double w = fabs(e->weight);
		if (f < 0) {
			r[e->a].score += w;
			r[e->b].score += w;
		} else if ((long)e->a == f) {
			r[e->b].score = w + 1; /* + 1: neighbours before non-neighbours */
		} else if ((long)e->b == f) {
			r[e->a].score = w + 1;
		}
	}
	if (f >= 0)
		r[f].score = HUGE_VAL;
	qsort(r, n->nnodes, sizeof *r, cmp_ranked);
	for (i = 0; i < n->nnodes; i++) {
		if (f >= 0 && r[i].score <= 0)
			break;
		if (max_nodes && nr >= max_nodes)
			break;
		keep[r[i].node] = 1;
		nr++;
	}
	ent__free(r);
	return ENT_OK;
}

int ent_network_dot(char **out, const ent_network *n, const char *focus, const ent_blocs *blocs,
		    size_t max_nodes)
{
	unsigned char *keep;
	ent_buf b;
	long f = -1;
	size_t i;
	int rc = ENT_OK;

	if (!out || !n)
		return ENT_EUSAGE;
	*out = NULL;
	if (focus && focus[0]) {
		f = ent_network_node(n, focus);
		if (f < 0)
			return ENT_ENOTFOUND;
	}
	keep = ent__calloc(n->nnodes ? n->nnodes : 1, 1);
	if (!keep)
		return ENT_ENOMEM;
	if (choose(n, f, max_nodes, keep) != ENT_OK) {
		ent__free(keep);
		return ENT_ENOMEM;
	}
	ent_buf_init(&b, 0);
	rc = ent_buf_puts(&b, "graph entente {\n"
			      "  graph [overlap=false, splines=true, sep=\"+12\", fontname=\"Helvetica\"];\n"
			      "  node [style=filled, fontname=\"Helvetica\", fontsize=11, "
			      "fillcolor=\"#eeeeee\"];\n"
			      "  edge [fontname=\"Helvetica\", fontsize=9];\n");
	for (i = 0; i < n->nnodes && rc == ENT_OK; i++) {
		const char *fill = "#eeeeee";
		if (!keep[i])
			continue;
		if (blocs && blocs->bloc && i < blocs->nnodes)
			fill = palette[(size_t)blocs->bloc[i] % NPALETTE];
		rc = ent_buf_printf(&b, "  \"%s\" [id=\"node_%s\", shape=%s, fillcolor=\"%s\"%s];\n",
				    n->nodes[i].s, n->nodes[i].s, n->is_bloc && n->is_bloc[i] ? "box" : "ellipse",
				    fill, (long)i == f ? ", penwidth=2.5" : "");
	}
	for (i = 0; i < n->nedges && rc == ENT_OK; i++) {
		const ent_net_edge *e = &n->edges[i];
		double w = e->weight;
		if (!keep[e->a] || !keep[e->b])
			continue;
		rc = ent_buf_printf(&b,
				    "  \"%s\" -- \"%s\" [color=\"%s\", style=%s, penwidth=%.1f, "
				    "label=\"%+g\"];\n",
				    n->nodes[e->a].s, n->nodes[e->b].s, w > 0 ? "#2e7d32" : "#c62828",
				    w > 0 ? "solid" : "dashed", 1.0 + log1p(fabs(w)), w);
	}
	if (rc == ENT_OK)
		rc = ent_buf_puts(&b, "}\n");
	ent__free(keep);
	if (rc != ENT_OK) {
		ent_buf_destroy(&b);
		return rc;
	}
	*out = ent_buf_detach(&b, NULL);
	if (!*out)
		*out = ent__strdup("");
	return *out ? ENT_OK : ENT_ENOMEM;
}

static void put_triad(FILE *fp, const ent_network *n, const ent_triad *t)
{
	fprintf(fp, "{\"nodes\":[\"%s\",\"%s\",\"%s\"],\"weights\":[%g,%g,%g],\"strength\":%g}",
		n->nodes[t->a].s, n->nodes[t->b].s, n->nodes[t->c].s, t->wab, t->wac, t->wbc,
		t->strength);
}

int ent_network_json(FILE *fp, const ent_network *n, const ent_blocs *blocs, size_t limit)
{
	ent_triad *tri = NULL;
	ent_balance bal;
	size_t i, ntri = 0, ntotal = 0;
	int k, rc;

	rc = ent_network_triangles(n, limit, &tri, &ntri, &ntotal);
	if (rc != ENT_OK)
		return rc;
	rc = ent_network_balance(n, limit, &bal);
	if (rc != ENT_OK) {
		ent__free(tri);
		return rc;
	}
	fputs("{\"weights\":{", fp);
	for (k = 0; k < ENT_TIE__COUNT; k++)
		if (k != ENT_TIE_GDELT)
			fprintf(fp, "%s\"%s\":%g", k ? "," : "",
				ent_tie_kind_name((ent_tie_kind)k), ent_tie_weight((ent_tie_kind)k));
	fputs("},\"nodes\":[", fp);
	for (i = 0; i < n->nnodes; i++) {
		fprintf(fp, "%s{\"id\":\"%s\",\"kind\":\"%s\"", i ? "," : "", n->nodes[i].s,
			n->is_bloc && n->is_bloc[i] ? "bloc" : "state");
		if (blocs && blocs->bloc && i < blocs->nnodes)
			fprintf(fp, ",\"bloc\":%d", blocs->bloc[i]);
		fputc('}', fp);
	}
	fputs("],\"edges\":[", fp);
	for (i = 0; i < n->nedges; i++) {
		const ent_net_edge *e = &n->edges[i];
		int first = 1;
		fprintf(fp, "%s{\"a\":\"%s\",\"b\":\"%s\",\"weight\":%g,\"sign\":%d,\"facts\":{",
			i ? "," : "", n->nodes[e->a].s, n->nodes[e->b].s, e->weight,
			e->weight > 0 ? 1 : -1);
		for (k = 0; k < ENT_TIE__COUNT; k++)
			if (e->counts[k] && k != ENT_TIE_GDELT) {
				fprintf(fp, "%s\"%s\":%lld", first ? "" : ",",
					ent_tie_kind_name((ent_tie_kind)k), (long long)e->counts[k]);
				first = 0;
			}
		fputc('}', fp);
		/* GDELT events are not facts: their own member, with their weight */
		if (e->counts[ENT_TIE_GDELT])
			fprintf(fp, ",\"gdelt\":{\"events\":%lld,\"weight\":%g}",
				(long long)e->counts[ENT_TIE_GDELT], e->gdelt_weight);
		fputc('}', fp);
	}
	fprintf(fp, "],\"ntriangles\":%zu,\"triangles\":[", ntotal);
	for (i = 0; i < ntri; i++) {
		if (i)
			fputc(',', fp);
		put_triad(fp, n, &tri[i]);
	}
	fprintf(fp, "],\"balance\":{\"triads\":%zu,\"balanced\":%zu,\"ratio\":%.4f,"
		    "\"nunbalanced\":%zu,\"unbalanced\":[",
		bal.triads, bal.balanced, bal.ratio, bal.nunbalanced);
	for (i = 0; i < bal.nlisted; i++) {
		if (i)
			fputc(',', fp);
		put_triad(fp, n, &bal.unbalanced[i]);
	}
	fputs("]}", fp);
	if (blocs && blocs->bloc) {
		size_t g;
		fprintf(fp, ",\"blocs\":{\"method\":\"frustration minimisation by relocation "
			    "(Doreian & Mrvar 1996)\",\"frustration\":%g,\"groups\":[",
			blocs->frustration);
		for (g = 0; g < blocs->nblocs; g++) {
			int first = 1;
			fprintf(fp, "%s[", g ? "," : "");
			for (i = 0; i < blocs->nnodes; i++)
				if ((size_t)blocs->bloc[i] == g) {
					fprintf(fp, "%s\"%s\"", first ? "" : ",", n->nodes[i].s);
					first = 0;
				}
			fputc(']', fp);
		}
		fputs("]}", fp);
	}
	fputs("}\n", fp);
	ent__free(tri);
	ent_balance_destroy(&bal);
	return ferror(fp) ? ENT_EIO : ENT_OK;
}
