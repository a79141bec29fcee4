/*
 * test_ingest_jsonl.c - JSON lines: one document per line, bad lines named
 * by their line number while the others still go through.
 */
#include "test_ingest_helpers.h"

TEST(ingest_jsonl__good_and_bad_lines)
{
	collector c;
	static const char data[] =
		"{\"url\":\"https://example.org/a\",\"title\":\"First\","
		"\"published\":\"2025-06-01T09:00:00Z\",\"text\":\"Alpha signed a deal.\\r\\n\"}\n"
		"[1, 2, 3]\n"
		"{\"title\":\"no text here\"}\n"
		"{\"text\": \"broken\n"
		"\n"
		"   \n"
		"{\"text\":\"Beta delivered radars.\",\"published\":\"2024\"}\r\n"
		"{\"text\":42}\n"
		"\"just a string\"\n";
	CHECK(col_str(&c, data, "feed.jsonl") == ENT_OK);
	CHECK_INT(c.ndocs, 2);
	CHECK_INT(c.nerr, 5);
	CHECK_INT(c.nbad, 5);

	CHECK_STR(c.docs[0].text, "Alpha signed a deal.");
	CHECK_STR(c.docs[0].source, "https://example.org/a");
	CHECK_STR(c.docs[0].title, "First");
	CHECK_STR(c.docs[0].published, "2025-06-01");
	CHECK_INT(c.docs[0].line, 1);
	CHECK_INT(c.docs[0].format, ENT_FORMAT_JSONL);

	CHECK_STR(c.docs[1].text, "Beta delivered radars.");
	CHECK_STR(c.docs[1].source, "feed.jsonl:7");
	CHECK(c.docs[1].title == NULL);
	CHECK_STR(c.docs[1].published, "2024");
	CHECK_INT(c.docs[1].line, 7);

	CHECK_STR(c.emsg[0], "feed.jsonl:2: not a JSON object");
	CHECK_STR(c.esrc[0], "feed.jsonl:2");
	CHECK_STR(c.emsg[1], "feed.jsonl:3: no string \"text\" field");
	CHECK(strncmp(c.emsg[2], "feed.jsonl:4: invalid JSON", 26) == 0);
	CHECK_STR(c.emsg[3], "feed.jsonl:8: no string \"text\" field");
	CHECK_STR(c.emsg[4], "feed.jsonl:9: not a JSON object");
	CHECK_INT(c.ecode[2], ENT_EPARSE);
	col_free(&c);
}

TEST(ingest_jsonl__text_checked_like_a_document)
{
	collector c;
	static const char data[] = "{\"text\":\"  \\n \"}\n"
				   "{\"text\":\"a\\u0001\\u0002\\u0003\\u0004\"}\n"
				   "{\"text\":\"ok\"}\n";
	CHECK(col_str(&c, data, "t.jsonl") == ENT_OK);
	CHECK_INT(c.ndocs, 1);
	CHECK_STR(c.docs[0].text, "ok");
	CHECK_INT(c.docs[0].line, 3);
	CHECK_INT(c.nerr, 2);
	CHECK_STR(c.emsg[0], "t.jsonl:1: empty document");
	CHECK_STR(c.emsg[1], "t.jsonl:2: binary data, not text");
	col_free(&c);
}

TEST(ingest_jsonl__invalid_utf8_costs_one_line)
{
	collector c;
	static const char data[] = "{\"text\":\"one\"}\n"
				   "{\"text\":\"tw\xC0\xAFo\"}\n"
				   "{\"text\":\"three\"}\n";
	CHECK(col_str(&c, data, "u.jsonl") == ENT_OK);
	CHECK_INT(c.ndocs, 2);
	CHECK_STR(c.docs[1].text, "three");
	CHECK_INT(c.nerr, 1);
	/* line 2 starts at byte 15; the bad byte is 11 further */
	CHECK_STR(c.emsg[0], "u.jsonl:2: invalid UTF-8 at byte 26");
	col_free(&c);
}

TEST(ingest_jsonl__sniffed_by_content)
{
	collector c;
	CHECK(col_str(&c, "\n{\"text\":\"from a pipe\",\"title\":\"T\"}\n", "-") == ENT_OK);
	CHECK_INT(c.ndocs, 1);
	CHECK_INT(c.docs[0].format, ENT_FORMAT_JSONL);
	CHECK_STR(c.docs[0].text, "from a pipe");
	CHECK_STR(c.docs[0].source, "-:2");
	CHECK_INT(c.docs[0].line, 2);
	col_free(&c);
	/* an object without "text" is not sniffed as JSON lines */
	CHECK(col_str(&c, "{\"body\":\"x\"}\n", "notes") == ENT_OK);
	CHECK_INT(c.ndocs, 1);
	CHECK_INT(c.docs[0].format, ENT_FORMAT_TEXT);
	col_free(&c);
}

TEST(ingest_jsonl__same_text_same_sha_as_plain)
{
	collector a, b;
	CHECK(col_str(&a, "{\"text\":\"Gamma ordered trucks.\\r\\n\"}", "x.ndjson") == 0);
	CHECK(col_str(&b, "Gamma ordered trucks.\n", "x.txt") == 0);
	CHECK_INT(a.ndocs, 1);
	CHECK_INT(b.ndocs, 1);
	CHECK_STR(a.docs[0].sha, b.docs[0].sha);
	col_free(&a);
	col_free(&b);
}

TEST(ingest_jsonl__callback_stop)
{
	collector c;
	int rc;
	memset(&c, 0, sizeof c);
	c.stop_at = 1;
	c.stop_rc = 5;
	rc = ent_ingest_buffer("{\"text\":\"a\"}\n{\"text\":\"b\"}\n", 26, "s.jsonl", NULL,
			       col_doc_cb, col_err_cb, &c, &c.nbad);
	CHECK_INT(rc, 5);
	CHECK_INT(c.ndocs, 1);
	col_free(&c);
}
