/* fuzz_utf8.c - UTF-8 checking and text normalisation on arbitrary bytes. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ent_ingest_options o = ENT_INGEST_OPTIONS_INIT;
	size_t bad = (size_t)-1, nbad = 0;
	int ok = ent_utf8_valid((const char *)data, size, &bad);
	int rc;
	/* invalid input names an offset inside it; the valid prefix is valid */
	if (!ok) {
		FUZZ_REQUIRE(bad < size);
		FUZZ_REQUIRE(ent_utf8_valid((const char *)data, bad, NULL));
	}
	o.format = ENT_FORMAT_TEXT;
	rc = ent_ingest_buffer((const char *)data, size, "fuzz.txt", &o, fuzz_check_doc, NULL, NULL,
			       &nbad);
	FUZZ_REQUIRE(rc == ENT_OK || rc == ENT_ENOMEM);
	FUZZ_REQUIRE(ok || nbad == 1); /* invalid UTF-8 is never passed on */
	return 0;
}
