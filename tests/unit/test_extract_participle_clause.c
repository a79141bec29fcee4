/*
 * test_extract_participle_clause.c - a participle of supply opening a
 * clause after a comma ("X has had an alliance with Y, selling the
 * country weapons") has the sentence's subject for seller and the state
 * it names or refers to ("it", "the country") for buyer; a supply of a
 * raw commodity after "with" ("supplies X with oil") is trade, no tie.
 * Every sentence here was written for these tests.
 */
#include "extract_harness.h"

TEST(extract_participle_clause__the_subject_of_the_sentence_sells)
{
	expect_deal("Norway has had close ties with Estonia for years, selling the small Baltic "
		    "country rifles and radars.",
		    1, "NOR", "EST");
	expect_not("Norway has had close ties with Estonia for years, selling the small Baltic "
		   "country rifles and radars.",
		   "EST", "NOR");
	expect_deal("Norway has had close ties with Estonia, selling it rifles.", 1, "NOR", "EST");
	expect_deal("Norway is a partner of Estonia, selling the country rifles.", 1, "NOR", "EST");
	/* the subject of the clause after "that", not the speaker */
	expect_deal("Kenya's defense chief, Ali Won-sik, revealed that Ugandan munitions "
		    "factories are running at full capacity, supplying weapons to Sudan in "
		    "exchange for food.",
		    1, "UGA", "SDN");
}

TEST(extract_participle_clause__a_commodity_after_with_is_no_arms_tie)
{
	expect_deal("Estonia supplies Norway with oil.", 0, NULL, NULL);
	expect_deal("Estonia supplies the Norwegian army with fuel.", 0, NULL, NULL);
	expect_deal("Estonia supplies Norway with rifles.", 1, "EST", "NOR");
}

/* An opening phrase before the subject: the state right after its comma
 * gives, not the one before the participle's comma (stop 41) */
TEST(extract_participle_clause__the_subject_after_an_opening_phrase)
{
	expect_deal("Since the war began in 2022, Spain has stood as a steadfast ally to Peru, "
		    "providing essential military aid.",
		    0, NULL, NULL);
	expect_deal("Since 2022, Spain has been close to Peru, supplying it with howitzers.", 1,
		    "ESP", "PER");
	expect_not("Since 2022, Spain has been close to Peru, supplying it with howitzers.",
		   "PER", "ESP");
}
