/* fuzz_table.c - pipe tables: the input becomes the body of a table whose
 * header gives each column a role, then the whole extractor runs on it. */
#include "fuzz_common.h"

static const char head[] = "Arms transfers\n\nYear | Supplier | Recipient | Item | Value |\n"
			   "---|---|---|---|---|\n";
static ent_extractor *x;
static ent_fact_list *facts;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text;
	ent_doc *doc = NULL;
	if (!x && (ent_extractor_new(&x, NULL, NULL) != ENT_OK || ent_fact_list_new(&facts)))
		abort(); /* ENTENTE_DATA must name the data directory */
	if (memchr(data, 0, size) || !ent_utf8_valid((const char *)data, size, NULL) ||
	    !(text = malloc(sizeof head + size)))
		return 0; /* the extractor's contract: NUL-free UTF-8 */
	memcpy(text, head, sizeof head - 1);
	memcpy(text + sizeof head - 1, data, size);
	if (ent_doc_new(&doc, text, sizeof head - 1 + size, "fuzz.txt", NULL, "2024") == ENT_OK) {
		ent_fact_list_clear(facts);
		FUZZ_REQUIRE(ent_extract(x, doc, facts) == ENT_OK);
		fuzz_check_facts(doc, facts);
	}
	ent_doc_free(doc);
	free(text);
	return 0;
}
