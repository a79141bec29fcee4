/*
 * test_extract_stage_merge.c - rules found on the dev texts read again in
 * a new session: an MoU and the contract it led to are one deal at the
 * contract's stage; a tender "won" with its sum before the noun; a state
 * after the comma of "According to reports," is a party, not the source;
 * "49 such systems" takes the goods of the sentence before with its own
 * count.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

/* The one deal of text, checked for stage, year and a count of its first
 * item (-1: none). */
static void expect_one_deal(const char *text, const char *sup, const char *rec,
			    ent_status st, int year, long qty)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	if (ndeals(l) != 1)
		fprintf(stderr, "    %zu deals, not 1, in: %s\n", ndeals(l), text);
	CHECK_INT(ndeals(l), 1);
	f = find_deal(l, sup, rec);
	CHECK(f != NULL);
	CHECK_INT(f->status, st);
	CHECK_INT(f->year, year);
	CHECK(f->nitems > 0);
	CHECK_INT(f->items[0].quantity, qty);
	ent_fact_list_free(l);
}

TEST(extract_stage_merge__an_mou_and_its_contract_are_one_deal)
{
	/* the contract, undated, after an MoU of the same count of goods:
	 * one deal, signed, with no year (the MoU's is not the contract's) */
	expect_one_deal("The navy ministry of Kenya signed a contract with Spain for the "
			"acquisition of three offshore patrol vessels.\n\n"
			"Spain signed a memorandum of understanding in March 2019 to build "
			"three patrol vessels for Kenya.",
			"ESP", "KEN", ENT_STATUS_SIGNED, 0, 3);
	/* dated, the contract keeps its own year */
	expect_one_deal("Spain and Kenya signed an MoU in 2019 on the supply of three "
			"offshore patrol vessels.\n\n"
			"In 2021 Kenya signed a contract with Spain for three offshore patrol "
			"vessels.",
			"ESP", "KEN", ENT_STATUS_SIGNED, 2021, 3);
}

TEST(extract_stage_merge__an_mou_on_cooperation_is_its_own_agreement)
{
	/* no goods named alike: the purchase follows an MoU of its own */
	static const char *sup[] = {"ESP", "ESP", NULL}, *rec[] = {"KEN", "KEN", NULL};
	expect_deals("In 2021 Kenya bought three offshore patrol vessels from Spain.\n\n"
		     "The purchase follows an MoU on defence industrial cooperation that "
		     "Spain and Kenya signed in 2019, which opened the way for Spanish firms "
		     "to offer ships, radars and helicopters to Nairobi.",
		     2, sup, rec);
	/* other counts, or years far apart: two agreements */
	expect_deals("Spain signed a memorandum of understanding in 2019 to build three "
		     "patrol vessels for Kenya.\n\n"
		     "Kenya signed a contract with Spain for six patrol vessels.",
		     2, sup, rec);
	expect_deals("Spain signed a memorandum of understanding in 2012 to build three "
		     "patrol vessels for Kenya.\n\n"
		     "In 2021 Kenya signed a contract with Spain for three patrol vessels.",
		     2, sup, rec);
}

TEST(extract_stage_merge__a_tender_won_with_its_sum)
{
	ent_fact_list *l = run("Spain won a $400 million tender to build three patrol "
			       "vessels for the Kenyan Navy.",
			       NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = find_deal(l, "ESP", "KEN");
	CHECK(f != NULL);
	CHECK_INT(f->status, ENT_STATUS_SIGNED);
	CHECK(f->value.present && f->value.has_usd);
	CHECK(f->value.usd == 400e6);
	ent_fact_list_free(l);
}

TEST(extract_stage_merge__a_state_after_the_source_is_a_party)
{
	expect_deal("According to reports, Spain has won the tender to build three patrol "
		    "vessels for the Kenyan Navy.",
		    1, "ESP", "KEN");
	expect_deal("According to Spanish media, Spain has won the contract to build three "
		    "patrol vessels for the Kenyan Navy.",
		    1, "ESP", "KEN");
	/* the source itself is still no party */
	expect_not("Kenya bought three patrol vessels, according to Spain.", "ESP", "KEN");
}

TEST(extract_stage_merge__such_systems_with_their_own_count)
{
	ent_fact_list *l = run("Spain sold 20 ATLAS howitzers to Kenya. Spain as well as Italy "
			       "have gifted Uganda 12 such 155 millimeter truck-mounted systems.",
			       NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = find_deal(l, "ESP", "UGA");
	CHECK(f != NULL);
	CHECK(ent_fact_has_code(f->suppliers, f->nsuppliers, "ITA"));
	CHECK_INT(f->status, ENT_STATUS_DELIVERED);
	CHECK(f->nitems == 1);
	CHECK_INT(f->items[0].category, ENT_CAT_ARTILLERY);
	CHECK_INT(f->items[0].quantity, 12);
	ent_fact_list_free(l);
}
