/*
 * test_render_text.c - CSV (RFC 4180 quoting, columns), the terminal table
 * (alignment and truncation counted in UTF-8 characters) and the detail view.
 */
#include "test.h"
#include "entente/errors.h"
#include "entente/render.h"
#include "entente/fact.h"
#include "util/alloc.h"

#include <stdlib.h>

/* Render @p l in @p fmt into a malloc'ed string (free()). */
static char *render(const ent_fact_list *l, ent_render_format fmt)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);
	int rc;
	if (!fp)
		return NULL;
	rc = ent_render_facts(fp, l, fmt);
	fclose(fp);
	if (rc) {
		free(out);
		return NULL;
	}
	return out;
}

static size_t utf8_chars(const char *s, size_t n)
{
	size_t i, c = 0;
	for (i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

static ent_fact_list *sample_list(void)
{
	ent_fact_list *l = NULL;
	ent_fact f;
	static const char q[] = "He said \"deal, done\"\nand left";
	if (ent_fact_list_new(&l))
		return NULL;
	ent_fact_init(&f, ENT_FACT_DEAL);
	f.id = 1;
	ent_fact_add_code(f.suppliers, &f.nsuppliers, "PAK");
	ent_fact_add_code(f.partners, &f.npartners, "TUR");
	ent_code_set(&f.recipient, "AZE");
	f.value.present = 1;
	f.value.amount = 2e9;
	memcpy(f.value.currency, "USD", 4);
	f.value.has_usd = 1;
	f.value.usd = 2e9;
	f.year = 2025;
	f.status = ENT_STATUS_SIGNED;
	f.confidence = 0.875;
	ent_fact_add_item(&f, ENT_CAT_DRONE, "armed drones", 12, NULL, -1);
	ent_fact_add_item(&f, ENT_CAT_AIRCRAFT, "fighters", 8, "JF-17", 40);
	ent_fact_add_item(&f, ENT_CAT_DRONE, "loitering munitions", 19, "Kargu", -1);
	ent_fact_add_evidence(&f, "d1", "a.txt", 10, 40, q, sizeof q - 1, "deal.money_verb");
	ent_fact_list_push(l, &f);

	ent_fact_init(&f, ENT_FACT_EXERCISE);
	f.id = 2;
	/* a long name with multi-byte characters, to be cut in the table */
	f.name = ent__strdup("Çelik Kalkan — Ünïcödé Exercise With A Very Long Name That Goes On "
			     "And On Beyond Sixty Characters ééééé");
	ent_fact_add_code(f.participants, &f.nparticipants, "AZE");
	ent_fact_add_code(f.participants, &f.nparticipants, "TUR");
	f.year = 2024;
	ent_fact_list_push(l, &f);

	ent_fact_init(&f, ENT_FACT_DEAL);
	f.id = 3;
	ent_fact_add_code(f.suppliers, &f.nsuppliers, "RUS");
	ent_code_set(&f.recipient, "IND");
	f.value.present = 1;
	f.value.amount = 3e7;
	memcpy(f.value.currency, "USD", 4);
	f.value.has_usd = 1;
	f.value.usd = 3e7;
	f.value.approx = 1;
	ent_fact_list_push(l, &f);

	ent_fact_init(&f, ENT_FACT_STANCE);
	f.id = 4;
	ent_code_set(&f.actor, "AZE");
	ent_code_set(&f.target, "PAK");
	f.issue = ent__strdup("Kashmir, \"the\" issue");
	ent_fact_list_push(l, &f);
	return l;
}

/* Split one RFC 4180 record starting at *p into fields; returns the count
 * and advances *p past the CRLF.  Fields are written into @p buf. */
static int csv_record(const char **p, char fields[][256], int max)
{
	const char *s = *p;
	int n = 0;
	size_t k;
	for (;;) {
		k = 0;
		if (*s == '"') {
			s++;
			for (;;) {
				if (!*s)
					return -1;
				if (*s == '"' && s[1] == '"') {
					fields[n][k++] = '"';
					s += 2;
				} else if (*s == '"') {
					s++;
					break;
				} else {
					fields[n][k++] = *s++;
				}
				if (k >= 255)
					return -1;
			}
		} else {
			while (*s && *s != ',' && *s != '\r' && *s != '\n' && k < 255)
				fields[n][k++] = *s++;
		}
		fields[n][k] = '\0';
		n++;
		if (*s == ',' && n < max) {
			s++;
			continue;
		}
		if (s[0] == '\r' && s[1] == '\n') {
			*p = s + 2;
			return n;
		}
		return -1;
	}
}

TEST(render_csv__header_and_quoting)
{
	ent_fact_list *l = sample_list();
	char *out, f[20][256];
	const char *p;
	int n;
	CHECK(l != NULL);
	out = render(l, ENT_RENDER_CSV);
	ent_fact_list_free(l);
	CHECK(out != NULL);
	CHECK(strncmp(out, "id,type,actors,recipient,value_usd,currency,amount,year,status,"
			   "categories,name,issue,polarity,confidence,sources,first_quote\r\n",
		      126) == 0);
	p = out;
	CHECK_INT(csv_record(&p, f, 20), 16);
	n = csv_record(&p, f, 20);
	CHECK_INT(n, 16);
	CHECK_STR(f[0], "1");
	CHECK_STR(f[1], "deal");
	CHECK_STR(f[2], "PAK;TUR");
	CHECK_STR(f[3], "AZE");
	CHECK_STR(f[4], "2000000000");
	CHECK_STR(f[5], "USD");
	CHECK_STR(f[6], "2000000000");
	CHECK_STR(f[7], "2025");
	CHECK_STR(f[8], "signed");
	CHECK_STR(f[9], "drone;aircraft");
	CHECK_STR(f[10], "");
	CHECK_STR(f[13], "0.88");
	CHECK_STR(f[14], "1");
	CHECK_STR(f[15], "He said \"deal, done\"\nand left");
	CHECK(strstr(out, "\"He said \"\"deal, done\"\"\nand left\"\r\n") != NULL);
	CHECK_INT(csv_record(&p, f, 20), 16); /* exercise */
	CHECK_STR(f[1], "exercise");
	CHECK_STR(f[2], "AZE;TUR");
	CHECK(strncmp(f[10], "Çelik Kalkan", 13) == 0);
	CHECK_INT(csv_record(&p, f, 20), 16); /* approximate deal, no year */
	CHECK_STR(f[4], "30000000");
	CHECK_STR(f[7], "");
	CHECK_STR(f[8], "");
	CHECK_INT(csv_record(&p, f, 20), 16); /* stance */
	CHECK_STR(f[2], "AZE;PAK");
	CHECK_STR(f[11], "Kashmir, \"the\" issue");
	CHECK_STR(f[12], "support");
	CHECK(*p == '\0');
	free(out);
}

TEST(render_csv__empty_list_has_header_only)
{
	ent_fact_list *l = NULL;
	char *out;
	CHECK(ent_fact_list_new(&l) == 0);
	out = render(l, ENT_RENDER_CSV);
	ent_fact_list_free(l);
	CHECK(out != NULL);
	CHECK(strchr(out, '\n') == out + strlen(out) - 1);
	free(out);
}

TEST(render_table__aligned_in_characters)
{
	ent_fact_list *l = sample_list();
	char *out, *line, *save = NULL, *sep;
	size_t bars[8], nb, i, nlines = 0, first[8] = {0}, nfirst = 0;
	CHECK(l != NULL);
	out = render(l, ENT_RENDER_TABLE);
	ent_fact_list_free(l);
	CHECK(out != NULL);
	CHECK(strstr(out, "$2.00 bn") != NULL);
	CHECK(strstr(out, "~$30.0 m") != NULL);
	CHECK(strstr(out, "PAK+TUR -> AZE") != NULL);
	CHECK(strstr(out, "\xE2\x80\xA6") != NULL); /* the long name was cut */
	CHECK(strstr(out, "Sixty Characters") == NULL);
	/* every line has its column separators at the same character offsets */
	for (line = strtok_r(out, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		nb = 0;
		if (nlines == 1) { /* the rule under the header */
			CHECK(line[0] == '-');
			nlines++;
			continue;
		}
		/* " | " between cells; an empty last cell leaves " |" at the end */
		for (sep = strstr(line, " |"); sep && nb < 8; sep = strstr(sep + 1, " |"))
			if (sep[2] == ' ' || sep[2] == '\0')
				bars[nb++] = utf8_chars(line, (size_t)(sep - line));
		CHECK_INT(nb, 6);
		if (!nfirst) {
			memcpy(first, bars, sizeof bars);
			nfirst = nb;
		}
		for (i = 0; i < nb; i++)
			CHECK_INT(bars[i], first[i]);
		/* the WHAT cell is at most 60 characters */
		CHECK(utf8_chars(line, strlen(line)) <= bars[5] + 3 + 60);
		nlines++;
	}
	CHECK_INT(nlines, 6);
	free(out);
}

TEST(render_table__truncates_on_character_boundary)
{
	ent_fact_list *l = NULL;
	ent_fact f;
	char *out, *cut;
	char name[200];
	size_t i;
	CHECK(ent_fact_list_new(&l) == 0);
	/* 70 two-byte characters: a byte-counting cut would split one */
	for (i = 0; i < 70; i++)
		memcpy(name + 2 * i, "\xC3\xA9", 2);
	name[140] = '\0';
	ent_fact_init(&f, ENT_FACT_EXERCISE);
	f.name = ent__strdup(name);
	CHECK(ent_fact_list_push(l, &f) == 0);
	out = render(l, ENT_RENDER_TABLE);
	ent_fact_list_free(l);
	CHECK(out != NULL);
	cut = strstr(out, "\xE2\x80\xA6\n");
	CHECK(cut != NULL);
	/* exactly 59 é before the ellipsis */
	CHECK(cut - 118 >= out);
	for (i = 0; i < 59; i++)
		CHECK(memcmp(cut - 118 + 2 * i, "\xC3\xA9", 2) == 0);
	CHECK(memcmp(cut - 120, "| ", 2) == 0);
	free(out);
}

TEST(render_table__empty_list_prints_header)
{
	ent_fact_list *l = NULL;
	char *out;
	CHECK(ent_fact_list_new(&l) == 0);
	out = render(l, ENT_RENDER_TABLE);
	ent_fact_list_free(l);
	CHECK(out != NULL);
	CHECK(strncmp(out, "ID | TYPE | WHO | YEAR | VALUE | STATUS | WHAT\n", 46) == 0);
	free(out);
}

TEST(render_detail__every_attribute_and_quote)
{
	ent_fact_list *l = sample_list();
	char *out = NULL;
	size_t len = 0;
	FILE *fp;
	CHECK(l != NULL);
	fp = open_memstream(&out, &len);
	CHECK(fp != NULL);
	CHECK(ent_render_fact_detail(fp, &l->v[0]) == 0);
	fclose(fp);
	ent_fact_list_free(l);
	CHECK(strncmp(out, "fact 1: deal", 12) == 0);
	CHECK(strstr(out, "suppliers:") && strstr(out, "PAK"));
	CHECK(strstr(out, "partners:") && strstr(out, "TUR"));
	CHECK(strstr(out, "recipient:") != NULL);
	CHECK(strstr(out, "$2.00 bn") != NULL);
	CHECK(strstr(out, "2025") != NULL);
	CHECK(strstr(out, "signed") != NULL);
	CHECK(strstr(out, "JF-17") != NULL);
	CHECK(strstr(out, "quantity 40") != NULL);
	CHECK(strstr(out, "a.txt") != NULL);
	CHECK(strstr(out, "bytes 10-40") != NULL);
	CHECK(strstr(out, "deal.money_verb") != NULL);
	CHECK(strstr(out, "He said \"deal, done\"") != NULL);
	CHECK(strstr(out, "and left\"") != NULL);
	free(out);
}

TEST(render_detail__labels_keep_a_space_before_the_value)
{
	/* "participants:" is the longest label: its value is still set
	 * apart, in the same column as the others' */
	ent_fact_list *l = sample_list();
	char *out = NULL;
	size_t len = 0;
	FILE *fp;
	CHECK(l != NULL);
	fp = open_memstream(&out, &len);
	CHECK(fp != NULL);
	CHECK(ent_render_fact_detail(fp, &l->v[1]) == 0);
	fclose(fp);
	ent_fact_list_free(l);
	CHECK(strstr(out, "\n  participants: AZE, TUR\n") != NULL);
	CHECK(strstr(out, "\n  year:         2024\n") != NULL);
	free(out);
}

TEST(render_facts__write_error_is_eio)
{
	ent_fact_list *l = sample_list();
	FILE *fp = fopen("/dev/full", "w");
	int rc;
	CHECK(l != NULL);
	if (!fp) { /* no /dev/full here: nothing to test */
		ent_fact_list_free(l);
		return;
	}
	setvbuf(fp, NULL, _IONBF, 0);
	rc = ent_render_facts(fp, l, ENT_RENDER_JSONL);
	fclose(fp);
	ent_fact_list_free(l);
	CHECK_INT(rc, ENT_EIO);
}

TEST(render_json__out_of_memory_fails_cleanly)
{
	ent_fact_list *l = sample_list();
	char *s = NULL;
	long n;
	int rc = -1;
	CHECK(l != NULL);
	/* fail each allocation in turn until rendering succeeds */
	for (n = 0; n < 200; n++) {
		ent__alloc_fail_after(n);
		rc = ent_render_fact_json(&s, &l->v[0]);
		ent__alloc_fail_after(-1);
		if (rc == 0)
			break;
		CHECK_INT(rc, ENT_ENOMEM);
		CHECK(s == NULL);
	}
	ent_fact_list_free(l);
	CHECK_INT(rc, 0);
	ent_free(s);
}
