/*
 * test_ingest_walk.c - paths: directories in sorted order, hidden entries,
 * names with spaces and non-ASCII, unreadable entries, stopping early.
 */
#include "test_ingest_helpers.h"
#include "ingest/ingest_internal.h"

static int make_tree(const char *d)
{
	int rc = 0;
	rc |= tmp_write(d, "b.txt", "Bee text.", 9);
	rc |= tmp_mkdir(d, "a dir");
	rc |= tmp_write(d, "a dir/z.txt", "Zed text.", 9);
	rc |= tmp_write(d, "a dir/\xC3\xA9t\xC3\xA9 file.txt", "Summer text.", 12);
	rc |= tmp_write(d, ".hidden.txt", "Hidden.", 7);
	rc |= tmp_mkdir(d, ".git");
	rc |= tmp_write(d, ".git/config.txt", "Hidden too.", 11);
	rc |= tmp_write(d, "c.html", "<p>See <i>this</i>.</p>", 23);
	rc |= tmp_mkdir(d, "sub");
	rc |= tmp_mkdir(d, "sub/deeper");
	rc |= tmp_write(d, "sub/deeper/d.jsonl", "{\"text\":\"Dee.\"}\n{\"text\":\"Eee.\"}\n", 32);
	rc |= tmp_write(d, "B-upper.txt", "Upper.", 6);
	return rc;
}

TEST(ingest_walk__sorted_recursive_hidden_skipped)
{
	collector c;
	char *d = tmp_dir(), sub[4200];
	char rel[300];
	int i;
	const char *expect[] = {"B-upper.txt", "a dir/z.txt", "a dir/\xC3\xA9t\xC3\xA9 file.txt",
				"b.txt", "c.html", "sub/deeper/d.jsonl:1", "sub/deeper/d.jsonl:2"};
	CHECK(d != NULL);
	CHECK(make_tree(d) == 0);
	CHECK(col_path(&c, d, NULL) == ENT_OK);
	CHECK_INT(c.nerr, 0);
	CHECK_INT(c.nbad, 0);
	CHECK_INT(c.ndocs, 7);
	for (i = 0; i < 7; i++) {
		snprintf(rel, sizeof rel, "/%s", expect[i]);
		CHECK(str_is2(c.docs[i].source, d, rel));
	}
	CHECK_STR(c.docs[2].text, "Summer text.");
	CHECK_STR(c.docs[4].text, "See this.");
	CHECK_INT(c.docs[4].format, ENT_FORMAT_HTML);
	CHECK_INT(c.docs[6].format, ENT_FORMAT_JSONL);
	col_free(&c);
	/* a trailing slash does not double it */
	snprintf(sub, sizeof sub, "%s/sub/", d);
	CHECK(col_path(&c, sub, NULL) == ENT_OK);
	CHECK_INT(c.ndocs, 2);
	CHECK(str_is2(c.docs[0].source, d, "/sub/deeper/d.jsonl:1"));
	col_free(&c);
	tmp_rmdir(d);
}

TEST(ingest_walk__file_with_space_and_non_ascii)
{
	collector c;
	char *d = tmp_dir(), *p;
	CHECK(d != NULL);
	CHECK(tmp_write(d, "r\xC3\xA9sum\xC3\xA9 of talks.md", "Delta met Epsilon.\r\n", 20) == 0);
	p = tmp_path(d, "r\xC3\xA9sum\xC3\xA9 of talks.md");
	CHECK(col_path(&c, p, NULL) == ENT_OK);
	CHECK_INT(c.ndocs, 1);
	CHECK_STR(c.docs[0].source, p);
	CHECK_STR(c.docs[0].text, "Delta met Epsilon.");
	col_free(&c);
	free(p);
	tmp_rmdir(d);
}

TEST(ingest_walk__unreadable_entry_reported_walk_continues)
{
	collector c;
	char *d = tmp_dir(), *link, *target;
	CHECK(d != NULL);
	CHECK(tmp_write(d, "a.txt", "Aye.", 4) == 0);
	CHECK(tmp_write(d, "c.txt", "Cee.", 4) == 0);
	CHECK(tmp_write(d, "empty.txt", "", 0) == 0);
	link = tmp_path(d, "b-dangling.txt");
	target = tmp_path(d, "missing-target");
	CHECK(symlink(target, link) == 0);
	CHECK(col_path(&c, d, NULL) == ENT_OK);
	CHECK_INT(c.ndocs, 2);
	CHECK_INT(c.nerr, 2);
	CHECK_INT(c.nbad, 2);
	CHECK(str_is2(c.emsg[0], link, ": cannot read: No such file or directory"));
	CHECK_INT(c.ecode[0], ENT_ENOTFOUND);
	CHECK(strstr(c.emsg[1], "empty.txt: empty document") != NULL);
	CHECK_STR(c.docs[1].text, "Cee.");
	col_free(&c);
	free(link);
	free(target);
	tmp_rmdir(d);
}

TEST(ingest_walk__missing_top_path)
{
	collector c;
	char *d = tmp_dir(), *p;
	CHECK(d != NULL);
	p = tmp_path(d, "nothing here");
	CHECK_INT(col_path(&c, p, NULL), ENT_ENOTFOUND);
	CHECK_INT(c.nbad, 1);
	CHECK_INT(c.nerr, 1);
	CHECK(str_is2(c.emsg[0], p, ": cannot read: No such file or directory"));
	col_free(&c);
	/* no callbacks at all is fine too */
	CHECK_INT(ent_ingest_path(p, NULL, NULL, NULL, NULL, NULL), ENT_ENOTFOUND);
	free(p);
	tmp_rmdir(d);
}

TEST(ingest_walk__symlinked_directory_not_followed)
{
	collector c;
	char *d = tmp_dir(), *link;
	CHECK(d != NULL);
	CHECK(tmp_mkdir(d, "real") == 0);
	CHECK(tmp_write(d, "real/x.txt", "Ex.", 3) == 0);
	link = tmp_path(d, "loop");
	CHECK(symlink(".", link) == 0);
	CHECK(col_path(&c, d, NULL) == ENT_OK);
	CHECK_INT(c.ndocs, 1);
	CHECK_INT(c.nerr, 0);
	col_free(&c);
	free(link);
	tmp_rmdir(d);
}

TEST(ingest_walk__callback_stops_walk)
{
	collector c;
	char *d = tmp_dir();
	int rc;
	CHECK(d != NULL);
	CHECK(make_tree(d) == 0);
	memset(&c, 0, sizeof c);
	c.stop_at = 2;
	c.stop_rc = 42;
	rc = ent_ingest_path(d, NULL, col_doc_cb, col_err_cb, &c, &c.nbad);
	CHECK_INT(rc, 42);
	CHECK_INT(c.ndocs, 2);
	col_free(&c);
	tmp_rmdir(d);
}

TEST(ingest_walk__format_by_name)
{
	CHECK_INT(ent_ingest__format_by_name("x/a.HTML"), ENT_FORMAT_HTML);
	CHECK_INT(ent_ingest__format_by_name("a.htm"), ENT_FORMAT_HTML);
	CHECK_INT(ent_ingest__format_by_name("a.jsonl"), ENT_FORMAT_JSONL);
	CHECK_INT(ent_ingest__format_by_name("a.ndjson"), ENT_FORMAT_JSONL);
	CHECK_INT(ent_ingest__format_by_name("a.txt"), ENT_FORMAT_TEXT);
	CHECK_INT(ent_ingest__format_by_name("README.md"), ENT_FORMAT_TEXT);
	CHECK_INT(ent_ingest__format_by_name("dir.html/data"), ENT_FORMAT_AUTO);
	CHECK_INT(ent_ingest__format_by_name(".html"), ENT_FORMAT_AUTO);
	CHECK_INT(ent_ingest__format_by_name("-"), ENT_FORMAT_AUTO);
	/* the extension wins over the content */
	CHECK_INT(ent_ingest__detect("notes.txt", "<html><p>x</p>", 14), ENT_FORMAT_TEXT);
	CHECK_INT(ent_ingest__detect("page", "  <HTML><p>x</p>", 16), ENT_FORMAT_HTML);
	CHECK_INT(ent_ingest__detect("page", "<div class=a>x</div>", 20), ENT_FORMAT_HTML);
	CHECK_INT(ent_ingest__detect("page", "<divx>", 6), ENT_FORMAT_TEXT);
}
