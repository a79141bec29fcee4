/*
 * test_extract_stance.c - stance rules on sentences written for these
 * tests: capitals as states, nouns and verbs of opposition, calls and
 * sanctions, people who speak for a state, pronoun subjects, passives.
 */
#include "extract_harness.h"



#define SUP ENT_POLARITY_SUPPORT
#define OPP ENT_POLARITY_OPPOSE

TEST(extract_stance__capitals_and_will_back)
{
	CHECK(stance_only("Washington will back Seoul's plan to expand its navy.", "USA", "KOR", SUP));
	CHECK(stance_only("Tokyo rebuked Beijing over the incursions.", "JPN", "CHN", OPP));
	CHECK(stance_only("Madrid lambasted Rabat after the talks.", "ESP", "MAR", OPP));
	CHECK(stance_none("The envoys flew back to Seoul on Friday."));
	CHECK(stance_none("Washington will back down on the tariffs."));
}

TEST(extract_stance__nouns_of_opposition)
{
	CHECK(stance_only("Cairo's skepticism of Ankara's ties with Doha has grown.", "EGY", "TUR", OPP));
	CHECK(stance_only("Brazil raised objections to Argentina's proposal.", "BRA", "ARG", OPP));
	CHECK(stance_only("Sweden voiced criticism of Hungary over the delay.", "SWE", "HUN", OPP));
	CHECK(stance_only("Lithuania issued a strong condemnation of Belarus.", "LTU", "BLR", OPP));
	CHECK(stance_only("Iranian criticism of Azerbaijan grew this year.", "IRN", "AZE", OPP));
	CHECK(stance_none("Brazil raised objections at the meeting."));
	CHECK(stance_none("The opposition in Kenya welcomed the budget."));
}

TEST(extract_stance__condemned_words_of_a_government)
{
	CHECK(stance_only("Greece strongly condemned \"reckless\" remarks by the Turkish government on "
		   "the islands.",
		   "GRC", "TUR", OPP));
	CHECK(stance_only("Chile denounced the statements of Bolivia on the river.", "CHL", "BOL", OPP));
	/* a demonym without a noun of government is not the state */
	CHECK(stance_none("Greece condemned the attack by Turkish fishermen."));
}

TEST(extract_stance__calls_to_stop_and_sanctions)
{
	CHECK(stance_only("Kenya called on Somalia to end the border raids.", "KEN", "SOM", OPP));
	CHECK(stance_only("Norway urged Russia to halt the strikes.", "NOR", "RUS", OPP));
	CHECK(stance_only("Canada imposed sanctions on Venezuela in 2019.", "CAN", "VEN", OPP));
	CHECK(stance_none("Kenya called on Somalia to join the talks."));
	CHECK(stance_none("Canada lifted sanctions on Venezuela in 2019."));
}

TEST(extract_stance__none_of_their_business)
{
	CHECK(stance_only("Vietnam said the patrols are none of China's business.", "VNM", "CHN", OPP));
	CHECK(stance_only("A Japanese diplomat said the drills by Japan and Australia are none of "
		   "China's business.",
		   "JPN", "CHN", OPP));
	/* a speaker known by name after the words, "Jr." too (stop 60) */
	CHECK(stance_only("The pact is \"none of China's business\", Defense Secretary Gilberto "
			  "Teodoro Jr. said Wednesday.",
			  "PHL", "CHN", OPP));
}

TEST(extract_stance__people_speak_for_their_state)
{
	CHECK(stance_only("Kenyan President William Ruto met envoys on Monday. Later, Ruto condemned "
		   "Somalia for the raids.",
		   "KEN", "SOM", OPP));
	CHECK(stance_only("Kenyan President William Ruto spoke on Monday. \xe2\x80\x9cI condemn Somalia "
		   "for these raids,\xe2\x80\x9d Ruto said.",
		   "KEN", "SOM", OPP));
	CHECK(stance_only("Chile's Foreign Minister Ana Soto spoke on Monday. Soto has been attacking "
		   "Peru for weeks.",
		   "CHL", "PER", OPP));
	/* no title phrase: a name not in leaders.tsv stands for nobody
	 * ("Ruto" is there now: test_extract_leaders_world.c) */
	CHECK(stance_none("Otieno has been attacking Somalia for weeks."));
	CHECK(stance_none("\xe2\x80\x9cI condemn Somalia for these raids,\xe2\x80\x9d Otieno said."));
	/* a state attacking is no stance of words */
	CHECK(stance_none("Chile attacked Peru's positions on the border."));
}

TEST(extract_stance__pronoun_is_the_clause_subject)
{
	ent_fact_list *l = run("Greece has expressed support to Cyprus as it accuses Turkey of "
			       "violating its waters.",
			       NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "GRC", "CYP", SUP));
	CHECK(has_stance(l, "GRC", "TUR", OPP));
	CHECK(!has_stance(l, "CYP", "TUR", OPP));
	ent_fact_list_free(l);
}

TEST(extract_stance__passive_with_the_object_ahead)
{
	CHECK(stance_only("Nepal's plan to buy ten helicopters from China was strongly opposed by India.",
		   "IND", "NPL", OPP));
	CHECK(stance_only("A proposed sale to Bhutan has been opposed by China.", "CHN", "BTN", OPP));
}

TEST(extract_stance__naming_a_state_a_threat)
{
	CHECK(stance_only("Greece's defence minister called Turkey a serious threat on Monday.", "GRC",
		   "TUR", OPP));
	CHECK(stance_only("Seoul branded Pyongyang an aggressor after the launch.", "KOR", "PRK", OPP));
	CHECK(stance_only("Greece's foreign minister, a veteran diplomat, called Turkey \"a menace\" on "
		   "Friday.",
		   "GRC", "TUR", OPP));
	CHECK(stance_none("The minister called Egypt an important partner."));
}

TEST(extract_stance__every_conjunct_of_the_subject)
{
	ent_fact_list *l = run("Chile and Peru oppose Bolivia on the river.", NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "CHL", "BOL", OPP));
	CHECK(has_stance(l, "PER", "BOL", OPP));
	CHECK(count(l, ENT_FACT_STANCE) == 2);
	ent_fact_list_free(l);
	l = run("Kenya, Uganda and Rwanda have voiced support for Somalia's bid.", NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "KEN", "SOM", SUP));
	CHECK(has_stance(l, "UGA", "SOM", SUP));
	CHECK(has_stance(l, "RWA", "SOM", SUP));
	CHECK(count(l, ENT_FACT_STANCE) == 3);
	ent_fact_list_free(l);
	/* a list after a preposition is no subject */
	CHECK(stance_only("Trade between Chile and Peru rose, and Peru condemned Bolivia.", "PER", "BOL",
		   OPP));
}

TEST(extract_stance__each_other)
{
	ent_fact_list *l =
		run("Kenya, Uganda and Rwanda have pledged support for each other's claims.", NULL);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_STANCE) == 6);
	CHECK(has_stance(l, "KEN", "UGA", SUP) && has_stance(l, "UGA", "KEN", SUP));
	CHECK(has_stance(l, "RWA", "KEN", SUP) && has_stance(l, "UGA", "RWA", SUP));
	ent_fact_list_free(l);
	l = run("Chile and Peru pledged to support each other at the summit.", NULL);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_STANCE) == 2);
	CHECK(has_stance(l, "CHL", "PER", SUP) && has_stance(l, "PER", "CHL", SUP));
	ent_fact_list_free(l);
	CHECK(stance_count("The two ministers praised each other at the summit.") == 0);
}

TEST(extract_stance__rejecting_a_claim)
{
	CHECK(stance_only("Peru has \"firmly rejected\" Chile's claim to the islets.", "PER", "CHL", OPP));
	CHECK(stance_only("Kenya dismissed the Somali allegations of a raid.", "KEN", "SOM", OPP));
	CHECK(stance_none("Peru rejected the proposal on Monday."));
	CHECK(stance_none("Peru rejected a claim by the fishermen."));
}

TEST(extract_stance__blame_and_threats)
{
	CHECK(stance_only("Kenya blamed Somalia for the border raids.", "KEN", "SOM", OPP));
	CHECK(stance_only("It was a raid that Kenya blames on gunmen who came from Somali territory.",
		   "KEN", "SOM", OPP));
	CHECK(stance_only("Chile blamed the collapse on Peru.", "CHL", "PER", OPP));
	CHECK(stance_only("Norway threatened Russia with new measures.", "NOR", "RUS", OPP));
	CHECK(stance_none("Kenya blamed the floods on the rains."));
	CHECK(stance_none("Kenya blames the raids on gunmen from the Somali coast."));
	CHECK(stance_none("The collapse was blamed on Peru by analysts."));
	CHECK(stance_none("Norway threatened to leave the talks with Russia."));
}

TEST(extract_stance__counterbalance_and_at_odds)
{
	ent_fact_list *l = run("Chile and Peru held drills off the coast of Ecuador last week as "
			       "they seek to counterbalance what they see as a Bolivian-Argentine "
			       "axis and Brazil.",
			       NULL);
	CHECK(l != NULL);
	CHECK(!has_stance(l, "ECU", "BRA", OPP));
	ent_fact_list_free(l);
	l = run("Chile and Peru held drills near Ecuador on Sunday to counterbalance Brazil.", NULL);
	CHECK(l != NULL);
	CHECK(has_stance(l, "CHL", "BRA", OPP) && has_stance(l, "PER", "BRA", OPP));
	CHECK(!has_stance(l, "ECU", "BRA", OPP));
	ent_fact_list_free(l);
	/* relations the writer describes ("at loggerheads", "at odds with"):
	 * a rivalry of the two, no stance either states (rivalry.at_odds) */
	l = run("Kenya and Somalia remain at loggerheads over the maritime border.", NULL);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_STANCE) == 0);
	CHECK(count(l, ENT_FACT_RIVALRY) == 1 && first(l, ENT_FACT_RIVALRY)->nparticipants == 2);
	ent_fact_list_free(l);
	l = run("Chile is at odds with Peru over fishing rights.", NULL);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_STANCE) == 0 && count(l, ENT_FACT_RIVALRY) == 1);
	ent_fact_list_free(l);
	CHECK(stance_none("The ministers were at odds over the budget."));
}

TEST(extract_stance__greeted_with_scepticism)
{
	CHECK(stance_only("Peru greeted Chile's account of the incident with scepticism.", "PER", "CHL",
		   OPP));
	CHECK(stance_only("Kenya met the Somali claims with open derision.", "KEN", "SOM", OPP));
	CHECK(stance_none("Peru greeted Chile's delegation with warmth."));
}

TEST(extract_stance__seats_of_government)
{
	CHECK(stance_only("The Kremlin condemned Estonia over the expulsions.", "RUS", "EST", OPP));
	CHECK(stance_only("The White House voiced support for Taiwan on Friday.", "USA", "TWN", SUP));
	CHECK(stance_only("Downing Street criticised Iran after the seizure.", "GBR", "IRN", OPP));
	CHECK(stance_only("The Elysee condemned Mali's decision.", "FRA", "MLI", OPP));
}

TEST(extract_stance__titled_speaker_without_a_state)
{
	CHECK(stance_only("Kenya has left the talks, Prime Minister Amani Otieno told reporters on "
		   "Monday. Otieno also accused Somalia of arming the rebels.",
		   "KEN", "SOM", OPP));
	CHECK(stance_only("President Ana Soto said Chile has frozen the project. Later, Soto condemned "
		   "Peru for the raids.",
		   "CHL", "PER", OPP));
	/* a title with no state of the sentence stands for nobody */
	CHECK(stance_none("Prime Minister Amani Otieno told reporters on Monday. Otieno also accused "
		   "Somalia of arming the rebels."));
}

TEST(extract_stance__a_belief_of_others_is_no_stance)
{
	CHECK(stance_none("Several neighbours believe that Chile has provided support to Peru."));
	CHECK(stance_none("Critics suspect that Kenya backs Somalia's rebels."));
	CHECK(stance_only("Chile has provided support to Peru, officials said.", "CHL", "PER", SUP));
}

TEST(extract_stance__a_list_of_targets)
{
	ent_fact_list *l = run("Kenya accused Somalia, Ethiopia, and Eritrea of arming the rebels.",
			       NULL);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_STANCE) == 3);
	CHECK(has_stance(l, "KEN", "SOM", OPP) && has_stance(l, "KEN", "ETH", OPP) && has_stance(l, "KEN", "ERI", OPP));
	ent_fact_list_free(l);
	/* "and" alone may join two clauses */
	CHECK(stance_only("Kenya condemned Somalia and Ethiopia welcomed the step.", "KEN", "SOM", OPP));
}

TEST(extract_stance__accusing)
{
	CHECK(stance_only("Chile blamed the storm for the delay, accusing Peru of stalling.", "CHL",
		   "PER", OPP));
	/* the participle's subject is the sentence's, not the last object */
	ent_fact_list *l = run("Chilean President Ana Soto spoke on Monday. Soto accused Peru of "
			       "stalling, also accusing Bolivia, Ecuador, and Brazil of failing "
			       "to help.",
			       NULL);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_STANCE) == 4);
	CHECK(has_stance(l, "CHL", "PER", OPP) && has_stance(l, "CHL", "BOL", OPP) && has_stance(l, "CHL", "ECU", OPP) &&
	      has_stance(l, "CHL", "BRA", OPP));
	ent_fact_list_free(l);
}

/* two stances, both toward t */
static int two(const char *text, const char *a1, const char *a2, const char *t, ent_polarity p)
{
	ent_fact_list *l = run(text, NULL);
	int ok = l && count(l, ENT_FACT_STANCE) == 2 && has_stance(l, a1, t, p) && has_stance(l, a2, t, p);
	if (l)
		ent_fact_list_free(l);
	return ok;
}

TEST(extract_stance__passive_with_coordinated_agents)
{
	CHECK(two("Kenya is backed by Uganda and Tanzania.", "UGA", "TZA", "KEN", SUP));
	ent_fact_list *l = run("Peru was supported by Chile, Ecuador and Bolivia in the dispute.",
			       NULL);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_STANCE) == 3);
	CHECK(has_stance(l, "CHL", "PER", SUP) && has_stance(l, "ECU", "PER", SUP) && has_stance(l, "BOL", "PER", SUP));
	ent_fact_list_free(l);
}

TEST(extract_stance__relative_clause_on_a_state)
{
	CHECK(two("Because of its quarrel with Kenya, a nation that Uganda and Tanzania support, "
		  "the council said nothing.",
		  "UGA", "TZA", "KEN", SUP));
	CHECK(stance_only("Peru, which Chile strongly backs, left the talks.", "CHL", "PER", SUP));
	CHECK(stance_only("Peru, a small state which Chile opposes, left the talks.", "CHL", "PER", OPP));
	CHECK(stance_none("Peru, which Chile does not back, left the talks."));
}

TEST(extract_stance__an_issue_with_its_owner)
{
	CHECK(stance_only("Chile firmly opposes the Donbas plan proposed by Peru.", "CHL", "PER", OPP));
	CHECK(stance_only("Kenya supports the \"Donbas\" settlement sought by Uganda.", "KEN", "UGA",
		   SUP));
	CHECK(stance_none("Kenya supports a Donbas settlement."));
}

TEST(extract_stance__a_hostile_judgement)
{
	CHECK(stance_only("Kenya stressed that Somalia has been an occupying and aggressive state.",
		   "KEN", "SOM", OPP));
	CHECK(stance_only("Chile said that Peru is an aggressor.", "CHL", "PER", OPP));
	CHECK(stance_only("Chilean President Ana Soto spoke on Monday. \"Peru is a hostile state,\" "
		   "Soto said.",
		   "CHL", "PER", OPP));
	CHECK(stance_none("Chile said that Peru is not an aggressor."));
	CHECK(stance_none("Chile said that Peru is a hostile place for investors."));
	CHECK(stance_none("Peru is an aggressor, analysts said."));
}

TEST(extract_stance__a_cause_of_concern)
{
	ent_fact_list *l = run("Arms sales to Somalia, above all by Eritrea, raise serious concern, "
			       "an adviser to the President of Kenya told reporters.",
			       NULL);
	CHECK(l != NULL);
	CHECK(count(l, ENT_FACT_STANCE) == 2);
	CHECK(has_stance(l, "KEN", "SOM", OPP) && has_stance(l, "KEN", "ERI", OPP));
	ent_fact_list_free(l);
	CHECK(stance_only("Kenya said that Somalia's arms purchases caused deep concern.", "KEN", "SOM",
		   OPP));
	CHECK(stance_none("Arms sales to Somalia raise concern, analysts said."));
	CHECK(stance_none("Arms sales to Somalia did not raise concern, the Kenyan ministry said."));
}

TEST(extract_stance__mutual_support_of_our_countries)
{
	ent_fact_list *l = run("Chile and Peru held talks in Lima on Monday. Our countries "
			       "demonstrate mutual support on every issue at the United Nations.",
			       NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK(has_stance(l, "CHL", "PER", SUP));
	CHECK(has_stance(l, "PER", "CHL", SUP));
	ent_fact_list_free(l);
}

TEST(extract_stance__the_demonym_side_is_the_state)
{
	CHECK(stance_only("The ministry said that Brazil supports the Bolivian side in the dispute.",
		   "BRA", "BOL", SUP));
}

TEST(extract_stance__said_a_state_poses_a_threat)
{
	CHECK(stance_only("Greece said Turkey poses a serious threat to the region.", "GRC", "TUR", OPP));
	CHECK(stance_none("Greece said Turkey poses no threat to the region."));
	CHECK(stance_none("Officials said the storm poses a threat to the islands."));
}

TEST(extract_stance__he_is_the_person_before)
{
	ent_fact_list *l = run("Chile's Foreign Minister Alberto Rojas met his Argentine counterpart "
			       "on Monday. He condemned Peru's decision to close the border.",
			       NULL);
	CHECK(l != NULL);
	if (!l)
		return;
	CHECK(has_stance(l, "CHL", "PER", OPP));
	ent_fact_list_free(l);
	/* no person to stand for: nothing */
	CHECK(stance_none("He condemned Peru's decision to close the border."));
}

TEST(extract_stance__the_second_verb_keeps_the_first_subject)
{
	CHECK(stance_only("Chile's Foreign Minister Alberto Rojas met reporters. Rojas also spoke to "
		   "Brazil's foreign minister and rejected Peru's claims.",
		   "CHL", "PER", OPP));
}

TEST(extract_stance__condemnation_in_response_to)
{
	CHECK(stance_only("Chile issued a firm condemnation on Saturday in response to Peru's strikes "
		   "on the border posts.",
		   "CHL", "PER", OPP));
	CHECK(stance_none("Chile issued a statement on Saturday in response to Peru's questions."));
}

TEST(extract_stance__not_indifferent_and_warning)
{
	CHECK(stance_only("Chile cannot remain indifferent to Peru's plans on the border, the minister "
		   "added.",
		   "CHL", "PER", OPP));
	CHECK(stance_none("Chile will remain indifferent to the outcome of the vote."));
	CHECK(stance_only("The United States has been warning Iran against enriching uranium.", "USA",
		   "IRN", OPP));
	/* a word inside a weapon term is no stance verb */
	CHECK(stance_none("Pakistan bought early warning aircraft from Sweden in 2006."));
}

TEST(extract_stance__title_demonyms_and_concern_for)
{
	/* "Turkish President X's remarks": the state behind the title */
	CHECK(stance_only("Greece criticised Turkish President Recep Tayyip Erdogan's remarks on "
		   "Cyprus.",
		   "GRC", "TUR", OPP));
	/* concern for a state's territorial integrity backs it */
	CHECK(stance_only("Canada is concerned over Ukraine's territorial integrity.", "CAN", "UKR",
		   SUP));
	CHECK(stance_only("Canada is concerned over Russia's military build-up.", "CAN", "RUS", OPP));
}

TEST(extract_stance__his_country_is_the_person_state)
{
	CHECK(stance_only("Brazilian President Luiz Lula visited Lima on Friday. The "
		   "talks went well, and he later reiterated his country's support for Peru in "
		   "the dispute.",
		   "BRA", "PER", SUP));
}

TEST(extract_stance__protest_recognition_shoulder_objection)
{
	CHECK(stance_only("Quito lodged a protest with Lima over the remarks.", "ECU", "PER", OPP));
	CHECK(stance_only("Chile does not recognize Bolivia's claim to the coast.", "CHL", "BOL", OPP));
	CHECK(stance_none("Chile recognizes Bolivia's right to free transit."));
	CHECK(stance_only("Brazil will always stand shoulder to shoulder with Paraguay.", "BRA", "PRY",
		   SUP));
	CHECK(stance_only("The Chilean navy stands side-by-side with the Peruvian navy.", "CHL",
			  "PER", SUP));
	CHECK(stance_only("Brazil stood side by side with Paraguay.", "BRA", "PRY", SUP));
	CHECK(stance_only("Brazil stood shoulder-to-shoulder with Paraguay.", "BRA", "PRY", SUP));
	CHECK(stance_none("A side by side comparison of Brazil and Paraguay."));
	CHECK(stance_only("Russia expressed its displeasure with Armenia's foreign policy.", "RUS", "ARM",
		   OPP));
	CHECK(stance_only("India strongly objected to China's remarks on the border.", "IND", "CHN", OPP));
}

TEST(extract_stance__urged_to_reconsider)
{
	CHECK(stance_only("Chile urged Peru to reconsider its decision on the border.", "CHL", "PER", OPP));
}

/* Seats of government and armed forces named in data/states.tsv stand for
 * their state: "the Quai d'Orsay", "South Block", "Bankova", "the IDF",
 * "the PLA". */
TEST(extract_stance__seats_and_forces_stand_for_the_state)
{
	CHECK(stance_only("The Quai d'Orsay condemned Iran over the strikes.", "FRA", "IRN", OPP));
	CHECK(stance_only("South Block rejected Pakistan's claims as baseless.", "IND", "PAK", OPP));
	CHECK(stance_only("Bankova condemned Russia over the strike.", "UKR", "RUS", OPP));
	{
		ent_fact_list *l = run("The IDF took part in the drills with the PLA.", NULL);
		const ent_fact *f = l ? first(l, ENT_FACT_EXERCISE) : NULL;
		CHECK(f && takes_part(f, "ISR") && takes_part(f, "CHN"));
		ent_fact_list_free(l);
	}
}

/* "India's objections to a proposed $1.3 billion U.S. arms deal with
 * Islamabad": the owner of the deal is opposed; not a state of another
 * noun (stop 40) */
TEST(extract_stance__objections_to_a_priced_deal)
{
	ent_fact_list *l = run("Chile says Peru's objections to a proposed $1.3 billion U.S. arms "
			       "deal with Santiago are unwarranted.",
			       NULL);
	CHECK(l && has_stance(l, "PER", "USA", ENT_POLARITY_OPPOSE));
	ent_fact_list_free(l);
	l = run("Peru's objections to a proposed US visit are old.", NULL);
	CHECK(l && count(l, ENT_FACT_STANCE) == 0);
	ent_fact_list_free(l);
}
