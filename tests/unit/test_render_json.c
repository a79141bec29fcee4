/*
 * test_render_json.c - the JSON contract of DESIGN.md: every fact type is
 * rendered, parsed back with jansson and checked field by field.
 */
#include "test.h"
#include "entente/render.h"
#include "entente/fact.h"
#include "util/alloc.h"

#include <jansson.h>
#include <stdlib.h>

/* Render @p f and parse it; NULL (and a failed check) when either fails. */
static json_t *roundtrip(const ent_fact *f)
{
	char *s = NULL;
	json_t *j;
	json_error_t err;
	if (ent_render_fact_json(&s, f) != 0 || !s)
		return NULL;
	j = json_loads(s, JSON_REJECT_DUPLICATES, &err);
	if (!j)
		fprintf(stderr, "  bad JSON (%s): %s\n", err.text, s);
	ent_free(s);
	return j;
}

static const char *jstr(json_t *o, const char *k) { return json_string_value(json_object_get(o, k)); }

static void sample_deal(ent_fact *f)
{
	static const char q[] = "Pakistan and Turkey will supply \"armed\" drones\nto Azerbaijan";
	ent_fact_init(f, ENT_FACT_DEAL);
	f->id = 42;
	ent_fact_add_code(f->suppliers, &f->nsuppliers, "PAK");
	ent_fact_add_code(f->partners, &f->npartners, "TUR");
	ent_code_set(&f->recipient, "AZE");
	f->value.present = 1;
	f->value.amount = 2e9;
	memcpy(f->value.currency, "USD", 4);
	f->value.has_usd = 1;
	f->value.usd = 2e9;
	f->year = 2025;
	f->status = ENT_STATUS_SIGNED;
	f->confidence = 0.9;
	ent_fact_add_item(f, ENT_CAT_DRONE, "armed drones", 12, NULL, -1);
	ent_fact_add_item(f, ENT_CAT_AIRCRAFT, "JF-17 fighters", 14, "JF-17 Thunder", 40);
	ent_fact_add_evidence(f, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
			      "corpus/a.txt", 1234, 1302, q, sizeof q - 1, "deal.money_verb");
}

TEST(render_json__deal_fields)
{
	ent_fact f;
	json_t *j, *v, *items, *it, *ev, *e;
	sample_deal(&f);
	j = roundtrip(&f);
	ent_fact_destroy(&f);
	CHECK(j != NULL);
	CHECK_STR(jstr(j, "id"), "42");
	CHECK_STR(jstr(j, "type"), "deal");
	CHECK(json_array_size(json_object_get(j, "suppliers")) == 1);
	CHECK_STR(json_string_value(json_array_get(json_object_get(j, "suppliers"), 0)), "PAK");
	CHECK_STR(json_string_value(json_array_get(json_object_get(j, "partners"), 0)), "TUR");
	CHECK_STR(jstr(j, "recipient"), "AZE");
	v = json_object_get(j, "value");
	CHECK(json_is_object(v));
	CHECK(json_is_integer(json_object_get(v, "amount")));
	CHECK_INT(json_integer_value(json_object_get(v, "amount")), 2000000000LL);
	CHECK_STR(jstr(v, "currency"), "USD");
	CHECK_INT(json_integer_value(json_object_get(v, "usd")), 2000000000LL);
	CHECK(json_is_false(json_object_get(v, "approx")));
	CHECK_INT(json_integer_value(json_object_get(j, "year")), 2025);
	CHECK_STR(jstr(j, "status"), "signed");
	items = json_object_get(j, "items");
	CHECK_INT(json_array_size(items), 2);
	it = json_array_get(items, 0);
	CHECK_STR(jstr(it, "category"), "drone");
	CHECK_STR(jstr(it, "text"), "armed drones");
	CHECK(json_is_null(json_object_get(it, "designation")));
	CHECK(json_is_null(json_object_get(it, "quantity")));
	it = json_array_get(items, 1);
	CHECK_STR(jstr(it, "category"), "aircraft");
	CHECK_STR(jstr(it, "designation"), "JF-17 Thunder");
	CHECK_INT(json_integer_value(json_object_get(it, "quantity")), 40);
	CHECK(json_real_value(json_object_get(j, "confidence")) > 0.899 &&
	      json_real_value(json_object_get(j, "confidence")) < 0.901);
	CHECK_INT(json_integer_value(json_object_get(j, "sources")), 1);
	ev = json_object_get(j, "evidence");
	CHECK_INT(json_array_size(ev), 1);
	e = json_array_get(ev, 0);
	CHECK_STR(jstr(e, "doc"), "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
	CHECK_STR(jstr(e, "source"), "corpus/a.txt");
	CHECK_INT(json_integer_value(json_object_get(e, "start")), 1234);
	CHECK_INT(json_integer_value(json_object_get(e, "end")), 1302);
	CHECK_STR(jstr(e, "quote"), "Pakistan and Turkey will supply \"armed\" drones\nto Azerbaijan");
	CHECK_STR(jstr(e, "rule"), "deal.money_verb");
	json_decref(j);
}

TEST(render_json__integral_amount_has_no_exponent)
{
	ent_fact f;
	char *s = NULL;
	sample_deal(&f);
	CHECK(ent_render_fact_json(&s, &f) == 0);
	ent_fact_destroy(&f);
	CHECK(strstr(s, "\"amount\":2000000000,") != NULL);
	CHECK(strstr(s, "e+") == NULL);
	CHECK(strstr(s, "\"confidence\":0.90,") != NULL);
	CHECK(strncmp(s, "{\"id\":\"42\",\"type\":\"deal\",", 25) == 0);
	ent_free(s);
}

TEST(render_json__nulls_and_approx_non_usd)
{
	ent_fact f;
	json_t *j, *v;
	ent_fact_init(&f, ENT_FACT_DEAL);
	f.id = 7;
	ent_fact_add_code(f.suppliers, &f.nsuppliers, "FRA");
	f.value.present = 1;
	f.value.amount = 300.5e6;
	memcpy(f.value.currency, "EUR", 4);
	f.value.approx = 1;
	j = roundtrip(&f);
	ent_fact_destroy(&f);
	CHECK(j != NULL);
	CHECK(json_is_null(json_object_get(j, "recipient")));
	CHECK(json_is_null(json_object_get(j, "year")));
	CHECK(json_is_null(json_object_get(j, "status")));
	CHECK_INT(json_array_size(json_object_get(j, "partners")), 0);
	CHECK_INT(json_array_size(json_object_get(j, "items")), 0);
	CHECK_INT(json_array_size(json_object_get(j, "evidence")), 0);
	v = json_object_get(j, "value");
	CHECK(json_is_integer(json_object_get(v, "amount")));
	CHECK_INT(json_integer_value(json_object_get(v, "amount")), 300500000);
	CHECK_STR(jstr(v, "currency"), "EUR");
	CHECK(json_is_null(json_object_get(v, "usd")));
	CHECK(json_is_true(json_object_get(v, "approx")));
	json_decref(j);

	ent_fact_init(&f, ENT_FACT_DEAL);
	j = roundtrip(&f);
	ent_fact_destroy(&f);
	CHECK(j != NULL);
	CHECK(json_is_null(json_object_get(j, "value")));
	CHECK_STR(jstr(j, "id"), "0");
	json_decref(j);
}

TEST(render_json__fractional_amount_reads_back)
{
	ent_fact f;
	json_t *j;
	ent_fact_init(&f, ENT_FACT_DEAL);
	f.value.present = 1;
	f.value.amount = 1234.5;
	memcpy(f.value.currency, "GBP", 4);
	j = roundtrip(&f);
	ent_fact_destroy(&f);
	CHECK(j != NULL);
	CHECK(json_real_value(json_object_get(json_object_get(j, "value"), "amount")) == 1234.5);
	json_decref(j);
}

TEST(render_json__exercise)
{
	ent_fact f;
	json_t *j, *d;
	ent_fact_init(&f, ENT_FACT_EXERCISE);
	f.id = 3;
	f.name = ent__strdup("Steppe Shield 2024");
	ent_fact_add_code(f.participants, &f.nparticipants, "KAZ");
	ent_fact_add_code(f.participants, &f.nparticipants, "UZB");
	f.year = 2024;
	ent_fact_add_domain(&f, "mountain warfare", 16);
	ent_fact_add_domain(&f, "counter-terrorism", 17);
	j = roundtrip(&f);
	ent_fact_destroy(&f);
	CHECK(j != NULL);
	CHECK_STR(jstr(j, "type"), "exercise");
	CHECK_STR(jstr(j, "name"), "Steppe Shield 2024");
	CHECK_INT(json_array_size(json_object_get(j, "participants")), 2);
	CHECK_STR(json_string_value(json_array_get(json_object_get(j, "participants"), 1)), "UZB");
	CHECK_INT(json_integer_value(json_object_get(j, "year")), 2024);
	CHECK(json_is_null(json_object_get(j, "location")));
	d = json_object_get(j, "domains");
	CHECK_INT(json_array_size(d), 2);
	CHECK_STR(json_string_value(json_array_get(d, 0)), "mountain warfare");
	CHECK(json_object_get(j, "suppliers") == NULL);
	json_decref(j);
}

TEST(render_json__stance_membership_rivalry_supply)
{
	ent_fact f;
	json_t *j, *a;
	ent_fact_init(&f, ENT_FACT_STANCE);
	ent_code_set(&f.actor, "AZE");
	ent_code_set(&f.target, "PAK");
	f.polarity = ENT_POLARITY_SUPPORT;
	j = roundtrip(&f);
	ent_fact_destroy(&f);
	CHECK(j != NULL);
	CHECK_STR(jstr(j, "actor"), "AZE");
	CHECK_STR(jstr(j, "target"), "PAK");
	CHECK_STR(jstr(j, "polarity"), "support");
	CHECK(json_is_null(json_object_get(j, "issue")));
	CHECK(json_is_null(json_object_get(j, "year")));
	json_decref(j);

	ent_fact_init(&f, ENT_FACT_MEMBERSHIP);
	ent_code_set(&f.actor, "PAK");
	ent_code_set(&f.target, "OIC");
	f.year = 1969;
	j = roundtrip(&f);
	ent_fact_destroy(&f);
	CHECK(j != NULL);
	CHECK_STR(jstr(j, "type"), "membership");
	CHECK_STR(jstr(j, "actor"), "PAK");
	CHECK_STR(jstr(j, "bloc"), "OIC");
	CHECK_INT(json_integer_value(json_object_get(j, "year")), 1969);
	json_decref(j);

	ent_fact_init(&f, ENT_FACT_RIVALRY);
	ent_fact_add_code(f.participants, &f.nparticipants, "AZE");
	ent_fact_add_code(f.participants, &f.nparticipants, "ARM");
	j = roundtrip(&f);
	ent_fact_destroy(&f);
	CHECK(j != NULL);
	a = json_object_get(j, "actors");
	CHECK_INT(json_array_size(a), 2);
	CHECK_STR(json_string_value(json_array_get(a, 0)), "ARM"); /* sorted */
	CHECK_STR(json_string_value(json_array_get(a, 1)), "AZE");
	json_decref(j);

	ent_fact_init(&f, ENT_FACT_SUPPLY);
	ent_fact_add_code(f.suppliers, &f.nsuppliers, "ISR");
	ent_code_set(&f.recipient, "AZE");
	j = roundtrip(&f);
	ent_fact_destroy(&f);
	CHECK(j != NULL);
	CHECK_STR(jstr(j, "type"), "supply");
	CHECK_STR(jstr(j, "supplier"), "ISR");
	CHECK_STR(json_string_value(json_array_get(json_object_get(j, "suppliers"), 0)), "ISR");
	CHECK_STR(jstr(j, "recipient"), "AZE");
	json_decref(j);
}

TEST(render_json__escapes_and_repairs_strings)
{
	ent_fact f;
	json_t *j;
	static const char q[] = "tab\there \\ \x01 \"q\" \xC3\xA9 bad:\xFF\xC3 end";
	ent_fact_init(&f, ENT_FACT_STANCE);
	ent_code_set(&f.actor, "IND");
	ent_fact_add_evidence(&f, "d", "x\"y.txt", 0, 3, q, sizeof q - 1, "r");
	j = roundtrip(&f);
	ent_fact_destroy(&f);
	CHECK(j != NULL);
	CHECK_STR(jstr(json_array_get(json_object_get(j, "evidence"), 0), "source"), "x\"y.txt");
	CHECK_STR(jstr(json_array_get(json_object_get(j, "evidence"), 0), "quote"),
		  "tab\there \\ \x01 \"q\" \xC3\xA9 bad:\xEF\xBF\xBD\xEF\xBF\xBD end");
	json_decref(j);
}

TEST(render_json__jsonl_one_object_per_line)
{
	ent_fact_list *l = NULL;
	ent_fact f;
	char *out = NULL, *line, *save = NULL;
	size_t len = 0;
	int n = 0;
	FILE *fp;
	CHECK(ent_fact_list_new(&l) == 0);
	sample_deal(&f);
	CHECK(ent_fact_list_push(l, &f) == 0);
	ent_fact_init(&f, ENT_FACT_RIVALRY);
	ent_fact_add_code(f.participants, &f.nparticipants, "IND");
	ent_fact_add_code(f.participants, &f.nparticipants, "PAK");
	CHECK(ent_fact_list_push(l, &f) == 0);
	fp = open_memstream(&out, &len);
	CHECK(fp != NULL);
	CHECK(ent_render_facts(fp, l, ENT_RENDER_JSONL) == 0);
	fclose(fp);
	ent_fact_list_free(l);
	CHECK(len > 0 && out[len - 1] == '\n');
	for (line = strtok_r(out, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		json_t *j = json_loads(line, 0, NULL);
		CHECK(j != NULL);
		json_decref(j);
		n++;
	}
	free(out);
	CHECK_INT(n, 2);
}

TEST(render_json__format_names)
{
	CHECK_INT(ent_render_format_from_name("table"), ENT_RENDER_TABLE);
	CHECK_INT(ent_render_format_from_name("jsonl"), ENT_RENDER_JSONL);
	CHECK_INT(ent_render_format_from_name("json"), ENT_RENDER_JSONL);
	CHECK_INT(ent_render_format_from_name("csv"), ENT_RENDER_CSV);
	CHECK_INT(ent_render_format_from_name("xml"), -1);
	CHECK_INT(ent_render_format_from_name(NULL), -1);
}
