/*
 * test_extract_false_facts2.c - sentences that must give no fact, the
 * second pass: civil vehicles and craft, firms bought as objects, claims
 * called false, observers of others' drills.  Every sentence here was
 * written for these tests.
 */
#include "extract_harness.h"

TEST(extract_false_facts2__civil_vehicles_and_craft_are_no_goods_of_a_deal)
{
	expect_no_transfer("Germany sold 40,000 cars to Mexico last year.");
	expect_no_transfer("Spain sold 12 commercial airliners to Peru.");
	expect_no_transfer("India sold 12 passenger planes to Nepal in 2020.");
	expect_no_transfer("Boeing sold 50 passenger jets to an airline of Indonesia.");
	expect_no_transfer("Brazil's Embraer sold ten regional jets to a Kenyan carrier.");
	expect_no_transfer("Russia sold civilian helicopters to a Peruvian tourism firm.");
	/* "armoured cars" and a weapon beside the civil craft stay goods */
	expect_deal("France sold 40 armoured cars to Chad.", 1, "FRA", "TCD");
	expect_deal("Russia sold civilian helicopters and 10 Mi-35 gunships to Peru.", 1, "RUS",
		    "PER");
}

TEST(extract_false_facts2__a_firm_bought_is_no_goods)
{
	expect_no_transfer("Rheinmetall bought a Hungarian firm for 120 million euros.");
	expect_no_transfer("Kenya bought a Turkish shipyard for $50 million.");
	/* a firm after "from" is the seller */
	expect_deal("Poland bought 20 tanks from a South Korean firm.", 1, "KOR", "POL");
}

TEST(extract_false_facts2__a_transfer_in_claims_called_false_is_none)
{
	expect_no_transfer("Reports that Ukraine sold missiles to Sudan are false, the ministry "
			   "said.");
	expect_no_transfer("Claims that Belarus supplied tanks to Myanmar were refuted by Minsk.");
	expect_no_transfer("The ministry said that reports of an Indian sale of BrahMos missiles "
			   "to Vietnam were baseless.");
	expect_no_transfer("Claims that Egypt bought J-10 fighters from China are completely "
			   "unfounded.");
	/* a phrase of source between the noun and "that" */
	expect_no_transfer("Reports in the Israeli press that Morocco had bought drones from "
			   "Israel were false, Rabat said.");
	/* confirmed claims, and a transfer stated before the claim noun */
	expect_deal("Reports that Chile bought 12 F-16 jets from the Netherlands were confirmed "
		    "by Santiago.",
		    1, "NLD", "CHL");
	expect_deal("Poland bought 48 K9 howitzers from South Korea, reports that were wrong "
		    "about the price said.",
		    1, "KOR", "POL");
}

/* The participants of the exercise the text gives, as "A,B,..." in ex_buf. */
static char ex_buf[128];
static const char *ex_parties(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
	size_t i;
	ex_buf[0] = 0;
	for (i = 0; f && i < f->nparticipants; i++) {
		if (i)
			strcat(ex_buf, ",");
		strcat(ex_buf, f->participants[i].s);
	}
	if (l)
		ent_fact_list_free(l);
	return ex_buf;
}

TEST(extract_false_facts2__observers_of_the_drills_of_others_are_no_parties)
{
	CHECK_STR(ex_parties("India observed the joint drills of France and Egypt."), "EGY,FRA");
	CHECK_STR(ex_parties("Brazilian observers attended the joint exercise of Argentina and "
			     "Chile."),
		  "ARG,CHL");
	CHECK_STR(ex_parties("Turkey and Qatar watched the naval exercise of Pakistan and "
			     "China."),
		  "CHN,PAK");
	CHECK_STR(ex_parties("India and France held joint drills, which Japan observed."),
		  "FRA,IND");
	/* "observed that" is a remark, the state stays a party */
	CHECK_STR(ex_parties("India observed that its joint drills with France had grown."),
		  "FRA,IND");
}

TEST(extract_false_facts2__civil_craft_before_a_passive_verb_are_no_goods)
{
	expect_no_transfer("Fifty passenger jets were sold to Indonesia by Boeing.");
	/* a weapon beside them in the subject stays goods */
	expect_deal("Passenger jets and ten Su-30 fighters were sold to Vietnam by Russia.", 1,
		    "RUS", "VNM");
}

TEST(extract_false_facts2__a_habitual_purchase_is_a_relation_with_no_stage)
{
	CHECK_INT(deal_status("Serbia has long bought arms from Russia.", "RUS", "SRB"),
		  ENT_STATUS_NONE);
	CHECK_INT(deal_status("Greece has for decades bought arms from France.", "FRA", "GRC"),
		  ENT_STATUS_NONE);
	CHECK_INT(deal_status("Vietnam has traditionally bought weapons from Russia.", "RUS",
			      "VNM"),
		  ENT_STATUS_NONE);
	/* "for decades" after the verb; such a relation is no purchase only
	 * planned */
	CHECK_INT(deal_status("Colombia has acquired military hardware from Israel for decades.",
			      "ISR", "COL"),
		  ENT_STATUS_NONE);
	expect_deals("Colombia has acquired military hardware from Israel for decades.\n\n"
		     "Colombia has plans to acquire the Barak MX air defense system from Israel.",
		     2, NULL, NULL);
	/* a year names the stage */
	CHECK_INT(deal_status("Chile has for years bought 12 F-16 jets from the Netherlands in "
			      "2019.",
			      "NLD", "CHL"),
		  ENT_STATUS_SIGNED);
}

TEST(extract_false_facts2__an_invitation_to_join_drills_is_no_drill)
{
	ent_fact_list *l = run("Beijing invited Pakistan to take part in the exercise.", NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	l = run("China has invited Pakistan and Iran to join its naval drills next year.", NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 0);
	ent_fact_list_free(l);
	/* drills held before the invitation stay */
	l = run("India and France held joint naval drills on Monday; India has invited Japan "
		"to take part next year.",
		NULL);
	CHECK(l && count(l, ENT_FACT_EXERCISE) == 1);
	CHECK(l && takes_part(first(l, ENT_FACT_EXERCISE), "FRA") &&
	      takes_part(first(l, ENT_FACT_EXERCISE), "IND"));
	ent_fact_list_free(l);
}

/* A standing obtained or received is no purchase: "obtained the status of
 * preferred supplier" tells the subject sells, and names no goods bought. */
TEST(extract_false_facts2__a_status_obtained_is_no_purchase)
{
	expect_no_transfer("Hyundai Rotem obtained the status of preferred supplier of armoured "
			   "vehicles for the Peruvian army.");
	expect_no_transfer("The Czech firm received certification from the Indian army for its "
			   "trucks.");
	/* goods obtained stay a purchase */
	expect_deal("Peru obtained 30 armoured vehicles from South Korea.", 1, "KOR", "PER");
}

/* "After being used by the Chilean army, Norinco rifles continue to acquire
 * appeal worldwide": a quality acquired is no purchase (stop 55). */
TEST(extract_false_facts2__a_quality_acquired_is_no_purchase)
{
	expect_no_transfer("After being used by the Chilean army, Norinco rifles continue to "
			   "acquire appeal on a global scale.");
	expect_no_transfer("Chilean drones acquired great importance in the war.");
	/* control: goods acquired */
	expect_deal("Chile acquired Norinco rifles from China.", 1, "CHN", "CHL");
}

/* "which both have been at the receiving end of its aggression": an idiom,
 * no goods received; a sentence with warships and a drill made it one
 * (stop 56). */
TEST(extract_false_facts2__the_receiving_end_receives_nothing)
{
	expect_no_transfer("The warships of Ghana and Togo held a drill, despite Benin's anger at "
			   "the two nations, which have been at the receiving end of its raids.");
	expect_deal("Ghana is receiving warships from Togo.", 1, "TGO", "GHA");
}
