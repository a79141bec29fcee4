/*
 * test_extract_trained_alongside.c - drills told without a drill word:
 * forces of two states that practised or rehearsed, forces that joined
 * another state's for training, craft that trained alongside or drilled
 * with another state's craft, joint training a state hosted, and a joint
 * landing (jump, sorties) forces of two staged (stop 52).  Every sentence
 * here was written for these tests (stop 51).
 */
#include "extract_harness.h"

TEST(extract_trained_alongside__forces_of_two_practised)
{
	CHECK(first_drill_has("Chilean and Peruvian marines practised beach landings near Arica.",
			      "PER") == 1);
	CHECK(first_drill_has("Kenyan and Tanzanian troops rehearsed a river crossing.", "KEN") ==
	      1);
	/* training given to a third state's forces is no drill */
	CHECK(nexercises_text("Chilean and Peruvian officers trained Bolivian soldiers in Lima.") ==
	      0);
	/* people who are no forces rehearse speeches */
	CHECK(nexercises_text("Chilean and Peruvian officials rehearsed their speeches.") == 0);
}

/* "X and Y paratroopers staged a joint landing" (stop 52) */
TEST(extract_trained_alongside__forces_of_two_in_a_joint_act)
{
	CHECK(first_drill_has("Chilean and Peruvian paratroopers staged a joint landing in Arica.",
			      "PER") == 1);
	CHECK(first_drill_has("Kenyan and Tanzanian soldiers carried out a joint jump.", "KEN") ==
	      1);
	CHECK(first_drill_has("Chilean and Peruvian pilots flew joint air policing sorties.",
			      "CHL") == 1);
	/* no forces of two, or no act of arms */
	CHECK(nexercises_text("Chilean and Peruvian officials carried out a joint jump.") == 0);
	CHECK(nexercises_text("Chilean and Peruvian troops staged a joint parade.") == 0);
}

TEST(extract_trained_alongside__joined_for_training)
{
	CHECK(first_drill_has("Chilean marines joined Peruvian troops for jungle warfare training.",
			      "CHL") == 1);
	/* over "the" too */
	CHECK(first_drill_has("Chilean marines joined the Peruvian troops for jungle warfare "
			      "training.",
			      "PER") == 1);
	CHECK(nexercises_text("Chile joined Peruvian troops for a parade in Lima.") == 0);
}

TEST(extract_trained_alongside__craft_with_craft)
{
	CHECK(first_drill_has("Chilean F-16s drilled with Peruvian jets over the Pacific.", "PER") ==
	      1);
	CHECK(first_drill_has("Kenyan helicopters trained alongside Tanzanian jets.", "TZA") == 1);
	/* pilots trained on a state's jets learn to fly goods */
	CHECK(nexercises_text("Kenyan pilots trained with Swedish simulators.") == 0);
}

TEST(extract_trained_alongside__hosted_for_joint_training)
{
	CHECK(first_drill_has("Chile hosted Peruvian warships for a week of joint training.",
			      "PER") == 1);
	/* money for training is no drill held */
	CHECK(nexercises_text("Chile gave Peru $5 million for joint training of its coast "
			      "guard.") == 0);
}
