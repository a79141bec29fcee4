/*
 * schema.c - the SQLite schema and its migrations.
 *
 * The schema is versioned with PRAGMA user_version.  migrations[] lists the
 * steps in order; step i brings a database from version i to i + 1.  On
 * open, every step newer than the database runs inside one BEGIN IMMEDIATE
 * transaction, which also sets user_version, so a migration is applied
 * entirely or not at all, and two processes opening a fresh file at once
 * migrate it once.  To change the schema, append a step; never edit a step
 * that has shipped (docs/internals/STORE.md).
 */
#include "entente/store.h"
#include "store/store_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define NOW ENT_STORE__SQL_NOW

/* Trigger bodies that later steps make conditional (version 9,
 * migration_deferred_ties): the fact_codes row of an actor row, and the
 * fact_suppliers row of a supplier row. */
#define FACT_CODE_OF_ACTOR                                                          \
	" INSERT OR IGNORE INTO fact_codes (code, type, year, fact_id)"                     \
	"  SELECT NEW.code, type, coalesce(year, 0), id FROM facts WHERE id = NEW.fact_id;"
#define FACT_SUPPLIER_OF_ACTOR                                                      \
	" INSERT OR IGNORE INTO fact_suppliers (recipient, supplier, type, fact_id)"        \
	"  SELECT coalesce(recipient, ''), NEW.code, type, id FROM facts WHERE id = NEW.fact_id;"

/* Version 1: documents, actors, facts and their parts, evidence,
 * contradictions. */
static const char migration_1[] =
	"CREATE TABLE documents ("
	" id INTEGER PRIMARY KEY,"
	" sha256 TEXT NOT NULL UNIQUE,"
	" source TEXT NOT NULL,"
	" title TEXT,"
	" published TEXT,"
	" grade TEXT NOT NULL DEFAULT 'F' CHECK (grade IN ('A','B','C','D','E','F')),"
	" format TEXT,"
	" ingested_at TEXT NOT NULL DEFAULT " NOW ","
	" bytes INTEGER NOT NULL DEFAULT 0);"

	"CREATE TABLE actors ("
	" code TEXT PRIMARY KEY,"
	" kind TEXT NOT NULL CHECK (kind IN ('state','bloc','firm')),"
	" name TEXT NOT NULL);"

	"CREATE TABLE actor_aliases ("
	" alias TEXT NOT NULL,"
	" code TEXT NOT NULL REFERENCES actors(code) ON DELETE CASCADE,"
	" PRIMARY KEY (alias, code));"

	"CREATE TABLE facts ("
	" id INTEGER PRIMARY KEY,"
	" type TEXT NOT NULL CHECK (type IN"
	"  ('deal','supply','exercise','stance','membership','rivalry')),"
	" year INTEGER,"
	" status TEXT CHECK (status IN ('reported','mou','signed','ordered','delivered')),"
	" value_amount REAL,"
	" value_currency TEXT,"
	" value_usd REAL,"
	" value_approx INTEGER,"
	" recipient TEXT,"
	" actor TEXT,"
	" target TEXT,"
	" polarity TEXT CHECK (polarity IN ('support','oppose','concern')),"
	" issue TEXT,"
	" name TEXT,"
	" location TEXT,"
	" confidence REAL NOT NULL DEFAULT 0.5,"
	" sources INTEGER NOT NULL DEFAULT 1,"
	" credibility INTEGER NOT NULL DEFAULT 6 CHECK (credibility BETWEEN 1 AND 6),"
	" created_at TEXT NOT NULL DEFAULT " NOW ","
	" updated_at TEXT NOT NULL DEFAULT " NOW ");"

	"CREATE TABLE fact_actors ("
	" fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,"
	" role TEXT NOT NULL CHECK (role IN ('supplier','partner','participant')),"
	" code TEXT NOT NULL,"
	" PRIMARY KEY (fact_id, role, code));"

	"CREATE TABLE deal_items ("
	" fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,"
	" category TEXT NOT NULL,"
	" text TEXT,"
	" designation TEXT,"
	" quantity INTEGER);"

	"CREATE TABLE fact_domains ("
	" fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,"
	" domain TEXT NOT NULL);"

	"CREATE TABLE evidence ("
	" id INTEGER PRIMARY KEY,"
	" fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,"
	" document_id INTEGER NOT NULL REFERENCES documents(id),"
	" start INTEGER NOT NULL,"
	" \"end\" INTEGER NOT NULL,"
	" quote TEXT NOT NULL,"
	" rule TEXT NOT NULL,"
	" UNIQUE (fact_id, document_id, start, \"end\"));"

	"CREATE TABLE contradictions ("
	" id INTEGER PRIMARY KEY,"
	" fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,"
	" attribute TEXT NOT NULL,"
	" value_a TEXT,"
	" value_b TEXT,"
	" evidence_a INTEGER REFERENCES evidence(id) ON DELETE SET NULL,"
	" evidence_b INTEGER REFERENCES evidence(id) ON DELETE SET NULL,"
	" created_at TEXT NOT NULL DEFAULT " NOW ");"

	"CREATE INDEX facts_type ON facts(type);"
	"CREATE INDEX facts_year ON facts(year);"
	"CREATE INDEX facts_recipient ON facts(recipient);"
	"CREATE INDEX facts_actor ON facts(actor);"
	"CREATE INDEX facts_target ON facts(target);"
	"CREATE INDEX fact_actors_code ON fact_actors(code);"
	"CREATE INDEX deal_items_fact ON deal_items(fact_id);"
	"CREATE INDEX fact_domains_fact ON fact_domains(fact_id);"
	"CREATE INDEX evidence_fact ON evidence(fact_id);"
	"CREATE INDEX evidence_document ON evidence(document_id);"
	"CREATE INDEX contradictions_fact ON contradictions(fact_id);"
	"CREATE INDEX actor_aliases_code ON actor_aliases(code);";

/* For the analyses' narrow reads (sqlite_query.c): an importer's deals and
 * supply ties by year, facts of a type by year, and fact_codes: one row per
 * (actor code, fact) with the fact's type and year (0 = unknown), for every
 * role (recipient, actor, target columns and fact_actors rows).  Triggers
 * keep fact_codes equal to what the facts and fact_actors rows say through
 * inserts, the merge path's update / delete / re-insert of parts and
 * deletes; existing rows are copied in.  "The facts of type T in which code
 * C plays a role, newest first" is then one index range. */
static const char migration_analyses_indexes[] =
	"CREATE INDEX facts_recipient_type_year ON facts(recipient, type, year);"
	"CREATE INDEX facts_type_year ON facts(type, year);"
	"CREATE TABLE fact_codes ("
	" code TEXT NOT NULL,"
	" type TEXT NOT NULL,"
	" year INTEGER NOT NULL DEFAULT 0,"
	" fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,"
	" PRIMARY KEY (code, type, year, fact_id)) WITHOUT ROWID;"
	"CREATE INDEX fact_codes_fact ON fact_codes(fact_id);"
	"CREATE TRIGGER fact_codes_fact_insert AFTER INSERT ON facts BEGIN"
	" INSERT OR IGNORE INTO fact_codes (code, type, year, fact_id)"
	"  SELECT c, NEW.type, coalesce(NEW.year, 0), NEW.id FROM"
	"  (SELECT NEW.recipient AS c UNION SELECT NEW.actor UNION SELECT NEW.target)"
	"  WHERE c IS NOT NULL AND c <> '';"
	" END;"
	"CREATE TRIGGER fact_codes_fact_update AFTER UPDATE OF type, year, recipient, actor, target"
	" ON facts BEGIN"
	" DELETE FROM fact_codes WHERE fact_id = NEW.id;"
	" INSERT OR IGNORE INTO fact_codes (code, type, year, fact_id)"
	"  SELECT c, NEW.type, coalesce(NEW.year, 0), NEW.id FROM"
	"  (SELECT NEW.recipient AS c UNION SELECT NEW.actor UNION SELECT NEW.target"
	"   UNION SELECT code FROM fact_actors WHERE fact_id = NEW.id)"
	"  WHERE c IS NOT NULL AND c <> '';"
	" END;"
	"CREATE TRIGGER fact_codes_actor_insert AFTER INSERT ON fact_actors BEGIN"
	FACT_CODE_OF_ACTOR
	" END;"
	"CREATE TRIGGER fact_codes_actor_delete AFTER DELETE ON fact_actors BEGIN"
	" DELETE FROM fact_codes WHERE fact_id = OLD.fact_id AND code = OLD.code"
	"  AND NOT EXISTS (SELECT 1 FROM fact_actors WHERE fact_id = OLD.fact_id"
	"   AND code = OLD.code)"
	"  AND NOT EXISTS (SELECT 1 FROM facts WHERE id = OLD.fact_id"
	"   AND OLD.code IN (recipient, actor, target));"
	" END;"
	"INSERT OR IGNORE INTO fact_codes (code, type, year, fact_id)"
	" SELECT recipient, type, coalesce(year, 0), id FROM facts WHERE recipient <> ''"
	" UNION ALL SELECT actor, type, coalesce(year, 0), id FROM facts WHERE actor <> ''"
	" UNION ALL SELECT target, type, coalesce(year, 0), id FROM facts WHERE target <> ''"
	" UNION ALL SELECT a.code, f.type, coalesce(f.year, 0), f.id"
	"  FROM fact_actors a JOIN facts f ON f.id = a.fact_id;";

/* GDELT (sqlite_gdelt.c): imported files by key, aggregates per
 * (actor1 country, actor2 country, YYYYMM, root code, QuadClass), and the
 * military-cooperation events one by one with their SOURCEURL. */
static const char migration_gdelt[] =
	"CREATE TABLE gdelt_files ("
	" id INTEGER PRIMARY KEY,"
	" key TEXT NOT NULL UNIQUE,"
	" source TEXT NOT NULL,"
	" format TEXT NOT NULL,"
	" zipped INTEGER NOT NULL,"
	" bytes INTEGER NOT NULL,"
	" rows INTEGER NOT NULL,"
	" malformed INTEGER NOT NULL,"
	" imported_at TEXT NOT NULL DEFAULT " NOW ");"
	"CREATE TABLE gdelt_aggregates ("
	" actor1 TEXT NOT NULL,"
	" actor2 TEXT NOT NULL,"
	" month INTEGER NOT NULL,"
	" root TEXT NOT NULL,"
	" quad INTEGER NOT NULL CHECK (quad BETWEEN 1 AND 4),"
	" events INTEGER NOT NULL,"
	" mentions INTEGER NOT NULL,"
	" sources INTEGER NOT NULL,"
	" articles INTEGER NOT NULL,"
	" goldstein_sum REAL NOT NULL,"
	" goldstein_mean REAL NOT NULL,"
	" tone_sum REAL NOT NULL,"
	" tone_mean REAL NOT NULL,"
	" PRIMARY KEY (actor1, actor2, month, root, quad)) WITHOUT ROWID;"
	"CREATE TABLE gdelt_events ("
	" id INTEGER PRIMARY KEY,"
	" file_id INTEGER NOT NULL REFERENCES gdelt_files(id),"
	" date INTEGER NOT NULL,"
	" actor1 TEXT NOT NULL,"
	" actor2 TEXT NOT NULL,"
	" code TEXT NOT NULL,"
	" quad INTEGER NOT NULL,"
	" goldstein REAL NOT NULL,"
	" mentions INTEGER NOT NULL,"
	" sources INTEGER NOT NULL,"
	" articles INTEGER NOT NULL,"
	" tone REAL NOT NULL,"
	" source_url TEXT NOT NULL);";

/* SIPRI trade registers (sqlite_sipri.c, docs/internals/SIPRI.md): the
 * releases, the actors their names map to, and every record with its
 * SIPRI-specific fields.  A record of the current release is also a deal
 * fact (fact_id); records of superseded releases keep fact_id NULL. */
static const char migration_sipri[] =
	"CREATE TABLE sipri_releases ("
	" id INTEGER PRIMARY KEY,"
	" release TEXT NOT NULL UNIQUE,"
	" generated TEXT,"
	" generated_text TEXT,"
	" document_id INTEGER NOT NULL REFERENCES documents(id),"
	" source TEXT NOT NULL,"
	" records INTEGER NOT NULL,"
	" current INTEGER NOT NULL DEFAULT 0,"
	" imported_at TEXT NOT NULL DEFAULT " NOW ");"

	"CREATE TABLE sipri_actors ("
	" code TEXT PRIMARY KEY,"
	" kind TEXT NOT NULL CHECK (kind IN"
	"  ('state','historical','unrecognised','non-state','organisation','unknown')),"
	" name TEXT NOT NULL);"

	"CREATE TABLE sipri_records ("
	" id INTEGER PRIMARY KEY,"
	" release_id INTEGER NOT NULL REFERENCES sipri_releases(id) ON DELETE CASCADE,"
	" fact_id INTEGER REFERENCES facts(id) ON DELETE SET NULL,"
	" line INTEGER NOT NULL,"
	" lines INTEGER NOT NULL,"
	" recipient TEXT NOT NULL,"
	" recipient_name TEXT NOT NULL,"
	" supplier TEXT NOT NULL,"
	" supplier_name TEXT NOT NULL,"
	" order_year INTEGER,"
	" order_year_uncertain INTEGER NOT NULL,"
	" ordered INTEGER,"
	" ordered_uncertain INTEGER NOT NULL,"
	" designation TEXT NOT NULL,"
	" description TEXT NOT NULL,"
	" category TEXT NOT NULL,"
	" delivered INTEGER,"
	" delivered_uncertain INTEGER NOT NULL,"
	" delivery_years TEXT,"
	" status TEXT NOT NULL,"
	" second_hand INTEGER NOT NULL,"
	" comments TEXT,"
	" tiv_unit REAL,"
	" tiv_order REAL,"
	" tiv_delivered REAL,"
	" value_amount REAL,"
	" value_currency TEXT,"
	" value_usd REAL,"
	" value_part_of INTEGER NOT NULL DEFAULT 0);"

	"CREATE INDEX sipri_records_recipient ON sipri_records(release_id, recipient);"
	"CREATE INDEX sipri_records_fact ON sipri_records(fact_id);";

/* The line of a JSON-lines document within its file (ent_doc.line), for
 * provenance; NULL for other formats and for documents stored before. */
static const char migration_document_line[] =
	"ALTER TABLE documents ADD COLUMN line INTEGER CHECK (line IS NULL OR line > 0);";

/* The bodies of the version-6 triggers, kept as macros: version 9 makes
 * the same triggers conditional (migration_deferred_ties). */
#define TIE_ACTOR_INS_BODY \
	" INSERT INTO tie_totals (a, b, kind, n, usd) SELECT NEW.code, f.recipient, f.type, 1, CASE WHEN f.type = 'deal' THEN coalesce(f.value_usd, 0) ELSE 0 END FROM facts f WHERE f.id = NEW.fact_id AND NEW.role = 'supplier' AND f.type IN ('deal', 'supply') AND f.recipient IS NOT NULL AND f.recipient <> NEW.code ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	" INSERT INTO tie_totals (a, b, kind, n, usd) SELECT NEW.code, f.recipient, 'partner', 1, 0 FROM facts f WHERE f.id = NEW.fact_id AND NEW.role = 'partner' AND f.type = 'deal' AND f.recipient IS NOT NULL AND f.recipient <> NEW.code ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	" INSERT INTO tie_totals (a, b, kind, n, usd) SELECT min(NEW.code, y.code), max(NEW.code, y.code), 'partner', 1, 0 FROM facts f JOIN fact_actors y ON y.fact_id = f.id WHERE f.id = NEW.fact_id AND f.type = 'deal' AND NEW.role IN ('supplier', 'partner') AND y.role IN ('supplier', 'partner') AND y.code <> NEW.code ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	" INSERT INTO tie_totals (a, b, kind, n, usd) SELECT min(NEW.code, y.code), max(NEW.code, y.code), f.type, 1, 0 FROM facts f JOIN fact_actors y ON y.fact_id = f.id WHERE f.id = NEW.fact_id AND f.type IN ('exercise', 'rivalry') AND NEW.role = 'participant' AND y.role = 'participant' AND y.code <> NEW.code ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;"

#define TIE_ACTOR_DEL_BODY \
	" INSERT INTO tie_totals (a, b, kind, n, usd) SELECT OLD.code, f.recipient, f.type, -1, CASE WHEN f.type = 'deal' THEN -coalesce(f.value_usd, 0) ELSE 0 END FROM facts f WHERE f.id = OLD.fact_id AND OLD.role = 'supplier' AND f.type IN ('deal', 'supply') AND f.recipient IS NOT NULL AND f.recipient <> OLD.code ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	" INSERT INTO tie_totals (a, b, kind, n, usd) SELECT OLD.code, f.recipient, 'partner', -1, 0 FROM facts f WHERE f.id = OLD.fact_id AND OLD.role = 'partner' AND f.type = 'deal' AND f.recipient IS NOT NULL AND f.recipient <> OLD.code ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	" INSERT INTO tie_totals (a, b, kind, n, usd) SELECT min(OLD.code, y.code), max(OLD.code, y.code), 'partner', -1, 0 FROM facts f JOIN fact_actors y ON y.fact_id = f.id WHERE f.id = OLD.fact_id AND f.type = 'deal' AND OLD.role IN ('supplier', 'partner') AND y.role IN ('supplier', 'partner') AND y.code <> OLD.code ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	" INSERT INTO tie_totals (a, b, kind, n, usd) SELECT min(OLD.code, y.code), max(OLD.code, y.code), f.type, -1, 0 FROM facts f JOIN fact_actors y ON y.fact_id = f.id WHERE f.id = OLD.fact_id AND f.type IN ('exercise', 'rivalry') AND OLD.role = 'participant' AND y.role = 'participant' AND y.code <> OLD.code ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;"

#define TIE_FACT_INS_BODY \
	" INSERT INTO tie_totals (a, b, kind, n, usd) SELECT NEW.actor, NEW.target, CASE NEW.type WHEN 'membership' THEN 'member' ELSE coalesce(NEW.polarity, 'support') END, 1, 0 WHERE NEW.type IN ('stance', 'membership') AND NEW.actor IS NOT NULL AND NEW.target IS NOT NULL AND NEW.actor <> NEW.target ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	" INSERT INTO import_totals (recipient, year, deals, valued, usd)" \
	" SELECT NEW.recipient, NEW.year, 1, NEW.value_usd IS NOT NULL, coalesce(NEW.value_usd, 0)" \
	" WHERE NEW.type = 'deal' AND NEW.recipient IS NOT NULL AND NEW.year IS NOT NULL" \
	" ON CONFLICT (recipient, year) DO UPDATE SET deals = deals + excluded.deals," \
	" valued = valued + excluded.valued, usd = usd + excluded.usd;"

#define TIE_FACT_UPD_BODY \
	" INSERT INTO tie_totals (a, b, kind, n, usd) SELECT OLD.actor, OLD.target, CASE OLD.type WHEN 'membership' THEN 'member' ELSE coalesce(OLD.polarity, 'support') END, -1, 0 WHERE OLD.type IN ('stance', 'membership') AND OLD.actor IS NOT NULL AND OLD.target IS NOT NULL AND OLD.actor <> OLD.target ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	" INSERT INTO tie_totals (a, b, kind, n, usd) SELECT NEW.actor, NEW.target, CASE NEW.type WHEN 'membership' THEN 'member' ELSE coalesce(NEW.polarity, 'support') END, 1, 0 WHERE NEW.type IN ('stance', 'membership') AND NEW.actor IS NOT NULL AND NEW.target IS NOT NULL AND NEW.actor <> NEW.target ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	" INSERT INTO tie_totals (a, b, kind, n, usd) SELECT a.code, OLD.recipient, OLD.type, -1, CASE WHEN OLD.type = 'deal' THEN -coalesce(OLD.value_usd, 0) ELSE 0 END FROM fact_actors a WHERE a.fact_id = OLD.id AND a.role = 'supplier' AND OLD.type IN ('deal', 'supply') AND OLD.recipient IS NOT NULL AND OLD.recipient <> a.code ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	" INSERT INTO tie_totals (a, b, kind, n, usd) SELECT a.code, NEW.recipient, NEW.type, 1, CASE WHEN NEW.type = 'deal' THEN coalesce(NEW.value_usd, 0) ELSE 0 END FROM fact_actors a WHERE a.fact_id = NEW.id AND a.role = 'supplier' AND NEW.type IN ('deal', 'supply') AND NEW.recipient IS NOT NULL AND NEW.recipient <> a.code ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	" INSERT INTO tie_totals (a, b, kind, n, usd) SELECT a.code, OLD.recipient, 'partner', -1, 0 FROM fact_actors a WHERE a.fact_id = OLD.id AND a.role = 'partner' AND OLD.type = 'deal' AND OLD.recipient IS NOT NULL AND OLD.recipient <> a.code ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	" INSERT INTO tie_totals (a, b, kind, n, usd) SELECT a.code, NEW.recipient, 'partner', 1, 0 FROM fact_actors a WHERE a.fact_id = NEW.id AND a.role = 'partner' AND NEW.type = 'deal' AND NEW.recipient IS NOT NULL AND NEW.recipient <> a.code ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	" INSERT INTO import_totals (recipient, year, deals, valued, usd)" \
	" SELECT OLD.recipient, OLD.year, -1, -(OLD.value_usd IS NOT NULL), -coalesce(OLD.value_usd, 0)" \
	" WHERE OLD.type = 'deal' AND OLD.recipient IS NOT NULL AND OLD.year IS NOT NULL" \
	" ON CONFLICT (recipient, year) DO UPDATE SET deals = deals + excluded.deals," \
	" valued = valued + excluded.valued, usd = usd + excluded.usd;" \
	" INSERT INTO import_totals (recipient, year, deals, valued, usd)" \
	" SELECT NEW.recipient, NEW.year, 1, NEW.value_usd IS NOT NULL, coalesce(NEW.value_usd, 0)" \
	" WHERE NEW.type = 'deal' AND NEW.recipient IS NOT NULL AND NEW.year IS NOT NULL" \
	" ON CONFLICT (recipient, year) DO UPDATE SET deals = deals + excluded.deals," \
	" valued = valued + excluded.valued, usd = usd + excluded.usd;"

/* what a deleted fact takes from the totals besides its actor rows */
#define TIE_FACT_DEL_TIES \
	" INSERT INTO tie_totals (a, b, kind, n, usd) SELECT OLD.actor, OLD.target, CASE OLD.type" \
	" WHEN 'membership' THEN 'member' ELSE coalesce(OLD.polarity, 'support') END, -1, 0" \
	" WHERE OLD.type IN ('stance', 'membership') AND OLD.actor IS NOT NULL AND" \
	" OLD.target IS NOT NULL AND OLD.actor <> OLD.target ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	" INSERT INTO import_totals (recipient, year, deals, valued, usd)" \
	" SELECT OLD.recipient, OLD.year, -1, -(OLD.value_usd IS NOT NULL), -coalesce(OLD.value_usd, 0)" \
	" WHERE OLD.type = 'deal' AND OLD.recipient IS NOT NULL AND OLD.year IS NOT NULL" \
	" ON CONFLICT (recipient, year) DO UPDATE SET deals = deals + excluded.deals," \
	" valued = valued + excluded.valued, usd = usd + excluded.usd;"

/* The ties and dated imports of the facts f for which the SQL condition
 * @p cond holds, added to tie_totals and import_totals (set-based: the
 * same sums the triggers keep row by row). */
#define TIES_OF_FACTS(cond) \
	"INSERT INTO tie_totals (a, b, kind, n, usd) SELECT a.code, f.recipient, f.type, COUNT(*), TOTAL(CASE WHEN f.type = 'deal' THEN f.value_usd END) FROM facts f CROSS JOIN fact_actors a ON a.fact_id = f.id AND a.role = 'supplier' WHERE " cond " AND +f.type IN ('deal', 'supply') AND +f.recipient IS NOT NULL AND a.code <> f.recipient GROUP BY 1, 2, 3 ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	"INSERT INTO tie_totals (a, b, kind, n, usd) SELECT x.code, f.recipient, 'partner', COUNT(*), 0 FROM facts f CROSS JOIN fact_actors x ON x.fact_id = f.id AND x.role = 'partner' WHERE " cond " AND +f.type = 'deal' AND +f.recipient IS NOT NULL AND x.code <> f.recipient GROUP BY 1, 2 ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	"INSERT INTO tie_totals (a, b, kind, n, usd) SELECT x.code, y.code, 'partner', COUNT(*), 0 FROM facts f CROSS JOIN fact_actors x ON x.fact_id = f.id AND x.role IN ('supplier', 'partner') CROSS JOIN fact_actors y ON y.fact_id = f.id AND y.role IN ('supplier', 'partner') AND y.code > x.code WHERE " cond " AND +f.type = 'deal' GROUP BY 1, 2 ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	"INSERT INTO tie_totals (a, b, kind, n, usd) SELECT x.code, y.code, f.type, COUNT(*), 0 FROM facts f CROSS JOIN fact_actors x ON x.fact_id = f.id AND x.role = 'participant' CROSS JOIN fact_actors y ON y.fact_id = f.id AND y.role = 'participant' AND y.code > x.code WHERE " cond " AND +f.type IN ('exercise', 'rivalry') GROUP BY 1, 2, 3 ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	"INSERT INTO tie_totals (a, b, kind, n, usd) SELECT actor, target, CASE type WHEN 'membership' THEN 'member' ELSE coalesce(polarity, 'support') END, COUNT(*), 0 FROM facts f NOT INDEXED WHERE " cond " AND +type IN ('stance', 'membership') AND +actor IS NOT NULL AND +target IS NOT NULL AND actor <> target GROUP BY 1, 2, 3 ON CONFLICT (a, b, kind) DO UPDATE SET n = n + excluded.n, usd = usd + excluded.usd;" \
	"INSERT INTO import_totals (recipient, year, deals, valued, usd)" \
	" SELECT recipient, year, COUNT(*), COUNT(value_usd), TOTAL(value_usd) FROM facts f NOT INDEXED" \
	" WHERE " cond " AND +type = 'deal' AND +recipient IS NOT NULL AND +year IS NOT NULL GROUP BY 1, 2" \
	" ON CONFLICT (recipient, year) DO UPDATE SET deals = deals + excluded.deals," \
	" valued = valued + excluded.valued, usd = usd + excluded.usd;"

/* Running totals for the network and arms-race analyses (network.h;
 * src/store/sqlite_ties.c), kept by triggers so those analyses read a few
 * thousand rows instead of grouping every fact.  tie_totals holds, per
 * pair of codes and kind of tie, the number of facts and the summed USD
 * value (deals): supplier -> recipient of deals and supply ties ("deal",
 * "supply"), partners ("partner": co-suppliers/partners of a deal, and a
 * partner with the recipient), participant pairs of exercises and
 * rivalries (a < b), stances (by polarity) and memberships ("member").
 * A fact_actors row adds its ties when inserted and removes them when
 * deleted, each computed from the fact's current row; an update of a fact
 * moves its ties from the old values to the new.  import_totals holds the
 * dated deals of each recipient per year.  Both are filled from the facts
 * already stored when the step runs. */
static const char migration_tie_totals[] =
	"CREATE TABLE tie_totals ("
	" a TEXT NOT NULL, b TEXT NOT NULL, kind TEXT NOT NULL,"
	" n INTEGER NOT NULL DEFAULT 0, usd REAL NOT NULL DEFAULT 0,"
	" PRIMARY KEY (a, b, kind)) WITHOUT ROWID;"
	"CREATE TABLE import_totals ("
	" recipient TEXT NOT NULL, year INTEGER NOT NULL,"
	" deals INTEGER NOT NULL DEFAULT 0, valued INTEGER NOT NULL DEFAULT 0,"
	" usd REAL NOT NULL DEFAULT 0,"
	" PRIMARY KEY (recipient, year)) WITHOUT ROWID;"

	"CREATE TRIGGER tie_actor_ins AFTER INSERT ON fact_actors BEGIN" TIE_ACTOR_INS_BODY " END;"

	"CREATE TRIGGER tie_actor_del AFTER DELETE ON fact_actors BEGIN" TIE_ACTOR_DEL_BODY " END;"

	"CREATE TRIGGER tie_fact_ins AFTER INSERT ON facts BEGIN" TIE_FACT_INS_BODY " END;"

	"CREATE TRIGGER tie_fact_upd AFTER UPDATE OF type, year, value_usd, recipient, actor, target,"
	" polarity ON facts BEGIN"
	TIE_FACT_UPD_BODY " END;"

	/* a deleted fact (SIPRI re-import) takes its ties along: its actor rows
	 * go first, while the fact row is still there to compute them from */
	"CREATE TRIGGER tie_fact_del BEFORE DELETE ON facts BEGIN"
	" DELETE FROM fact_actors WHERE fact_id = OLD.id;"
	TIE_FACT_DEL_TIES " END;"

	/* the facts already stored */
	TIES_OF_FACTS("1");

/* The write path of ingest (docs/internals/PERFORMANCE.md):
 *  - fact_suppliers: one row per (recipient, supplier, type, fact) of every
 *    supplier row in fact_actors ('' for no recipient), kept by triggers,
 *    so that the candidates of a deal or supply ("the facts of this
 *    recipient with this supplier") and the contradiction check are one
 *    index range instead of a scan of every deal of the recipient;
 *  - indexes that are prefixes of others go (facts_type of facts_type_year,
 *    facts_recipient of facts_recipient_type_year, evidence_fact of the
 *    UNIQUE (fact_id, document_id, start, end)); facts_actor becomes
 *    (actor, target, type), the stance and membership candidates' key;
 *  - the fact_codes triggers of version 2 build a UNION (an ephemeral table
 *    per fact row); they are replaced by one INSERT per column, same rows. */
/* The fact_codes rows of a facts row's own codes (recipient, actor,
 * target), one INSERT each: the body shared by the version-7 triggers. */
#define FACT_CODES_OF_ROW                                                                  \
	" INSERT OR IGNORE INTO fact_codes (code, type, year, fact_id)" \
	"  SELECT NEW.recipient, NEW.type, coalesce(NEW.year, 0), NEW.id WHERE NEW.recipient <> '';" \
	" INSERT OR IGNORE INTO fact_codes (code, type, year, fact_id)" \
	"  SELECT NEW.actor, NEW.type, coalesce(NEW.year, 0), NEW.id WHERE NEW.actor <> '';" \
	" INSERT OR IGNORE INTO fact_codes (code, type, year, fact_id)" \
	"  SELECT NEW.target, NEW.type, coalesce(NEW.year, 0), NEW.id WHERE NEW.target <> '';"

static const char migration_write_path[] =
	"CREATE TABLE fact_suppliers ("
	" recipient TEXT NOT NULL,"
	" supplier TEXT NOT NULL,"
	" type TEXT NOT NULL,"
	" fact_id INTEGER NOT NULL,"
	" PRIMARY KEY (recipient, supplier, type, fact_id)) WITHOUT ROWID;"
	"CREATE TRIGGER fact_suppliers_ins AFTER INSERT ON fact_actors"
	" WHEN NEW.role = 'supplier' BEGIN"
	FACT_SUPPLIER_OF_ACTOR
	" END;"
	"CREATE TRIGGER fact_suppliers_del AFTER DELETE ON fact_actors"
	" WHEN OLD.role = 'supplier' BEGIN"
	" DELETE FROM fact_suppliers WHERE recipient ="
	"  (SELECT coalesce(recipient, '') FROM facts WHERE id = OLD.fact_id)"
	"  AND supplier = OLD.code"
	"  AND type = (SELECT type FROM facts WHERE id = OLD.fact_id)"
	"  AND fact_id = OLD.fact_id;"
	" END;"
	"CREATE TRIGGER fact_suppliers_upd AFTER UPDATE OF recipient, type ON facts"
	" WHEN OLD.recipient IS NOT NEW.recipient OR OLD.type IS NOT NEW.type BEGIN"
	" DELETE FROM fact_suppliers WHERE recipient = coalesce(OLD.recipient, '')"
	"  AND type = OLD.type AND fact_id = OLD.id AND supplier IN"
	"  (SELECT code FROM fact_actors WHERE fact_id = OLD.id AND role = 'supplier');"
	" INSERT OR IGNORE INTO fact_suppliers (recipient, supplier, type, fact_id)"
	"  SELECT coalesce(NEW.recipient, ''), code, NEW.type, NEW.id FROM fact_actors"
	"  WHERE fact_id = NEW.id AND role = 'supplier';"
	" END;"
	"INSERT OR IGNORE INTO fact_suppliers (recipient, supplier, type, fact_id)"
	" SELECT coalesce(f.recipient, ''), a.code, f.type, f.id"
	" FROM fact_actors a JOIN facts f ON f.id = a.fact_id WHERE a.role = 'supplier';"

	"DROP INDEX IF EXISTS facts_type;"
	"DROP INDEX IF EXISTS facts_recipient;"
	"DROP INDEX IF EXISTS evidence_fact;"
	"DROP INDEX IF EXISTS facts_actor;"
	"CREATE INDEX facts_actor_target_type ON facts(actor, target, type);"

	"DROP TRIGGER fact_codes_fact_insert;"
	"CREATE TRIGGER fact_codes_fact_insert AFTER INSERT ON facts BEGIN"
	FACT_CODES_OF_ROW
	" END;"
	"DROP TRIGGER fact_codes_fact_update;"
	"CREATE TRIGGER fact_codes_fact_update AFTER UPDATE OF type, year, recipient, actor, target"
	" ON facts BEGIN"
	" DELETE FROM fact_codes WHERE fact_id = NEW.id;"
	FACT_CODES_OF_ROW
	" INSERT OR IGNORE INTO fact_codes (code, type, year, fact_id)"
	"  SELECT code, NEW.type, coalesce(NEW.year, 0), NEW.id FROM fact_actors"
	"  WHERE fact_id = NEW.id AND code <> '';"
	" END;";

/* The bodies of the version-8 triggers on fact_codes (conditional from
 * version 9, migration_deferred_ties). */
#define FACT_PAIRS_INS_BODY                                                          \
	" INSERT OR IGNORE INTO fact_pairs (a, b, fact_id)"                                  \
	"  SELECT min(NEW.code, code), max(NEW.code, code), NEW.fact_id FROM fact_codes"      \
	"  WHERE fact_id = NEW.fact_id AND code <> NEW.code;"
/* the last row of a code of a fact is gone */
#define FACT_CODE_GONE                                                               \
	"NOT EXISTS (SELECT 1 FROM fact_codes WHERE fact_id = OLD.fact_id  AND code = OLD.code)"
#define FACT_PAIRS_DEL_BODY                                                          \
	" DELETE FROM fact_pairs WHERE a = OLD.code AND fact_id = OLD.fact_id AND b IN"       \
	"  (SELECT code FROM fact_codes WHERE fact_id = OLD.fact_id AND code > OLD.code);"    \
	" DELETE FROM fact_pairs WHERE b = OLD.code AND fact_id = OLD.fact_id AND a IN"       \
	"  (SELECT code FROM fact_codes WHERE fact_id = OLD.fact_id AND code < OLD.code);"
/* The pairs of codes of the facts x.fact_id for which @p cond holds. */
#define PAIRS_OF_CODES(cond)                                                         \
	"INSERT OR IGNORE INTO fact_pairs (a, b, fact_id)"                                   \
	" SELECT x.code, y.code, x.fact_id FROM fact_codes x JOIN fact_codes y"              \
	" ON y.fact_id = x.fact_id AND y.code > x.code WHERE " cond ";"

/* Pairs for the analyses of two actors (timeline, pivot; sqlite_query.c):
 * fact_pairs holds one row per pair of distinct codes of a fact (a < b),
 * i.e. per pair of fact_codes rows with the same fact_id, so "the facts in
 * which both A and B play a role" is one range of its primary key instead
 * of the intersection of two codes' ranges of fact_codes.  Triggers on
 * fact_codes keep it: a code added to a fact pairs with the fact's other
 * codes; a code removed takes its pairs with the codes still there (when a
 * statement removes several codes of a fact, each pair goes with the first
 * of its two codes to leave).  fact_codes itself now also loses a deleted
 * fact's rows when foreign keys are off (the cascade does it when on).
 * Filled from fact_codes when the step runs.  tie_totals_kind: the ties of
 * one kind (the arms race reads the rivalries) without a scan of every
 * tie. */
static const char migration_fact_pairs[] =
	"CREATE TABLE fact_pairs ("
	" a TEXT NOT NULL,"
	" b TEXT NOT NULL,"
	" fact_id INTEGER NOT NULL,"
	" PRIMARY KEY (a, b, fact_id)) WITHOUT ROWID;"
	"CREATE TRIGGER fact_pairs_ins AFTER INSERT ON fact_codes BEGIN" FACT_PAIRS_INS_BODY " END;"
	"CREATE TRIGGER fact_pairs_del AFTER DELETE ON fact_codes"
	" WHEN " FACT_CODE_GONE " BEGIN" FACT_PAIRS_DEL_BODY " END;"
	"CREATE TRIGGER fact_codes_fact_delete AFTER DELETE ON facts BEGIN"
	" DELETE FROM fact_codes WHERE fact_id = OLD.id;"
	" END;"
	PAIRS_OF_CODES("1")
	"CREATE INDEX tie_totals_kind ON tie_totals(kind);";

/* Ties and pairs of a batch added at its end (docs/internals/STORE.md,
 * "Derived tables"): the triggers that keep tie_totals, import_totals and
 * fact_pairs row by row cost ingest a third of its time.  Inside a batch
 * (ent_store_set_batch) the facts from id deferred_ties.from_fact on are
 * the batch's new ones; the triggers skip them, and at the end of the batch
 * ent_store__sqlite_upkeep_sql adds their ties, imports and pairs in one statement
 * each, from their final rows.  Each trigger decides by the fact's id
 * against the same bound for the whole batch, so a fact is counted either
 * row by row or at the end, never both and never neither.  Outside batches
 * the bound is the largest id (every trigger runs, as before); it is set
 * and reset inside the batch's transaction, so a rollback restores it.
 * fact_codes and fact_suppliers, where the merge looks candidates up
 * within the batch, cannot wait for its end: for the batch's new facts
 * their rows are inserted by the store itself as it writes the fact and
 * its actors (store_sqlite.c, lookup_rows), without the triggers' look-up
 * of the fact row per actor row; the insert triggers skip those facts.
 * Updates and deletes keep their unconditional triggers. */
#define DEFERRED_FROM                                                                 \
	"coalesce((SELECT from_fact FROM deferred_ties WHERE id = 1), 9223372036854775807)"
static const char migration_deferred_ties[] =
	"CREATE TABLE deferred_ties ("
	" id INTEGER PRIMARY KEY CHECK (id = 1),"
	" from_fact INTEGER NOT NULL);"
	"INSERT INTO deferred_ties (id, from_fact) VALUES (1, 9223372036854775807);"
	"DROP TRIGGER tie_actor_ins;"
	"CREATE TRIGGER tie_actor_ins AFTER INSERT ON fact_actors"
	" WHEN NEW.fact_id < " DEFERRED_FROM " BEGIN" TIE_ACTOR_INS_BODY " END;"
	"DROP TRIGGER tie_actor_del;"
	"CREATE TRIGGER tie_actor_del AFTER DELETE ON fact_actors"
	" WHEN OLD.fact_id < " DEFERRED_FROM " BEGIN" TIE_ACTOR_DEL_BODY " END;"
	"DROP TRIGGER tie_fact_ins;"
	"CREATE TRIGGER tie_fact_ins AFTER INSERT ON facts"
	" WHEN NEW.id < " DEFERRED_FROM " BEGIN" TIE_FACT_INS_BODY " END;"
	"DROP TRIGGER tie_fact_upd;"
	"CREATE TRIGGER tie_fact_upd AFTER UPDATE OF type, year, value_usd, recipient, actor, target,"
	" polarity ON facts WHEN OLD.id < " DEFERRED_FROM " BEGIN" TIE_FACT_UPD_BODY " END;"
	/* a deleted fact's actor rows always go; its own ties only if counted */
	"DROP TRIGGER tie_fact_del;"
	"CREATE TRIGGER tie_fact_del BEFORE DELETE ON facts BEGIN"
	" DELETE FROM fact_actors WHERE fact_id = OLD.id;"
	" END;"
	"CREATE TRIGGER tie_fact_del_ties BEFORE DELETE ON facts"
	" WHEN OLD.id < " DEFERRED_FROM " BEGIN" TIE_FACT_DEL_TIES " END;"
	"DROP TRIGGER fact_pairs_ins;"
	"CREATE TRIGGER fact_pairs_ins AFTER INSERT ON fact_codes"
	" WHEN NEW.fact_id < " DEFERRED_FROM " BEGIN" FACT_PAIRS_INS_BODY " END;"
	"DROP TRIGGER fact_pairs_del;"
	"CREATE TRIGGER fact_pairs_del AFTER DELETE ON fact_codes"
	" WHEN OLD.fact_id < " DEFERRED_FROM " AND " FACT_CODE_GONE " BEGIN" FACT_PAIRS_DEL_BODY
	" END;"
	/* the lookup rows of a batch's new facts are written by the store
	 * (store_sqlite.c, lookup_rows); their updates and deletes stay here */
	"DROP TRIGGER fact_codes_fact_insert;"
	"CREATE TRIGGER fact_codes_fact_insert AFTER INSERT ON facts"
	" WHEN NEW.id < " DEFERRED_FROM " BEGIN" FACT_CODES_OF_ROW " END;"
	"DROP TRIGGER fact_codes_actor_insert;"
	"CREATE TRIGGER fact_codes_actor_insert AFTER INSERT ON fact_actors"
	" WHEN NEW.fact_id < " DEFERRED_FROM " BEGIN" FACT_CODE_OF_ACTOR " END;"
	"DROP TRIGGER fact_suppliers_ins;"
	"CREATE TRIGGER fact_suppliers_ins AFTER INSERT ON fact_actors"
	" WHEN NEW.role = 'supplier' AND NEW.fact_id < " DEFERRED_FROM " BEGIN"
	FACT_SUPPLIER_OF_ACTOR " END;";

const char ent_store__sqlite_upkeep_sql[] =
	TIES_OF_FACTS("f.id >= (SELECT from_fact FROM deferred_ties WHERE id = 1)")
	PAIRS_OF_CODES("x.fact_id >= (SELECT from_fact FROM deferred_ties WHERE id = 1)");

/* migrations[i] takes a database from version i to i + 1. */
static const char *const migrations[] = {
	migration_1,
	migration_analyses_indexes,
	migration_gdelt,
	migration_sipri,
	migration_document_line,
	migration_tie_totals,
	migration_write_path,
	migration_fact_pairs,
	migration_deferred_ties,
};

#define NMIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

int ent_store_schema_version(void) { return NMIGRATIONS; }

int ent_store__sqlite_fail(sqlite3 *db, ent_error *err, const char *fmt, ...)
{
	char what[256];
	va_list ap;
	int code = sqlite3_errcode(db) == SQLITE_NOMEM ? ENT_ENOMEM : ENT_ESTORE;
	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	ent_error_set(err, code, "%s: %s", what, sqlite3_errmsg(db));
	ent_store__oneline(err->msg);
	return code;
}

/* Run every statement of @p sql (constant text, no values) in turn. */
static int run_script(sqlite3 *db, const char *sql, ent_error *err, const char *what)
{
	const char *tail = sql;
	while (*tail) {
		sqlite3_stmt *st = NULL;
		const char *next = NULL;
		int rc = sqlite3_prepare_v2(db, tail, -1, &st, &next);
		if (rc != SQLITE_OK)
			return ent_store__sqlite_fail(db, err, "%s", what);
		if (st) {
			do
				rc = sqlite3_step(st);
			while (rc == SQLITE_ROW);
			if (rc != SQLITE_DONE) {
				int code = ent_store__sqlite_fail(db, err, "%s", what);
				sqlite3_finalize(st);
				return code;
			}
			sqlite3_finalize(st);
		}
		if (!next || next == tail)
			break;
		tail = next;
	}
	return ENT_OK;
}

int ent_store__sqlite_user_version(sqlite3 *db, int *out, ent_error *err)
{
	sqlite3_stmt *st = NULL;
	int rc;
	*out = 0;
	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
		return ent_store__sqlite_fail(db, err, "reading the schema version");
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		int code = ent_store__sqlite_fail(db, err, "reading the schema version");
		sqlite3_finalize(st);
		return code;
	}
	*out = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return ENT_OK;
}

int ent_store__sqlite_migrate(sqlite3 *db, ent_error *err)
{
	char pragma[64];
	int have, v, rc;

	rc = ent_store__sqlite_user_version(db, &have, err);
	if (rc != ENT_OK)
		return rc;
	if (have == NMIGRATIONS)
		return ENT_OK;
	if (have < NMIGRATIONS) {
		rc = run_script(db, "BEGIN IMMEDIATE", err, "starting the schema migration");
		if (rc != ENT_OK)
			return rc;
		/* Another process may have migrated while we waited for the lock. */
		rc = ent_store__sqlite_user_version(db, &have, err);
		if (rc != ENT_OK)
			goto rollback;
	}
	if (have > NMIGRATIONS || have < 0) {
		rc = ent_error_set(err, ENT_ESTORE,
				   "database schema version %d is newer than this build "
				   "understands (%d); upgrade entente",
				   have, NMIGRATIONS);
		goto rollback;
	}
	for (v = have; v < NMIGRATIONS; v++) {
		char what[64];
		snprintf(what, sizeof what, "migrating the schema to version %d", v + 1);
		rc = run_script(db, migrations[v], err, what);
		if (rc != ENT_OK)
			goto rollback;
	}
	/* A pragma takes no bound parameters; the number is our own constant. */
	snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", NMIGRATIONS);
	rc = run_script(db, pragma, err, "setting the schema version");
	if (rc != ENT_OK)
		goto rollback;
	rc = run_script(db, "COMMIT", err, "committing the schema migration");
	if (rc == ENT_OK)
		return ENT_OK;

rollback:
	if (!sqlite3_get_autocommit(db)) {
		ent_error ignored; /* keep the message of the first failure */
		run_script(db, "ROLLBACK", &ignored, "rolling back the schema migration");
	}
	return rc;
}

/* Test-only (tests/unit/test_reliability_migrate.c): bring a new, empty
 * database to schema version @p version (0 <= version <= the current one)
 * with the shipped steps, to stand for a database written by an older build.
 * Not a migration path: ent_store__sqlite_migrate is. */
int ent_store__sqlite_migrate_to_old(sqlite3 *db, int version, ent_error *err)
{
	char pragma[64];
	int v, rc = ENT_OK;
	if (version < 0 || version > NMIGRATIONS)
		return ent_error_set(err, ENT_EUSAGE, "no schema version %d", version);
	for (v = 0; v < version && rc == ENT_OK; v++)
		rc = run_script(db, migrations[v], err, "building an old schema");
	snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", version);
	return rc == ENT_OK ? run_script(db, pragma, err, "building an old schema") : rc;
}
