/*
 * test_ingest_utf8.c - ent_utf8_valid and the invalid-UTF-8 message.
 */
#include "test_ingest_helpers.h"

/* valid? and, when not, the offset reported */
static int bad_at(const char *s, size_t len)
{
	size_t off = 12345;
	if (ent_utf8_valid(s, len, &off))
		return -1;
	return (int)off;
}

#define BAD_AT(lit) bad_at(lit, sizeof(lit) - 1)

TEST(ingest_utf8__valid_sequences)
{
	CHECK_INT(BAD_AT("plain ascii\n"), -1);
	CHECK_INT(BAD_AT("caf\xC3\xA9"), -1);               /* U+00E9 */
	CHECK_INT(BAD_AT("\xE2\x82\xAC 5"), -1);            /* U+20AC */
	CHECK_INT(BAD_AT("\xED\x9F\xBF"), -1);              /* U+D7FF, below surrogates */
	CHECK_INT(BAD_AT("\xEE\x80\x80"), -1);              /* U+E000, above surrogates */
	CHECK_INT(BAD_AT("\xF0\x9D\x84\x9E"), -1);          /* U+1D11E */
	CHECK_INT(BAD_AT("\xF4\x8F\xBF\xBF"), -1);          /* U+10FFFF */
	CHECK_INT(BAD_AT(""), -1);
	CHECK(ent_utf8_valid("x", 1, NULL) == 1);
}

TEST(ingest_utf8__overlong)
{
	CHECK_INT(BAD_AT("ab\xC0\xAF"), 2);                 /* '/' in 2 bytes */
	CHECK_INT(BAD_AT("\xC1\xBF"), 0);
	CHECK_INT(BAD_AT("xyz\xE0\x80\xAF"), 3);            /* 3-byte overlong */
	CHECK_INT(BAD_AT("\xE0\x9F\xBF"), 0);               /* U+07FF in 3 bytes */
	CHECK_INT(BAD_AT("ok \xF0\x8F\xBF\xBF"), 3);        /* U+FFFF in 4 bytes */
}

TEST(ingest_utf8__surrogate)
{
	CHECK_INT(BAD_AT("x\xED\xA0\x80"), 1);              /* U+D800 */
	CHECK_INT(BAD_AT("xy\xED\xBF\xBF"), 2);             /* U+DFFF */
}

TEST(ingest_utf8__beyond_10ffff)
{
	CHECK_INT(BAD_AT("a\xF4\x90\x80\x80"), 1);          /* U+110000 */
	CHECK_INT(BAD_AT("ab\xF5\x80\x80\x80"), 2);
	CHECK_INT(BAD_AT("\xFE"), 0);
	CHECK_INT(BAD_AT("\xFF"), 0);
}

TEST(ingest_utf8__truncated)
{
	CHECK_INT(BAD_AT("abc\xE2\x82"), 3);                /* cut at the end */
	CHECK_INT(BAD_AT("abc\xF0\x9F\x98"), 3);
	CHECK_INT(BAD_AT("\xC3"), 0);
	CHECK_INT(BAD_AT("\xE2\x82x rest"), 0);             /* cut in the middle */
	CHECK_INT(BAD_AT("ok\x80"), 2);                     /* stray continuation */
}

/* A sequence cut by the end of an exact-size buffer: no read past it
 * (AddressSanitizer builds catch one). */
TEST(ingest_utf8__truncated_at_buffer_end)
{
	static const char *const cuts[] = {"\xC3", "\xE2\x82", "\xF0\x9F\x98", "\xF4"};
	size_t k;
	for (k = 0; k < sizeof cuts / sizeof cuts[0]; k++) {
		size_t n = strlen(cuts[k]), off = 99;
		char *p = malloc(n + 2);
		CHECK(p != NULL);
		p[0] = 'a';
		memcpy(p + 1, cuts[k], n);
		/* only n + 1 bytes are in use; poison the spare one */
		p[n + 1] = '\x80';
		CHECK(ent_utf8_valid(p, n + 1, &off) == 0);
		free(p);
		CHECK_INT(off, 1);
	}
}

TEST(ingest_utf8__message_names_file_offset)
{
	collector c;
	char *dir = tmp_dir();
	char *p;
	static const char data[] = "first line\nsecond \xE2\x28\xA1 line\n";
	CHECK(dir != NULL);
	CHECK(tmp_write(dir, "bad.txt", data, sizeof data - 1) == 0);
	p = tmp_path(dir, "bad.txt");
	CHECK(col_path(&c, p, NULL) == ENT_OK);
	CHECK_INT(c.ndocs, 0);
	CHECK_INT(c.nerr, 1);
	CHECK_INT(c.nbad, 1);
	CHECK_INT(c.ecode[0], ENT_EPARSE);
	CHECK(str_is2(c.emsg[0], p, ": invalid UTF-8 at byte 18"));
	CHECK(str_is2(c.esrc[0], p, ""));
	col_free(&c);
	free(p);
	tmp_rmdir(dir);
}

TEST(ingest_utf8__offset_counts_bom)
{
	collector c;
	CHECK(col_str(&c, "\xEF\xBB\xBF" "ab\xC0\x80", "in.txt") == ENT_OK);
	CHECK_INT(c.ndocs, 0);
	CHECK_INT(c.nerr, 1);
	CHECK_STR(c.emsg[0], "in.txt: invalid UTF-8 at byte 5");
	col_free(&c);
}
