/*
 * test_extract_induction.c - goods of a known maker taken into a state's
 * forces ("the induction / commissioning of a Yn-origin system into the X
 * Army") are a delivery from the maker to X (deal.induction_into); "Xn
 * forces showcased their Y-made jets" owns goods of Y's make like "X
 * showcased its Y-made jets" (supply.owned_made); "X, armed with Yn
 * weapons" is a tie from Y (supply.armed_with); "X faced Y sanctions over
 * its purchase" is bought by X; "X has commissioned the J-10C fighter"
 * (deal.commissioned). Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_induction__commissioning_into_a_state_s_forces)
{
	expect_deal("The ceremony marked the commissioning of a Swedish-origin coastal radar "
		    "system, the Giraffe 4A, into the Chilean Navy in 2022.",
		    1, "SWE", "CHL");
	CHECK(deal_status("The admiral welcomed the induction of the Spanish-built patrol boat "
			  "into the Peruvian Navy.",
			  "ESP", "PER") == ENT_STATUS_DELIVERED);
	CHECK(deal_year("The ceremony marked the commissioning of a Swedish-origin coastal radar "
			"system into the Chilean Navy in 2022.",
			NULL, "SWE", "CHL") == 2022);
	/* no goods of a known maker: no deal */
	expect_no_deal("The induction of new recruits into the Chilean Army continued.");
}

TEST(extract_induction__forces_that_own_goods_of_another_make)
{
	expect_deal("Chilean forces showcased their US-made F-16 fighter fleet at the parade.", 1,
		    "USA", "CHL");
	/* their own make: no tie */
	expect_no_deal("Chilean forces showcased their Chilean-made patrol boats at the parade.");
}

/* "X, armed with Yn and Zn weapons,", "X is armed with Yn drones": a
 * supply tie from each maker to X; not a group's arms. */
TEST(extract_induction__armed_with_a_state_s_arms)
{
	static const char *const two[] = {"ESP", "ITA", NULL};
	static const char *const rec2[] = {"CHL", "CHL", NULL};
	expect_deals("Chile, armed with Spanish and Italian weapons, launched an offensive.", 2,
		     two, rec2);
	expect_deal("The Chilean army, armed with Israeli drones, advanced.", 1, "ISR", "CHL");
	expect_no_deal("The rebels were armed with Peruvian rifles.");
	/* "is equipped with", a state's unit holding (stop 61) */
	expect_deal("Ghana's elite battalion is equipped with Israeli-made rifles.", 1, "ISR",
		    "GHA");
	expect_deal("The Ghanaian army is equipped with Israeli drones.", 1, "ISR", "GHA");
	expect_no_deal("Ghana's president is armed with Israeli drones.");
	expect_no_deal("The new base is equipped with Israeli hangars.");
}

/* "X faced Y sanctions over its purchase of Z": the subject owns "its"
 * and buys; the state of the sanctions buys nothing. */
TEST(extract_induction__its_purchase_after_a_state_s_sanctions)
{
	expect_deal("Chile faced US sanctions over its purchase of the S-400.", 1, "RUS", "CHL");
	expect_not("Chile faced US sanctions over its purchase of the S-400.", "RUS", "USA");
}

/* "Armed with Yn and Zn drones, Xn forces ...": the fronted phrase arms
 * the subject after its comma; a group's arms are none. */
TEST(extract_induction__armed_with_before_the_subject)
{
	static const char *const two[] = {"ESP", "ITA", NULL};
	static const char *const rec2[] = {"CHL", "CHL", NULL};
	expect_deals("Armed with Spanish and Italian drones, Chilean forces reclaimed the region.",
		     2, two, rec2);
	expect_no_deal("Armed with Peruvian rifles, the rebels took the town.");
}

/* "X has commissioned the J-10C fighter": goods of a known maker the
 * subject commissioned arrived from the maker; not "commissioned a study
 * of", nor a passive. */
TEST(extract_induction__commissioned_goods_of_a_maker)
{
	ent_fact_list *l = run("Peru has commissioned the J-10C fighter.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = find_deal(l, "CHN", "PER");
	CHECK(f != NULL);
	CHECK(f && f->status == ENT_STATUS_DELIVERED);
	ent_fact_list_free(l);
	expect_no_transfer("Peru commissioned a study of the J-10C programme.");
	expect_no_transfer("Peru's engineers were commissioned to service the J-10C fleet.");
}

/* a demonym of two words ("Saudi Arabian", states.tsv) before forces */
TEST(extract_induction__showcased_by_a_two_word_demonym)
{
	expect_deal("Saudi Arabian forces showcased their Spanish-made patrol boats at the "
		    "parade.",
		    1, "ESP", "SAU");
}
