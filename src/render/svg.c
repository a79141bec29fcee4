/*
 * svg.c - SVG drawings: the network laid out by Graphviz's library (libgvc,
 * the "neato" spring layout; "dot" for a graph of one or two nodes) and the
 * hand-drawn charts of the report (horizontal bars, a year axis), kept as
 * plain strings so the report embeds them inline (charts: html.c).
 */
#include "entente/network.h"
#include "util/alloc.h"
#include "util/buf.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <string.h>

int ent_network_svg(char **out, const char *dot, const char *id)
{
	GVC_t *gvc;
	Agraph_t *g;
	char *data = NULL;
	unsigned int len = 0;
	const char *svg;
	ent_buf b;
	int rc = ENT_OK;

	if (!out || !dot)
		return ENT_EUSAGE;
	*out = NULL;
	gvc = gvContext();
	if (!gvc)
		return ENT_ENOMEM;
	g = agmemread(dot);
	if (!g) {
		gvFreeContext(gvc);
		return ENT_EPARSE;
	}
	/* Straight edges: routing splines around the nodes (splines=true in
	 * the dot text) spent ~70 % of the time of a 20-node drawing in
	 * libpathplan (bench/analyses/README.md); a dense neighbourhood
	 * reads as well with lines. */
	agsafeset(g, "splines", "line", "");
	if (gvLayout(gvc, g, agnnodes(g) > 2 ? "neato" : "dot") != 0) {
		agclose(g);
		gvFreeContext(gvc);
		return ENT_ERROR;
	}
	if (gvRenderData(gvc, g, "svg", &data, &len) != 0 || !data)
		rc = ENT_ERROR;
	gvFreeLayout(gvc, g);
	agclose(g);
	if (rc == ENT_OK) {
		svg = strstr(data, "<svg");
		ent_buf_init(&b, 0);
		if (!svg) {
			rc = ENT_ERROR;
		} else if (id) {
			rc = ent_buf_printf(&b, "<svg id=\"%s\" role=\"img\"", id);
			if (rc == ENT_OK)
				rc = ent_buf_puts(&b, svg + 4);
		} else {
			rc = ent_buf_puts(&b, svg);
		}
		if (rc == ENT_OK) {
			*out = ent_buf_detach(&b, NULL);
			if (!*out)
				rc = ENT_ENOMEM;
		}
		ent_buf_destroy(&b);
	}
	gvFreeRenderData(data);
	gvFreeContext(gvc);
	return rc;
}
