/*
 * test_import_sipri.c - SIPRI trade registers: parsing (encodings,
 * preamble, '?' flags, records broken across lines, names, values,
 * categories), storing (releases, re-import, superseding) and the delivered
 * TIV shares; plus field-by-field checks on the real 2025 register when
 * ../shared is present.
 *
 * The synthetic registers below are invented records in SIPRI's layout.
 */
#include "test.h"

#include "entente/entente.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char header[] =
	"Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon "
	"description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per "
	"unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons\n";

/* An invented preamble in the export's shape (11 lines, the date on line 11). */
static void preamble(FILE *fp, const char *date)
{
	int i;
	fputs("Invented transfers for tests; not SIPRI data.\n", fp);
	for (i = 0; i < 8; i++)
		fprintf(fp, "Explanatory line %d.\n", i + 2);
	fputs("\n", fp);
	fprintf(fp, "Data generated: %s\n", date);
}

/* The invented records; "\xE4" is a Latin-1 a-umlaut, written as UTF-8 when
 * @p utf8.  Line 13 (with the preamble) is the first record. */
static void records(FILE *fp, int utf8, double tur_delivered)
{
	fprintf(fp, "Azerbaijan,Turkiye,2020,?,12,?,Kestrel-X,armed UAV,10,?,2021; 2022,New,"
		    "$30 m deal; invented record,2.5,30,%g\n",
		tur_delivered);
	fputs("Azerbaijan,Israel,2016,,4,,Hawkeye-9,SAM system,4,,2018,New,Part of $1.2 b "
	      "deal,50,200,200\n",
	      fp);
	fputs("Azerbaijan,Soviet Union,1990,?,20,,T-99,tank,20,,1991,Second hand,,1,20,20\n", fp);
	/* broken inside the comment, and again right before a comma */
	fputs("Chile,Thailand,2019,,3,,Seabird,frigate,1,,2023,New,THB9 b ($250 m) deal; built "
	      "loc\nally,100,300,100\n",
	      fp);
	fputs("Hezbollah (Lebanon)*,Iran,2006,?,100,?,Zilzal-9,MRL,100,?,2006,New,,0.1,10,10\n", fp);
	fputs("United Nations**,unknown supplier(s),2012,,2,,Whisper-2,UAV,2,,2013,New,USD7.3 m "
	      "deal; a leased pair\r\n,1,2,2\n",
	      fp);
	fputs("Czechoslovakia,East Germany (GDR),1985,,30,,Trabi-M,APC,30,,1986; 1987; 1988,New,,"
	      "0.2,6,6\n",
	      fp);
	fputs("Azerbaijan,Pakistan,2024,,10,,Thunder-Z,FGA aircraft,,,,New,EUR300 m deal,20,200,\n",
	      fp);
	fprintf(fp, "Azerbaijan,Sweden,2010,,5,,Sk%s-5,patrol boat,5,,2011,New,,3,15,15\n",
		utf8 ? "\xC3\xA4r" : "\xE4r");
}

typedef struct fixture {
	char dir[64];
	char path[128];
} fixture;

static int mkfix(fixture *fx)
{
	snprintf(fx->dir, sizeof fx->dir, "/tmp/entente-sipri-XXXXXX");
	return mkdtemp(fx->dir) != NULL;
}

static void rmfix(fixture *fx)
{
	char cmd[160];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", fx->dir);
	if (system(cmd) != 0)
		fprintf(stderr, "  could not remove %s\n", fx->dir);
}

/* Write a register: @p date NULL = no preamble; @p bom adds a UTF-8 BOM. */
static const char *write_register(fixture *fx, const char *name, const char *date, int utf8,
				  int bom, double tur_delivered)
{
	FILE *fp;
	snprintf(fx->path, sizeof fx->path, "%s/%s", fx->dir, name);
	fp = fopen(fx->path, "wb");
	if (!fp)
		return NULL;
	if (bom)
		fputs("\xEF\xBB\xBF", fp);
	if (date)
		preamble(fp, date);
	fputs(header, fp);
	records(fp, utf8, tur_delivered);
	fclose(fp);
	return fx->path;
}

static const char *write_text(fixture *fx, const char *name, const char *text)
{
	FILE *fp;
	snprintf(fx->path, sizeof fx->path, "%s/%s", fx->dir, name);
	fp = fopen(fx->path, "wb");
	if (!fp)
		return NULL;
	fputs(text, fp);
	fclose(fp);
	return fx->path;
}

static const ent_sipri_record *find_designation(const ent_sipri_register *r, const char *d)
{
	size_t i;
	for (i = 0; i < r->n; i++)
		if (strcmp(r->v[i].designation, d) == 0)
			return &r->v[i];
	return NULL;
}

static int near(double a, double b) { return fabs(a - b) < 1e-9 * (fabs(b) + 1); }

TEST(import_sipri__latin1_with_preamble)
{
	fixture fx;
	ent_sipri_register *r = NULL;
	ent_error err;
	const ent_sipri_record *x;
	const char *p;
	CHECK(mkfix(&fx));
	p = write_register(&fx, "reg.csv", "02 Jan 2030 09:00:00 AM", 0, 0, 25);
	memset(&err, 0, sizeof err);
	CHECK(p != NULL);
	CHECK_INT(ent_sipri_read(&r, p, &err), ENT_OK);
	CHECK_STR(r->release, "2030-01-02");
	CHECK_STR(r->generated, "02 Jan 2030 09:00:00 AM");
	CHECK_INT(r->utf8, 0);
	CHECK_INT(r->n, 9);

	x = &r->v[0]; /* flags and several delivery years */
	CHECK_INT(x->line, 13);
	CHECK_STR(x->recipient.s, "AZE");
	CHECK_STR(x->supplier.s, "TUR");
	CHECK_INT(x->order_year, 2020);
	CHECK_INT(x->order_year_uncertain, 1);
	CHECK_INT(x->ordered, 12);
	CHECK_INT(x->ordered_uncertain, 1);
	CHECK_INT(x->delivered, 10);
	CHECK_INT(x->delivered_uncertain, 1);
	CHECK_INT(x->ndelivery_years, 2);
	CHECK_INT(x->delivery_years[0], 2021);
	CHECK_INT(x->delivery_years[1], 2022);
	CHECK_INT(x->category, ENT_CAT_DRONE);
	CHECK(x->has_tiv_delivered && near(x->tiv_delivered, 25));
	CHECK(near(x->tiv_unit, 2.5) && near(x->tiv_order, 30));
	CHECK(x->value.present && x->value.has_usd && near(x->value.usd, 30e6));
	CHECK_INT(x->value_part_of, 0);
	CHECK_INT(x->second_hand, 0);

	x = find_designation(r, "Hawkeye-9");
	CHECK(x && x->category == ENT_CAT_AIR_DEFENCE && x->value_part_of == 1);
	CHECK(near(x->value.usd, 1.2e9));
	CHECK_INT(x->order_year_uncertain, 0);

	x = find_designation(r, "T-99");
	CHECK(x && x->second_hand == 1 && x->supplier_kind == ENT_SIPRI_HISTORICAL);
	CHECK_STR(x->supplier.s, "SUN");

	x = find_designation(r, "Seabird"); /* joined from two lines */
	CHECK(x != NULL);
	CHECK_INT(x->line, 16);
	CHECK_INT(x->nlines, 2);
	CHECK_STR(x->comments, "THB9 b ($250 m) deal; built loc ally");
	CHECK(strchr(x->raw, '\n') != NULL);
	CHECK_STR(x->value.currency, "THB");
	CHECK(near(x->value.amount, 9e9) && x->value.has_usd && near(x->value.usd, 250e6));
	CHECK(near(x->tiv_delivered, 100));
	CHECK_INT(x->category, ENT_CAT_NAVAL);

	x = find_designation(r, "Zilzal-9");
	CHECK(x && x->recipient_kind == ENT_SIPRI_NONSTATE && x->category == ENT_CAT_ROCKET);
	CHECK(strncmp(x->recipient.s, "NS", 2) == 0 && strlen(x->recipient.s) == 10);

	x = find_designation(r, "Whisper-2"); /* split before a comma, CR before the LF */
	CHECK(x && x->recipient_kind == ENT_SIPRI_ORGANISATION);
	CHECK_STR(x->recipient.s, "UN");
	CHECK_STR(x->supplier.s, "XXX");
	CHECK_INT(x->supplier_kind, ENT_SIPRI_UNKNOWN);
	CHECK_STR(x->comments, "USD7.3 m deal; a leased pair");
	CHECK(near(x->value.usd, 7.3e6));
	CHECK_INT(x->line, 19);

	x = find_designation(r, "Trabi-M");
	CHECK(x && x->ndelivery_years == 3 && x->delivery_years[2] == 1988);
	CHECK_STR(x->recipient.s, "CSK");
	CHECK_STR(x->supplier.s, "DDR");
	CHECK_INT(x->category, ENT_CAT_ARMOURED_VEHICLE);

	x = find_designation(r, "Thunder-Z"); /* nothing delivered yet */
	CHECK(x && x->delivered == -1 && x->ndelivery_years == 0 && !x->has_tiv_delivered);
	CHECK(x->value.present && !x->value.has_usd && near(x->value.amount, 300e6));
	CHECK_STR(x->value.currency, "EUR");

	x = find_designation(r, "Sk\xC3\xA4r-5"); /* Latin-1 became UTF-8 */
	CHECK(x != NULL);
	ent_sipri_register_free(r);
	rmfix(&fx);
}

TEST(import_sipri__utf8_bom_without_preamble)
{
	fixture fx;
	ent_sipri_register *a = NULL, *b = NULL;
	ent_error err;
	size_t i;
	CHECK(mkfix(&fx));
	memset(&err, 0, sizeof err);
	CHECK_INT(ent_sipri_read(&a, write_register(&fx, "a.csv", NULL, 1, 1, 25), &err), ENT_OK);
	CHECK_INT(ent_sipri_read(&b, write_register(&fx, "b.csv", "02 Jan 2030", 1, 0, 25), &err),
		  ENT_OK);
	CHECK_INT(a->utf8, 1);
	CHECK_INT(b->utf8, 1);
	CHECK(strncmp(a->release, "undated-", 8) == 0);
	CHECK_STR(b->release, "2030-01-02");
	CHECK_INT(a->n, b->n);
	CHECK_INT(a->v[0].line, 2); /* no preamble: records start on line 2 */
	for (i = 0; i < a->n; i++) {
		CHECK_STR(a->v[i].designation, b->v[i].designation);
		CHECK_STR(a->v[i].comments, b->v[i].comments);
		CHECK_STR(a->v[i].recipient.s, b->v[i].recipient.s);
	}
	CHECK(find_designation(a, "Sk\xC3\xA4r-5") != NULL);
	ent_sipri_register_free(a);
	ent_sipri_register_free(b);
	rmfix(&fx);
}

TEST(import_sipri__errors_name_file_and_line)
{
	fixture fx;
	ent_sipri_register *r = NULL;
	ent_error err;
	char text[2048];
	const char *p;
	CHECK(mkfix(&fx));

	snprintf(text, sizeof text, "%sAzerbaijan,Turkiye,2020,,1,,X-1,UAV,1,,2021,New,,1,1,1\n"
				    "Atlantis,Turkiye,2020,,1,,X-2,UAV,1,,2021,New,,1,1,1\n",
		 header);
	p = write_text(&fx, "unmapped.csv", text);
	memset(&err, 0, sizeof err);
	CHECK_INT(ent_sipri_read(&r, p, &err), ENT_EPARSE);
	CHECK(r == NULL);
	CHECK(strstr(err.msg, "Atlantis") != NULL);
	CHECK(strstr(err.msg, "unmapped.csv:3:") != NULL);

	snprintf(text, sizeof text, "%sAzerbaijan,Turkiye,2020,,1,,X-1,UAV,1,,2021,New,a,b,1,1,1\n",
		 header);
	p = write_text(&fx, "wide.csv", text);
	CHECK_INT(ent_sipri_read(&r, p, &err), ENT_EPARSE);
	CHECK(strstr(err.msg, "wide.csv:2:") && strstr(err.msg, "17 fields"));

	snprintf(text, sizeof text, "%sAzerbaijan,Turkiye,2020,!,1,,X-1,UAV,1,,2021,New,,1,1,1\n",
		 header);
	p = write_text(&fx, "flag.csv", text);
	CHECK_INT(ent_sipri_read(&r, p, &err), ENT_EPARSE);
	CHECK(strstr(err.msg, "flag.csv:2:") != NULL);

	snprintf(text, sizeof text, "%sAzerbaijan,Turkiye,2020,,1,,X-1,UAV,1,,2021,New,cut", header);
	p = write_text(&fx, "cut.csv", text);
	CHECK_INT(ent_sipri_read(&r, p, &err), ENT_EPARSE);
	CHECK(strstr(err.msg, "ends inside a record") != NULL);

	p = write_text(&fx, "noheader.csv", "a,b,c\n1,2,3\n");
	CHECK_INT(ent_sipri_read(&r, p, &err), ENT_EPARSE);
	CHECK(strstr(err.msg, "header") != NULL);

	CHECK_INT(ent_sipri_read(&r, "/nonexistent/entente/reg.csv", &err), ENT_EIO);
	rmfix(&fx);
}

TEST(import_sipri__categories)
{
	CHECK_INT(ent_sipri_category("armed UAV"), ENT_CAT_DRONE);
	CHECK_INT(ent_sipri_category("trainer aircraft"), ENT_CAT_AIRCRAFT);
	CHECK_INT(ent_sipri_category("SAM system"), ENT_CAT_AIR_DEFENCE);
	CHECK_INT(ent_sipri_category("portable SAM"), ENT_CAT_AIR_DEFENCE);
	CHECK_INT(ent_sipri_category("multiple rocket launcher"), ENT_CAT_ROCKET);
	CHECK_INT(ent_sipri_category("MRL"), ENT_CAT_ROCKET);
	CHECK_INT(ent_sipri_category("self-propelled gun"), ENT_CAT_ARTILLERY);
	CHECK_INT(ent_sipri_category("frigate"), ENT_CAT_NAVAL);
	CHECK_INT(ent_sipri_category("aircraft carrier"), ENT_CAT_NAVAL);
	CHECK_INT(ent_sipri_category("anti-aircraft gun"), ENT_CAT_AIR_DEFENCE);
	CHECK_INT(ent_sipri_category("anti-radar missile/ASM"), ENT_CAT_MISSILE);
	CHECK_INT(ent_sipri_category("fire control radar"), ENT_CAT_RADAR);
	CHECK_INT(ent_sipri_category("aircraft engine"), ENT_CAT_OTHER);
	CHECK_INT(ent_sipri_category("tanker/transport aircraft"), ENT_CAT_AIRCRAFT);
	CHECK_INT(ent_sipri_category("missile boat"), ENT_CAT_NAVAL);
	CHECK_INT(ent_sipri_category("anti-tank missile"), ENT_CAT_MISSILE);
	CHECK_INT(ent_sipri_category("infantry fighting vehicle"), ENT_CAT_ARMOURED_VEHICLE);
	CHECK_INT(ent_sipri_category("guided bomb"), ENT_CAT_AMMUNITION);
	CHECK_INT(ent_sipri_category("light helicopter"), ENT_CAT_AIRCRAFT);
	CHECK_INT(ent_sipri_category("tank destroyer"), ENT_CAT_ARMOURED_VEHICLE);
	CHECK_INT(ent_sipri_category("self-propelled AA gun"), ENT_CAT_AIR_DEFENCE);
	CHECK_INT(ent_sipri_category("ASW mortar"), ENT_CAT_NAVAL);
	CHECK_INT(ent_sipri_category("SSM launcher"), ENT_CAT_MISSILE);
	CHECK_INT(ent_sipri_category("BVRAAM/SAM"), ENT_CAT_MISSILE);
	CHECK_INT(ent_sipri_category("reconnaissance AV"), ENT_CAT_ARMOURED_VEHICLE);
	CHECK_INT(ent_sipri_category("something new"), ENT_CAT_OTHER);
}

TEST(import_sipri__values_in_comments)
{
	ent_value v;
	int part;
	ent_sipri_parse_value("$572 m deal (bought via a third state)", &v, &part);
	CHECK(v.present && v.has_usd && near(v.usd, 572e6) && !part && !v.approx);
	ent_sipri_parse_value("Second-hand; part of $1.6 b deal", &v, &part);
	CHECK(v.present && near(v.usd, 1.6e9) && part);
	ent_sipri_parse_value("USD7.3 m deal", &v, &part);
	CHECK(v.present && near(v.usd, 7.3e6));
	ent_sipri_parse_value("Part of THB4b ($120 m) deal", &v, &part);
	CHECK(v.present && near(v.amount, 4e9) && near(v.usd, 120e6) && part);
	CHECK_STR(v.currency, "THB");
	ent_sipri_parse_value("$200-250 m deal", &v, &part);
	CHECK(v.present && v.approx && near(v.usd, 225e6));
	ent_sipri_parse_value("GBP65 m deal", &v, &part);
	CHECK(v.present && !v.has_usd && near(v.amount, 65e6));
	ent_sipri_parse_value("incl $47 import duties; for 20 F-16 aircraft", &v, &part);
	CHECK(!v.present);
	ent_sipri_parse_value("", &v, &part);
	CHECK(!v.present);
}

static double share_of(const ent_tiv_share *v, size_t n, const char *code)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (strcmp(v[i].supplier.s, code) == 0)
			return v[i].share;
	return -1;
}

static double tiv_of(const ent_tiv_share *v, size_t n, const char *code)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (strcmp(v[i].supplier.s, code) == 0)
			return v[i].tiv;
	return -1;
}

TEST(import_sipri__store_releases_and_shares)
{
	fixture fx;
	ent_store *s = NULL;
	ent_error err;
	ent_sipri_stats st;
	ent_store_counts c;
	ent_tiv_share *v = NULL;
	ent_fact_list *facts = NULL;
	ent_sipri_release_info *rel = NULL;
	char db[160], older[160], newer[160];
	size_t n = 0, i;
	int found = 0;

	CHECK(mkfix(&fx));
	snprintf(older, sizeof older, "%s", write_register(&fx, "old.csv", "02 Jan 2030", 0, 0, 25));
	snprintf(newer, sizeof newer, "%s", write_register(&fx, "new.csv", "05 Jun 2031", 0, 0, 30));
	snprintf(db, sizeof db, "%s/t.db", fx.dir);
	memset(&err, 0, sizeof err);
	CHECK_INT(ent_store_open(&s, db, &err), ENT_OK);
	CHECK_INT(ent_sipri_tiv_by_supplier(s, "AZE", 0, 0, NULL, &v, &n), ENT_ENOTFOUND);

	CHECK_INT(ent_sipri_import(s, older, &st, &err), ENT_OK);
	CHECK_STR(st.release, "2030-01-02");
	CHECK_INT(st.records, 9);
	CHECK_INT(st.stored, 9);
	CHECK_INT(st.already, 0);

	/* all years: 25 + 200 + 20 + 15 (Pakistan delivered nothing) */
	CHECK_INT(ent_sipri_tiv_by_supplier(s, "AZE", 0, 0, NULL, &v, &n), ENT_OK);
	CHECK_INT(n, 4);
	CHECK_STR(v[0].supplier.s, "ISR");
	CHECK(near(share_of(v, n, "ISR"), 200.0 / 260));
	CHECK(near(share_of(v, n, "TUR"), 25.0 / 260));
	CHECK(near(tiv_of(v, n, "SUN"), 20));
	ent_free(v);
	/* a window spreads 25 over 2021 and 2022 */
	CHECK_INT(ent_sipri_tiv_by_supplier(s, "AZE", 2021, 2021, NULL, &v, &n), ENT_OK);
	CHECK_INT(n, 1);
	CHECK(near(v[0].tiv, 12.5) && near(v[0].share, 1));
	ent_free(v);
	CHECK_INT(ent_sipri_tiv_by_supplier(s, "AZE", 2018, 2022, NULL, &v, &n), ENT_OK);
	CHECK_INT(n, 2);
	CHECK(near(tiv_of(v, n, "ISR"), 200) && near(tiv_of(v, n, "TUR"), 25));
	ent_free(v);

	/* the facts: evidence with the file, span and quote, rule sipri.record */
	CHECK_INT(ent_store_facts(s, NULL, &facts), ENT_OK);
	CHECK_INT(facts->n, 9);
	for (i = 0; i < facts->n; i++) {
		const ent_fact *f = &facts->v[i];
		CHECK_INT(f->type, ENT_FACT_DEAL);
		CHECK_INT(f->nevidence, 1);
		CHECK_STR(f->evidence[0].rule, "sipri.record");
		CHECK_STR(f->evidence[0].source, older);
		if (f->nitems && f->items[0].designation &&
		    strcmp(f->items[0].designation, "Kestrel-X") == 0) {
			found = 1;
			CHECK_STR(f->recipient.s, "AZE");
			CHECK_STR(f->suppliers[0].s, "TUR");
			CHECK_INT(f->year, 2020);
			CHECK_INT(f->status, ENT_STATUS_ORDERED); /* 10 of 12 delivered */
			CHECK_INT(f->items[0].category, ENT_CAT_DRONE);
			CHECK_INT(f->items[0].quantity, 12);
			CHECK(f->value.has_usd && near(f->value.usd, 30e6));
			CHECK(strncmp(f->evidence[0].quote, "Azerbaijan,Turkiye,2020", 23) == 0);
		}
		if (f->nitems && strcmp(f->items[0].designation, "Hawkeye-9") == 0)
			CHECK(!f->value.present); /* "Part of $1.2 b deal" */
		if (f->nitems && strcmp(f->items[0].designation, "Whisper-2") == 0) {
			CHECK_INT(f->nsuppliers, 0); /* unknown supplier */
			CHECK_INT(f->status, ENT_STATUS_DELIVERED);
		}
	}
	CHECK(found);
	ent_fact_list_free(facts);

	/* the same release again changes nothing */
	CHECK_INT(ent_store_count(s, &c), ENT_OK);
	CHECK_INT(ent_sipri_import(s, older, &st, &err), ENT_OK);
	CHECK_INT(st.already, 1);
	CHECK_INT(st.stored, 0);
	{
		ent_store_counts c2;
		CHECK_INT(ent_store_count(s, &c2), ENT_OK);
		CHECK_INT(c2.facts, c.facts);
		CHECK_INT(c2.evidence, c.evidence);
		CHECK_INT(c2.documents, c.documents);
	}

	/* a newer release supersedes: its facts replace the older ones */
	CHECK_INT(ent_sipri_import(s, newer, &st, &err), ENT_OK);
	CHECK_INT(st.stored, 9);
	CHECK_INT(ent_store_count(s, &c), ENT_OK);
	CHECK_INT(c.facts, 9);
	CHECK_INT(c.evidence, 9);
	CHECK_INT(ent_sipri_tiv_by_supplier(s, "AZE", 0, 0, NULL, &v, &n), ENT_OK);
	CHECK(near(tiv_of(v, n, "TUR"), 30));
	ent_free(v);
	CHECK_INT(ent_sipri_tiv_by_supplier(s, "AZE", 0, 0, "2030-01-02", &v, &n), ENT_OK);
	CHECK(near(tiv_of(v, n, "TUR"), 25));
	ent_free(v);
	CHECK_INT(ent_sipri_tiv_by_supplier(s, "AZE", 0, 0, "1999-01-01", &v, &n), ENT_ENOTFOUND);

	/* importing the older one again: already there */
	CHECK_INT(ent_sipri_import(s, older, &st, &err), ENT_OK);
	CHECK_INT(st.already, 1);

	CHECK_INT(ent_sipri_releases(s, &rel, &n), ENT_OK);
	CHECK_INT(n, 2);
	CHECK_STR(rel[0].release, "2030-01-02");
	CHECK_INT(rel[0].current, 0);
	CHECK_STR(rel[1].release, "2031-06-05");
	CHECK_INT(rel[1].current, 1);
	ent_free(rel);
	ent_store_free(s);
	rmfix(&fx);
}

TEST(import_sipri__older_release_adds_no_facts)
{
	fixture fx;
	ent_store *s = NULL;
	ent_error err;
	ent_sipri_stats st;
	ent_store_counts c;
	ent_tiv_share *v = NULL;
	char db[160], older[160], newer[160];
	size_t n = 0;
	CHECK(mkfix(&fx));
	snprintf(older, sizeof older, "%s", write_register(&fx, "old.csv", "02 Jan 2030", 0, 0, 25));
	snprintf(newer, sizeof newer, "%s", write_register(&fx, "new.csv", "05 Jun 2031", 1, 1, 30));
	snprintf(db, sizeof db, "%s/t.db", fx.dir);
	memset(&err, 0, sizeof err);
	CHECK_INT(ent_store_open(&s, db, &err), ENT_OK);
	CHECK_INT(ent_sipri_import(s, newer, &st, &err), ENT_OK);
	CHECK_INT(ent_sipri_import(s, older, &st, &err), ENT_OK);
	CHECK_INT(st.stored, 0);
	CHECK_INT(st.already, 0);
	CHECK_INT(ent_store_count(s, &c), ENT_OK);
	CHECK_INT(c.facts, 9);
	CHECK_INT(ent_sipri_tiv_by_supplier(s, "AZE", 0, 0, NULL, &v, &n), ENT_OK);
	CHECK(near(tiv_of(v, n, "TUR"), 30));
	ent_free(v);
	ent_store_free(s);
	rmfix(&fx);
}

TEST(import_sipri__failed_import_stores_nothing)
{
	fixture fx;
	ent_store *s = NULL;
	ent_error err;
	ent_sipri_stats st;
	ent_store_counts c;
	char db[160], text[1024];
	const char *p;
	CHECK(mkfix(&fx));
	snprintf(text, sizeof text,
		 "%sAzerbaijan,Turkiye,2020,,1,,X-1,UAV,1,,2021,New,,1,1,1\n"
		 "Azerbaijan,Narnia,2020,,1,,X-2,UAV,1,,2021,New,,1,1,1\n",
		 header);
	p = write_text(&fx, "bad.csv", text);
	snprintf(db, sizeof db, "%s/t.db", fx.dir);
	memset(&err, 0, sizeof err);
	CHECK_INT(ent_store_open(&s, db, &err), ENT_OK);
	CHECK_INT(ent_sipri_import(s, p, &st, &err), ENT_EPARSE);
	CHECK(strstr(err.msg, "Narnia") && strstr(err.msg, ":3:"));
	CHECK_INT(ent_store_count(s, &c), ENT_OK);
	CHECK_INT(c.facts, 0);
	CHECK_INT(c.documents, 0);
	ent_store_free(s);
	rmfix(&fx);
}

/* ---- the real register (../shared), when present ----------------------------- */

static const ent_sipri_record *at_line(const ent_sipri_register *r, size_t line)
{
	size_t i;
	for (i = 0; i < r->n; i++)
		if (r->v[i].line == line)
			return &r->v[i];
	return NULL;
}

TEST(import_sipri__real_register_fields)
{
	const char *shared = ent_test_shared();
	char path[1024];
	ent_sipri_register *r = NULL;
	ent_error err;
	const ent_sipri_record *x;
	if (!shared) {
		printf("  skip: ../shared is missing (no real SIPRI register)\n");
		return;
	}
	snprintf(path, sizeof path, "%s/data/sipri/trade-register-2025-03-13.csv", shared);
	if (access(path, R_OK) != 0) {
		printf("  skip: %s is missing\n", path);
		return;
	}
	memset(&err, 0, sizeof err);
	if (ent_sipri_read(&r, path, &err) != ENT_OK)
		fprintf(stderr, "  %s\n", err.msg);
	CHECK(r != NULL);
	CHECK_STR(r->release, "2025-03-13");
	CHECK_INT(r->utf8, 0);

	/* a record broken across lines 25178-25179 by a line feed in Comments */
	x = at_line(r, 25178);
	CHECK(x != NULL);
	CHECK_INT(x->nlines, 2);
	CHECK_STR(x->recipient.s, "THA");
	CHECK_STR(x->supplier.s, "UKR");
	CHECK_INT(x->order_year, 2008);
	CHECK_INT(x->order_year_uncertain, 0);
	CHECK_INT(x->ordered, 14);
	CHECK_STR(x->designation, "BTR-3");
	CHECK_STR(x->description, "APC");
	CHECK_INT(x->category, ENT_CAT_ARMOURED_VEHICLE);
	CHECK_INT(x->delivered, 13);
	CHECK_INT(x->ndelivery_years, 2);
	CHECK_INT(x->delivery_years[0], 2010);
	CHECK_INT(x->delivery_years[1], 2012);
	CHECK_STR(x->status, "New");
	CHECK(near(x->tiv_unit, 0.25) && near(x->tiv_order, 3.5) && near(x->tiv_delivered, 3.25));
	CHECK(x->value.present && near(x->value.amount, 4e9) && near(x->value.usd, 120e6));
	CHECK_STR(x->value.currency, "THB");
	CHECK_INT(x->value_part_of, 1);
	CHECK(at_line(r, 25179) == NULL);

	/* '?' flags on the year of order and the number ordered (line 15) */
	x = at_line(r, 15);
	CHECK(x != NULL);
	CHECK_STR(x->recipient.s, "AFG");
	CHECK_STR(x->supplier.s, "SUN");
	CHECK_INT(x->supplier_kind, ENT_SIPRI_HISTORICAL);
	CHECK_INT(x->order_year, 1988);
	CHECK_INT(x->order_year_uncertain, 1);
	CHECK_INT(x->ordered, 40);
	CHECK_INT(x->ordered_uncertain, 1);
	CHECK_INT(x->delivered, 40);
	CHECK_INT(x->delivered_uncertain, 0);
	CHECK_STR(x->designation, "2S9 120mm");
	CHECK_INT(x->category, ENT_CAT_ARTILLERY);
	CHECK_INT(x->second_hand, 1);
	CHECK(near(x->tiv_delivered, 12));

	/* the UN record whose comment ends in CR LF (lines 27955-27956) */
	x = at_line(r, 27955);
	CHECK(x && x->nlines == 2 && x->recipient_kind == ENT_SIPRI_ORGANISATION);
	CHECK_STR(x->recipient.s, "UN");
	CHECK_STR(x->comments, "3-year lease; for use with UN peacekeeping forces in Mali");
	CHECK(near(x->tiv_delivered, 9));
	ent_sipri_register_free(r);
}

#include "util/alloc.h"

/* Each allocation of a read made to fail in turn (sampled over the name
 * tables, every one over the records) gives ENT_ENOMEM and no register;
 * ASan's leak check sees anything left behind. */
TEST(import_sipri__out_of_memory)
{
	fixture fx;
	ent_sipri_register *r = NULL;
	ent_error err;
	unsigned long before, total, k;
	const char *p;
	int failed = 0;
	CHECK(mkfix(&fx));
	p = write_register(&fx, "reg.csv", "02 Jan 2030", 0, 0, 25);
	memset(&err, 0, sizeof err);
	before = ent__alloc_count();
	CHECK_INT(ent_sipri_read(&r, p, &err), ENT_OK);
	total = ent__alloc_count() - before;
	ent_sipri_register_free(r);
	CHECK(total > 20);
	for (k = 0; k < total; k += k + 40 < total ? 97 : 1) {
		int rc;
		r = NULL;
		ent__alloc_fail_after((long)k);
		rc = ent_sipri_read(&r, p, &err);
		ent__alloc_fail_after(-1);
		if (rc != ENT_ENOMEM) {
			failed = 1;
			fprintf(stderr, "  allocation %lu: code %d\n", k, rc);
		}
		CHECK(r == NULL || rc == ENT_OK);
		ent_sipri_register_free(r);
	}
	CHECK(!failed);
	rmfix(&fx);
}
