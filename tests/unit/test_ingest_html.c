/*
 * test_ingest_html.c - HTML to visible text: skipped elements, title and
 * date, blocks, lists, tables as pipe rows, deep nesting.
 */
#include "test_ingest_helpers.h"

#include <stdlib.h>

/* The text of the single document made from @p html, or NULL. */
static int html1(collector *c, const char *html)
{
	int rc = col_str(c, html, "page.html");
	return rc == 0 && c->ndocs == 1 && c->nerr == 0;
}

TEST(ingest_html__script_style_skipped_title_taken)
{
	collector c;
	CHECK(html1(&c, "<!DOCTYPE html><html><head><title>  A  quiet\n title </title>"
			"<style>p { color: red }</style><script>var hidden = 1;</script></head>"
			"<body><p>Hello <b>bold</b> world</p><script>alert('no')</script>"
			"<noscript>enable scripts</noscript><template><p>tpl</p></template>"
			"<svg><title>icon</title><text>vector</text></svg><nav>Home | News</nav>"
			"<p>End.</p></body></html>"));
	CHECK_STR(c.docs[0].text, "Hello bold world\nEnd.");
	CHECK_STR(c.docs[0].title, "A quiet title");
	CHECK_INT(c.docs[0].format, ENT_FORMAT_HTML);
	CHECK_STR(c.docs[0].source, "page.html");
	col_free(&c);
}

TEST(ingest_html__table_pipe_rows)
{
	collector c;
	CHECK(html1(&c, "<p>History</p><table><thead><tr><th>Year</th><th>Development</th></tr>"
			"</thead>\n<tbody>\n<tr><td>2016</td><td>Trainer   aircraft\n handed over</td></tr>"
			"\n<tr><td> 2020 </td><td><p>Public</p><p>support</p></td></tr></tbody></table>"
			"<p>After.</p>"));
	CHECK_STR(c.docs[0].text, "History\n"
				  "Year | Development |\n"
				  "---|---|\n"
				  "2016 | Trainer aircraft handed over |\n"
				  "2020 | Public support |\n"
				  "After.");
	col_free(&c);
}

TEST(ingest_html__table_without_th_gets_separator_after_first_row)
{
	collector c;
	CHECK(html1(&c, "<table><tr><td>Deal</td><td>Value</td><td>Year</td></tr>"
			"<tr><td>Drones</td><td>$2 billion</td><td>2025</td></tr></table>"));
	CHECK_STR(c.docs[0].text, "Deal | Value | Year |\n---|---|---|\nDrones | $2 billion | 2025 |");
	col_free(&c);
}

TEST(ingest_html__list_items_prefixed)
{
	collector c;
	CHECK(html1(&c, "<p>It covered:</p><ul>\n <li>Mountain  warfare</li>\n <li> Logistics </li>\n"
			"</ul><ol><li>first</li><li></li></ol>"));
	CHECK_STR(c.docs[0].text, "It covered:\n- Mountain warfare\n- Logistics\n- first\n-");
	col_free(&c);
}

TEST(ingest_html__blocks_breaks_entities)
{
	collector c;
	CHECK(html1(&c, "<h1>Head line</h1><div>one<br>two<br/>three</div>"
			"<p>Tom &amp; Jerry &eacute;t&eacute; &lt;ok&gt;</p><pre>  keep\n   this</pre>"
			"<blockquote>quoted</blockquote>"));
	CHECK_STR(c.docs[0].text, "Head line\none\ntwo\nthree\nTom & Jerry \xC3\xA9t\xC3\xA9 <ok>\n"
				  "  keep\n   this\nquoted");
	CHECK(c.docs[0].title == NULL);
	col_free(&c);
}

TEST(ingest_html__published_from_meta_or_time)
{
	collector c;
	CHECK(html1(&c, "<html><head><meta property=\"article:published_time\" "
			"content=\"2025-06-01T08:30:00+00:00\"></head><body><p>Body "
			"<time datetime=\"2024-01-01\">then</time></p></body></html>"));
	CHECK_STR(c.docs[0].published, "2025-06-01");
	CHECK_STR(c.docs[0].text, "Body then");
	col_free(&c);
	CHECK(html1(&c, "<p>Posted <time datetime=\"2023-03-04T10:00\">4 March</time></p>"));
	CHECK_STR(c.docs[0].published, "2023-03-04");
	col_free(&c);
	CHECK(html1(&c, "<head><meta name=\"DATE\" content=\"2022-02-02\"></head><p>x "
			"<time datetime=\"2021-01-01\">y</time></p>"));
	CHECK_STR(c.docs[0].published, "2022-02-02");
	col_free(&c);
	CHECK(html1(&c, "<p>no date</p>"));
	CHECK(c.docs[0].published == NULL);
	col_free(&c);
}

TEST(ingest_html__declared_charset_does_not_garble_utf8)
{
	collector c;
	CHECK(html1(&c, "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xC3\xA9 "
			"\xE2\x82\xAC</p></body></html>"));
	CHECK_STR(c.docs[0].text, "Caf\xC3\xA9 \xE2\x82\xAC");
	col_free(&c);
}

TEST(ingest_html__sniffed_without_extension)
{
	collector c;
	CHECK(col_str(&c, "\n  <!doctype html><p>sniffed</p>", "-") == 0);
	CHECK_INT(c.ndocs, 1);
	CHECK_INT(c.docs[0].format, ENT_FORMAT_HTML);
	CHECK_STR(c.docs[0].text, "sniffed");
	col_free(&c);
	CHECK(col_str(&c, "<pizza> is not a tag we sniff", "-") == 0);
	CHECK_INT(c.docs[0].format, ENT_FORMAT_TEXT);
	col_free(&c);
}

TEST(ingest_html__no_visible_text_is_empty)
{
	collector c;
	CHECK(col_str(&c, "<html><head><title>t</title><script>x()</script></head><body> </body></html>",
		      "blank.html") == 0);
	CHECK_INT(c.ndocs, 0);
	CHECK_INT(c.nbad, 1);
	CHECK_STR(c.emsg[0], "blank.html: empty document");
	col_free(&c);
}

TEST(ingest_html__invalid_utf8_rejected_before_parsing)
{
	collector c;
	CHECK(col_str(&c, "<p>ok</p><p>\xED\xA0\x80</p>", "s.html") == 0);
	CHECK_INT(c.ndocs, 0);
	CHECK_STR(c.emsg[0], "s.html: invalid UTF-8 at byte 12");
	col_free(&c);
}

/* "<open>" x depth, then text, then "</close>" x depth; malloc'd. */
static char *nested(const char *open, const char *close, const char *mid, int depth)
{
	size_t lo = strlen(open), lc = strlen(close), lm = strlen(mid), n = 0;
	char *s = malloc((lo + lc) * (size_t)depth + lm + 32);
	int i;
	if (!s)
		return NULL;
	for (i = 0; i < depth; i++, n += lo)
		memcpy(s + n, open, lo);
	memcpy(s + n, mid, lm);
	n += lm;
	for (i = 0; i < depth; i++, n += lc)
		memcpy(s + n, close, lc);
	memcpy(s + n, "<p>tail</p>", 12);
	return s;
}

/* Deep nesting: no crash, and exactly one outcome (a document or an error). */
static int deep_ok(const char *open, const char *close, int depth)
{
	collector c;
	char *s = nested(open, close, "deep text", depth);
	int rc, ok;
	if (!s)
		return 0;
	rc = col_str(&c, s, "deep.html");
	free(s);
	ok = rc == 0 && c.ndocs + c.nerr == 1 && c.nbad == (size_t)c.nerr;
	/* either all the text, or a clear error (libxml2 stops at 256 levels) */
	if (ok && c.ndocs == 1)
		ok = strstr(c.docs[0].text, "deep text") && strstr(c.docs[0].text, "\ntail");
	if (ok && c.nerr == 1)
		ok = strcmp(c.emsg[0], "deep.html: HTML nested too deeply (over 256 levels)") == 0;
	col_free(&c);
	return ok;
}

TEST(ingest_html__deep_nesting_does_not_crash)
{
	CHECK(deep_ok("<div>", "</div>", 10000));
	CHECK(deep_ok("<b>", "</b>", 10000));
	CHECK(deep_ok("<ul><li>", "</li></ul>", 10000));
	CHECK(deep_ok("<table><tr><td>", "</td></tr></table>", 10000));
	CHECK(deep_ok("<div><span>", "", 50000));
}

TEST(ingest_html__moderate_nesting_keeps_all_text)
{
	collector c;
	char *s = nested("<div><span>", "</span></div>", "deep text", 100);
	CHECK(s != NULL);
	CHECK(col_str(&c, s, "d.html") == 0);
	free(s);
	CHECK_INT(c.ndocs, 1);
	CHECK_STR(c.docs[0].text, "deep text\ntail");
	col_free(&c);
}

TEST(ingest_html__malformed_markup_recovered)
{
	collector c;
	CHECK(html1(&c, "<p>one</p></div></span><b><i>two</b></i><table><td>cell<p>three"));
	CHECK_STR(c.docs[0].text, "one\ntwo\ncell three |\n---|");
	col_free(&c);
}
