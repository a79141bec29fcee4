/*
 * cmd_network.c - `entente network`: the signed network of states and
 * blocs, its all-positive triangles, its structural balance and its blocs.
 */
#include "cli.h"
#include "entente/network.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char cli_usage_network[] =
	"usage: entente [--db FILE] network [--triangles|--balance|--blocs]\n"
	"                                   [--format table|json|dot|svg] [--from Y] [--to Y]\n"
	"                                   [--focus CODE] [--seed N] [--limit N]\n"
	"                                   [--gdelt [--gdelt-min N] [--gdelt-scale W]]\n"
	"\n"
	"A signed, weighted graph of states and blocs built from the stored facts.\n"
	"Positive: deal +3, supply tie +2, co-supplier/partner +2, exercise +2,\n"
	"support stance +1, bloc membership +1, shared bloc +0.5.  Negative: rivalry -3,\n"
	"oppose stance -1, concern -0.5 (per fact; an edge sums its facts).\n"
	"\n"
	"Options:\n"
	"  --triangles    all-positive triads, strongest (sum of weights) first\n"
	"  --balance      structural-balance ratio and the unbalanced triads\n"
	"  --blocs        partition minimising frustration (Doreian & Mrvar 1996)\n"
	"  --format F     table (default), json, dot (Graphviz text) or svg (laid out\n"
	"                 with Graphviz's library)\n"
	"  --from Y, --to Y  only facts of those years (drops facts without a year)\n"
	"  --focus CODE   dot/svg: only CODE, its neighbours and the edges among them\n"
	"  --seed N       seed of the bloc search (default 1)\n"
	"  --limit N      list at most N triangles / unbalanced triads, draw at most N\n"
	"                 nodes in dot/svg (the strongest; default 20, 0 = all); the\n"
	"                 counts are always complete\n"
	"  --gdelt        also weight ties by the imported GDELT events (entente import\n"
	"                 gdelt) of the --from/--to years: each pair of states with at\n"
	"                 least --gdelt-min events (default 10) gets W x (mean Goldstein\n"
	"                 score) / 10, W = --gdelt-scale (default 2), shown apart from\n"
	"                 the facts as \"GDELT: N events\"; regions (\"EUR\") are left out\n"
	"  -h, --help     print this help\n"
	"\n"
	"Exit codes: 0 ok, 1 unknown --focus code or output error, 2 usage, 3 store error.\n";

/* The ISO 3166-1 alpha-3 codes of iso-codes ($ENTENTE_ISOCODES or the
 * built-in directory), sorted: GDELT's CAMEO country codes that are states. */
typedef struct iso_set {
	char (*v)[4];
	size_t n;
} iso_set;

static int cmp_iso(const void *x, const void *y) { return strcmp(x, y); }

static int iso_load(iso_set *set, char *why, size_t nwhy)
{
	const char *dir = getenv("ENTENTE_ISOCODES");
	char path[4096];
	json_error_t jerr;
	json_t *root, *list;
	size_t i;
	if (!dir || !*dir)
		dir = ENT_DEFAULT_ISOCODES;
	snprintf(path, sizeof path, "%s/iso_3166-1.json", dir);
	root = json_load_file(path, 0, &jerr);
	list = root ? json_object_get(root, "3166-1") : NULL;
	if (!json_is_array(list)) {
		snprintf(why, nwhy, "%.4000s: %.150s", path, root ? "no \"3166-1\" list" : jerr.text);
		json_decref(root);
		return -1;
	}
	set->v = calloc(json_array_size(list) + 1, sizeof *set->v);
	set->n = 0;
	if (!set->v) {
		snprintf(why, nwhy, "out of memory");
		json_decref(root);
		return -1;
	}
	for (i = 0; i < json_array_size(list); i++) {
		const char *c = json_string_value(json_object_get(json_array_get(list, i), "alpha_3"));
		if (c && strlen(c) == 3)
			memcpy(set->v[set->n++], c, 4);
	}
	json_decref(root);
	qsort(set->v, set->n, sizeof *set->v, cmp_iso);
	return 0;
}

static int iso_has(const char *code, void *arg)
{
	const iso_set *set = arg;
	return bsearch(code, set->v, set->n, sizeof *set->v, cmp_iso) != NULL;
}

static void print_triads(const ent_network *n, const ent_triad *t, size_t nt)
{
	size_t i;
	printf("RANK | TRIAD           | STRENGTH | WEIGHTS (ab, ac, bc)\n");
	printf("-----+-----------------+----------+---------------------\n");
	for (i = 0; i < nt; i++) {
		char name[48];
		snprintf(name, sizeof name, "%s-%s-%s", n->nodes[t[i].a].s, n->nodes[t[i].b].s,
			 n->nodes[t[i].c].s);
		printf("%-4zu | %-15s | %8g | %g, %g, %g\n", i + 1, name, t[i].strength, t[i].wab,
		       t[i].wac, t[i].wbc);
	}
	if (nt == 0)
		printf("(none)\n");
}

static void print_edges(const ent_network *n)
{
	size_t i;
	int k;
	printf("A    | B    | WEIGHT | FACTS\n");
	printf("-----+------+--------+------------------------------\n");
	for (i = 0; i < n->nedges; i++) {
		const ent_net_edge *e = &n->edges[i];
		int first = 1;
		printf("%-4s | %-4s | %+6g | ", n->nodes[e->a].s, n->nodes[e->b].s, e->weight);
		for (k = 0; k < ENT_TIE__COUNT; k++)
			if (e->counts[k] && k != ENT_TIE_GDELT) {
				printf("%s%s %lld", first ? "" : ", ", ent_tie_kind_name((ent_tie_kind)k),
				       (long long)e->counts[k]);
				first = 0;
			}
		if (e->counts[ENT_TIE_GDELT])
			printf("%sGDELT: %lld events, %+.2f", first ? "" : "; ",
			       (long long)e->counts[ENT_TIE_GDELT], e->gdelt_weight);
		putchar('\n');
	}
	printf("%zu nodes, %zu edges\n", n->nnodes, n->nedges);
}

int cli_cmd_network(cli_ctx *ctx, int argc, char **argv)
{
	enum { V_EDGES, V_TRIANGLES, V_BALANCE, V_BLOCS } view = V_EDGES;
	const char *fmt = "table", *focus = NULL, *v;
	ent_tie_filter filter = ENT_TIE_FILTER_INIT;
	ent_network *net = NULL;
	ent_blocs blocs;
	ent_store *store = NULL;
	long long seed = 1, y, limit = 20, gmin = 0;
	iso_set iso = {NULL, 0};
	int i, rc, status = CLI_EXIT_OK, want_blocs;

	memset(&blocs, 0, sizeof blocs);
	for (i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			fputs(cli_usage_network, stdout);
			return cli_finish_output();
		}
		if (strcmp(argv[i], "--triangles") == 0) {
			view = V_TRIANGLES;
			continue;
		}
		if (strcmp(argv[i], "--balance") == 0) {
			view = V_BALANCE;
			continue;
		}
		if (strcmp(argv[i], "--blocs") == 0) {
			view = V_BLOCS;
			continue;
		}
		if ((rc = cli_opt_value("network", argc, argv, &i, "--format", &v)) != 0) {
			if (rc < 0)
				return CLI_EXIT_USAGE;
			if (strcmp(v, "table") && strcmp(v, "json") && strcmp(v, "dot") && strcmp(v, "svg"))
				return cli_usage_error("network", "unknown format '%s'", v);
			fmt = v;
			continue;
		}
		if ((rc = cli_opt_value("network", argc, argv, &i, "--focus", &v)) != 0) {
			if (rc < 0)
				return CLI_EXIT_USAGE;
			focus = v;
			continue;
		}
		if ((rc = cli_opt_value("network", argc, argv, &i, "--seed", &v)) != 0) {
			if (rc < 0)
				return CLI_EXIT_USAGE;
			if (!cli_parse_long(v, 1, 4000000000LL, &seed))
				return cli_usage_error("network", "bad --seed '%s'", v);
			continue;
		}
		if ((rc = cli_opt_value("network", argc, argv, &i, "--limit", &v)) != 0) {
			if (rc < 0)
				return CLI_EXIT_USAGE;
			if (!cli_parse_long(v, 0, 100000000LL, &limit))
				return cli_usage_error("network", "bad --limit '%s'", v);
			continue;
		}
		if (strcmp(argv[i], "--gdelt") == 0) {
			filter.gdelt = 1;
			continue;
		}
		if ((rc = cli_opt_value("network", argc, argv, &i, "--gdelt-min", &v)) != 0) {
			if (rc < 0)
				return CLI_EXIT_USAGE;
			if (!cli_parse_long(v, 1, 4000000000LL, &gmin))
				return cli_usage_error("network", "bad --gdelt-min '%s'", v);
			filter.gdelt_min_events = gmin;
			continue;
		}
		if ((rc = cli_opt_value("network", argc, argv, &i, "--gdelt-scale", &v)) != 0) {
			char *end;
			double w;
			if (rc < 0)
				return CLI_EXIT_USAGE;
			w = strtod(v, &end);
			if (end == v || *end || !(w > 0 && w <= 100))
				return cli_usage_error("network", "bad --gdelt-scale '%s' (a number in (0, 100])", v);
			filter.gdelt_scale = w;
			continue;
		}
		if ((rc = cli_opt_value("network", argc, argv, &i, "--from", &v)) != 0) {
			if (rc < 0)
				return CLI_EXIT_USAGE;
			if (!cli_parse_long(v, 1, 9999, &y))
				return cli_usage_error("network", "bad year '%s'", v);
			filter.from_year = (int)y;
			continue;
		}
		if ((rc = cli_opt_value("network", argc, argv, &i, "--to", &v)) != 0) {
			if (rc < 0)
				return CLI_EXIT_USAGE;
			if (!cli_parse_long(v, 1, 9999, &y))
				return cli_usage_error("network", "bad year '%s'", v);
			filter.to_year = (int)y;
			continue;
		}
		return cli_usage_error("network", "unknown argument '%s'", argv[i]);
	}

	if ((filter.gdelt_min_events || filter.gdelt_scale) && !filter.gdelt)
		return cli_usage_error("network", "--gdelt-min and --gdelt-scale need --gdelt");
	if (filter.gdelt) {
		char why[4400];
		if (iso_load(&iso, why, sizeof why) != 0) {
			cli_error("cannot read the ISO 3166 codes: %s", why);
			return CLI_EXIT_INPUT;
		}
		filter.gdelt_keep = iso_has;
		filter.gdelt_arg = &iso;
	}
	status = cli_open_store(ctx, 1, &store);
	if (status != CLI_EXIT_OK) {
		free(iso.v);
		return status;
	}
	rc = ent_network_load(&net, store, &filter);
	if (rc != ENT_OK) {
		cli_error("%s: cannot read the network: %s", ctx->db, ent_strerror(rc));
		ent_store_free(store);
		free(iso.v);
		return CLI_EXIT_STORE;
	}
	want_blocs = view == V_BLOCS || strcmp(fmt, "table") != 0;
	if (want_blocs && ent_network_blocs(net, (unsigned)seed, 32, &blocs) != ENT_OK) {
		cli_error("out of memory");
		status = CLI_EXIT_STORE;
		goto out;
	}
	if (strcmp(fmt, "json") == 0) {
		rc = ent_network_json(stdout, net, &blocs, (size_t)limit);
	} else if (strcmp(fmt, "dot") == 0 || strcmp(fmt, "svg") == 0) {
		char *dot = NULL, *svg = NULL;
		rc = ent_network_dot(&dot, net, focus, &blocs, (size_t)limit);
		if (rc == ENT_ENOTFOUND) {
			cli_error("no node '%s' in the network", focus);
			status = CLI_EXIT_INPUT;
			goto out;
		}
		if (rc == ENT_OK && strcmp(fmt, "svg") == 0) {
			rc = ent_network_svg(&svg, dot, "network");
			if (rc == ENT_OK)
				printf("%s\n", svg);
		} else if (rc == ENT_OK) {
			fputs(dot, stdout);
		}
		ent_free(dot);
		ent_free(svg);
	} else if (view == V_TRIANGLES) {
		ent_triad *t = NULL;
		size_t nt = 0, total = 0;
		rc = ent_network_triangles(net, (size_t)limit, &t, &nt, &total);
		if (rc == ENT_OK) {
			print_triads(net, t, nt);
			printf("%zu all-positive triangles%s\n", total,
			       nt < total ? " (use --limit 0 to list all)" : "");
		}
		ent_free(t);
	} else if (view == V_BALANCE) {
		ent_balance b;
		rc = ent_network_balance(net, (size_t)limit, &b);
		if (rc == ENT_OK) {
			printf("balance ratio: %.4f (%zu balanced of %zu signed triads)\n", b.ratio,
			       b.balanced, b.triads);
			printf("unbalanced triads: %zu\n", b.nunbalanced);
			if (b.nlisted)
				print_triads(net, b.unbalanced, b.nlisted);
			ent_balance_destroy(&b);
		}
	} else if (view == V_BLOCS) {
		size_t g, k;
		printf("blocs by frustration minimisation (Doreian & Mrvar 1996), seed %lld: "
		       "frustration %g\n",
		       seed, blocs.frustration);
		for (g = 0; g < blocs.nblocs; g++) {
			printf("bloc %zu:", g + 1);
			for (k = 0; k < net->nnodes; k++)
				if ((size_t)blocs.bloc[k] == g)
					printf(" %s", net->nodes[k].s);
			putchar('\n');
		}
	} else {
		print_edges(net);
	}
	if (rc != ENT_OK) {
		cli_error("network: %s", ent_strerror(rc));
		status = rc == ENT_EIO ? CLI_EXIT_INPUT : CLI_EXIT_STORE;
		goto out;
	}
	status = cli_finish_output();
out:
	ent_blocs_destroy(&blocs);
	ent_network_free(net);
	ent_store_free(store);
	free(iso.v);
	return status;
}
