/*
 * cmd_analysis_common.c - argument helpers shared by the analysis commands
 * (register, timeline, dependence, pivot): formats, years, actor codes,
 * and turning a library code into an exit code with a message.
 */
#include "cli.h"

#include <ctype.h>
#include <string.h>

int cli_an_format(const char *cmd, const char *v, ent_analysis_format *out)
{
	int t = ent_analysis_format_from_name(v);
	if (t < 0)
		return cli_usage_error(cmd, "--format: unknown format '%s' (table, md, json, csv)", v);
	*out = (ent_analysis_format)t;
	return CLI_EXIT_OK;
}

int cli_an_year(const char *cmd, const char *opt, const char *v, int *out)
{
	long long y;
	if (!cli_parse_long(v, 1000, 9999, &y))
		return cli_usage_error(cmd, "%s: '%s' is not a year (1000-9999)", opt, v);
	*out = (int)y;
	return CLI_EXIT_OK;
}

int cli_an_code(const char *cmd, const char *what, const char *v, char *out, size_t n)
{
	size_t i, len = strlen(v);
	if (len < 2 || len >= n)
		return cli_usage_error(cmd, "%s: '%s' is not an actor code (e.g. AZE, NATO)", what, v);
	for (i = 0; i < len; i++) {
		if (!isalnum((unsigned char)v[i]))
			return cli_usage_error(cmd, "%s: '%s' is not an actor code (e.g. AZE, NATO)",
					       what, v);
		out[i] = (char)toupper((unsigned char)v[i]);
	}
	out[len] = '\0';
	return CLI_EXIT_OK;
}

int cli_an_fail(const char *cmd, ent_store *s, int rc, const char *msg)
{
	const char *m = msg && msg[0] ? msg : s ? ent_store_errmsg(s) : "";
	if (!m[0])
		m = ent_strerror(rc);
	switch (rc) {
	case ENT_EUSAGE:
		return cli_usage_error(cmd, "%s", m);
	case ENT_EIO:
		cli_error("%s: cannot write output: %s", cmd, m);
		return CLI_EXIT_INPUT;
	case ENT_ENOTFOUND:
		cli_error("%s: %s", cmd, m);
		return CLI_EXIT_INPUT;
	default:
		cli_error("%s: %s", cmd, m);
		return CLI_EXIT_STORE;
	}
}

int cli_an_render_done(const char *cmd, int rc)
{
	if (rc != ENT_OK)
		return cli_an_fail(cmd, NULL, rc, ent_strerror(rc));
	return cli_finish_output();
}
