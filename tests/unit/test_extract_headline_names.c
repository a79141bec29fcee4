/*
 * test_extract_headline_names.c - a title-case headline capitalises its
 * small words and verbs ("Naval Drill As Tension Rises", "Drills Kick Off
 * Amid Tension"): they name no drill; nor does a quoted word the drill is
 * judged by ("seen as 'Provocation'").  Every sentence here was written
 * for these tests (stop 51).
 */
#include "extract_harness.h"

#include <string.h>

/* Does some exercise of text have a name that starts with prefix? */
static int named_with(const char *text, const char *prefix)
{
	ent_fact_list *l = run(text, NULL);
	size_t i;
	int hit = 0;
	if (!l)
		return -1;
	for (i = 0; i < l->n; i++)
		if (l->v[i].type == ENT_FACT_EXERCISE && l->v[i].name &&
		    strncmp(l->v[i].name, prefix, strlen(prefix)) == 0)
			hit = 1;
	ent_fact_list_free(l);
	return hit;
}

TEST(extract_headline_names__small_words_and_verbs)
{
	CHECK(named_with("Chile And Peru Hold Naval Drill As Tension Rises", "Drill") == 0);
	CHECK(named_with("Chile And Peru Stage Drills Amid Tension", "Drills") == 0);
	CHECK(named_with("Chile-Peru Naval Drill Seen As No Threat - Bolivia", "Drill") == 0);
	/* control: a name after the drill word stays */
	CHECK(named_with("Chile and Peru began exercise Andes Shield 2024 on Monday.", "Andes") ==
	      1);
}

TEST(extract_headline_names__judged_by_a_quoted_word)
{
	CHECK(named_with("Chile and Peru held a naval drill, seen as 'Provocation' by Bolivia.",
			 "Provocation") == 0);
	/* control: a quoted name stays */
	CHECK(named_with("Chile and Peru held the exercise 'Andes Shield 2024' in May.", "Andes") ==
	      1);
}
