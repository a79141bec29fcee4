/* fuzz_html.c - the HTML decoder (visible text, tables as pipe rows). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ent_ingest_options o = ENT_INGEST_OPTIONS_INIT;
	size_t nbad = 0;
	int rc;
	o.format = ENT_FORMAT_HTML;
	rc = ent_ingest_buffer((const char *)data, size, "fuzz.html", &o, fuzz_check_doc, NULL,
			       NULL, &nbad);
	FUZZ_REQUIRE(rc == ENT_OK || rc == ENT_ENOMEM);
	FUZZ_REQUIRE(nbad <= 1);
	return 0;
}
