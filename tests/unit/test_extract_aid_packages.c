/*
 * test_extract_aid_packages.c - rules found on the holdout set of military
 * aid packages: verbs of giving and promising with a state and then goods
 * as their two objects ("gave Latvia six howitzers") are transfers; the
 * same verbs with other objects ("gave a speech", "pledged support") are
 * none.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_aid_packages__giving_a_state_goods_is_a_transfer)
{
	expect_deal("Norway promised Poland six new tanks on Monday.", 1, "NOR", "POL");
	expect_deal("Spain is giving Latvia more howitzers this year.", 1, "ESP", "LVA");
	expect_deal("Canada gave Estonia hundreds more air defence missiles.", 1, "CAN", "EST");
	expect_deal("Japan has pledged to give the Philippines new drones.", 1, "JPN", "PHL");
	/* the goods, then "to" and the state; "offered" gives too (a deal
	 * reported, not yet made) */
	expect_deal("Norway gave tanks to Poland.", 1, "NOR", "POL");
	expect_deal("Spain pledged howitzers to Latvia.", 1, "ESP", "LVA");
	expect_deal("Germany has offered Eurofighters and Patriot defense systems to Poland to help "
		    "it defend its airspace.",
		    1, "DEU", "POL");
	expect_deal("Germany offered Poland Patriot systems.", 1, "DEU", "POL");
}

TEST(extract_aid_packages__giving_needs_a_state_then_goods)
{
	expect_no_deal("France gave a speech on Ukraine and its new drones.");
	expect_no_deal("Italy pledged support for Ukraine.");
	expect_no_deal("Italy offered support to Ukraine.");
	expect_no_deal("France gave a speech to Ukraine on drones.");
	/* goods too far from the state, or past a comma */
	expect_no_deal("Spain gave Latvia, in a long talk on the war, advice on howitzers.");
}


TEST(extract_aid_packages__a_hyphenated_sum_is_a_value)
{
	CHECK(deal_usd("The 400-million-dollar package from Norway will provide Latvia with new "
		       "howitzers.",
		       "NOR", "LVA") == 4e8);
	CHECK(deal_usd("Canada will supply Estonia with drones in a 1.5-billion-dollar deal.", "CAN",
		       "EST") == 1.5e9);
	/* a hyphenated number with no currency word is no sum */
	CHECK(deal_usd("Canada will supply Estonia with 300-million drones.", "CAN", "EST") == 0);
}

TEST(extract_aid_packages__a_title_before_a_known_speaker_after_a_quote)
{
	/* the speaker named after the quote by a title and the surname */
	CHECK(stance_has("Dutch Defence Minister Anna Visser arrived in Riga. \"We stand with "
			 "Latvia,\" said Minister Visser.",
			 "NLD", "LVA", ENT_POLARITY_SUPPORT));
	CHECK(stance_has("Spanish Prime Minister Pedro Alba met reporters. \"We condemn Belarus,\" "
			 "stated Prime Minister Alba.",
			 "ESP", "BLR", ENT_POLARITY_OPPOSE));
	/* a title with no known person after it speaks for no state */
	CHECK(stance_none("\"We condemn Belarus,\" said Prime Minister Alba."));
}

TEST(extract_aid_packages__a_package_for_a_state_goes_to_it)
{
	/* the state after "package for" receives, the one before the noun gives,
	 * not the subject reacting to it */
	expect_deal("Belarus has sanctioned 20 Canadian firms after Canada's approval of a "
		    "$3 billion weapons package for Latvia.",
		    1, "CAN", "LVA");
	expect_deal("Belarus has sanctioned four firms following the UK cabinet's approval of a "
		    "record $3 billion weapons package for Latvia.",
		    1, "GBR", "LVA");
	expect_deal("Canada approved a $2 billion arms deal for Estonia.", 1, "CAN", "EST");
}

/* "announced the receipt of the first batch of HIMARS from X": a noun of
 * receiving, like "arrival", is a delivery to the subject. */
TEST(extract_aid_packages__the_receipt_of_goods_is_a_delivery)
{
	CHECK_INT(deal_status("Peruvian authorities announced the receipt on Wednesday of the first "
			      "batch of HIMARS from the United States.",
			      "USA", "PER"),
		  ENT_STATUS_DELIVERED);
	expect_no_deal("The ministry acknowledged receipt of the letter from Chile.");
}

/* A verb and a buyer left out: "the UK announced the delivery of
 * Challenger 2 tanks, France AMX-10 RC light tanks and the Netherlands a
 * Patriot battery" names three sellers of goods of their own, to the buyer
 * of the deal told before (or the buyer after "to"). */
TEST(extract_aid_packages__sellers_with_the_verb_left_out)
{
	static const char *sup[] = {"SWE", "GBR", "FRA", "NLD", NULL},
			  *rec[] = {"UKR", "UKR", "UKR", "UKR"};
	static const char *sup2[] = {"GBR", "FRA", "NLD", NULL}, *rec2[] = {"UKR", "UKR", "UKR"};
	ent_fact_list *l;
	expect_deals("Sweden will supply Ukraine with Archer guns.\n\nIn the last few days, the UK "
		     "has already announced the delivery of Challenger 2 tanks, France AMX-10 RC "
		     "light tanks and the Netherlands a Patriot battery.",
		     4, sup, rec);
	expect_deals("The UK sent Challenger 2 tanks to Ukraine, France AMX-10 RC light tanks and "
		     "the Netherlands a Patriot battery.",
		     3, sup2, rec2);
	/* each with its own goods */
	l = run("The UK sent Challenger 2 tanks to Ukraine, France AMX-10 RC light tanks and the "
		"Netherlands a Patriot battery.",
		NULL);
	CHECK(l && find_deal(l, "NLD", "UKR") &&
	      ent_fact_has_category(find_deal(l, "NLD", "UKR"), ENT_CAT_AIR_DEFENCE) &&
	      !ent_fact_has_category(find_deal(l, "NLD", "UKR"), ENT_CAT_ARMOURED_VEHICLE));
	ent_fact_list_free(l);
	/* a list of goods with their makers is no such list */
	expect_deal("Peru bought Russian Su-30s and French Rafales.", 2, NULL, NULL);
}

/* A ring exchange: "X will deliver IFVs to Y so (that) it can hand over
 * its Soviet-style weapons to Z" makes Y the seller of a further deal to
 * Z, with the goods of the clause of purpose. */
TEST(extract_aid_packages__a_ring_exchange)
{
	ent_fact_list *l = run("Norway will deliver infantry fighting vehicles to Latvia so it can "
			       "hand over Soviet-style weapons to Ukraine, the minister announced.",
			       NULL);
	CHECK(l && find_deal(l, "NOR", "LVA") != NULL);
	CHECK(l && find_deal(l, "LVA", "UKR") != NULL);
	ent_fact_list_free(l);
	l = run("Norway will deliver tanks to Latvia so that it can hand over its old T-72 tanks to "
		"Ukraine.",
		NULL);
	CHECK(l && find_deal(l, "LVA", "UKR") &&
	      ent_fact_has_category(find_deal(l, "LVA", "UKR"), ENT_CAT_ARMOURED_VEHICLE));
	ent_fact_list_free(l);
	/* no goods passed on: no deal */
	expect_deal("Norway will deliver tanks to Latvia so it can defend itself.", 1, "NOR", "LVA");
}

/* "has given military equipment to X": the past of giving hands goods
 * over (a delivery), and "military equipment" names goods of no stated
 * kind; goods in a list after other aid ("humanitarian aid and military
 * equipment") are still the verb's object. */
TEST(extract_aid_packages__goods_given_are_delivered)
{
	CHECK_INT(deal_status("Norway has given humanitarian aid and military equipment to Latvia.",
			      "NOR", "LVA"),
		  ENT_STATUS_DELIVERED);
	CHECK_INT(deal_status("Spain gave howitzers to Estonia last year.", "ESP", "EST"),
		  ENT_STATUS_DELIVERED);
	/* "to countries such as (like) A and B": each (stop 37) */
	{
		const char *sup[] = {"NOR", "NOR", NULL}, *rec[] = {"LVA", "EST"};
		expect_deals("Norway has given patrol boats to countries like Latvia and Estonia.",
			     2, sup, rec);
	}
	expect_no_deal("Norway gave a speech to countries such as Latvia.");
	CHECK_INT(deal_status("Canada supplied defence equipment to Latvia.", "CAN", "LVA"),
		  ENT_STATUS_DELIVERED);
	/* a promise is no delivery */
	CHECK(deal_status("Norway has promised Latvia new howitzers.", "NOR", "LVA") !=
	      ENT_STATUS_DELIVERED);
	/* "given" as a preposition gives nothing */
	expect_no_deal("Given the threat from Belarus, Norway gave priority to Latvia.");
	expect_no_deal("Military equipment sales of Latvia rose by a fifth.");
	/* a clause after "pledged that", no object; goods there with a
	 * participle of supply name no seller, the main clause's subject none */
	expect_no_deal("The Kremlin pledged that all NATO weapons sent to Latvia would burn.");
	expect_no_deal("Norway warned of the stream of military hardware pouring into Latvia. "
		       "Sweden has said that it would not stop, and pledged that all weapons "
		       "sent to Latvia would burn.");
}

/* "it has diversified its sourcing beyond the United States, buying
 * military equipment from France, Germany and Russia": a state set aside
 * ("beyond") is no buyer, and with the buyer unnamed the listed sellers
 * make no pair among themselves. */
TEST(extract_aid_packages__sellers_listed_with_no_buyer)
{
	expect_no_deal("Its arms purchases grew, and it has diversified its sourcing beyond Peru, "
		       "buying military equipment from Chile, Bolivia and Ecuador.");
	/* a name after "the", where the clause's span may start (stop 59) */
	expect_no_deal("Its arms purchases grew by 40 percent over the last decade and it has "
		       "diversified its sourcing beyond the United Kingdom, buying military "
		       "equipment from Chile, Bolivia and Ecuador, the institute said.");
	expect_deal("Peru bought jets from Chile and Bolivia.", 2, NULL, NULL);
}

/* "pledged (gave, offered) new weapons (arms aid, military equipment) to
 * Ukraine", over a sum: a general word of goods then "to" a state */
TEST(extract_aid_packages__general_goods_given_to_a_state)
{
	expect_deal("Spain gave new weapons to Latvia.", 1, "ESP", "LVA");
	expect_deal("Spain pledges 700m euros in new arms aid to Latvia.", 1, "ESP", "LVA");
	expect_deal("Spain pledged weapons worth 700 million euros to Latvia.", 1, "ESP", "LVA");
	/* a sum of military aid pledged; aid only offered, or humanitarian,
	 * is none */
	expect_deal("Spain pledged 700 million euros in military aid to Latvia.", 1, "ESP", "LVA");
	expect_no_transfer("Spain offered military assistance to Latvia.");
	expect_no_transfer("Spain gave humanitarian aid to Latvia.");
	/* no goods: no transfer */
	expect_no_transfer("Spain pledged support to Latvia.");
}

/* "X said some countries are preparing to supply weapons to Y", "X knows
 * which countries are ready to supply": the unnamed group supplies, not X;
 * "X and two other countries will supply" keeps X. */
TEST(extract_aid_packages__an_unnamed_group_of_suppliers)
{
	expect_no_transfer("Spain said some countries are preparing to supply weapons to Latvia.");
	expect_no_transfer("Spain knows which countries are preparing to supply weapons to "
			   "Latvia.");
	expect_deal("Spain and two other countries will supply weapons to Latvia.", 1, "ESP",
		    "LVA");
	/* the group called on to supply, not the caller; a supply stopped
	 * is none */
	expect_no_transfer("Spain urged other countries to stop supplying weapons to Latvia.");
	expect_no_transfer("Spain urged other countries to supply weapons to Latvia.");
	expect_no_transfer("Spain stopped supplying weapons to Latvia.");
	/* "Western countries have provided Y with ...": no state gives, not
	 * one of an opening phrase nor the one told before (stop 61) */
	expect_no_transfer("Since the start of the invasion of Georgia in 2008, Western "
			   "countries have provided Latvia with various air defence systems.");
	expect_deal("Spain will send a radar to Latvia. Since 2022, Western countries have "
		    "provided Latvia with various air defence systems.",
		    1, "ESP", "LVA");
}

/* "X approved (signed off on) an additional $800 million in military aid to
 * Y": a deal of that sum, signed; announced, reported; humanitarian aid is
 * none (stop 40) */
TEST(extract_aid_packages__a_sum_of_military_aid_approved)
{
	ent_fact_list *l = run("The demarche came as Spanish Prime Minister Ana Rey signed off "
			       "on an additional $800 million in military aid to Latvia.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "ESP", "LVA") : NULL;
	CHECK(f && f->value.present && f->value.amount == 800e6 &&
	      f->status == ENT_STATUS_SIGNED);
	ent_fact_list_free(l);
	CHECK(deal_status("Spain announced 2 billion euros in military aid for Latvia.", "ESP",
			  "LVA") == ENT_STATUS_REPORTED);
	expect_no_transfer("Spain approved $800 million in humanitarian aid to Latvia.");
	/* a sum allocated or earmarked "of (in)" aid: reported, a hedge
	 * only lowers the confidence (stop 66) */
	l = run("Madrid intends to allocate seven billion euros of military aid to Riga by the "
		"end of 2024.",
		NULL);
	f = l ? find_deal(l, "ESP", "LVA") : NULL;
	CHECK(f && f->value.present && f->value.amount == 7e9 &&
	      f->status == ENT_STATUS_REPORTED && f->confidence < 0.6);
	ent_fact_list_free(l);
	CHECK(deal_status("Spain earmarked 500 million euros in military aid for Latvia.", "ESP",
			  "LVA") == ENT_STATUS_REPORTED);
	expect_no_transfer("Spain will not allocate 500 million euros of military aid to Latvia.");
}

/* "X approved the modernization of 23 F-16s already in the Yn air force
 * fleet, for $983 million", "approved a $500 million upgrade of Y's F-16s":
 * a maintenance deal from X to the goods' owner (stop 59). */
TEST(extract_aid_packages__an_upgrade_approved)
{
	ent_fact_list *l = run("Washington also approved the modernization of 23 F-16s already "
			       "in the Peruvian air force fleet, for $983 million.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "USA", "PER") : NULL;
	CHECK(f && f->value.present && f->value.amount == 983e6 && f->nitems == 1 &&
	      f->items[0].category == ENT_CAT_MAINTENANCE);
	ent_fact_list_free(l);
	CHECK(deal_status("Norway approved a $500 million upgrade of Chile's F-16 jets.", "NOR",
			  "CHL") == ENT_STATUS_REPORTED);
	/* no owner, or the approver's own goods */
	expect_no_transfer("Norway approved the upgrade of 23 F-16 jets.");
	expect_no_transfer("Norway approved the upgrade of its own F-16 jets.");
	expect_no_transfer("Norway never approved the upgrade of Chile's F-16 jets.");
}

/* The passive of a double object: "Y has been (was) given two helicopters
 * by X", "Two helicopters were given to Y by X" (stop 58). */
TEST(extract_aid_packages__goods_given_in_the_passive)
{
	expect_deal("Peru has been given two helicopters by Norway.", 1, "NOR", "PER");
	expect_deal("Peru was given two patrol boats by the Norwegian government.", 1, "NOR",
		    "PER");
	expect_deal("Two helicopters were given to Peru by Norway in 2019.", 1, "NOR", "PER");
	/* controls: no goods given, or no giver after "by" */
	expect_no_transfer("Peru was given a chance by Norway.");
	expect_no_transfer("Peru has been given two helicopters to fly by the end of the year.");
}

/* "Washington resumed some of the annual $1.5 billion in aid to Cairo,
 * including 10 Apache helicopter gunships": aid resumed with goods named
 * (or military aid) is a delivery, without the aid's whole sum; aid of no
 * arms gives nothing (stop 67). */
TEST(extract_aid_packages__aid_resumed)
{
	CHECK_INT(deal_status("Months ago, however, Washington resumed some of the annual $1.5 "
			      "billion in aid to Lima, including 10 Apache helicopter gunships.",
			      "USA", "PER"),
		  ENT_STATUS_DELIVERED);
	CHECK(deal_usd("Washington resumed some of the annual $1.5 billion in aid to Lima, "
		       "including 10 Apache helicopters.",
		       "USA", "PER") == 0);
	expect_deal("Britain restored military aid to Kenya.", 1, "GBR", "KEN");
	expect_no_deal("Britain resumed humanitarian aid to Kenya.");
	expect_no_deal("Britain has not resumed military aid to Kenya.");
}
