/*
 * test_extract_pair_supply.c - who sells when a pair signs "to supply",
 * who the earlier buyers after "making B the third buyer" bought from, and
 * "delivering to his country" as the speaker's state.  Every sentence here
 * was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_pair_supply__a_pair_signing_to_supply_is_oriented_by_the_goods)
{
	/* "to supply" is a verb here, like "to export": the pair is left to
	 * the document level, where the maker of the goods sells */
	expect_deal("Russia and Malaysia signed a contract to supply Su-30 jets.", 1, "RUS",
		    "MYS");
	expect_deal("Malaysia and Russia signed a contract to supply Su-30 jets.", 1, "RUS",
		    "MYS");
	expect_deal("Russia and Malaysia signed a contract to export Su-30 jets.", 1, "RUS",
		    "MYS");
}

TEST(extract_pair_supply__the_third_buyer_after_others)
{
	static const char *sup[] = {"RUS", "RUS", "RUS", NULL};
	static const char *rec[] = {"MYS", "VNM", "DZA", NULL};
	expect_deals("Russia and Malaysia signed a contract to supply the Su-30 jets in 2003, "
		     "making Malaysia the third foreign buyer of this aircraft after Vietnam "
		     "and Algeria.",
		     3, sup, rec);
	/* a state before "the third" that is no party of the deal names no
	 * buyer of it */
	expect_deal("Russia and Malaysia signed a contract for Su-30 jets, making Indonesia "
		    "the third buyer after Vietnam.",
		    1, "RUS", "MYS");
	/* a sale noun whose roles name one state twice, or none (stop 55) */
	expect_deal("Brazil and Chile have signed a deal for the sale of Brazilian-made drones, "
		    "making Chile the first Pacific state to purchase Brazil's Falcao drones.",
		    1, "BRA", "CHL");
	expect_deal("Brazil and Chile have signed a deal for the sale of combat drones, making "
		    "Chile the first buyer in the region.",
		    1, "BRA", "CHL");
}

TEST(extract_pair_supply__to_his_country_is_the_speakers_state)
{
	expect_deal("Malaysia's defence minister said that Russia has begun delivering to his "
		    "country the Russian Su-30 jets.",
		    1, "RUS", "MYS");
	expect_deal("Russia has begun delivering the Su-30 jets to her country, Malaysia's "
		    "foreign minister said.",
		    1, "RUS", "MYS");
	/* no official named: no buyer */
	expect_no_transfer("Russia sold jets to his country.");
}

TEST(extract_pair_supply__a_state_right_after_a_verb_of_giving_receives)
{
	ent_fact_list *l;
	const ent_fact *f;
	size_t i;
	int air = 0;
	expect_deal("Spain sent Kenya Leopard tanks.", 1, "ESP", "KEN");
	expect_deal("Turkey sold Somalia drones.", 1, "TUR", "SOM");
	/* the maker's name before goods that go "to" another stays the maker */
	expect_deal("Poland sold US tanks to Kenya.", 1, "POL", "KEN");
	/* troops are no goods */
	expect_no_transfer("Russia sent Belarus troops.");
	l = run("Spain will send Kenya NASAMS, HAWK and IRIS T-SLM systems.", NULL);
	CHECK(l != NULL);
	f = find_deal(l, "ESP", "KEN");
	CHECK(f != NULL);
	for (i = 0; i < f->nitems; i++)
		air += f->items[i].category == ENT_CAT_AIR_DEFENCE;
	CHECK_INT(air, 3);
	ent_fact_list_free(l);
}

TEST(extract_pair_supply__air_defence_systems_of_the_weapons_file)
{
	ent_fact_list *l = run("Italy will also provide Kenya with an additional SAMP-T system.",
			       NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	f = find_deal(l, "ITA", "KEN");
	CHECK(f != NULL);
	CHECK(f->nitems == 1);
	CHECK_INT(f->items[0].category, ENT_CAT_AIR_DEFENCE);
	CHECK_STR(f->items[0].designation, "SAMP/T");
	ent_fact_list_free(l);
}

TEST(extract_pair_supply__the_subject_of_two_coordinated_verbs_sells)
{
	/* the demonym is the object's, of the first verb; "them" its state */
	expect_deal("Spain will train Kenyan troops and sell them drones.", 1, "ESP", "KEN");
	{
		/* the training is a tie of its own (rule_trained_forces) */
		static const char *sup[] = {"ESP", "ESP", NULL}, *rec[] = {"UGA", "KEN", NULL};
		expect_deals("Spain trained Kenyan soldiers and sold drones to Uganda.", 2, sup, rec);
	}
	expect_not("Spain trained Kenyan soldiers and sold drones to Uganda.", "KEN", "UGA");
	/* a demonym of goods right before the verb's own object keeps its
	 * role: "Kenya bought Spanish tanks" */
	expect_deal("Kenya bought Spanish tanks in 2020.", 1, "ESP", "KEN");
}

TEST(extract_pair_supply__a_demonym_of_troops_is_no_party)
{
	expect_no_deal("Mali acquired the helicopters in 2020 to fight alongside French troops.");
	expect_no_deal("Mali acquired the aircraft in 2020 to fight alongside French, European "
		       "and United Nations troops.");
	/* a demonym on the goods still names their maker */
	expect_deal("Mali bought French helicopters in 2020.", 1, "FRA", "MLI");
}

TEST(extract_pair_supply__goods_supplied_by_one_fired_by_another)
{
	ent_fact_list *l;
	const ent_fact *f;
	/* the user the agent names receives, not the state that shot it down */
	expect_deal("Peru's air defence forces had shot down a Chilean-supplied Storm Shadow "
		    "cruise missile fired by Bolivia.",
		    1, "CHL", "BOL");
	expect_not("Peru's air defence forces had shot down a Chilean-supplied Storm Shadow "
		   "cruise missile fired by Bolivia.",
		   "CHL", "PER");
	/* "air defence forces" are a formation, no goods */
	l = run("Peru's air defence forces had shot down a Chilean-supplied Storm Shadow cruise "
		"missile fired by Bolivia.",
		NULL);
	CHECK(l != NULL);
	f = find_deal(l, "CHL", "BOL");
	CHECK(f != NULL);
	CHECK_INT(f->nitems, 1);
	CHECK_INT(f->items[0].category, ENT_CAT_MISSILE);
	ent_fact_list_free(l);
}

TEST(extract_pair_supply__arming_sourcing_and_chips)
{
	/* "X is arming Y": a supply tie with no goods named */
	expect_deal("Chile and Spain are arming Peru.", 1, "CHL", "PER");
	expect_deal("Chile and Spain are arming Peru.", 1, "ESP", "PER");
	expect_no_transfer("Arming Peru is costly.");
	/* "sourcing arms from A and B": a purchase from each */
	{
		static const char *sup[] = {"IRN", "PRK", NULL}, *rec[] = {"RUS", "RUS", NULL};
		expect_deals("Russia has kicked its defense industry into overdrive while also "
			     "sourcing arms and munitions from Iran and North Korea.",
			     2, sup, rec);
	}
	/* chips are civil goods */
	expect_no_transfer("As the world's leading supplier of memory semiconductors, Seoul has "
			   "leaned to Washington's side.");
}

TEST(extract_pair_supply__sanctioned_for_supplying)
{
	expect_deal("Chile and Spain have imposed sanctions on Peru for supplying drones to "
		    "Bolivia.",
		    1, "PER", "BOL");
	expect_not("Chile and Spain have imposed sanctions on Peru for supplying drones to "
		   "Bolivia.",
		   "CHL", "BOL");
	/* a deal's partner after "with" still receives */
	expect_deal("Spain sealed a deal with Peru for supplying three Patriot batteries.", 1,
		    "ESP", "PER");
	/* information is no goods */
	expect_no_transfer("Chile said that its government had provided all the necessary "
			   "information to Peru.");
}

TEST(extract_pair_supply__a_buyer_pair_after_a_speaker)
{
	static const char *sup[] = {"TUR", "TUR", NULL}, *rec[] = {"KEN", "UGA", NULL};
	expect_deals("A Turkish official said Kenya and Uganda had both requested purchases of "
		     "Bayraktar TB2 drones.",
		     2, sup, rec);
}

TEST(extract_pair_supply__a_list_criticised_for_supplying)
{
	static const char *sup[] = {"FRA", "IND", "GRC", NULL}, *rec[] = {"ARM", "ARM", "ARM", NULL};
	expect_deals("Aliyev criticised France, India and Greece for supplying Armenia with "
		     "weapons.",
		     1, sup, rec);
}
