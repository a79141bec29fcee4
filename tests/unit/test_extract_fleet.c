/*
 * test_extract_fleet.c - deal rules found on holdout set ah (arms deals of
 * Africa, Latin America and Southeast Asia): the systems of a state's
 * fleet are supply ties from their makers (rule_fleet); "the country" at
 * the head of a sentence is the state the sentence before speaks of
 * (polity_subject); a verbless "Six <goods> from X." goes on with the
 * purchases of the sentence before (rule_goods_from_fragment).
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

/* The supply tie or deal sup -> rec has an item of category cat. */
static int has_item(const char *text, const char *sup, const char *rec, ent_category cat)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? find_deal(l, sup, rec) : NULL;
	size_t i;
	int ok = 0;
	for (i = 0; f && i < f->nitems; i++)
		ok |= f->items[i].category == cat;
	if (l)
		ent_fact_list_free(l);
	return ok;
}

TEST(extract_fleet__a_fleets_systems_are_ties_from_the_states_that_qualify_them)
{
	const char *const two_sup[] = {"USA", "RUS", NULL}, *const two_rec[] = {"PER", "PER", NULL};
	/* "its" fleet: the subject of the sentence owns it */
	expect_deals("Peru is replacing its ageing fleet, consisting mainly of American F-16s and "
		     "Russian Sukhois, with new jets.",
		     2, two_sup, two_rec);
	/* a possessive owner a few words before the fleet; a demonym over a
	 * designation's words ("British Hawk Mk 53 jets"), a state name right
	 * before the goods ("US F-5 trainers") */
	expect_deal("The new jets will replace the Ghanaian Air Force's old fleet of trainers, "
		    "which includes British Hawk Mk 53 jets and US F-5 trainers.",
		    2, "GBR", "GHA");
	expect_deal("The new jets will replace the Ghanaian Air Force's old fleet of trainers, "
		    "which includes British Hawk Mk 53 jets and US F-5 trainers.",
		    2, "USA", "GHA");
	expect_deal("Kenya's helicopter fleet includes Chinese Z-9 helicopters.", 1, "CHN", "KEN");
	/* a designation with a maker speaks for itself */
	expect_deal("The Zambian fleet comprises six MiG-29 jets.", 1, "RUS", "ZMB");
}

TEST(extract_fleet__no_owner_no_goods_no_second_tie)
{
	/* no owner: a fleet someone sees */
	expect_deal("The Philippines spotted a fleet of Chinese fishing boats near the shoal.", 0,
		    NULL, NULL);
	/* the owner's own goods */
	expect_deal("Russia's Black Sea fleet of Russian warships left port.", 0, NULL, NULL);
	/* negated */
	expect_deal("Peru's fleet no longer includes any American F-16s.", 0, NULL, NULL);
	/* the fleet's phrase ends at its verb: goods after it are not held */
	expect_deal("Peru's entire fleet of F-16s is at risk with the arrival of Rafale jets "
		    "next door.",
		    1, "USA", "PER");
	expect_not("Peru's fleet of F-16s will be outmatched after the arrival of Rafale jets.",
		   "FRA", "PER");
	/* ... and at a clause of time or contrast */
	expect_not("Peru signed the contract to replace its aging fleet of fighter jets with the "
		   "Gripen in 2014, after deciding against Boeing's F-18 Super Hornet and the "
		   "Rafale made by France's Dassault Aviation.",
		   "FRA", "PER");
	/* a transfer the sentence states already is not told twice */
	expect_deal("The deal will allow Armenia to replace its current fleet of Russian MiG-29s "
		    "with the new jets.",
		    1, "RUS", "ARM");
}

TEST(extract_fleet__fleet_goods_are_no_goods_of_the_order_of_the_sentence)
{
	/* the order for French jets keeps its own goods only, so it is one
	 * deal with the Rafale order of the sentence before */
	const char *text = "Indonesia has ordered 42 Rafale jets from France. Jakarta's first "
			   "order for French warplanes comes as it replaces an old fleet "
			   "consisting of American F-16s and Russian Sukhois.";
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? find_deal(l, "FRA", "IDN") : NULL;
	size_t i, n = 0;
	CHECK(f != NULL);
	for (i = 0; l && i < l->n; i++)
		n += l->v[i].type == ENT_FACT_DEAL && ent_fact_has_code(l->v[i].suppliers,
									l->v[i].nsuppliers, "FRA");
	CHECK_INT(n, 1);
	for (i = 0; f && i < f->nitems; i++)
		CHECK(!f->items[i].designation || strcmp(f->items[i].designation, "F-16") != 0);
	CHECK(l && find_deal(l, "USA", "IDN") != NULL);
	CHECK(l && find_deal(l, "RUS", "IDN") != NULL);
	ent_fact_list_free(l);
}

/* After a fronted clause and its comma, "the country" is that clause's
 * subject, not a state a preposition governs there; it reaches a verb of
 * buying further on when no comma is between. */
TEST(extract_fleet__the_country_after_a_fronted_clause_is_its_subject)
{
	expect_deal("Even as Peru is engaged in a border dispute with Chile, the country plans to "
		    "buy BrahMos missiles.",
		    1, "IND", "PER");
	expect_deal("Peru is in a border dispute with Chile. The country is reportedly planning to "
		    "seal a deal for the purchase of BrahMos missiles.",
		    1, "IND", "PER");
}

/* "Now that X has drones, Y is feeling left out. The government (It) ...":
 * the sentence before opens with a fronted clause, so its main subject is
 * the one spoken of next (stop 36). */
TEST(extract_fleet__the_main_subject_after_a_fronted_clause_is_referred_to)
{
	expect_deal("Now that Chile has armed drones, Peru is feeling left out. The government "
		    "approved a request to acquire 10 Heron drones from Israel.",
		    1, "ISR", "PER");
	expect_deal("Now that Chile has armed drones, Peru is feeling left out. It plans to "
		    "acquire 10 Heron drones from Israel.",
		    1, "ISR", "PER");
}

/* "X's president said on Monday that his country will purchase ...":
 * "his country" is the state of the person before it. */
TEST(extract_fleet__his_country_is_the_state_of_the_person_before)
{
	static const char *const sup[] = {"TUR", "RUS", NULL};
	static const char *const rec[] = {"KGZ", "KGZ", NULL};
	expect_deals("Kyrgyzstan's president said on Monday that his country will purchase drones "
		     "from both Turkey and Russia.",
		     2, sup, rec);
	/* no person of a state before "his": no buyer */
	expect_deal("The minister said on Monday that his country will purchase drones from "
		    "Turkey.",
		    0, NULL, NULL);
}

TEST(extract_fleet__the_country_opening_a_sentence_is_the_state_before)
{
	expect_deal("Norway is upgrading its air force. The country has also promised to supply "
		    "fighter jets to Ukraine.",
		    1, "NOR", "UKR");
	expect_deal("Norway has about 40 old jets. The country also delivered six helicopters to "
		    "Ukraine.",
		    1, "NOR", "UKR");
	/* as a buyer */
	expect_deal("Egypt signed a deal with Russia last year. The country also bought 12 Rafale "
		    "jets from France.",
		    1, "FRA", "EGY");
	CHECK(has_item("Egypt signed a deal with Russia last year. The country also bought 12 "
		       "Rafale jets from France.",
		       "FRA", "EGY", ENT_CAT_AIRCRAFT));
	/* not when the sentence names a state before the verb */
	expect_deal("Norway has about 40 old jets. The country and Sweden delivered six "
		    "helicopters to Ukraine.",
		    1, "SWE", "UKR");
}

TEST(extract_fleet__a_verbless_goods_from_state_fragment_goes_on_with_the_purchases)
{
	const char *const sup[] = {"RUS", "CHN", "BLR", NULL},
			  *const rec[] = {"NGA", "NGA", "NGA", NULL};
	expect_deals("Nigeria bought four Mi-35 helicopters from Russia. Six Y-12 transport "
		     "aircraft from China. Ten Su-30 fighters and three Mi-24P helicopters from "
		     "Belarus.",
		     3, sup, rec);
	/* not after another paragraph, not with a verb, not without a
	 * purchase right before */
	expect_deal("Nigeria bought four Mi-35 helicopters from Russia.\n\nSix Y-12 transport "
		    "aircraft from China.",
		    1, "RUS", "NGA");
	expect_deal("Nigeria bought four Mi-35 helicopters from Russia. Six Y-12 transport "
		    "aircraft were seen flying from China.",
		    1, "RUS", "NGA");
	expect_deal("The parade was long. Six Y-12 transport aircraft from China.", 0, NULL, NULL);
}

/* "The government also announced plans to purchase ... from Y" at the
 * head of a sentence: the state the sentence before speaks of buys. */
TEST(extract_fleet__the_government_opening_a_sentence_is_the_state_before)
{
	expect_deal("Croatia received six Rafale jets from France. The government also announced "
		    "plans to purchase up to 50 Leopard tanks from Germany.",
		    2, "DEU", "HRV");
}
