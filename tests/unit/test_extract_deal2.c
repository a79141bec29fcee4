/*
 * test_extract_deal2.c - more deal rules on the language of arms-trade
 * news: lists whose items share a category, lists of sums spent, deals
 * called off, further orders in a second clause, a pronoun as the thing
 * bought, a number that names a production block, and the signer of two
 * contracts.  Every sentence here was written for these tests.
 */
#include "extract_harness.h"

#include <math.h>

TEST(extract_deal2__a_list_of_one_category_from_two_sellers)
{
	/* both items are aircraft: still one deal per seller */
	static const char *sup[] = {"KOR", "CAN", NULL}, *rec[] = {"PER", "PER"};
	expect_deals("Peru signed contracts to buy 10 fighter jets from South Korea and six utility "
		 "helicopters from Canada.",
		 2, sup, rec);
	/* one seller for the whole list: one deal */
	static const char *sup1[] = {"CAN", NULL}, *rec1[] = {"PER"};
	expect_deals("Peru bought 10 fighter jets and six utility helicopters from Canada.", 1, sup1,
		 rec1);
}

TEST(extract_deal2__a_deal_called_off)
{
	/* the goods named after a word of cancellation are not on order */
	expect_deals("The talks came after the Canadian cancellation of a plan to buy 15 French "
		 "frigates.",
		 0, NULL, NULL);
	/* "That deal with X was dropped" takes back the deal before */
	static const char *sup[] = {"FRA", NULL}, *rec[] = {"CHL"};
	expect_deals("Chile ordered 12 Rafale jets from France in 2021. In 2018 Chile agreed to buy "
		 "ten MiG-29 fighters from Russia. That deal with Russia was dropped in 2019.",
		 1, sup, rec);
	/* without the sentence calling it off, both deals stand */
	expect_deals("Chile ordered 12 Rafale jets from France in 2021. In 2018 Chile agreed to buy "
		 "ten MiG-29 fighters from Russia.",
		 2, NULL, NULL);
	/* a cancellation of another deal after the goods bought stays */
	expect_deals("Chile bought 12 Rafale jets from France in 2021 after the cancellation of its "
		 "order for Russian fighters.",
		 1, sup, rec);
	/* a deal that would have been made adds nothing to the deal before */
	{
		ent_fact_list *l = run("Chile signed a memorandum of understanding with France on "
				       "frigates in 2021. That deal would have been worth $3 billion.",
				       NULL);
		const ent_fact *f;
		CHECK(l != NULL);
		if (!l)
			return;
		f = find_deal(l, "FRA", "CHL");
		CHECK(f != NULL);
		if (f)
			CHECK(!f->value.present);
		ent_fact_list_free(l);
	}
}

TEST(extract_deal2__targets_and_models_are_no_goods)
{
	/* "repel aircraft, missiles and drones": what the system fights */
	ent_fact_list *l = run("Ghana bought the Chinese FK-3 system, which can intercept "
			       "aircraft, cruise missiles and drones and is based on the Russian "
			       "S-300.",
			       NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK_INT(ndeals(l), 1);
	f = find_deal(l, "CHN", "GHA");
	CHECK(f != NULL);
	if (f) {
		CHECK_INT(f->nitems, 1);
		CHECK_INT(f->items[0].category, ENT_CAT_AIR_DEFENCE);
	}
	ent_fact_list_free(l);
}

TEST(extract_deal2__a_pronoun_as_the_goods_bought)
{
	/* the goods of the sentence before, with the seller they name */
	static const char *sup[] = {"RUS", NULL}, *rec[] = {"GHA"};
	expect_deals("At the parade the army showed the Russian Pantsir air defence system. Ghana "
		 "had acquired it in 2019.",
		 1, sup, rec);
	/* "this system" is no pronoun object: the goods are named */
	static const char *sup2[] = {"CHN", NULL}, *rec2[] = {"GHA"};
	expect_deals("At the parade the army showed the Russian Pantsir air defence system. Ghana "
		 "had acquired this FK-3 system in 2019.",
		 1, sup2, rec2);
}

TEST(extract_deal2__a_list_of_sums_spent)
{
	/* one purchase per sum, each with its own price and goods */
	ent_fact_list *l = run("Romania spent $2 billion on Patriot systems, $900 million on "
			       "HIMARS launchers and $300 million on Abrams tanks.",
			       NULL);
	size_t i, n = 0;
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK_INT(ndeals(l), 3);
	for (i = 0; i < l->n; i++) {
		const ent_fact *f = &l->v[i];
		if (f->type != ENT_FACT_DEAL || strcmp(f->recipient.s, "ROU"))
			continue;
		CHECK(f->nitems >= 1);
		CHECK(f->value.present);
		if (f->nitems && f->items[0].category == ENT_CAT_AIR_DEFENCE)
			n += fabs(f->value.amount - 2e9) < 1;
		if (f->nitems && f->items[0].category == ENT_CAT_ARMOURED_VEHICLE)
			n += fabs(f->value.amount - 3e8) < 1;
	}
	CHECK_INT(n, 2);
	ent_fact_list_free(l);
	/* a list of buyers, each with its own sum, shares the list's seller */
	static const char *sup[] = {"USA", "USA", NULL}, *rec[] = {"ROU", "GRC"};
	expect_deals("Buyers of US weapons included Romania, which spent $2 billion on Patriot "
		 "systems; and Greece, which spent $1 billion on armored vehicles.",
		 2, sup, rec);
	/* one sum: one deal */
	static const char *sup1[] = {"USA", NULL}, *rec1[] = {"ROU"};
	expect_deals("Romania spent $2 billion on Patriot systems and HIMARS launchers.", 1, sup1,
		 rec1);
	/* sums "in" goods after a sale: one sale per sum, but not the parts
	 * of a sum told first (stop 37) */
	{
		static const char *sup3[] = {"USA", "USA", "USA", NULL},
				  *rec3[] = {"ROU", "ROU", "ROU"};
		expect_deals("The US approved the sale to Romania of $4.69bn worth of equipment for "
			     "Abrams tanks, along with $630m in Hellfire missiles and $30m in "
			     "precision-guided munitions.",
			     3, sup3, rec3);
	}
	expect_deals("The US approved a $1 billion sale of arms to Romania, including $300 "
		     "million in Hellfire missiles and $20m in bombs.",
		     1, sup1, rec1);
	expect_deals("The US approved a $3 billion sale of arms to Romania, of which $2 billion "
		     "in Patriot systems and $1 billion in Abrams tanks.",
		     1, sup1, rec1);
}

TEST(extract_deal2__a_production_block_is_no_quantity)
{
	ent_fact_list *l = run("Chile bought the Block 52 F-16 fighters from Norway.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	if (!l)
		return;
	f = find_deal(l, "NOR", "CHL");
	CHECK(f != NULL);
	if (f && f->nitems)
		CHECK_INT(f->items[0].quantity, -1);
	ent_fact_list_free(l);
}

TEST(extract_deal2__a_further_order_in_a_clause_of_its_own)
{
	/* ", while X bought two more in YEAR": a second order of X's deal */
	ent_fact_list *l = run("Peru has received the first of four Spanish frigates. The "
			       "contracts for the first two were signed in 2011, while Peru "
			       "purchased two more in 2014.",
			       "2015-06-01");
	size_t i, y2014 = 0;
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK_INT(ndeals(l), 2);
	for (i = 0; i < l->n; i++)
		if (l->v[i].type == ENT_FACT_DEAL && !strcmp(l->v[i].recipient.s, "PER") &&
		    ent_fact_has_code(l->v[i].suppliers, l->v[i].nsuppliers, "ESP") &&
		    l->v[i].year == 2014 && l->v[i].nitems &&
		    l->v[i].items[0].category == ENT_CAT_NAVAL)
			y2014++;
	CHECK_INT(y2014, 1);
	ent_fact_list_free(l);
	/* "more" of no earlier purchase of that buyer adds nothing */
	expect_deals("Chile bought four frigates from Spain in 2010, while Peru bought two more in "
		 "2014.",
		 1, NULL, NULL);
}

TEST(extract_deal2__a_delivery_schedule_is_no_deal_of_its_own)
{
	/* the schedule of the deal just stated, naming no seller */
	static const char *sup[] = {"BRA", NULL}, *rec[] = {"CHL"};
	expect_deals("Chile will buy six C-390 transport aircraft from Brazil for $900 million.\n\n"
		 "The first of the six planes will be delivered to the Chilean air force in 2027, "
		 "with the rest of deliveries to follow until 2030.",
		 1, sup, rec);
	/* "deliveries to occur until 2030" is no delivery made */
	{
		ent_fact_list *l = run("Brazil sold six C-390 aircraft to Chile in 2024, with "
				       "deliveries to occur until 2030.",
				       NULL);
		const ent_fact *f;
		CHECK(l != NULL);
		if (!l)
			return;
		f = find_deal(l, "BRA", "CHL");
		CHECK(f != NULL);
		if (f) {
			CHECK_INT(f->status, ENT_STATUS_SIGNED);
			CHECK_INT(f->year, 2024);
		}
		ent_fact_list_free(l);
	}
	/* "with the first deliveries starting in 2032" is a start to come
	 * (stop 55); one in a year past is a delivery */
	CHECK(deal_status("The pact, signed in 2021, includes providing three submarines from "
			  "Brazil to Chile, with the first deliveries starting in 2032.",
			  "BRA", "CHL") == ENT_STATUS_SIGNED);
	CHECK(deal_status("Brazil supplied six patrol boats to Chile, with deliveries starting in "
			  "2019.",
			  "BRA", "CHL") == ENT_STATUS_DELIVERED);
}

TEST(extract_deal2__a_model_number_is_no_quantity)
{
	ent_fact_list *l = run("Peru bought Bell 412 helicopters from Canada.", NULL);
	const ent_fact *f;
	CHECK(l != NULL);
	if (!l)
		return;
	f = find_deal(l, "CAN", "PER");
	CHECK(f != NULL);
	if (f && f->nitems)
		CHECK_INT(f->items[0].quantity, -1);
	ent_fact_list_free(l);
}

TEST(extract_deal2__we_in_a_quote_is_the_speakers_state)
{
	/* "we" in a quote that "he said" closes: the state of the person the
	 * text named last with a state's title */
	static const char *sup[] = {"NOR", "NOR", NULL}, *rec[] = {"UKR", "PER"};
	expect_deals("Norwegian Defence Minister Ola Berg spoke on Tuesday.\n\n\xe2\x80\x9cWe have "
		 "donated 12 Leopard tanks to Ukraine, and now we have sold 20 aircraft to Peru,"
		 "\xe2\x80\x9d he said.",
		 2, sup, rec);
	/* "we" outside a quote stands for nobody the text names */
	ent_fact_list *l = run("Norwegian Defence Minister Ola Berg spoke on Tuesday. We have "
			       "donated 12 Leopard tanks to Ukraine.",
			       NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK(find_deal(l, "NOR", "UKR") == NULL);
	ent_fact_list_free(l);
}

TEST(extract_deal2__a_confirmed_deal_was_made)
{
	ent_fact_list *l = run("Peru plans to buy Akinci drones from Turkey. Local sources first "
			       "confirmed the deal in August 2023.",
			       "2024-11-15");
	const ent_fact *f;
	CHECK(l != NULL);
	if (!l)
		return;
	f = find_deal(l, "TUR", "PER");
	CHECK(f != NULL);
	if (f) {
		CHECK_INT(f->status, ENT_STATUS_SIGNED);
		CHECK_INT(f->year, 2023);
	}
	ent_fact_list_free(l);
	/* not confirmed: still a plan */
	l = run("Peru plans to buy Akinci drones from Turkey. Officials have not confirmed the "
		"deal.",
		"2024-11-15");
	CHECK(l != NULL);
	if (!l)
		return;
	f = find_deal(l, "TUR", "PER");
	CHECK(f != NULL);
	if (f)
		CHECK_INT(f->status, ENT_STATUS_REPORTED);
	ent_fact_list_free(l);
}
