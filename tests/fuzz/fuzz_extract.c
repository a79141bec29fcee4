/* fuzz_extract.c - the whole extractor on arbitrary (normalised) text. */
#include "fuzz_common.h"

static ent_extractor *x;
static ent_fact_list *facts;

static int extract_doc(const ent_doc *doc, void *payload)
{
	(void)payload;
	ent_fact_list_clear(facts);
	FUZZ_REQUIRE(ent_extract(x, doc, facts) == ENT_OK);
	fuzz_check_facts(doc, facts);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ent_ingest_options o = ENT_INGEST_OPTIONS_INIT;
	if (!x && (ent_extractor_new(&x, NULL, NULL) != ENT_OK || ent_fact_list_new(&facts)))
		abort(); /* ENTENTE_DATA must name the data directory */
	o.format = ENT_FORMAT_TEXT; /* only normalised UTF-8 reaches the extractor */
	ent_ingest_buffer((const char *)data, size, "fuzz.txt", &o, extract_doc, NULL, NULL, NULL);
	return 0;
}
