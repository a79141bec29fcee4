/*
 * html.c - the visible text of an HTML document, parsed with libxml2.
 *
 * Rules (docs/internals/INGEST.md has the same list):
 *  - script, style, noscript, template, svg, math, iframe, object, nav
 *    (menus) and the content of head are not output; the first <title>
 *    becomes the title.
 *  - The published date (ISO dates only) comes from <meta> whose property,
 *    name or itemprop is article:published_time, else date / pubdate /
 *    publishdate / dc.date / datePublished, else the first <time datetime>.
 *  - Block elements (p, div, h1-h6, section, article, ...) end a line; <br>
 *    always breaks the line; <li> starts a line with "- ".
 *  - Each table row becomes one line "cell | cell |" (the plain-text pipe
 *    table the extractor reads); after a table's first row comes a separator
 *    "---|---|" with one "---|" per cell.  Tables inside a cell are flattened
 *    into the cell's text.
 *  - Whitespace runs in text collapse to one space (kept inside <pre>);
 *    entities are decoded by libxml2.
 * The tree is walked without recursion (parent pointers plus an explicit
 * table stack), so deeply nested input cannot exhaust the C stack.
 */
#include "ingest/ingest_internal.h"
#include "util/alloc.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

typedef struct {
	xmlNodePtr node;   /* the <table> element */
	size_t rows;       /* rows finished so far */
	size_t ncells;     /* cells in the current row */
} table_state;

typedef struct {
	ent_buf *out;
	int rc;              /* first error from the buffer */
	int pending_space;   /* whitespace seen since the last output */
	int head_depth;      /* inside <head>: nothing is output */
	int pre_depth;       /* inside <pre>: whitespace kept */
	xmlNodePtr cell;     /* the <td>/<th> being output, or NULL */
	table_state *tables; /* open tables (not those inside a cell) */
	size_t ntables, ctables;
	char *title;
	char meta_date[11];  /* article:published_time */
	char other_date[11]; /* another meta date name */
	char time_date[11];
} html_out;

enum { K_OTHER, K_SKIP, K_HEAD, K_BLOCK, K_BR, K_LI, K_PRE, K_TABLE, K_TR, K_CELL,
       K_TITLE, K_META, K_TIME };

static int kind_of(const char *name)
{
	static const struct {
		const char *name;
		int kind;
	} kinds[] = {
		{"script", K_SKIP}, {"style", K_SKIP}, {"noscript", K_SKIP},
		{"template", K_SKIP}, {"svg", K_SKIP}, {"math", K_SKIP},
		{"iframe", K_SKIP}, {"object", K_SKIP}, {"nav", K_SKIP},
		{"head", K_HEAD},
		{"title", K_TITLE}, {"meta", K_META}, {"time", K_TIME},
		{"br", K_BR}, {"li", K_LI}, {"pre", K_PRE}, {"table", K_TABLE},
		{"tr", K_TR}, {"td", K_CELL}, {"th", K_CELL},
		{"p", K_BLOCK}, {"div", K_BLOCK}, {"h1", K_BLOCK}, {"h2", K_BLOCK},
		{"h3", K_BLOCK}, {"h4", K_BLOCK}, {"h5", K_BLOCK}, {"h6", K_BLOCK},
		{"section", K_BLOCK}, {"article", K_BLOCK}, {"header", K_BLOCK},
		{"footer", K_BLOCK}, {"blockquote", K_BLOCK}, {"ul", K_BLOCK},
		{"ol", K_BLOCK}, {"dl", K_BLOCK}, {"dt", K_BLOCK}, {"dd", K_BLOCK},
		{"figcaption", K_BLOCK}, {"figure", K_BLOCK}, {"main", K_BLOCK},
		{"aside", K_BLOCK}, {"address", K_BLOCK},
		{"caption", K_BLOCK}, {"hr", K_BLOCK}, {"form", K_BLOCK},
		{"fieldset", K_BLOCK}, {"details", K_BLOCK}, {"summary", K_BLOCK},
		{"center", K_BLOCK}, {"body", K_BLOCK}, {"html", K_BLOCK},
	};
	size_t i;
	if (!name)
		return K_OTHER;
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strcmp(name, kinds[i].name) == 0)
			return kinds[i].kind;
	return K_OTHER;
}

static int is_html_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static void put(html_out *h, const char *s, size_t n)
{
	if (!h->rc)
		h->rc = ent_buf_put(h->out, s, n);
}

static char last_char(const html_out *h)
{
	return h->out->len ? h->out->ptr[h->out->len - 1] : '\n';
}

static void trim_spaces(html_out *h)
{
	ent_buf *b = h->out;
	while (b->len && (b->ptr[b->len - 1] == ' ' || b->ptr[b->len - 1] == '\t'))
		b->len--;
	if (b->ptr)
		b->ptr[b->len] = '\0';
}

/* End the current line unless it is empty. */
static void end_line(html_out *h)
{
	trim_spaces(h);
	if (last_char(h) != '\n')
		put(h, "\n", 1);
	h->pending_space = 0;
}

/* A block boundary: a line end, or just a space inside a table cell. */
static void boundary(html_out *h)
{
	if (h->cell)
		h->pending_space = 1;
	else
		end_line(h);
}

static void text(html_out *h, const char *s, size_t n)
{
	size_t i = 0, j;
	if (h->head_depth)
		return;
	if (h->pre_depth && !h->cell) {
		put(h, s, n);
		h->pending_space = 0;
		return;
	}
	while (i < n) {
		if (is_html_space((unsigned char)s[i])) {
			h->pending_space = 1;
			i++;
			continue;
		}
		for (j = i; j < n && !is_html_space((unsigned char)s[j]); j++)
			;
		if (h->pending_space) {
			char c = last_char(h);
			if (c != '\n' && c != ' ')
				put(h, " ", 1);
			h->pending_space = 0;
		}
		put(h, s + i, j - i);
		i = j;
	}
}

static table_state *top_table(html_out *h)
{
	return h->ntables ? &h->tables[h->ntables - 1] : NULL;
}

static void finish_row(html_out *h, table_state *t)
{
	size_t i;
	if (!t->ncells)
		return;
	end_line(h);
	if (t->rows == 0) {
		for (i = 0; i < t->ncells; i++)
			put(h, "---|", 4);
		put(h, "\n", 1);
	}
	t->rows++;
	t->ncells = 0;
}

/* Collapse whitespace of libxml2-allocated @p s into an ent__ string. */
static char *collapse(const xmlChar *s)
{
	ent_buf b;
	html_out tmp;
	memset(&tmp, 0, sizeof tmp);
	ent_buf_init(&b, 0);
	tmp.out = &b;
	text(&tmp, (const char *)s, strlen((const char *)s));
	if (tmp.rc || b.len == 0) {
		ent_buf_destroy(&b);
		return NULL;
	}
	return ent_buf_detach(&b, NULL);
}

static int attr_is(xmlNodePtr n, const char *attr, const char *value)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
	int eq = v && xmlStrcasecmp(v, (const xmlChar *)value) == 0;
	xmlFree(v);
	return eq;
}

/* <meta> whose property, name or itemprop is @p key (case-insensitive). */
static int meta_named(xmlNodePtr n, const char *key)
{
	return attr_is(n, "property", key) || attr_is(n, "name", key) ||
	       attr_is(n, "itemprop", key);
}

static void take_date(xmlNodePtr n, const char *attr, char out[11])
{
	xmlChar *v;
	if (out[0])
		return;
	v = xmlGetProp(n, (const xmlChar *)attr);
	if (v && !ent_ingest__iso_date((const char *)v, strlen((const char *)v), out))
		out[0] = '\0';
	xmlFree(v);
}

/* Opening @p n.  @return 1 to walk its children. */
static int enter(html_out *h, xmlNodePtr n)
{
	table_state *t;
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content)
			text(h, (const char *)n->content, strlen((const char *)n->content));
		return 0;
	}
	if (n->type != XML_ELEMENT_NODE)
		return 0;
	switch (kind_of((const char *)n->name)) {
	case K_SKIP:
		return 0;
	case K_HEAD:
		h->head_depth++;
		return 1;
	case K_TITLE:
		if (!h->title) {
			xmlChar *c = xmlNodeGetContent(n);
			if (c) {
				h->title = collapse(c);
				xmlFree(c);
			}
		}
		return 0;
	case K_META:
		if (meta_named(n, "article:published_time"))
			take_date(n, "content", h->meta_date);
		else if (meta_named(n, "date") || meta_named(n, "pubdate") ||
			 meta_named(n, "publishdate") || meta_named(n, "dc.date") ||
			 meta_named(n, "datePublished"))
			take_date(n, "content", h->other_date);
		return 0;
	case K_TIME:
		take_date(n, "datetime", h->time_date);
		return 1;
	case K_BR:
		if (h->cell) {
			h->pending_space = 1;
		} else if (!h->head_depth) {
			trim_spaces(h);
			put(h, "\n", 1);
			h->pending_space = 0;
		}
		return 0;
	case K_LI:
		boundary(h);
		if (!h->cell && !h->head_depth)
			put(h, "- ", 2);
		return 1;
	case K_PRE:
		boundary(h);
		h->pre_depth++;
		return 1;
	case K_TABLE:
		boundary(h);
		if (h->cell)
			return 1;
		if (h->ntables == h->ctables) {
			size_t nc = h->ctables ? h->ctables * 2 : 8;
			table_state *p = ent__realloc(h->tables, nc * sizeof *p);
			if (!p) {
				h->rc = ENT_ENOMEM;
				return 0;
			}
			h->tables = p;
			h->ctables = nc;
		}
		t = &h->tables[h->ntables++];
		t->node = n;
		t->rows = 0;
		t->ncells = 0;
		return 1;
	case K_TR:
		t = top_table(h);
		if (h->cell || !t) {
			boundary(h);
			return 1;
		}
		finish_row(h, t);
		end_line(h);
		return 1;
	case K_CELL:
		t = top_table(h);
		if (h->cell || !t) {
			boundary(h);
			return 1;
		}
		if (t->ncells == 0)
			end_line(h);
		else
			put(h, " ", 1);
		h->cell = n;
		h->pending_space = 0;
		return 1;
	case K_BLOCK:
		boundary(h);
		return 1;
	default:
		return 1;
	}
}

/* Closing @p n (called for every node enter() was called for). */
static void leave(html_out *h, xmlNodePtr n)
{
	table_state *t;
	if (n->type != XML_ELEMENT_NODE)
		return;
	switch (kind_of((const char *)n->name)) {
	case K_HEAD:
		h->head_depth--;
		break;
	case K_LI:
	case K_BLOCK:
		boundary(h);
		break;
	case K_PRE:
		h->pre_depth--;
		boundary(h);
		break;
	case K_TABLE:
		t = top_table(h);
		if (t && t->node == n) {
			finish_row(h, t);
			h->ntables--;
		}
		boundary(h);
		break;
	case K_TR:
		t = top_table(h);
		if (!h->cell && t)
			finish_row(h, t);
		else
			boundary(h);
		break;
	case K_CELL:
		if (h->cell == n) {
			trim_spaces(h);
			put(h, " |", 2);
			top_table(h)->ncells++;
			h->cell = NULL;
			h->pending_space = 0;
		} else {
			boundary(h);
		}
		break;
	default:
		break;
	}
}

static int is_doc_node(xmlNodePtr n)
{
	return n->type == XML_DOCUMENT_NODE || n->type == XML_HTML_DOCUMENT_NODE;
}

/*
 * Parse with libxml2.  In recovery mode it only gives up when it halts,
 * chiefly past 256 levels of nesting (HTML_PARSE_HUGE is not set on
 * purpose); then the text after that point is lost, so the document is
 * refused with a reason rather than handed on cut short.
 */
static htmlDocPtr parse(const char *data, size_t len, char why[160])
{
	htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
	htmlDocPtr doc;
	xmlErrorPtr e;
	if (!ctxt) {
		snprintf(why, 160, "out of memory in the HTML parser");
		return NULL;
	}
	/* the bytes were checked as UTF-8: say so, so that a <meta charset>
	 * naming another encoding cannot garble them */
	doc = htmlCtxtReadMemory(ctxt, data, (int)len, NULL, "UTF-8",
				 HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
					 HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
	if (doc && ctxt->disableSAX) {
		e = xmlCtxtGetLastError(ctxt);
		if (e && e->message && strstr(e->message, "depth"))
			snprintf(why, 160, "HTML nested too deeply (over 256 levels)");
		else
			snprintf(why, 160, "HTML parsing stopped: %.100s",
				 e && e->message ? e->message : "unknown error");
		xmlFreeDoc(doc);
		doc = NULL;
	} else if (!doc) {
		snprintf(why, 160, "HTML could not be parsed");
	}
	htmlFreeParserCtxt(ctxt);
	if (!doc) {
		/* libxml2 messages end with a newline */
		size_t n = strlen(why);
		while (n && (why[n - 1] == '\n' || why[n - 1] == ' '))
			why[--n] = '\0';
	}
	return doc;
}

int ent_ingest__html_text(const char *data, size_t len, ent_buf *out, char **title,
			  char published[11], char why[160])
{
	html_out h;
	htmlDocPtr doc;
	xmlNodePtr cur;
	int rc;
	*title = NULL;
	published[0] = '\0';
	why[0] = '\0';
	ent_buf_clear(out);
	if (len > INT_MAX)
		return ENT_ETOOBIG;
	doc = parse(data, len, why);
	if (!doc)
		return ENT_EPARSE;
	memset(&h, 0, sizeof h);
	h.out = out;
	cur = doc->children;
	while (cur && !h.rc) {
		if (enter(&h, cur) && cur->children) {
			cur = cur->children;
			continue;
		}
		while (cur) {
			leave(&h, cur);
			if (cur->next) {
				cur = cur->next;
				break;
			}
			cur = cur->parent;
			if (!cur || is_doc_node(cur))
				cur = NULL;
		}
	}
	xmlFreeDoc(doc);
	ent__free(h.tables);
	rc = h.rc;
	if (rc) {
		ent__free(h.title);
		ent_buf_clear(out);
		return rc;
	}
	*title = h.title;
	memcpy(published,
	       h.meta_date[0] ? h.meta_date : h.other_date[0] ? h.other_date : h.time_date, 11);
	return ENT_OK;
}
