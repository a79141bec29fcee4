/* fuzz_jsonl.c - the JSON lines decoder (one document per line). */
#include "fuzz_common.h"

static int count_doc(const ent_doc *doc, void *payload)
{
	FUZZ_REQUIRE(doc->line > 0 && doc->format == ENT_FORMAT_JSONL);
	++*(size_t *)payload;
	return fuzz_check_doc(doc, NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ent_ingest_options o = ENT_INGEST_OPTIONS_INIT;
	size_t nbad = 0, ndocs = 0, lines = 1, i;
	int rc;
	o.format = ENT_FORMAT_JSONL;
	rc = ent_ingest_buffer((const char *)data, size, "fuzz.jsonl", &o, count_doc, NULL, &ndocs,
			       &nbad);
	FUZZ_REQUIRE(rc == ENT_OK || rc == ENT_ENOMEM);
	for (i = 0; i < size; i++)
		lines += data[i] == '\n';
	FUZZ_REQUIRE(ndocs + nbad <= lines); /* at most one outcome per line */
	return 0;
}
