/*
 * test_extract_stance3.c - stance rules of the third round, on sentences
 * written for these tests: a demonym of two states read by the state the
 * document names; and sentences that must give no stance.
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_stance3__demonym_of_two_states)
{
	/* "Congolese" is COG unless the text names the DRC and not COG */
	CHECK(stance_only("Fighting went on in the Democratic Republic of Congo. The Congolese "
		   "government condemned Uganda for the raids.",
		   "COD", "UGA", OPP));
	CHECK(stance_only("Talks in Kinshasa stalled. Congolese officials condemned Burundi.", "COD",
		   "BDI", OPP));
	CHECK(stance_only("The Congolese government condemned Uganda for the raids.", "COG", "UGA",
		   OPP));
	/* a text naming both states keeps the first reading */
	CHECK(stance_only("Leaders of the DRC and the Republic of the Congo met. The Congolese "
		   "government condemned Uganda for the raids.",
		   "COG", "UGA", OPP));
	CHECK(stance_has("The DRC accused Rwanda of backing rebels.", "COD", "RWA", OPP));
	CHECK(stance_none("The Congolese football team beat Zambia in Kinshasa."));
}

TEST(extract_stance3__reject_claims_from)
{
	CHECK(stance_only("Serbia has repeatedly rejected the accusations from Croatia.", "SRB", "HRV",
		   OPP));
	CHECK(stance_only("Chile has rejected the accusations from Bolivia.", "CHL", "BOL", OPP));
	CHECK(stance_only("Morocco firmly dismissed the baseless claims made by Algeria.", "MAR", "DZA",
		   OPP));
	CHECK(stance_only("Uganda rejected allegations by Kenya about the raid.", "UGA", "KEN", OPP));
	/* claims from a source that is no state, or a demonym: none */
	CHECK(stance_none("Chile rejected the claims from Bolivian fishermen."));
	CHECK(stance_none("Chile rejected the accusations from rights groups."));
	/* passive */
	CHECK(stance_none("The claims from Bolivia were rejected."));
	/* demands for goods turned down: a supply refused, no stance */
	CHECK(stance_none("Chile previously rejected Peru's demands for the M1 Abrams."));
	CHECK(stance_only("Chile rejected Peru's demands over the islands.", "CHL", "PER", OPP));
}

TEST(extract_stance3__according_to_the_speaker)
{
	/* "According to him/<person>, X should drop ...": the speaker opposes X */
	CHECK(stance_has("Greek Foreign Minister Nikos Pappas spoke on Monday. According to him, "
		  "Turkey should drop its claims in the Aegean.",
		  "GRC", "TUR", OPP));
	CHECK(stance_only("According to Chile, Bolivia must stop the blockade.", "CHL", "BOL", OPP));
	/* no speaker named: no stance */
	CHECK(stance_none("According to the report, Bolivia must stop the blockade."));
	CHECK(stance_none("According to him, Bolivia must stop the blockade."));
}

TEST(extract_stance3__he_said_carries_the_person)
{
	/* a quote spoken by "he" carries the person named before it on */
	CHECK(stance_has("Greek Foreign Minister Nikos Pappas met reporters. \"We want calm "
		  "waters,\" he said. According to him, Turkey should drop its claims.",
		  "GRC", "TUR", OPP));
	/* a quote of two sentences, "he said" after the second */
	CHECK(stance_has("Greek Foreign Minister Nikos Pappas met reporters. \"We want calm "
		  "waters. We want talks,\" he said. According to him, Turkey should drop "
		  "its claims.",
		  "GRC", "TUR", OPP));
	/* a sentence without he/she breaks the chain */
	CHECK(stance_none("Greek Foreign Minister Nikos Pappas met reporters. The weather was "
		   "fine. \"We want calm waters,\" the captain said. According to him, "
		   "Turkey should drop its claims."));
}

TEST(extract_stance3__measures_against)
{
	CHECK(stance_only("Peru took retaliatory measures against Ecuador last week.", "PER", "ECU",
		   OPP));
	CHECK(stance_only("Ghana has adopted similar steps against Togo.", "GHA", "TGO", OPP));
	/* no state after "against", a demonym, or negated: none */
	CHECK(stance_none("Peru took measures against the floods."));
	CHECK(stance_none("Peru took measures against Ecuadorian smugglers."));
	CHECK(stance_none("Peru has not taken any measures against Ecuador."));
}

TEST(extract_stance3__violation_of_its_sovereignty_by)
{
	CHECK(stance_only("Kenya called the raid a violation of its sovereignty by Somalia.", "KEN",
		   "SOM", OPP));
	CHECK(stance_only("Chile sees the flights as a breach of its airspace by Argentina.", "CHL",
		   "ARG", OPP));
	/* no agent named, or denied: none */
	CHECK(stance_none("Chile sees the flights as a breach of its airspace."));
	CHECK(stance_none("Chile denied any violation of its waters by Argentina."));
}

TEST(extract_stance3__allegation_that)
{
	CHECK(stance_only("Belgrade repeated its allegation that Zagreb was arming militias.", "SRB",
		   "HRV", OPP));
	CHECK(stance_only("Armenia's accusation that Azerbaijani troops shelled the village was "
		   "aired again.",
		   "ARM", "AZE", OPP));
	/* rejected or denied allegations, and an allegation of nobody: none */
	CHECK(stance_none("Croatia rejected the allegation that Serbia was arming militias."));
	CHECK(stance_none("The allegation that Serbia was arming militias spread online."));
}

TEST(extract_stance3__claimed_that_x_caused_the_clash)
{
	CHECK(stance_only("Kyrgyzstan claimed that Tajik troops caused the border clash.", "KGZ", "TJK",
		   OPP));
	CHECK(stance_only("Eritrea said that Ethiopia started the war.", "ERI", "ETH", OPP));
	/* a demonym without forces, or no act of hostility: none */
	CHECK(stance_none("Eritrea said that Ethiopian farmers started the fire."));
	CHECK(stance_none("Eritrea said that Ethiopia started the talks."));
	CHECK(stance_none("Eritrea never said that Ethiopia started the war."));
}

TEST(extract_stance3__surname_first)
{
	/* a two-word name whose first word is short may be the surname:
	 * "Zhao Lijun ... Zhao said" */
	CHECK(stance_only("Chinese Foreign Ministry spokesperson Zhao Lijun spoke on Monday. Zhao "
		   "condemned Japan for the visit.",
		   "CHN", "JPN", OPP));
	CHECK(stance_only("South Korean Foreign Minister Park Jinwoo met reporters. Park denounced "
		   "Japan.",
		   "KOR", "JPN", OPP));
	/* the last word still stands for the state */
	CHECK(stance_only("Chinese Foreign Ministry spokesperson Zhao Lijun spoke on Monday. Lijun "
		   "condemned Japan for the visit.",
		   "CHN", "JPN", OPP));
	/* a long first name is no surname */
	CHECK(!stance_has("Pakistani Foreign Minister Shahbaz Ahmed spoke on Monday. Shahbaz "
		   "condemned Japan for the visit.",
		   "PAK", "JPN", OPP));
}

TEST(extract_stance3__complicit)
{
	CHECK(stance_only("Peru said that Chile was \"complicit\" in the smuggling.", "PER", "CHL",
		   OPP));
	CHECK(stance_only("Ghana stated that Togo is now complicit with the rebels.", "GHA", "TGO",
		   OPP));
	CHECK(stance_none("Peru said that Chile was not complicit in the smuggling."));
	CHECK(stance_none("Peru said that officials were complicit in the smuggling."));
}

TEST(extract_stance3__alarmed_by_ties_between)
{
	CHECK(stance_only("Serbia is alarmed by Croatia.", "SRB", "HRV", OPP));
	CHECK(stance_has("Iran says it is alarmed by naval drills between Bahrain and Israel.", "IRN",
		  "BHR", OPP));
	CHECK(stance_has("Iran is concerned about growing military ties between Bahrain and Israel.",
		  "IRN", "ISR", OPP));
	/* a demonym, or no state after "between": none */
	CHECK(stance_none("Iran is alarmed by clashes between Bahraini protesters and police."));
	CHECK(stance_none("Iran is alarmed by the rising prices."));
}
