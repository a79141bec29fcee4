/*
 * test_extract_armsales.c - reactions to arms sales, on sentences written
 * for these tests (none quotes an article): "Z denounced the sale of GOODS
 * (to Y)" opposes the seller of the deal the text told before, even
 * paragraphs before when the phrase names the buyer; a sale of another
 * state's goods, or a critic who is the buyer, gives no stance.
 */
#include "extract_harness.h"

#define OPP ENT_POLARITY_OPPOSE

TEST(extract_armsales__sale_of_goods)
{
	ent_fact_list *l;
	l = run("Spain and Peru signed a contract for the supply of frigates to Peru. "
		"Chile criticised the sale of the warships.", NULL);
	CHECK(l && has_stance(l, "CHL", "ESP", OPP));
	ent_fact_list_free(l);
	l = run("Spain and Peru signed a contract for the supply of frigates to Peru. "
		"Chile criticised the planned sale of self-propelled guns to Lima.", NULL);
	CHECK(l && has_stance(l, "CHL", "ESP", OPP));
	ent_fact_list_free(l);
	/* the goods of a third state: not this deal */
	l = run("Spain and Peru signed a contract for the supply of frigates to Peru. "
		"Chile criticised the sale of Russian guns.", NULL);
	CHECK(l && !has_stance(l, "CHL", "ESP", OPP));
	ent_fact_list_free(l);
}

TEST(extract_armsales__buyer_named_far_back)
{
	ent_fact_list *l;
	/* the deal three paragraphs before; the phrase names its buyer */
	l = run("Spain and Peru signed a contract for the supply of frigates to Peru.\n\n"
		"The minister gave no figure.\n\n"
		"Officials met on Monday.\n\n"
		"Chile was quick to denounce the sale of the frigates to Lima.\n", NULL);
	CHECK(l && has_stance(l, "CHL", "ESP", OPP));
	ent_fact_list_free(l);
	/* far back without the buyer named: no stance */
	l = run("Spain and Peru signed a contract for the supply of frigates to Peru.\n\n"
		"The minister gave no figure.\n\n"
		"Officials met on Monday.\n\n"
		"Chile was quick to denounce the sale of the frigates.\n", NULL);
	CHECK(l && !has_stance(l, "CHL", "ESP", OPP));
	ent_fact_list_free(l);
}

TEST(extract_armsales__with_list_participle)
{
	ent_fact_list *l;
	/* "With X and Y backing Z": both states back Z */
	l = run("With Chile and Peru backing Bolivia in the dispute, talks stalled.", NULL);
	CHECK(l && has_stance(l, "CHL", "BOL", ENT_POLARITY_SUPPORT));
	CHECK(l && has_stance(l, "PER", "BOL", ENT_POLARITY_SUPPORT));
	ent_fact_list_free(l);
	/* a list after "with" inside the sentence stays an object */
	l = run("Ecuador signed the pact with Chile and Peru.", NULL);
	CHECK(l && !has_stance(l, "CHL", "ECU", ENT_POLARITY_SUPPORT));
	ent_fact_list_free(l);
}

TEST(extract_armsales__deal_with_list)
{
	ent_fact_list *l;
	/* a cooperation deal "with" a list: no seller, no deal */
	l = run("Bolivia signs a new defence cooperation deal with Chile, Peru.", NULL);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
	/* the hyphenated spelling, which the tokenizer splits (stop 40) */
	l = run("Japan signed defence co-operation deals with India, Australia and Vietnam.",
		NULL);
	CHECK(l && ndeals(l) == 0);
	ent_fact_list_free(l);
	/* sales "to" a list still make each state a buyer */
	l = run("Spain confirmed sales of frigates to Chile, Peru and Ecuador.", NULL);
	CHECK(l && ndeals(l) == 3);
	ent_fact_list_free(l);
}

TEST(extract_armsales__accused_described)
{
	ent_fact_list *l;
	/* a few words that describe the accused state before its name */
	l = run("Lima has accused its old trading partner Santiago of breaking the pact.", NULL);
	CHECK(l && has_stance(l, "PER", "CHL", OPP));
	ent_fact_list_free(l);
	l = run("Quito accused the former regional mediator Lima and the bloc of doing nothing.",
		NULL);
	CHECK(l && has_stance(l, "ECU", "PER", OPP));
	ent_fact_list_free(l);
}

/* pods of sensors or jammers are goods of electronic warfare (stop 40) */
TEST(extract_armsales__sensor_pods_are_electronic_warfare)
{
	ent_fact_list *l = run("The US approved a sale of MQ-9 sensor pods to Chile.", NULL);
	const ent_fact *f = l ? find_deal(l, "USA", "CHL") : NULL;
	CHECK(f && ent_fact_has_category(f, ENT_CAT_ELECTRONIC_WARFARE));
	ent_fact_list_free(l);
	l = run("Peru sold jamming pods to Bolivia in 2020.", NULL);
	f = l ? find_deal(l, "PER", "BOL") : NULL;
	CHECK(f && ent_fact_has_category(f, ENT_CAT_ELECTRONIC_WARFARE));
	ent_fact_list_free(l);
}

/* "a $450 million F-16 fleet sustainment package": the service a system
 * gets is the item, not the system; "F-16 training jets" are jets (stop 40) */
TEST(extract_armsales__a_service_for_a_designated_system)
{
	ent_fact_list *l = run("The US approved a $450 million F-16 fleet sustainment package to "
			       "Chile.",
			       NULL);
	const ent_fact *f = l ? find_deal(l, "USA", "CHL") : NULL;
	CHECK(f && ent_fact_has_category(f, ENT_CAT_MAINTENANCE) &&
	      !ent_fact_has_category(f, ENT_CAT_AIRCRAFT));
	ent_fact_list_free(l);
	l = run("The US sold F-16 training jets to Chile.", NULL);
	f = l ? find_deal(l, "USA", "CHL") : NULL;
	CHECK(f && ent_fact_has_category(f, ENT_CAT_AIRCRAFT));
	ent_fact_list_free(l);
}
