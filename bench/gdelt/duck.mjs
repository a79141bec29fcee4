// duck.mjs FILE THREADS - the DuckDB baseline of run.sh: read a GDELT 2.0
// export (61 tab-separated columns, no quoting) and compute the same
// aggregate as `entente import gdelt`, keeping it in a table.
import { DuckDBInstance } from '@duckdb/node-api';

const [file, threads] = [process.argv[2], process.argv[3] || '2'];
const names = ['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode',
  'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code',
  'Actor1Type3Code', 'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode',
  'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code',
  'Actor2Type2Code', 'Actor2Type3Code', 'IsRootEvent', 'EventCode', 'EventBaseCode',
  'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles',
  'AvgTone'];
for (const g of ['Actor1Geo', 'Actor2Geo', 'ActionGeo'])
  for (const f of ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'])
    names.push(`${g}_${f}`);
names.push('DATEADDED', 'SOURCEURL');
const types = {
  GLOBALEVENTID: 'BIGINT', SQLDATE: 'INTEGER', MonthYear: 'INTEGER', Year: 'INTEGER',
  FractionDate: 'DOUBLE', IsRootEvent: 'INTEGER', QuadClass: 'INTEGER', GoldsteinScale: 'DOUBLE',
  NumMentions: 'INTEGER', NumSources: 'INTEGER', NumArticles: 'INTEGER', AvgTone: 'DOUBLE',
  Actor1Geo_Type: 'INTEGER', Actor2Geo_Type: 'INTEGER', ActionGeo_Type: 'INTEGER',
  Actor1Geo_Lat: 'DOUBLE', Actor1Geo_Long: 'DOUBLE', Actor2Geo_Lat: 'DOUBLE',
  Actor2Geo_Long: 'DOUBLE', ActionGeo_Lat: 'DOUBLE', ActionGeo_Long: 'DOUBLE', DATEADDED: 'BIGINT',
};
const cols = names.map((n) => `'${n}': '${types[n] || 'VARCHAR'}'`).join(', ');
const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const con = await instance.connect();
await con.run(`CREATE TABLE agg AS SELECT Actor1CountryCode, Actor2CountryCode, MonthYear,
  EventRootCode, QuadClass, count(*) AS events, sum(NumMentions) AS mentions,
  sum(NumSources) AS sources, sum(NumArticles) AS articles, sum(GoldsteinScale) AS goldstein_sum,
  avg(GoldsteinScale) AS goldstein_mean, avg(AvgTone) AS tone_mean
  FROM read_csv('${file.replace(/'/g, "''")}', delim = '\t', header = false, quote = '',
                escape = '', auto_detect = false, columns = {${cols}})
  GROUP BY ALL`);
const r = await con.runAndReadAll('SELECT count(*), sum(events) FROM agg');
console.log(`duckdb: ${r.getRows()[0].join(' aggregates, ')} events`);
