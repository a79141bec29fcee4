/*
 * test_ingest_text.c - plain text: normalisation, the empty / binary / size
 * checks, the published date.
 */
#include "test_ingest_helpers.h"
#include "ingest/ingest_internal.h"
#include "util/alloc.h"

TEST(ingest_text__crlf_same_sha_as_lf)
{
	collector a, b, c;
	CHECK(col_str(&a, "line one\r\nline two\r\n", "a.txt") == 0);
	CHECK(col_str(&b, "line one\nline two\n", "b.txt") == 0);
	CHECK(col_str(&c, "line one\rline two\r\r\n", "c.txt") == 0);
	CHECK_INT(a.ndocs, 1);
	CHECK_INT(b.ndocs, 1);
	CHECK_INT(c.ndocs, 1);
	CHECK_STR(a.docs[0].text, "line one\nline two");
	CHECK_STR(c.docs[0].text, "line one\nline two");
	CHECK_STR(a.docs[0].sha, b.docs[0].sha);
	CHECK_STR(c.docs[0].sha, b.docs[0].sha);
	CHECK_INT(strlen(a.docs[0].sha), 64);
	CHECK_INT(a.docs[0].format, ENT_FORMAT_TEXT);
	CHECK(a.docs[0].title == NULL);
	CHECK_INT(a.docs[0].line, 0);
	CHECK_STR(a.docs[0].source, "a.txt");
	col_free(&a);
	col_free(&b);
	col_free(&c);
}

TEST(ingest_text__same_text_twice_same_sha)
{
	collector a, b;
	CHECK(col_str(&a, "Some words of my own.", "x.txt") == 0);
	CHECK(col_str(&b, "Some words of my own.", "y.txt") == 0);
	CHECK_INT(a.ndocs, 1);
	CHECK_INT(b.ndocs, 1);
	CHECK_STR(a.docs[0].sha, b.docs[0].sha);
	/* sha256("Some words of my own.") differs from sha256("") */
	CHECK(strcmp(a.docs[0].sha,
		     "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855") != 0);
	col_free(&a);
	col_free(&b);
}

TEST(ingest_text__bom_dropped_trailing_ws_stripped)
{
	collector a, b;
	CHECK(col_str(&a, "\xEF\xBB\xBF  indented\xC2\xA0word  \n\n \t\n", "a.txt") == 0);
	CHECK(col_str(&b, "  indented\xC2\xA0word", "b.txt") == 0);
	CHECK_INT(a.ndocs, 1);
	/* leading spaces and the no-break space are kept */
	CHECK_STR(a.docs[0].text, "  indented\xC2\xA0word");
	CHECK_INT(a.docs[0].len, 16);
	CHECK_STR(a.docs[0].sha, b.docs[0].sha);
	col_free(&a);
	col_free(&b);
}

TEST(ingest_text__normalise_function)
{
	ent_buf b;
	ent_buf_init(&b, 0);
	CHECK(ent_ingest__normalise(&b, "a\r\n\r\nb\rc  \r\n", 12) == 0);
	CHECK_STR(ent_buf_cstr(&b), "a\n\nb\nc");
	CHECK(ent_ingest__normalise(&b, "\xEF\xBB\xBF", 3) == 0);
	CHECK_INT(b.len, 0);
	ent_buf_destroy(&b);
}

TEST(ingest_text__empty_file)
{
	collector c;
	char *dir = tmp_dir(), *p;
	CHECK(dir != NULL);
	CHECK(tmp_write(dir, "empty.txt", "", 0) == 0);
	p = tmp_path(dir, "empty.txt");
	CHECK(col_path(&c, p, NULL) == ENT_OK);
	CHECK_INT(c.ndocs, 0);
	CHECK_INT(c.nerr, 1);
	CHECK_INT(c.nbad, 1);
	CHECK(str_is2(c.emsg[0], p, ": empty document"));
	col_free(&c);
	free(p);
	tmp_rmdir(dir);
}

TEST(ingest_text__whitespace_only)
{
	collector c;
	CHECK(col_str(&c, " \n\t\r\n  \f", "ws.txt") == ENT_OK);
	CHECK_INT(c.ndocs, 0);
	CHECK_INT(c.nbad, 1);
	CHECK_STR(c.emsg[0], "ws.txt: empty document");
	col_free(&c);
	CHECK(col_str(&c, "\xEF\xBB\xBF \n", "bom.txt") == ENT_OK);
	CHECK_INT(c.ndocs, 0);
	CHECK_STR(c.emsg[0], "bom.txt: empty document");
	col_free(&c);
}

TEST(ingest_text__binary_with_nul)
{
	collector c;
	char *dir = tmp_dir(), *p;
	static const char data[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
	CHECK(dir != NULL);
	CHECK(tmp_write(dir, "image.txt", data, sizeof data - 1) == 0);
	p = tmp_path(dir, "image.txt");
	CHECK(col_path(&c, p, NULL) == ENT_OK);
	CHECK_INT(c.ndocs, 0);
	CHECK_INT(c.nerr, 1);
	CHECK_INT(c.nbad, 1);
	CHECK(str_is2(c.emsg[0], p, ": binary file, not text"));
	col_free(&c);
	free(p);
	tmp_rmdir(dir);
}

TEST(ingest_text__binary_by_control_ratio)
{
	collector c;
	char data[200];
	size_t i;
	for (i = 0; i < sizeof data; i++)
		data[i] = (i % 4 == 0) ? '\x01' : 'a';
	CHECK(col_buffer(&c, data, sizeof data, "ctl.txt", NULL) == ENT_OK);
	CHECK_INT(c.ndocs, 0);
	CHECK_STR(c.emsg[0], "ctl.txt: binary file, not text");
	col_free(&c);
	/* one bell among many letters is still text */
	data[0] = '\x07';
	for (i = 1; i < sizeof data; i++)
		data[i] = 'a';
	CHECK(col_buffer(&c, data, sizeof data, "bell.txt", NULL) == ENT_OK);
	CHECK_INT(c.ndocs, 1);
	CHECK_INT(c.nerr, 0);
	col_free(&c);
}

TEST(ingest_text__nul_after_first_8k_is_binary)
{
	collector c;
	size_t n = 20000;
	char *data = malloc(n);
	CHECK(data != NULL);
	memset(data, 'x', n);
	data[15000] = '\0';
	CHECK(col_buffer(&c, data, n, "late.txt", NULL) == ENT_OK);
	free(data);
	CHECK_INT(c.ndocs, 0);
	CHECK_STR(c.emsg[0], "late.txt: binary file, not text");
	col_free(&c);
}

TEST(ingest_text__too_big)
{
	collector c;
	ent_ingest_options o = ENT_INGEST_OPTIONS_INIT;
	char *dir = tmp_dir(), *p;
	o.max_doc_bytes = 16;
	CHECK(col_buffer(&c, "0123456789abcdefg", 17, "big.txt", &o) == ENT_OK);
	CHECK_INT(c.ndocs, 0);
	CHECK_INT(c.nbad, 1);
	CHECK_INT(c.ecode[0], ENT_ETOOBIG);
	CHECK(strstr(c.emsg[0], "big.txt: ") == c.emsg[0]);
	CHECK(strstr(c.emsg[0], "too large") != NULL);
	col_free(&c);
	CHECK(col_buffer(&c, "0123456789abcdef", 16, "fits.txt", &o) == ENT_OK);
	CHECK_INT(c.ndocs, 1);
	col_free(&c);
	/* the same through a file */
	CHECK(dir != NULL);
	CHECK(tmp_write(dir, "big.txt", "0123456789abcdefghij", 20) == 0);
	p = tmp_path(dir, "big.txt");
	CHECK(col_path(&c, p, &o) == ENT_OK);
	CHECK_INT(c.ndocs, 0);
	CHECK_INT(c.nerr, 1);
	CHECK_INT(c.ecode[0], ENT_ETOOBIG);
	CHECK(strstr(c.emsg[0], p) == c.emsg[0]);
	col_free(&c);
	free(p);
	tmp_rmdir(dir);
}

TEST(ingest_text__published_line)
{
	collector c;
	CHECK(col_str(&c, "A headline\nPublished: 2025-06-01\n\nBody text here.", "p.txt") == 0);
	CHECK_INT(c.ndocs, 1);
	CHECK_STR(c.docs[0].published, "2025-06-01");
	col_free(&c);
	CHECK(col_str(&c, "Headline\n  date : 2024-12-31T10:00Z\nBody", "d.txt") == 0);
	CHECK_STR(c.docs[0].published, "2024-12-31");
	col_free(&c);
	CHECK(col_str(&c, "Headline\nDate: June 1, 2025\nBody", "n.txt") == 0);
	CHECK_INT(c.ndocs, 1);
	CHECK(c.docs[0].published == NULL);
	col_free(&c);
	CHECK(col_str(&c, "Date: 2025-13-01\nBody", "m.txt") == 0);
	CHECK(c.docs[0].published == NULL);
	col_free(&c);
	/* a dateline without a colon */
	CHECK(col_str(&c, " date 2024-11-24 By a reporter\n\nBody", "e.txt") == 0);
	CHECK_STR(c.docs[0].published, "2024-11-24");
	col_free(&c);
	CHECK(col_str(&c, "dated 2024-11-24\nBody", "f.txt") == 0);
	CHECK(c.docs[0].published == NULL);
	col_free(&c);
	/* a month's date line (stop 59) */
	CHECK(col_str(&c, "date 2024-06\nBody", "g.txt") == 0);
	CHECK_STR(c.docs[0].published, "2024-06");
	col_free(&c);
}

TEST(ingest_text__iso_date)
{
	char d[11];
	CHECK(ent_ingest__iso_date("2025-06-01T08:00:00+02:00", 25, d));
	CHECK_STR(d, "2025-06-01");
	CHECK(ent_ingest__iso_date("2019", 4, d));
	CHECK_STR(d, "2019");
	CHECK(!ent_ingest__iso_date("20190", 5, d));
	CHECK(!ent_ingest__iso_date("2019-1-1", 8, d));
	CHECK(!ent_ingest__iso_date("06/01/2025", 10, d));
	/* a month (stop 59) */
	CHECK(ent_ingest__iso_date("2024-06", 7, d));
	CHECK_STR(d, "2024-06");
	CHECK(ent_ingest__iso_date("2024-06 by", 10, d));
	CHECK_STR(d, "2024-06");
	CHECK(!ent_ingest__iso_date("2024-13", 7, d));
	CHECK(!ent_ingest__iso_date("2024-061", 8, d));
}

TEST(ingest_text__forced_format)
{
	collector c;
	ent_ingest_options o = ENT_INGEST_OPTIONS_INIT;
	o.format = ENT_FORMAT_TEXT;
	CHECK(col_buffer(&c, "<p>kept as text</p>", 19, "x.html", &o) == 0);
	CHECK_INT(c.ndocs, 1);
	CHECK_STR(c.docs[0].text, "<p>kept as text</p>");
	col_free(&c);
}

/* Make each allocation in turn fail: no crash, no leak, a clean error. */
TEST(ingest_text__allocation_failures)
{
	static const char *const inputs[][2] = {
		{"Title line\r\nPublished: 2025-01-02\r\nbody\r\n", "a.txt"},
		{"<html><head><title>T</title></head><body><table><tr><th>A</th><th>B</th></tr>"
		 "<tr><td>1</td><td>2</td></tr></table><ul><li>x</li></ul></body></html>",
		 "b.html"},
		{"{\"text\":\"one\",\"url\":\"u1\"}\n[1]\n{\"text\":\"two\"}\n", "c.jsonl"},
	};
	size_t k;
	long n;
	for (k = 0; k < sizeof inputs / sizeof inputs[0]; k++) {
		for (n = 0; n < 200; n++) {
			collector c;
			int rc;
			ent__alloc_fail_after(n);
			rc = col_str(&c, inputs[k][0], inputs[k][1]);
			ent__alloc_fail_after(-1);
			col_free(&c);
			if (rc == ENT_OK)
				break;
			CHECK_INT(rc, ENT_ENOMEM);
		}
		CHECK(n < 200); /* succeeded at last */
	}
}
