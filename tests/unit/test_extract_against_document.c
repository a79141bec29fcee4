/*
 * test_extract_against_document.c - a transfer a document states once,
 * against the direction it states at least twice for the same two states
 * and the same kind of goods, is turned to the document's reading
 * (extract.c against_the_document); a transfer of other goods the other
 * way stays.  Sentences written for these tests.
 */
#include "extract_harness.h"

/* "the submarines China is building for Egypt was handed over" is read
 * with Egypt as the seller; the document says twice that China sells
 * Egypt submarines */
TEST(extract_against_document__a_lone_reversed_transfer_is_turned)
{
	ent_fact_list *l = run("China delivered a submarine to Egypt in 2024. Egypt received "
			       "another Chinese submarine in 2025.\n\n"
			       "The third of the six submarines China is building for Egypt was "
			       "handed over in March.\n",
			       NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "CHN", "EGY") != NULL);
	CHECK(find_deal(l, "EGY", "CHN") == NULL);
	ent_fact_list_free(l);
}

/* other goods the other way: a real trade both ways stays */
TEST(extract_against_document__other_goods_the_other_way_stay)
{
	ent_fact_list *l = run("Turkey delivered two corvettes to Pakistan in 2023. Pakistan "
			       "received a third Turkish corvette in 2024.\n\n"
			       "Pakistan sold 20 Super Mushshak trainers to Turkey in 2017.\n",
			       NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "TUR", "PAK") != NULL);
	CHECK(find_deal(l, "PAK", "TUR") != NULL);
	ent_fact_list_free(l);
}

/* one statement each way: no reading is the document's, both stay */
TEST(extract_against_document__one_each_way_stays)
{
	ent_fact_list *l = run("Egypt sold ten armoured vehicles to Sudan in 2019.\n\n"
			       "Sudan sold six armoured vehicles to Egypt in 2021.\n",
			       NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "EGY", "SDN") != NULL);
	CHECK(find_deal(l, "SDN", "EGY") != NULL);
	ent_fact_list_free(l);
}

/* the other half of a swap, even with goods of the same kind named in it
 * ("in exchange for the ammunition"), stays as read */
TEST(extract_against_document__swap_stays)
{
	ent_fact_list *l = run("Belarus sent over a million artillery shells to Syria, officials say.\n\n"
			       "Belarus sent containers to Syria that could hold more artillery "
			       "shells.\n\n"
			       "In exchange for the ammunition, Syria reportedly provided Belarus "
			       "with tanks and aircraft.\n",
			       "2024-08-27");
	CHECK(l != NULL);
	CHECK(l && find_deal(l, "BLR", "SYR") != NULL);
	CHECK(l && find_deal(l, "SYR", "BLR") != NULL);
	ent_fact_list_free(l);
}

/* a seller read from the maker of the goods named: "the Swedish
 * government is ready to purchase C-390 aircraft" (Embraer's, Brazilian)
 * after two Gripen deals the other way, both aircraft, stays Brazil's
 * sale (stop 47) */
TEST(extract_against_document__a_sale_by_the_goods_maker_stays)
{
	ent_fact_list *l = run("Brazil is planning to extend the contract on Gripen aircraft from "
			       "Sweden.\n\n"
			       "In 2014, Brazil signed a contract with Swedish company Saab to "
			       "purchase 36 Gripen aircraft, of which eight have so far been "
			       "delivered to Brazil.\n\n"
			       "By signing the letter the Swedish government is ready to begin "
			       "negotiations with the aim to purchase C-390 aircraft.\n",
			       NULL);
	CHECK(l != NULL);
	CHECK(find_deal(l, "SWE", "BRA") != NULL);
	CHECK(find_deal(l, "BRA", "SWE") != NULL);
	ent_fact_list_free(l);
}
