/*
 * text.c - plain-text documents: the published date from a header line.
 *
 * Among the first TEXT_DATE_LINES lines, a line "Published: YYYY-MM-DD" or
 * "Date: YYYY-MM-DD" (label case-insensitive, spaces allowed around the
 * colon and before the line; the colon may be left out, "date 2024-11-24")
 * gives the published date.  Only ISO dates are
 * read, a day's or a month's ("date 2024-06"); anything else leaves the
 * date unknown.
 */
#include "ingest/ingest_internal.h"

#include <string.h>
#include <strings.h>

#define TEXT_DATE_LINES 20

static const char *const labels[] = {"published", "date", "dateline"};

/* The date after "LABEL:" on the line [p, e), or 0. */
static int line_date(const char *p, const char *e, char out[11])
{
	size_t i, n;
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	for (i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		const char *q;
		n = strlen(labels[i]);
		if ((size_t)(e - p) <= n || strncasecmp(p, labels[i], n) != 0)
			continue;
		q = p + n;
		while (q < e && (*q == ' ' || *q == '\t'))
			q++;
		if (q < e && *q == ':')
			q++;
		else if (q == p + n)
			continue; /* "datefoo": neither a colon nor a space after the label */
		while (q < e && (*q == ' ' || *q == '\t'))
			q++;
		if ((size_t)(e - q) >= 7 && ent_ingest__iso_date(q, (size_t)(e - q), out) &&
		    (strlen(out) == 10 || strlen(out) == 7))
			return 1;
	}
	return 0;
}

int ent_ingest__text_date(const char *text, size_t len, char out[11])
{
	const char *p = text, *end = text + len;
	int line;
	for (line = 0; line < TEXT_DATE_LINES && p < end; line++) {
		const char *e = memchr(p, '\n', (size_t)(end - p));
		if (!e)
			e = end;
		if (line_date(p, e, out))
			return 1;
		p = e + 1;
	}
	out[0] = '\0';
	return 0;
}
