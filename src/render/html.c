/*
 * html.c - the report's document writer (Markdown or one self-contained
 * HTML page: inline CSS, inline SVG, no scripts, no external URLs) and the
 * hand-drawn SVG charts (bars for supplier shares, a year axis for the
 * timeline).  Text is escaped for the format: &<>" in HTML, | and line
 * breaks in Markdown table cells.
 */
#include "entente/errors.h"
#include "render/html_internal.h"
#include "util/alloc.h"
#include "util/buf.h"

#include <string.h>

static void esc(ent__doc *d, const char *s, int cell)
{
	for (; s && *s; s++) {
		char c = *s;
		if (d->html) {
			if (c == '&')
				fputs("&amp;", d->fp);
			else if (c == '<')
				fputs("&lt;", d->fp);
			else if (c == '>')
				fputs("&gt;", d->fp);
			else if (c == '"')
				fputs("&quot;", d->fp);
			else
				fputc(c, d->fp);
		} else if (cell && (c == '|' || c == '\n' || c == '\r')) {
			fputs(c == '|' ? "\\|" : " ", d->fp);
		} else {
			fputc(c, d->fp);
		}
	}
}

static const char css[] =
	"body{font-family:Helvetica,Arial,sans-serif;margin:2em auto;max-width:70em;color:#222;"
	"line-height:1.4}h1{border-bottom:3px solid #2e5c8a;padding-bottom:.2em}"
	"h2{color:#2e5c8a;margin-top:1.6em;border-bottom:1px solid #ccc}"
	"table{border-collapse:collapse;margin:.6em 0;font-size:.9em;width:100%}"
	"th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}"
	"th{background:#e8eef5}tr:nth-child(even) td{background:#fafafa}"
	"svg{max-width:100%;height:auto;display:block;margin:.5em 0}"
	".note{color:#666;font-size:.85em}";

void ent__doc_begin(ent__doc *d, const char *title)
{
	if (d->html) {
		fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>", d->fp);
		esc(d, title, 0);
		fprintf(d->fp, "</title>\n<style>%s</style></head>\n<body>\n<h1>", css);
		esc(d, title, 0);
		fputs("</h1>\n", d->fp);
	} else {
		fputs("# ", d->fp);
		esc(d, title, 0);
		fputs("\n\n", d->fp);
	}
}

void ent__doc_end(ent__doc *d)
{
	if (d->html)
		fputs("</body></html>\n", d->fp);
}

void ent__doc_h2(ent__doc *d, const char *id, const char *text)
{
	if (d->html) {
		fprintf(d->fp, "<h2 id=\"%s\">", id);
		esc(d, text, 0);
		fputs("</h2>\n", d->fp);
	} else {
		fputs("## ", d->fp);
		esc(d, text, 0);
		fputs("\n\n", d->fp);
	}
}

void ent__doc_para(ent__doc *d, const char *text)
{
	if (d->html) {
		fputs("<p class=\"note\">", d->fp);
		esc(d, text, 0);
		fputs("</p>\n", d->fp);
	} else {
		esc(d, text, 0);
		fputs("\n\n", d->fp);
	}
}

void ent__doc_table(ent__doc *d, const char *id, const char *const *headers, size_t ncols)
{
	size_t i;
	d->ncols = ncols;
	if (d->html) {
		fprintf(d->fp, "<table id=\"%s\"><thead><tr>", id);
		for (i = 0; i < ncols; i++) {
			fputs("<th>", d->fp);
			esc(d, headers[i], 1);
			fputs("</th>", d->fp);
		}
		fputs("</tr></thead><tbody>\n", d->fp);
	} else {
		fputc('|', d->fp);
		for (i = 0; i < ncols; i++) {
			fputc(' ', d->fp);
			esc(d, headers[i], 1);
			fputs(" |", d->fp);
		}
		fputs("\n|", d->fp);
		for (i = 0; i < ncols; i++)
			fputs("---|", d->fp);
		fputc('\n', d->fp);
	}
}

void ent__doc_row(ent__doc *d, const char *const *cells)
{
	size_t i;
	if (d->html)
		fputs("<tr>", d->fp);
	else
		fputc('|', d->fp);
	for (i = 0; i < d->ncols; i++) {
		if (d->html) {
			fputs("<td>", d->fp);
			esc(d, cells[i], 1);
			fputs("</td>", d->fp);
		} else {
			fputc(' ', d->fp);
			esc(d, cells[i], 1);
			fputs(" |", d->fp);
		}
	}
	fputc('\n', d->fp);
	if (d->html)
		fputs("</tr>\n", d->fp);
}

void ent__doc_table_end(ent__doc *d)
{
	if (d->html)
		fputs("</tbody></table>\n", d->fp);
	else
		fputc('\n', d->fp);
}

void ent__doc_svg(ent__doc *d, const char *svg)
{
	if (d->html && svg)
		fprintf(d->fp, "%s\n", svg);
}

/* XML text escaping into a buffer. */
static int xml(ent_buf *b, const char *s)
{
	int rc = ENT_OK;
	for (; s && *s && rc == ENT_OK; s++) {
		if (*s == '&')
			rc = ent_buf_puts(b, "&amp;");
		else if (*s == '<')
			rc = ent_buf_puts(b, "&lt;");
		else if (*s == '>')
			rc = ent_buf_puts(b, "&gt;");
		else if (*s == '"')
			rc = ent_buf_puts(b, "&quot;");
		else
			rc = ent_buf_putc(b, *s);
	}
	return rc;
}

static char *finish(ent_buf *b, int rc)
{
	char *s = NULL;
	if (rc == ENT_OK)
		s = ent_buf_detach(b, NULL);
	ent_buf_destroy(b);
	return s;
}

char *ent__svg_bars(const char *id, const char *title, const char *const *labels,
		    const double *values, size_t n)
{
	const int row = 26, left = 150, width = 360;
	ent_buf b;
	size_t i;
	int rc, h = 40 + row * (int)(n ? n : 1);

	ent_buf_init(&b, 0);
	rc = ent_buf_printf(&b,
			    "<svg id=\"%s\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
			    "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" "
			    "font-family=\"Helvetica,Arial,sans-serif\" font-size=\"12\"><title>",
			    id, left + width + 70, h, left + width + 70, h);
	if (rc == ENT_OK)
		rc = xml(&b, title);
	if (rc == ENT_OK)
		rc = ent_buf_printf(&b, "</title><text x=\"0\" y=\"16\" font-weight=\"bold\">");
	if (rc == ENT_OK)
		rc = xml(&b, title);
	if (rc == ENT_OK)
		rc = ent_buf_puts(&b, "</text>");
	for (i = 0; i < n && rc == ENT_OK; i++) {
		int y = 30 + row * (int)i;
		double v = values[i] < 0 ? 0 : values[i] > 1 ? 1 : values[i];
		rc = ent_buf_printf(&b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", left - 8,
				    y + 15);
		if (rc == ENT_OK)
			rc = xml(&b, labels[i]);
		if (rc == ENT_OK)
			rc = ent_buf_printf(&b,
					    "</text><rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" "
					    "height=\"%d\" fill=\"#4a7ab5\"/><text x=\"%.1f\" y=\"%d\">"
					    "%.1f%%</text>",
					    left, y + 2, v * width, row - 8, left + v * width + 6, y + 15,
					    100.0 * v);
	}
	if (rc == ENT_OK)
		rc = ent_buf_puts(&b, "</svg>");
	return finish(&b, rc);
}

char *ent__svg_timeline(const char *id, const int *years, const char *const *labels, size_t n)
{
	const int left = 60, width = 640, axis = 40, row = 18;
	int lo = 0, hi = 0, h, rc;
	size_t i;
	ent_buf b;

	for (i = 0; i < n; i++) {
		if (!lo || years[i] < lo)
			lo = years[i];
		if (!hi || years[i] > hi)
			hi = years[i];
	}
	if (hi == lo) {
		lo -= 1;
		hi += 1;
	}
	h = axis + 30 + row * (int)n;
	ent_buf_init(&b, 0);
	rc = ent_buf_printf(&b,
			    "<svg id=\"%s\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
			    "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" "
			    "font-family=\"Helvetica,Arial,sans-serif\" font-size=\"11\">"
			    "<title>Timeline</title><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
			    "stroke=\"#333\"/>",
			    id, left + width + 60, h, left + width + 60, h, left, axis, left + width,
			    axis);
	if (rc == ENT_OK) {
		int y;
		int step = hi - lo > 20 ? 5 : 1;
		for (y = lo; y <= hi && rc == ENT_OK; y += step) {
			double x = left + (double)(y - lo) * width / (hi - lo);
			rc = ent_buf_printf(&b,
					    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
					    "stroke=\"#333\"/><text x=\"%.1f\" y=\"%d\" "
					    "text-anchor=\"middle\">%d</text>",
					    x, axis - 4, x, axis + 4, x, axis - 10, y);
		}
	}
	for (i = 0; i < n && rc == ENT_OK; i++) {
		double x = left + (double)(years[i] - lo) * width / (hi - lo);
		int y = axis + 24 + row * (int)i;
		int late = x > left + width / 2.0; /* label to the left of the dot */
		rc = ent_buf_printf(&b,
				    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#bbb\" "
				    "stroke-dasharray=\"2,2\"/><circle class=\"event\" cx=\"%.1f\" "
				    "cy=\"%d\" r=\"5\" fill=\"#c0504d\"/><text x=\"%.1f\" y=\"%d\"%s>",
				    x, axis, x, y, x, y, late ? x - 9 : x + 9, y + 4,
				    late ? " text-anchor=\"end\"" : "");
		if (rc == ENT_OK)
			rc = xml(&b, labels[i]);
		if (rc == ENT_OK)
			rc = ent_buf_puts(&b, "</text>");
	}
	if (rc == ENT_OK)
		rc = ent_buf_puts(&b, "</svg>");
	return finish(&b, rc);
}
