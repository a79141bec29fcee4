/*
 * html_internal.h - the document writer of the per-actor report (html.c):
 * the same calls produce Markdown or one self-contained HTML page, plus the
 * hand-drawn SVG charts.  Library-internal (report.c uses it).
 */
#ifndef ENT_RENDER_HTML_INTERNAL_H
#define ENT_RENDER_HTML_INTERNAL_H

#include <stddef.h>
#include <stdio.h>

typedef struct ent__doc {
	FILE *fp;
	int html;      /* 0: Markdown */
	size_t ncols;  /* columns of the open table */
} ent__doc;

void ent__doc_begin(ent__doc *d, const char *title);
void ent__doc_end(ent__doc *d);
/** A section heading; @p id becomes the section's id in HTML. */
void ent__doc_h2(ent__doc *d, const char *id, const char *text);
void ent__doc_para(ent__doc *d, const char *text);
/** Table with @p ncols headers; @p id is the HTML table id. */
void ent__doc_table(ent__doc *d, const char *id, const char *const *headers, size_t ncols);
void ent__doc_row(ent__doc *d, const char *const *cells);
void ent__doc_table_end(ent__doc *d);
/** Raw SVG (HTML only; Markdown gets nothing). */
void ent__doc_svg(ent__doc *d, const char *svg);

/**
 * Horizontal bar chart (values in [0,1] shown as percentages).
 * @return the <svg> text (ent__free) or NULL when out of memory.
 */
char *ent__svg_bars(const char *id, const char *title, const char *const *labels,
		    const double *values, size_t n);
/** Years on an axis, each with a short label.  @return <svg> text (ent__free). */
char *ent__svg_timeline(const char *id, const int *years, const char *const *labels, size_t n);

#endif
