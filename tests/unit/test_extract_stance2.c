/*
 * test_extract_stance2.c - more stance rules on sentences written for these
 * tests: hostile acts named by a demonym, diplomatic protest nouns, calls
 * with an adverb, shared concerns, unnamed ministries behind a dateline,
 * statements by "the leaders of" a state, "our support for X" in a quote; and
 * sentences that must give no stance (or no deal).
 */
#include "extract_harness.h"

#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_stance2__hostile_act_of_a_demonym)
{
	CHECK(stance_only("Norway strongly condemned the Russian missile strikes against Kyiv.", "NOR",
		   "RUS", OPP));
	CHECK(stance_only("Kenya denounces Somali cross-border raids.", "KEN", "SOM", OPP));
	CHECK(stance_only("Peru issued a condemnation of the Chilean naval incursions.", "PER", "CHL",
		   OPP));
	/* a demonym before other nouns is no state */
	CHECK(stance_none("Greece condemned the attack by Turkish fishermen."));
	CHECK(stance_none("Ghana condemned the Nigerian election results."));
	CHECK(stance_none("Egypt condemned the Israeli settlers."));
}

TEST(extract_stance2__demarche_and_calls_with_an_adverb)
{
	CHECK(stance_only("Croatia lodged a demarche with Serbia over the border post.", "HRV", "SRB",
		   OPP));
	CHECK(stance_only("Estonia urged Russia to immediately withdraw its troops.", "EST", "RUS", OPP));
	CHECK(stance_only("Chile is calling on Bolivia to stop the blockade.", "CHL", "BOL", OPP));
	CHECK(stance_none("Croatia lodged a demarche at the meeting."));
	/* an adverb, then no verb of stopping */
	CHECK(stance_none("Estonia urged Russia to quickly join the talks."));
}

TEST(extract_stance2__concerns_regarding_and_shared)
{
	CHECK(stance_only("Denmark voiced concern regarding Russia's exercises.", "DNK", "RUS", OPP));
	CHECK(stance_has("Canada shares Tokyo's concerns about Beijing's maritime claims.", "CAN", "CHN",
		  OPP));
	CHECK(stance_has("Canada shares Tokyo's concerns about Beijing's maritime claims.", "JPN", "CHN",
		  OPP));
	CHECK(stance_none("Canada shares Tokyo's concerns about the typhoon season."));
	CHECK(stance_none("Canada shares Tokyo's hopes regarding the talks."));
}

TEST(extract_stance2__unnamed_ministry_and_dateline)
{
	/* the dateline's state speaks for "the foreign ministry" */
	CHECK(stance_only("VILNIUS: \"We strongly condemn Belarus's border provocations,\" the foreign "
		   "ministry said on Monday.",
		   "LTU", "BLR", OPP));
	CHECK(stance_only("Riga, Latvia - The foreign ministry sharply criticised Russia on Friday.",
		   "LVA", "RUS", OPP));
	CHECK(stance_only("TALLINN, March 3. The ministry condemned Russia in a statement.", "EST", "RUS",
		   OPP));
	/* a ministry named with its state earlier wins over the dateline */
	CHECK(stance_only("OSLO: The Danish Ministry of Foreign Affairs issued a note on the fishing "
		   "dispute. The ministry condemned Russia for the delay.",
		   "DNK", "RUS", OPP));
	/* no dateline and no named ministry: nobody */
	CHECK(stance_none("\"We condemn Russia's moves,\" the foreign ministry said."));
	/* a place at the start without a dateline mark */
	CHECK(stance_none("Vilnius hosted a summit. \"We condemn Russia's moves,\" the ministry said."));
}

TEST(extract_stance2__our_support_in_a_quote)
{
	CHECK(stance_only("\"Our full support for Moldova is unwavering,\" the Romanian foreign ministry "
		   "said.",
		   "ROU", "MDA", SUP));
	CHECK(stance_only("SOFIA: \"Our solidarity with Greece will always be complete,\" the ministry "
		   "said.",
		   "BGR", "GRC", SUP));
	CHECK(stance_none("\"Our support for Moldova is unwavering,\" the analysts said."));
}

/* words of a dispute that use a verb of giving are no transfer */
static int no_deal(const char *text)
{
	ent_fact_list *l = run(text, NULL);
	int ok = l && count(l, ENT_FACT_DEAL) == 0 && count(l, ENT_FACT_SUPPLY) == 0;
	if (l)
		ent_fact_list_free(l);
	return ok;
}

TEST(extract_stance2__giving_insight_is_no_transfer)
{
	CHECK(no_deal("Remarks from a senior minister in the Greek government provide another "
		      "insight into its hostility to Turkey."));
	CHECK(no_deal("The statements by Serbia offer clear evidence of pressure on Kosovo."));
	/* goods still are */
	ent_fact_list *l = run("Serbia will provide armoured vehicles to Kosovo.", NULL);
	CHECK(l && count(l, ENT_FACT_DEAL) + count(l, ENT_FACT_SUPPLY) == 1);
	if (l)
		ent_fact_list_free(l);
}

TEST(extract_stance2__words_by_the_leaders_of_a_state)
{
	CHECK(stance_only("Armenia condemned the remarks by the authorities of Azerbaijan.", "ARM", "AZE",
		   OPP));
	CHECK(stance_only("Seoul protested a statement issued by the leaders of Japan.", "KOR", "JPN",
		   OPP));
	CHECK(stance_only("Cuba denounced the measures adopted by the government of the United States.",
		   "CUB", "USA", OPP));
	/* a demonym before a lower-case noun is no state */
	CHECK(stance_none("Armenia condemned the remarks by Azerbaijani bloggers."));
}

TEST(extract_stance2__envoys_spokespeople_and_he_chains)
{
	/* an ambassador "to" a state, a comma, then the name */
	CHECK(stance_only("A letter from Georgia's Ambassador to Ukraine, Levan Kobalia arrived. Kobalia "
		   "condemned Russia.",
		   "GEO", "RUS", OPP));
	/* a ministry spokesperson is a title */
	CHECK(stance_only("Greek Foreign Ministry spokesman Alexandros Papaioannou spoke on Friday. "
		   "Papaioannou condemned Turkey.",
		   "GRC", "TUR", OPP));
	/* sentences about "he" carry the person on */
	CHECK(stance_only("Armenian Foreign Minister Ararat Mirzoyan met the press. He spoke about trade. "
		   "He thanked the hosts. Then he condemned Azerbaijan.",
		   "ARM", "AZE", OPP));
	/* a sentence about something else breaks the chain */
	CHECK(stance_none("Armenian Foreign Minister Ararat Mirzoyan met the press. The talks went well. "
		   "Then he condemned Azerbaijan."));
}

TEST(extract_stance2__told_it_must_stop)
{
	CHECK(stance_only("Greece said Turkey must end its violations of the airspace.", "GRC", "TUR", OPP));
	CHECK(stance_only("\"Serbia should immediately withdraw its police,\" the Croatian foreign minister "
		   "said.",
		   "HRV", "SRB", OPP));
	/* every state told to stop */
	CHECK(stance_has("\"Chad and Sudan must discontinue their raids,\" the Libyan foreign ministry "
		  "said.",
		  "LBY", "TCD", OPP));
	CHECK(stance_has("\"Chad and Sudan must discontinue their raids,\" the Libyan foreign ministry "
		  "said.",
		  "LBY", "SDN", OPP));
	/* the unnamed statement of a dateline, not a state in a prepositional phrase */
	CHECK(stance_only("Hanoi, Vietnam - The incident took place off the coast of Malaysia, the "
		   "statement said, stressing that China should give up its claims.",
		   "VNM", "CHN", OPP));
	/* no speaker tied to a state; a state telling itself; no verb of stopping */
	CHECK(stance_none("Analysts said Russia should withdraw its troops."));
	CHECK(stance_none("Peru said Peru must end its dependence on imports."));
	CHECK(stance_none("Greece said Turkey must attend the summit."));
}

TEST(extract_stance2__surname_spellings_and_added)
{
	/* "Hajizade" / "Hajizadeh": one surname; "added" is a verb of saying */
	CHECK(stance_only("Georgian Foreign Ministry spokesperson Levan Kalandadze spoke. \"Russia must "
		   "withdraw its troops,\" Kalandadzeh added.",
		   "GEO", "RUS", OPP));
	CHECK(stance_only("Georgian Foreign Minister Ilia Darchiashvili spoke. \"We condemn Russia,\" "
		   "Darchiashvili added.",
		   "GEO", "RUS", OPP));
	/* a different name */
	CHECK(stance_none("Georgian Foreign Ministry spokesperson Levan Kalandadze spoke. \"Russia must "
		   "withdraw its troops,\" Kalandar added."));
}

TEST(extract_stance2__supporter_of_the_clause_and_such_support)
{
	/* the supporter is the subject of its own clause */
	CHECK(stance_has("Spain stayed neutral while Italy \"has always been a supporter of Malta\".",
		  "ITA", "MLT", SUP));
	CHECK(!stance_has("Spain stayed neutral while Italy \"has always been a supporter of Malta\".",
		   "ESP", "MLT", SUP));
	/* an apposition before the verb is no subject */
	CHECK(stance_only("Chile, also a neighbour of Peru, is a staunch supporter of Bolivia.", "CHL",
		   "BOL", SUP));
	/* "such support" is someone else's */
	CHECK(stance_none("Moscow describes such support for Georgia as a provocation."));
	CHECK(stance_none("Beijing called this support for Taipei dangerous."));
}

TEST(extract_stance2__unacceptable_that)
{
	CHECK(stance_only("Officials stated that it is unacceptable for Serbia that Albania is arming "
		   "the police.",
		   "SRB", "ALB", OPP));
	CHECK(stance_only("Cyprus said it is intolerable that Turkey keeps sending drill ships.", "CYP",
		   "TUR", OPP));
	CHECK(stance_none("It is unacceptable that prices rose in Greece."));
	CHECK(stance_none("Greece said the delay is unacceptable."));
}

TEST(extract_stance2__despite_warnings_from)
{
	CHECK(stance_only("Hungary signed the pipeline deal despite warnings from the United States.",
		   "USA", "HUN", OPP));
	CHECK(stance_only("Despite strong objections from Serbia, Montenegro joined the pact.", "SRB",
		   "MNE", OPP));
	CHECK(stance_only("Despite Ankara's objections, Athens extended its waters.", "TUR", "GRC", OPP));
	/* a state's name right before the word; "the then" before a
	 * leader's administration */
	CHECK(stance_only("Chile signed the deal despite Peruvian objections.", "PER", "CHL", OPP));
	CHECK(stance_only("In 2019, Chile signed the deal, despite a warning from the then Trump "
			  "administration that it may invite sanctions.",
			  "USA", "CHL", OPP));
	CHECK(stance_none("Hungary signed the deal despite the rain in Budapest."));
	CHECK(stance_none("Hungary signed the deal despite warnings from economists."));
	/* the warner is no seller */
	ent_fact_list *l = run("Egypt bought the fighters despite strong objections from Israel.",
			       NULL);
	size_t i, k;
	int israel = 0;
	CHECK(l != NULL);
	for (i = 0; l && i < l->n; i++)
		for (k = 0; k < l->v[i].nsuppliers; k++)
			israel |= !strcmp(l->v[i].suppliers[k].s, "ISR");
	if (l)
		ent_fact_list_free(l);
	CHECK(!israel);
}

TEST(extract_stance2__a_state_as_its_people_or_government)
{
	CHECK(stance_only("Egypt stands in full solidarity with the people of Sudan.", "EGY", "SDN", SUP));
	CHECK(stance_only("\"Jordan stands with the Government & the people of Lebanon,\" he said.", "JOR",
		   "LBN", SUP));
	CHECK(stance_only("Kenya called on the Ethiopian government to immediately withdraw its troops.",
		   "KEN", "ETH", OPP));
	CHECK(stance_only("Morocco \"strongly protests\" against the Algerian government's decision.",
		   "MAR", "DZA", OPP));
	/* people of no state, and a demonym before other nouns */
	CHECK(stance_none("Egypt stands in full solidarity with the people of the region."));
	CHECK(stance_none("Rwanda called on the Congolese traders to withdraw their goods."));
}

TEST(extract_stance2__summoned_to_protest_and_protesting)
{
	/* the envoy summoned is no critic; the one who summons protests */
	CHECK(stance_only("Hanoi on Monday summoned a Chinese diplomat to protest against Beijing's new "
		   "map.",
		   "VNM", "CHN", OPP));
	CHECK(stance_only("Ukraine summoned a senior Hungarian diplomat to lodge a complaint over "
		   "Budapest's remarks.",
		   "UKR", "HUN", OPP));
	CHECK(stance_only("The Dutch government summoned the ambassador at the Russian Embassy, strongly "
		   "protesting Russia's detention of its citizens.",
		   "NLD", "RUS", OPP));
	CHECK(stance_none("Farmers came to protest against the new tariffs on Monday."));
}

TEST(extract_stance2__coordinated_adjectives_before_by)
{
	CHECK(stance_only("Qatar condemned the unjustified and illegitimate aggression by Israel.", "QAT",
		   "ISR", OPP));
	/* two acts joined by "and the": the state is behind the second only */
	CHECK(stance_none("Chile condemned the fishing and the shipping by Peru."));
}
