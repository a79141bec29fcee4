/*
 * test_import_gdelt.c - the GDELT import: number and row parsing, the
 * military-cooperation filter, import of generated 1.0 and 2.0 files (plain
 * and zipped, small blocks and two threads so rows cross block borders),
 * the three real 1.0 rows in ../shared, malformed rows with their line
 * numbers, a truncated zip, re-imports, dyads and events.
 *
 * Files are generated in a fresh directory under /tmp; zips are made with
 * python3's zipfile module.  Expected sums are computed here from the rows
 * the test writes, not read back from the importer.
 */
#include "test.h"
#include "entente/gdelt.h"
#include "entente/render.h"
#include "import/gdelt_internal.h"
#include "util/alloc.h"

#include <math.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

/* ---- helpers --------------------------------------------------------------- */

typedef struct grow {
	long long id;
	int date;           /* SQLDATE; MonthYear is date / 100 */
	const char *a1, *a2, *code, *root;
	int quad;
	double goldstein;
	int mentions, sources, articles;
	double tone;
	const char *url;
} grow;

/* Write one row with @p ncols columns (57, 58 or 61) to @p fp. */
static void put_row(FILE *fp, const grow *r, int ncols)
{
	int c;
	fprintf(fp, "%lld\t%d\t%d\t%d\t%d.%04d", r->id, r->date, r->date / 100, r->date / 10000,
		r->date / 10000, (r->date % 10000) * 7 % 10000);
	for (c = 5; c <= 24; c++) {
		if (c == 7)
			fprintf(fp, "\t%s", r->a1);
		else if (c == 17)
			fprintf(fp, "\t%s", r->a2);
		else if (c == 5)
			fprintf(fp, "\t%sGOV", r->a1);
		else if (c == 6)
			fputs("\tNAME ONE", fp);
		else
			fputc('\t', fp);
	}
	fprintf(fp, "\t1\t%s\t%.3s\t%s\t%d\t%.1f\t%d\t%d\t%d\t%.14g", r->code, r->code, r->root,
		r->quad, r->goldstein, r->mentions, r->sources, r->articles, r->tone);
	/* geography (not read): fill up to the last column */
	for (c = 35; c < ncols - 1; c++)
		fputs(c % 7 == 1 ? "\tPlace, Region" : "\t1", fp);
	if (ncols == 57)
		fputs("\t20240101\n", fp); /* the last column is DATEADDED */
	else
		fprintf(fp, "\t%s\n", r->url);
}

typedef struct fx {
	char dir[64];
	char db[128];
	ent_store *s;
	sqlite3 *raw;
} fx;

static int fx_setup(fx *t)
{
	ent_error err = {0, ""};
	memset(t, 0, sizeof *t);
	snprintf(t->dir, sizeof t->dir, "/tmp/entente-gdelt-XXXXXX");
	if (!mkdtemp(t->dir))
		return -1;
	snprintf(t->db, sizeof t->db, "%s/t.db", t->dir);
	if (ent_store_open(&t->s, t->db, &err) != ENT_OK) {
		fprintf(stderr, "  open: %s\n", err.msg);
		return -1;
	}
	if (sqlite3_open(t->db, &t->raw) != SQLITE_OK)
		return -1;
	return 0;
}

static void fx_teardown(fx *t)
{
	char cmd[160];
	if (t->raw)
		sqlite3_close(t->raw);
	ent_store_free(t->s);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", t->dir);
	if (system(cmd) != 0)
		fprintf(stderr, "  could not remove %s\n", t->dir);
}

static double q_double(fx *t, const char *sql)
{
	sqlite3_stmt *st = NULL;
	double v = NAN;
	if (sqlite3_prepare_v2(t->raw, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		v = sqlite3_column_double(st, 0);
	sqlite3_finalize(st);
	return v;
}

static long long q_int(fx *t, const char *sql)
{
	double v = q_double(t, sql);
	return isnan(v) ? -1 : (long long)llround(v);
}

static int near(double a, double b) { return fabs(a - b) < 1e-9 * (1 + fabs(b)); }

static int make_zip(const char *src, const char *zip)
{
	char cmd[1024];
	snprintf(cmd, sizeof cmd,
		 "python3 -c 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[2],\"w\","
		 "zipfile.ZIP_DEFLATED); z.write(sys.argv[1],\"x.export.CSV\"); z.close()' "
		 "'%s' '%s'",
		 src, zip);
	return system(cmd);
}

static const ent_gdelt_options small = {ENT_GDELT_OPTIONS_VERSION, 2, 4096};

/* ---- parsing --------------------------------------------------------------- */

TEST(import_gdelt__parse_double_matches_strtod)
{
	static const char *const ok[] = {"0", "-10.0", "3.4", "2.60770975056689",
					 "-1.12359550561798", "+7", "1e-05", "0.123456789012345678"};
	static const char *const bad[] = {"", "-", "1.2.3", "abc", "1,5", "nan", "."};
	size_t i;
	double v;
	for (i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		CHECK(ent_gdelt__parse_double(ok[i], strlen(ok[i]), &v));
		CHECK(v == strtod(ok[i], NULL));
	}
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		CHECK(!ent_gdelt__parse_double(bad[i], strlen(bad[i]), &v));
}

/* Parse the first line of @p text (copied to a padded buffer). */
static int parse_text(const char *text, ent_gdelt__row *r, const char **why)
{
	static char buf[4096 + ENT_GDELT__PAD];
	const char *next;
	size_t n = strlen(text);
	memset(buf, 0, sizeof buf);
	memcpy(buf, text, n);
	*why = NULL;
	return ent_gdelt__parse_line(buf, r, &next, why);
}

TEST(import_gdelt__parse_row_fields)
{
	grow g = {987654321, 20250314, "PAK", "TUR", "0621", "06", 2, 6.4, 12, 3, 11,
		  -2.5, "https://example.org/a?b=1"};
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);
	ent_gdelt__row r;
	const char *why;
	char a1[4], a2[4], root[4];
	int ym, quad, rc;
	CHECK(fp != NULL);
	put_row(fp, &g, 61);
	fclose(fp);
	rc = parse_text(text, &r, &why);
	free(text);
	CHECK_INT(rc, GD_ROW_OK);
	CHECK_INT(r.ncols, 61);
	ent_gdelt__key_unpack(r.k0, r.k1, a1, a2, root, &ym, &quad);
	CHECK_STR(a1, "PAK");
	CHECK_STR(a2, "TUR");
	CHECK_STR(root, "06");
	CHECK_INT(ym, 202503);
	CHECK_INT(quad, 2);
	CHECK(r.goldstein == 6.4);
	CHECK(r.tone == -2.5);
	CHECK_INT(r.mentions, 12);
	CHECK_INT(r.sources, 3);
	CHECK_INT(r.articles, 11);
	CHECK_INT(r.military, 1);
	CHECK_INT(r.id, 987654321);
	CHECK_INT(r.sqldate, 20250314);
	CHECK_STR(r.code, "0621");
	CHECK_INT(r.url_len, strlen(g.url));
	CHECK(memcmp(r.url, g.url, r.url_len) == 0);
}

TEST(import_gdelt__parse_rejects)
{
	ent_gdelt__row r;
	const char *why;
	CHECK_INT(parse_text("\n", &r, &why), GD_ROW_BLANK);
	CHECK_INT(parse_text("\r\n", &r, &why), GD_ROW_BLANK);
	CHECK_INT(parse_text("1\t2\t3\n", &r, &why), GD_ROW_BAD);
	CHECK(why && strstr(why, "columns"));
	{
		grow g = {1, 20250101, "USA", "RUS", "190", "19", 5, -10, 1, 1, 1, 0, "u"};
		char *text = NULL;
		size_t len = 0;
		FILE *fp = open_memstream(&text, &len);
		int rc;
		CHECK(fp != NULL);
		put_row(fp, &g, 58);
		fclose(fp);
		rc = parse_text(text, &r, &why);
		free(text);
		CHECK_INT(rc, GD_ROW_BAD); /* QuadClass 5 */
		CHECK_STR(why, "bad QuadClass");
	}
}

TEST(import_gdelt__military_filter)
{
	CHECK(ent_gdelt_is_military_coop("062", "", ""));
	CHECK(ent_gdelt_is_military_coop("0621", "PAK", "TUR"));
	CHECK(ent_gdelt_is_military_coop("0312", "IND", "ARM"));
	CHECK(ent_gdelt_is_military_coop("0332", "IND", "ARM"));
	CHECK(ent_gdelt_is_military_coop("074", "IND", ""));
	CHECK(ent_gdelt_is_military_coop("057", "AZE", "PAK"));
	CHECK(!ent_gdelt_is_military_coop("057", "AZE", ""));
	CHECK(!ent_gdelt_is_military_coop("057", "AZE", "AZE"));
	CHECK(!ent_gdelt_is_military_coop("031", "AZE", "PAK"));
	CHECK(!ent_gdelt_is_military_coop("061", "AZE", "PAK"));
	CHECK(!ent_gdelt_is_military_coop("0313", "AZE", "PAK"));
}

/* ---- imports ---------------------------------------------------------------- */

/* 400 generated rows over two months, four dyads, every QuadClass; row i
 * has mentions i % 17 + 1 ... so sums are not trivially equal to counts. */
#define NGEN 400
static void gen_rows(grow *v)
{
	static const char *const a[][2] = {{"USA", "RUS"}, {"RUS", "USA"}, {"PAK", "TUR"},
					   {"", "IND"}};
	static const char *const codes[][2] = {{"042", "04"}, {"062", "06"}, {"112", "11"},
					       {"190", "19"}};
	static const int quads[] = {1, 2, 3, 4};
	static const double gold[] = {1.9, 6.4, -2.0, -10.0};
	int i;
	for (i = 0; i < NGEN; i++) {
		grow *g = &v[i];
		int k = i % 4, d = (i / 4) % 4;
		g->id = 1000 + i;
		g->date = i % 3 ? 20240517 : 20240603;
		g->a1 = a[d][0];
		g->a2 = a[d][1];
		g->code = codes[k][0];
		g->root = codes[k][1];
		g->quad = quads[k];
		g->goldstein = gold[k];
		g->mentions = i % 17 + 1;
		g->sources = i % 5 + 1;
		g->articles = i % 11 + 1;
		g->tone = (i % 9) * 0.75 - 3.125;
		g->url = "https://news.example/story";
	}
}

static int write_file(const char *path, const grow *v, int n, int ncols)
{
	FILE *fp = fopen(path, "w");
	int i;
	if (!fp)
		return -1;
	for (i = 0; i < n; i++)
		put_row(fp, &v[i], ncols);
	return fclose(fp);
}

static void check_sums(fx *t, const grow *v, int n)
{
	long long ev = 0, men = 0;
	double gsum = 0, tsum = 0;
	int i;
	/* the (USA, RUS, 202405, "06", 2) aggregate, computed from the rows */
	for (i = 0; i < n; i++)
		if (!strcmp(v[i].a1, "USA") && !strcmp(v[i].a2, "RUS") && v[i].date / 100 == 202405 &&
		    !strcmp(v[i].root, "06") && v[i].quad == 2) {
			ev++;
			men += v[i].mentions;
			gsum += v[i].goldstein;
			tsum += v[i].tone;
		}
	CHECK(ev > 0);
	CHECK_INT(q_int(t, "SELECT events FROM gdelt_aggregates WHERE actor1='USA' AND "
			   "actor2='RUS' AND month=202405 AND root='06' AND quad=2"),
		  ev);
	CHECK_INT(q_int(t, "SELECT mentions FROM gdelt_aggregates WHERE actor1='USA' AND "
			   "actor2='RUS' AND month=202405 AND root='06' AND quad=2"),
		  men);
	CHECK(near(q_double(t, "SELECT goldstein_sum FROM gdelt_aggregates WHERE actor1='USA' AND "
			       "actor2='RUS' AND month=202405 AND root='06' AND quad=2"),
		   gsum));
	CHECK(near(q_double(t, "SELECT goldstein_mean FROM gdelt_aggregates WHERE actor1='USA' "
			       "AND actor2='RUS' AND month=202405 AND root='06' AND quad=2"),
		   gsum / (double)ev));
	CHECK(near(q_double(t, "SELECT tone_mean FROM gdelt_aggregates WHERE actor1='USA' AND "
			       "actor2='RUS' AND month=202405 AND root='06' AND quad=2"),
		   tsum / (double)ev));
	CHECK_INT(q_int(t, "SELECT sum(events) FROM gdelt_aggregates"), n);
}

static void body_v2_plain_then_zip(fx *t)
{
	grow *v = calloc(NGEN, sizeof *v);
	char path[192], zip[192];
	ent_gdelt_stats st;
	ent_error err = {0, ""};
	int rc;
	CHECK(v != NULL);
	gen_rows(v);
	snprintf(path, sizeof path, "%s/v2.CSV", t->dir);
	snprintf(zip, sizeof zip, "%s/v2.CSV.zip", t->dir);
	if (write_file(path, v, NGEN, 61) != 0 || make_zip(path, zip) != 0) {
		free(v);
		CHECK(!"cannot write the test files");
	}
	rc = ent_gdelt_import(t->s, path, &small, &st, &err);
	if (rc != ENT_OK)
		fprintf(stderr, "  %s\n", err.msg);
	CHECK_INT(rc, ENT_OK);
	CHECK_STR(st.format, "2.0");
	CHECK_INT(st.zipped, 0);
	CHECK_INT(st.rows, NGEN);
	CHECK_INT(st.lines, NGEN);
	CHECK_INT(st.malformed, 0);
	CHECK_INT(st.already, 0);
	/* events: code 062 rows (k == 1) */
	CHECK_INT(st.events, NGEN / 4);
	CHECK_INT(q_int(t, "SELECT count(*) FROM gdelt_events"), NGEN / 4);
	CHECK_INT(q_int(t, "SELECT count(*) FROM gdelt_events WHERE source_url = "
			   "'https://news.example/story'"),
		  NGEN / 4);
	check_sums(t, v, NGEN);

	/* the same data zipped: detected as zip, same key, nothing added */
	rc = ent_gdelt_import(t->s, zip, &small, &st, &err);
	CHECK_INT(rc, ENT_OK);
	CHECK_INT(st.zipped, 1);
	CHECK_INT(st.rows, NGEN);
	CHECK_INT(st.already, 1);
	CHECK_INT(q_int(t, "SELECT sum(events) FROM gdelt_aggregates"), NGEN);
	CHECK_INT(q_int(t, "SELECT count(*) FROM gdelt_files"), 1);
	free(v);
}

TEST(import_gdelt__v2_plain_then_zip)
{
	fx t;
	int ok = fx_setup(&t) == 0;
	if (ok)
		body_v2_plain_then_zip(&t);
	fx_teardown(&t);
	CHECK(ok);
}

static void body_v1_zip_and_sums(fx *t)
{
	grow *v = calloc(NGEN, sizeof *v);
	char path[192], zip[192];
	ent_gdelt_stats st;
	ent_error err = {0, ""};
	FILE *fp;
	int i, rc;
	CHECK(v != NULL);
	gen_rows(v);
	snprintf(path, sizeof path, "%s/v1.CSV", t->dir);
	snprintf(zip, sizeof zip, "%s/v1.zip", t->dir);
	/* 1.0: first half 57 columns (no SOURCEURL), second half 58 */
	fp = fopen(path, "w");
	for (i = 0; fp && i < NGEN; i++)
		put_row(fp, &v[i], i < NGEN / 2 ? 57 : 58);
	if (!fp || fclose(fp) != 0 || make_zip(path, zip) != 0) {
		free(v);
		CHECK(!"cannot write the test files");
	}
	rc = ent_gdelt_import(t->s, zip, NULL, &st, &err);
	if (rc != ENT_OK)
		fprintf(stderr, "  %s\n", err.msg);
	CHECK_INT(rc, ENT_OK);
	CHECK_STR(st.format, "1.0");
	CHECK_INT(st.zipped, 1);
	CHECK_INT(st.rows, NGEN);
	CHECK_INT(st.rows_v1, NGEN);
	check_sums(t, v, NGEN);
	/* 57-column rows have no SOURCEURL */
	CHECK_INT(q_int(t, "SELECT count(*) FROM gdelt_events WHERE source_url = ''"),
		  NGEN / 2 / 4);
	free(v);
}

TEST(import_gdelt__v1_zip)
{
	fx t;
	int ok = fx_setup(&t) == 0;
	if (ok)
		body_v1_zip_and_sums(&t);
	fx_teardown(&t);
	CHECK(ok);
}

static void body_real_rows(fx *t)
{
	const char *shared = ent_test_shared();
	char path[512];
	ent_gdelt_stats st;
	ent_error err = {0, ""};
	int rc;
	if (!shared) {
		fprintf(stderr, "  ../shared is absent: skipped\n");
		return;
	}
	snprintf(path, sizeof path, "%s/data/gdelt/sample-1.0-export.tsv", shared);
	rc = ent_gdelt_import(t->s, path, NULL, &st, &err);
	if (rc != ENT_OK)
		fprintf(stderr, "  %s\n", err.msg);
	CHECK_INT(rc, ENT_OK);
	CHECK_STR(st.format, "1.0");
	CHECK_INT(st.rows, 3);
	CHECK_INT(st.malformed, 0);
	CHECK_INT(st.aggregates, 3);
	CHECK_INT(st.events, 0);
	/* the second row: BUS (no country) -> MNCUSA/USA, 051 "05", QuadClass 1 */
	CHECK_INT(q_int(t, "SELECT events FROM gdelt_aggregates WHERE actor1='' AND actor2='USA'"
			   " AND month=200411 AND root='05' AND quad=1"),
		  1);
	CHECK(near(q_double(t, "SELECT goldstein_sum FROM gdelt_aggregates WHERE actor2='USA'"),
		   3.4));
	CHECK_INT(q_int(t, "SELECT articles FROM gdelt_aggregates WHERE month=201311 AND "
			   "root='08' AND quad=2"),
		  5);
	CHECK(near(q_double(t, "SELECT tone_mean FROM gdelt_aggregates WHERE month=201311"),
		   1.12359550561798));
	/* again: nothing changes */
	rc = ent_gdelt_import(t->s, path, NULL, &st, &err);
	CHECK_INT(rc, ENT_OK);
	CHECK_INT(st.already, 1);
	CHECK_INT(q_int(t, "SELECT sum(events) FROM gdelt_aggregates"), 3);
}

TEST(import_gdelt__real_rows)
{
	fx t;
	int ok = fx_setup(&t) == 0;
	if (ok)
		body_real_rows(&t);
	fx_teardown(&t);
	CHECK(ok);
}

static void body_malformed(fx *t)
{
	grow *v = calloc(NGEN, sizeof *v);
	char path[192];
	ent_gdelt_stats st;
	ent_error err = {0, ""};
	FILE *fp;
	int i, rc;
	CHECK(v != NULL);
	gen_rows(v);
	snprintf(path, sizeof path, "%s/bad.CSV", t->dir);
	fp = fopen(path, "w");
	for (i = 0; fp && i < NGEN; i++) {
		if (i == 2)
			fputs("only\tthree\tcolumns\n", fp);    /* line 3 */
		if (i == 300) {
			grow g = v[i];
			g.mentions = -1;                        /* line 302 */
			put_row(fp, &g, 61);
			g.goldstein = 0;
			g.root = "123";                         /* line 303 */
			put_row(fp, &g, 61);
		}
		put_row(fp, &v[i], 61);
	}
	if (fp)
		fputs("20240101\tno newline at the end", fp); /* line 404 */
	if (!fp || fclose(fp) != 0) {
		free(v);
		CHECK(!"cannot write the test file");
	}
	free(v);
	rc = ent_gdelt_import(t->s, path, &small, &st, &err);
	if (rc != ENT_OK)
		fprintf(stderr, "  %s\n", err.msg);
	CHECK_INT(rc, ENT_OK);
	CHECK_INT(st.rows, NGEN);
	CHECK_INT(st.malformed, 4);
	CHECK_INT(st.lines, NGEN + 4);
	CHECK_INT(st.nbad, 4);
	CHECK_INT(st.bad_line[0], 3);
	CHECK_INT(st.bad_line[1], 302);
	CHECK_INT(st.bad_line[2], 303);
	CHECK_INT(st.bad_line[3], 404);
	CHECK(strstr(st.bad_why[1], "NumMentions") != NULL);
	CHECK(strstr(st.bad_why[2], "EventRootCode") != NULL);
	CHECK_INT(q_int(t, "SELECT sum(events) FROM gdelt_aggregates"), NGEN);
}

TEST(import_gdelt__malformed_rows_numbered)
{
	fx t;
	int ok = fx_setup(&t) == 0;
	if (ok)
		body_malformed(&t);
	fx_teardown(&t);
	CHECK(ok);
}

static void body_truncated_zip(fx *t)
{
	grow *v = calloc(NGEN, sizeof *v);
	char path[192], zip[192];
	ent_gdelt_stats st;
	ent_error err = {0, ""};
	long size;
	FILE *fp;
	int rc;
	CHECK(v != NULL);
	gen_rows(v);
	snprintf(path, sizeof path, "%s/t.CSV", t->dir);
	snprintf(zip, sizeof zip, "%s/t.CSV.zip", t->dir);
	rc = write_file(path, v, NGEN, 61);
	free(v);
	CHECK(rc == 0 && make_zip(path, zip) == 0);
	fp = fopen(zip, "rb");
	CHECK(fp != NULL);
	fseek(fp, 0, SEEK_END);
	size = ftell(fp);
	fclose(fp);
	CHECK(truncate(zip, size / 2) == 0);
	rc = ent_gdelt_import(t->s, zip, NULL, &st, &err);
	CHECK_INT(rc, ENT_EIO);
	CHECK(strstr(err.msg, zip) != NULL);
	CHECK(strstr(err.msg, "truncated") != NULL);
	CHECK_INT(q_int(t, "SELECT count(*) FROM gdelt_files"), 0);

	/* not GDELT at all: an error naming the file and line 1 */
	fp = fopen(path, "w");
	CHECK(fp != NULL);
	fputs("name,type\nGLOBALEVENTID,INTEGER\n", fp);
	fclose(fp);
	rc = ent_gdelt_import(t->s, path, NULL, &st, &err);
	CHECK_INT(rc, ENT_EPARSE);
	CHECK(strstr(err.msg, path) != NULL);
	CHECK(strstr(err.msg, ":1:") != NULL);
}

TEST(import_gdelt__truncated_zip_and_not_gdelt)
{
	fx t;
	int ok = fx_setup(&t) == 0;
	if (ok)
		body_truncated_zip(&t);
	fx_teardown(&t);
	CHECK(ok);
}

static void body_dyads_events(fx *t)
{
	static const grow rows[] = {
		{11, 20240301, "USA", "RUS", "042", "04", 1, 1.9, 1, 1, 1, 0.5, "u1"},
		{12, 20240302, "RUS", "USA", "190", "19", 4, -10.0, 1, 1, 1, -5, "u2"},
		{13, 20240303, "RUS", "USA", "112", "11", 3, -2.0, 1, 1, 1, -1, "u3"},
		{14, 20240404, "USA", "RUS", "0621", "06", 2, 6.4, 1, 1, 1, 2, "u4"},
		{15, 20240505, "PAK", "AZE", "057", "05", 1, 8.0, 1, 1, 1, 3, "https://x/pa"},
		{16, 20240505, "PAK", "", "057", "05", 1, 8.0, 1, 1, 1, 3, "u6"},
		{17, 20240505, "USA", "USA", "042", "04", 1, 1.9, 1, 1, 1, 0, "u7"},
		{18, 20240505, "", "USA", "042", "04", 1, 1.9, 1, 1, 1, 0, "u8"},
	};
	char path[192];
	ent_gdelt_dyad *d = NULL;
	ent_gdelt_event *ev = NULL;
	ent_error err = {0, ""};
	size_t n = 0, i;
	int rc;
	FILE *fp;
	snprintf(path, sizeof path, "%s/d.CSV", t->dir);
	fp = fopen(path, "w");
	CHECK(fp != NULL);
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
		put_row(fp, &rows[i], 61);
	fclose(fp);
	rc = ent_gdelt_import(t->s, path, NULL, NULL, &err);
	CHECK_INT(rc, ENT_OK);

	CHECK_INT(ent_gdelt_dyads(t->s, 0, 0, &d, &n), ENT_OK);
	CHECK_INT(n, 2);
	CHECK_STR(d[0].a, "RUS");
	CHECK_STR(d[0].b, "USA");
	CHECK_INT(d[0].events, 4);
	CHECK_INT(d[0].cooperation, 2);
	CHECK_INT(d[0].conflict, 2);
	CHECK(near(d[0].goldstein_mean, (1.9 - 10.0 - 2.0 + 6.4) / 4));
	CHECK_STR(d[1].a, "AZE");
	CHECK_STR(d[1].b, "PAK");
	ent_free(d);
	d = NULL;
	/* a window: April 2024 only */
	CHECK_INT(ent_gdelt_dyads(t->s, 202404, 202404, &d, &n), ENT_OK);
	CHECK_INT(n, 1);
	CHECK_INT(d[0].events, 1);
	CHECK_INT(d[0].cooperation, 1);
	ent_free(d);

	/* events: 0621 (USA-RUS) and 057 between two states; not 057 with a blank */
	CHECK_INT(ent_gdelt_events(t->s, NULL, 0, 0, &ev, &n), ENT_OK);
	CHECK_INT(n, 2);
	CHECK_INT(ev[0].id, 14);
	CHECK_STR(ev[0].code, "0621");
	CHECK_STR(ev[0].source_url, "u4");
	ent_gdelt_events_free(ev, n);
	ev = NULL;
	CHECK_INT(ent_gdelt_events(t->s, "AZE", 0, 0, &ev, &n), ENT_OK);
	CHECK_INT(n, 1);
	CHECK_INT(ev[0].date, 20240505);
	CHECK_STR(ev[0].actor1, "PAK");
	CHECK_STR(ev[0].source_url, "https://x/pa");
	ent_gdelt_events_free(ev, n);
}

TEST(import_gdelt__dyads_and_events)
{
	fx t;
	int ok = fx_setup(&t) == 0;
	if (ok)
		body_dyads_events(&t);
	fx_teardown(&t);
	CHECK(ok);
}
