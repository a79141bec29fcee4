/*
 * test_extract_scene_phrase.c - a phrase opening the sentence with "prior
 * to", "unlike" or "like", up to its comma, sets the scene: a state in it
 * is no party to the deal the sentence goes on to tell.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_scene_phrase__a_state_in_the_opening_phrase_is_no_party)
{
	expect_deal("Prior to the agreement with Peru, a contract was signed with Chile on the "
		    "supply of 12 Su-35 fighters.",
		    1, "RUS", "CHL");
	expect_not("Prior to the agreement with Peru, a contract was signed with Chile on the "
		   "supply of 12 Su-35 fighters.",
		   "CHL", "PER");
	expect_deal("Unlike Chile, Peru bought Leopard 2 tanks from Germany.", 1, "DEU", "PER");
}

TEST(extract_scene_phrase__a_state_after_the_comma_takes_part)
{
	expect_deal("Prior to that, Peru bought Leopard 2 tanks from Germany.", 1, "DEU", "PER");
}

TEST(extract_scene_phrase__states_naming_a_clash_are_no_buyers)
{
	expect_deal("Bolivia takes a leaf from the recent Peru-Chile clash, to buy Chinese fighter "
		    "jets.",
		    1, "CHN", "BOL");
	expect_not("Bolivia takes a leaf from the recent Peru-Chile clash, to buy Chinese fighter "
		   "jets.",
		   "CHN", "CHL");
}

/* "Defying the United States, X agreed to sell ...", "in defiance of Y",
 * "..., angering Y": the state defied is no party. */
TEST(extract_scene_phrase__a_state_defied_is_no_party)
{
	static const char *const forms[] = {
		"Defying the United States, Russia agreed in July to sell $1 billion in combat "
		"aircraft to Bolivia.",
		"In defiance of the United States, Russia agreed to sell combat aircraft to Bolivia.",
		"Russia agreed to sell combat aircraft to Bolivia, ignoring the United States.",
	};
	size_t i;
	for (i = 0; i < sizeof forms / sizeof *forms; i++) {
		ent_fact_list *l = run(forms[i], NULL);
		const ent_fact *f = l ? find_deal(l, "RUS", "BOL") : NULL;
		CHECK(f != NULL);
		CHECK(f && f->nsuppliers == 1);
		ent_fact_list_free(l);
	}
}

/* "In a move that has left X fuming, ...": a state in the fronted phrase
 * of a move is no party; a deal told in the fronted phrase has its
 * parties there. */
TEST(extract_scene_phrase__a_state_in_a_fronted_move_is_no_party)
{
	expect_deal("In a move that has left Argentina fuming, the United States has approved a "
		    "deal involving the sale of missiles to Chile.",
		    1, "USA", "CHL");
	expect_not("In a move that has left Argentina fuming, the United States has approved a "
		   "deal involving the sale of missiles to Chile.",
		   "ARG", "CHL");
	expect_deal("In a deal with France, Peru bought 12 Rafale jets.", 1, "FRA", "PER");
}
