-- dyadscope store schema (one DuckDB file per case). Every row keeps its provenance: file and line.
-- Types follow the field: CAMEO codes are strings with leading zeros, never integers.

CREATE TABLE IF NOT EXISTS events (
  source          VARCHAR NOT NULL,   -- dataset name from the case file, e.g. 'gdelt2', 'icews', 'icews18'
  event_id        VARCHAR NOT NULL,   -- the dataset's own id (GDELT GLOBALEVENTID, ICEWS Event ID, TKG split:line)
  event_date      DATE    NOT NULL,   -- date the event happened (GDELT SQLDATE, ICEWS Event Date)
  date_added      TIMESTAMP,          -- date the event was reported (GDELT DATEADDED), null where unknown
  actor1_code     VARCHAR,            -- GDELT Actor1Code (CAMEO actor code), ICEWS Source Name, TKG subject
  actor1_name     VARCHAR,
  actor1_country  VARCHAR,            -- ISO-3166 alpha-3 / CAMEO country code, null when unresolved
  actor2_code     VARCHAR,
  actor2_name     VARCHAR,
  actor2_country  VARCHAR,
  event_code      VARCHAR,            -- full CAMEO code, e.g. '0101'
  event_base      VARCHAR,            -- 3-digit CAMEO base code, e.g. '010'
  event_root      VARCHAR,            -- 2-digit CAMEO root code, '01'..'20'
  quad_class      TINYINT,            -- 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  goldstein       DOUBLE,             -- Goldstein scale, -10..+10
  num_mentions    INTEGER,
  avg_tone        DOUBLE,             -- GDELT AvgTone, null where the source has none
  source_url      VARCHAR,
  schema_flag     VARCHAR,            -- layout the row was read with: gdelt57, gdelt58, gdelt61, icews-tab, tkg-ids, tkg-names
  file            VARCHAR NOT NULL,
  line            BIGINT  NOT NULL,
  action_country  VARCHAR             -- ISO-3 of where the event happened: GDELT ActionGeo_CountryCode (FIPS 10-4) through the FIPS crosswalk, ICEWS Country by name, null when blank or unmapped
);
-- stores written before the event location get the column (appenders bind columns by name, store.TableBinding)
ALTER TABLE events ADD COLUMN IF NOT EXISTS action_country VARCHAR;

CREATE TABLE IF NOT EXISTS ideal_points (
  iso3        VARCHAR NOT NULL,
  ccode       INTEGER,                -- Correlates of War country code
  session     INTEGER NOT NULL,       -- UNGA session number (session 1 = 1946)
  year        INTEGER NOT NULL,       -- session + 1945
  ideal_point DOUBLE  NOT NULL,       -- Bailey, Strezhnev & Voeten ideal point (IdealPointAll)
  n_votes     INTEGER,
  file        VARCHAR NOT NULL,
  line        BIGINT  NOT NULL
);

CREATE TABLE IF NOT EXISTS arms_transfers (
  sipri_id            VARCHAR,
  supplier            VARCHAR NOT NULL,  -- ISO-3 where the SIPRI name maps to a country, else the SIPRI name
  recipient           VARCHAR NOT NULL,
  supplier_name       VARCHAR NOT NULL,
  recipient_name      VARCHAR NOT NULL,
  designation         VARCHAR,
  description         VARCHAR,
  category            VARCHAR,
  order_year          INTEGER,
  order_year_estimate BOOLEAN,
  delivered_number    INTEGER,
  delivered_estimate  BOOLEAN,
  delivery_year       INTEGER,
  delivery_year_estimate BOOLEAN,
  status              VARCHAR,
  tiv_unit            DOUBLE,            -- SIPRI TIV per unit, millions
  tiv_delivered       DOUBLE,            -- SIPRI TIV of the deliveries in delivery_year, millions
  uncertain           BOOLEAN,           -- a '?' marked any value of the row
  file                VARCHAR NOT NULL,
  line                BIGINT  NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
  doc_id        VARCHAR NOT NULL,
  source        VARCHAR NOT NULL,        -- corpus name, e.g. 'ungd', 'kremlin'
  speaker       VARCHAR,                 -- ISO-3 of the speaking state
  session       INTEGER,
  year          INTEGER,
  doc_date      DATE,
  title         VARCHAR,
  url           VARCHAR,
  text          VARCHAR NOT NULL,
  chars         INTEGER NOT NULL,
  replacement_chars INTEGER NOT NULL,    -- U+FFFD count after decoding
  file          VARCHAR NOT NULL,
  line          BIGINT  NOT NULL,
  licence       VARCHAR,                 -- as the source states it (sidecar or the case's source option), null when unstated
  text_key      VARCHAR                  -- identity: hex SHA-256 of the normalised text (+ date and URL for a title-index entry), DocumentIdentity
);
-- stores written before the licence column and the identity key get them
ALTER TABLE documents ADD COLUMN IF NOT EXISTS licence VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS text_key VARCHAR;

-- Document rows not stored because their text is already stored (same text_key): one row per
-- copy, with the copy's own metadata, the document kept and how their metadata compare. The
-- copy counts in its file's provenance.rows_duplicate.
CREATE TABLE IF NOT EXISTS document_copies (
  doc_id       VARCHAR NOT NULL,         -- the copy's own id, e.g. 'docs:RUS_2023-09-23'
  source       VARCHAR NOT NULL,
  speaker      VARCHAR,                  -- the copy's metadata, as its file gives them
  session      INTEGER,
  year         INTEGER,
  doc_date     DATE,
  title        VARCHAR,
  file         VARCHAR NOT NULL,         -- where the copy was read
  line         BIGINT  NOT NULL,
  copy_of      VARCHAR NOT NULL,         -- documents.doc_id of the document kept (loaded first)
  copy_of_file VARCHAR NOT NULL,
  relation     VARCHAR NOT NULL,         -- identical | compatible (a gap or a year filled by the copy, e.g. 2023 | 2023-09-23) | conflict
  differences  VARCHAR                   -- 'field: kept | copy' joined by '; ', null when identical
);

-- The GDELT daily country graph (format country-graph; gzemo/gdelt-graph-data, derived from GDELT 2.0):
-- one row per day and unordered pair of the countries the source's option names. A DERIVED weight,
-- never an event count, and never mixed with events: per event of the day whose two actor codes are
-- bare country codes, Goldstein + sign * (0.025 * NumSources + 0.01 * NumArticles) + 0.01 * AvgTone,
-- summed (the set's README and builder.py).
CREATE TABLE IF NOT EXISTS country_graph_daily (
  source     VARCHAR NOT NULL,
  day        DATE    NOT NULL,           -- the day of the matrix (GDELT DATEADDED day)
  country_a  VARCHAR NOT NULL,           -- ISO-3, alphabetically before country_b
  country_b  VARCHAR NOT NULL,           -- ISO-3
  weight     DOUBLE  NOT NULL,           -- the matrix cell [a, b] (= [b, a]); unitless, may be negative
  file       VARCHAR NOT NULL,           -- '<zip>!<member>.npy'
  line       BIGINT  NOT NULL            -- 1-based matrix row of country_a
);

-- Monthly and yearly series of country_graph_daily over the case period (measure stage,
-- measure.CountryGraphSeries): a DERIVED weight, never joined with the event series.
CREATE TABLE IF NOT EXISTS country_graph_series (
  frequency   VARCHAR NOT NULL,          -- 'month' | 'year'
  source      VARCHAR NOT NULL,
  pair        VARCHAR NOT NULL,          -- 'IRN-RUS': undirected, the two ISO-3 codes in alphabetical order
  period      VARCHAR NOT NULL,          -- '2018-09' (month) or '2018' (year)
  days        BIGINT  NOT NULL,          -- days of the period with a matrix (missing days have none)
  weight_sum  DOUBLE  NOT NULL,          -- sum of the daily weights
  weight_mean DOUBLE  NOT NULL,          -- weight_sum / days
  weight_min  DOUBLE  NOT NULL,          -- least daily weight
  weight_max  DOUBLE  NOT NULL,          -- greatest daily weight
  seq         INTEGER NOT NULL           -- row order of the CSV files
);

-- The most frequent entities of the name-resolving sources (format tkg) that no rule resolved to a
-- country, per source over the case period (collect stage, collect.UnresolvedEntities): one row per
-- entity and case dyad, with how much resolving the entity could add to the dyad's count. Entities
-- with no country by definition (non_state_code set) are ranked apart from those that may be a state's.
CREATE TABLE IF NOT EXISTS unresolved_entities (
  source      VARCHAR NOT NULL,
  entity      VARCHAR NOT NULL,          -- the name as the source writes it, e.g. 'Donald Trump'
  non_state_code VARCHAR,                -- why it has no country: its PETRARCH-2 code (IGOWSTNAT for NATO) or 'unnamed' (ICEWS's Unspecified Actor); null = it may belong to a state
  rows_unresolved BIGINT NOT NULL,       -- rows naming the entity without a country (as subject or object)
  entity_rank INTEGER NOT NULL,          -- 1 = the source's most frequent unresolved entity (of those with non_state_code null, or of the others)
  dyad        VARCHAR NOT NULL,          -- a case dyad, 'USA->CHN'
  dyad_events BIGINT  NOT NULL,          -- the dyad's events in the source over the case period
  could_add   BIGINT  NOT NULL,          -- rows that would become the dyad's events were the entity its source or target
  max_change  DOUBLE,                    -- could_add / dyad_events: the most the count could change; null when dyad_events = 0
  seq         INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS quarantine (
  file    VARCHAR NOT NULL,
  line    BIGINT  NOT NULL,
  reason  VARCHAR NOT NULL,
  raw     VARCHAR
);

CREATE TABLE IF NOT EXISTS provenance (
  file             VARCHAR NOT NULL,
  sha256           VARCHAR NOT NULL,
  format           VARCHAR NOT NULL,
  source           VARCHAR NOT NULL,
  rows_read        BIGINT  NOT NULL,
  rows_loaded      BIGINT  NOT NULL,
  rows_quarantined BIGINT  NOT NULL,
  rows_unresolved  BIGINT  NOT NULL      -- loaded rows with an actor that maps to no country
);

-- Rows of a file dropped as exact copies of an earlier row of the same file (ICEWS), and rows an
-- ingest actor filter (--actors) left out: rows_read = rows_loaded + rows_quarantined +
-- rows_duplicate + rows_filtered. Added after the first release, hence ALTER (old stores get 0).
ALTER TABLE provenance ADD COLUMN IF NOT EXISTS rows_duplicate BIGINT DEFAULT 0;
ALTER TABLE provenance ADD COLUMN IF NOT EXISTS rows_filtered BIGINT DEFAULT 0;
-- Parsed GDELT rows (stored or filtered) whose Actor1Code or Actor2Code holds a 3-letter token that
-- is no known country, region, CAMEO type or CAMEO dictionary code (issue 3, trap 6); 0 for other
-- formats, NULL (not checked) for files loaded before the count existed.
ALTER TABLE provenance ADD COLUMN IF NOT EXISTS rows_unknown_actor_tokens BIGINT;

-- Events per source, file and event day counted by the loader BEFORE any actor filter: the
-- denominator of normalised shares, which stays right when the events table holds only the
-- rows of some actors.
CREATE TABLE IF NOT EXISTS source_totals (
  source      VARCHAR NOT NULL,
  file        VARCHAR NOT NULL,
  event_date  DATE    NOT NULL,
  events      BIGINT  NOT NULL,
  report_date DATE                     -- day the events were reported (GDELT DATEADDED), null where unknown
);

-- Stores written before the reporting day was counted get the column, empty.
ALTER TABLE source_totals ADD COLUMN IF NOT EXISTS report_date DATE;

-- Identity of files (issue 10): SHA-256 of the file's DECOMPRESSED content (a zip's file members in
-- order, a plain file's bytes), so a zip and its plain member match; and, when a file's content was
-- already loaded under another label, that label: such a file stores nothing and counts all its
-- rows in rows_duplicate. NULL in stores written before.
ALTER TABLE provenance ADD COLUMN IF NOT EXISTS content_sha256 VARCHAR;
ALTER TABLE provenance ADD COLUMN IF NOT EXISTS duplicate_of VARCHAR;
-- The --actors filter the file was loaded with, codes sorted and comma-separated, NULL when every
-- event was kept: all files of a store share one filter (Store.checkActors). NULL in stores written before.
ALTER TABLE provenance ADD COLUMN IF NOT EXISTS actors VARCHAR;

-- Identity of events (issue 10): an event with its dataset's own id (GDELT GLOBALEVENTID, ICEWS
-- Event ID) is (family, id) in whatever file; its first row read is kept, a later row of the same id
-- is kept out of events and source_totals and counted in its file's provenance.rows_duplicate.
-- The ids of stored events are in events; those of the events an actor filter (--actors) left out
-- are here, so that a later file repeating them is recognised too: rows of about 1 MiB per file, ids packed
-- (store.PackedIds: the byte 0xFF, then per event its id as the difference from the previous numeric id,
-- or a marker and its text, and its event day as the difference from the previous day, in variable-length
-- integers: about 2 bytes a GDELT id; rows of earlier stores: per event its id as Java DataOutput.writeUTF
-- and its day as a 4-byte count of days since 1970-01-01), because a row per event cost a third more
-- ingest time. Not meant for analysis.
CREATE TABLE IF NOT EXISTS left_out_event_ids (
  family  VARCHAR NOT NULL,      -- id space: 'gdelt' or 'icews-tab', the prefix of the rows' schema_flag
  file    VARCHAR NOT NULL,
  ids     BLOB    NOT NULL       -- about 500,000 GDELT ids a row
);

-- Repeats of an event id with ANOTHER event date (ICEWS reissues some ids on other days): the row
-- not kept (file, line, event_date) beside the first row of that id (kept_*), for an analyst to judge.
-- kept_file and kept_line are null when the kept row was left out by --actors (not stored).
CREATE TABLE IF NOT EXISTS event_conflicts (
  family     VARCHAR NOT NULL,
  event_id   VARCHAR NOT NULL,
  file       VARCHAR NOT NULL,
  line       BIGINT  NOT NULL,
  event_date DATE    NOT NULL,
  kept_file  VARCHAR,
  kept_line  BIGINT,
  kept_date  DATE    NOT NULL
);

-- Securitization coding (issue 11): what the code stage writes (sentences, codings,
-- near_duplicates, securitization_kwic; org.dyadscope.code.CorpusCoder) and measure aggregates
-- over it (securitization_yearly, securitization_yearly_by_source, threat_matrix_yearly;
-- org.dyadscope.measure.Securitization). Each coding run replaces these tables' rows.
CREATE TABLE IF NOT EXISTS sentences (
  doc_id       VARCHAR NOT NULL,   -- documents.doc_id
  sentence_no  INTEGER NOT NULL,   -- 1-based number of the sentence in its document
  "start"      INTEGER NOT NULL,   -- character offset of the sentence in the document's NFC text
  "end"        INTEGER NOT NULL,   -- character offset after the sentence (exclusive)
  text         VARCHAR NOT NULL    -- the sentence as written
);

CREATE TABLE IF NOT EXISTS codings (
  doc_id          VARCHAR NOT NULL,  -- documents.doc_id; one row per sentences row
  sentence_no     INTEGER NOT NULL,
  speaker         VARCHAR,           -- ISO-3 of the securitizing actor (the document's speaker), null when unknown
  date            DATE,              -- the document's date, or the first day of its month or year (see date_precision); null when undated
  date_precision  VARCHAR,           -- day | month | year; null when undated
  move            BOOLEAN NOT NULL,  -- a securitizing move: a threat to a referent object with urgency, an extraordinary measure or a named source
  desecuritizing  BOOLEAN NOT NULL,  -- argues for dialogue, settlement, de-escalation or cooperation on a security issue, or denies a threat
  sector          VARCHAR,           -- Copenhagen sector: military | political | economic | societal | environmental; null when neither
  referent        VARCHAR,           -- canonical referent object, 'state:XXX' when only a threatened actor is named; null when none
  threat_source   VARCHAR,           -- code of the actor presented as the source of the threat; null when none
  strength        DOUBLE  NOT NULL,  -- share of threat, referent, urgency/measure and source present, 0..1, x the hedge factor when hedged
  negated         BOOLEAN NOT NULL,  -- a threat term of the sentence is negated ("is not a threat")
  hedged          BOOLEAN NOT NULL,  -- the sentence holds a hedge (may, could, allegedly)
  matched_terms   VARCHAR NOT NULL,  -- evidence: the lexicon phrases that decided the coding, 'category=phrase' joined by ';'; '' when none
  kwic            VARCHAR NOT NULL,  -- evidence: key word in context, the key term in [[ ]]; '' when nothing was coded
  kwic_start      INTEGER,           -- evidence: offset of the key term in the document's NFC text; null when nothing was coded
  kwic_end        INTEGER,           -- offset after the key term; null when nothing was coded
  actors          VARCHAR NOT NULL,  -- actor mentions in order, 'CODE=phrase [office on the date]' joined by '; '; '' when none
  lexicon         VARCHAR NOT NULL,  -- version of the lexicon that made the coding, e.g. 'dyadscope-lexicon-1.5.0'
  securitizing_actor VARCHAR         -- who presents the threat: the speaker's code for a move; for a sentence only reporting another actor's claim of a threat (no move), that actor's code, or 'other' when unnamed; null otherwise
);

-- Which detector decided each coding's move (issue 14, `--coder lexicon|model`); added after the first
-- release, hence ALTER (an older store's rows read 'lexicon').
ALTER TABLE codings ADD COLUMN IF NOT EXISTS detector VARCHAR DEFAULT 'lexicon';  -- lexicon (the rules decided move) | model (the trained detector did: CASE/model/move-detector.json); the lexicon column still names the lexicon whose evidence the row keeps
ALTER TABLE codings ADD COLUMN IF NOT EXISTS move_probability DOUBLE;              -- the trained detector's P(move), 0..1 (a move from its threshold up, in CASE/model/move-detector.json); null when the lexicon decided

-- Sentence embeddings of the trained move detector (org.dyadscope.code.model.EmbeddingCache), written
-- by the code stage with --coder model and by `dyadscope train`: a sentence is embedded once per
-- encoder version; a run copies the last run's rows from the store it replaces.
CREATE TABLE IF NOT EXISTS embeddings (
  text_sha256  VARCHAR NOT NULL,     -- SHA-256 (hex) of the sentence's NFC text, UTF-8
  model        VARCHAR NOT NULL,     -- encoder and its version, e.g. 'bge-small-en-v1.5-q@1.11.0-beta19'
  vector       FLOAT[384] NOT NULL   -- the sentence's embedding: [CLS] state, unit length (L2 norm 1)
);

-- Documents not coded because they repeat an earlier one of the same speaker and date (or year).
CREATE TABLE IF NOT EXISTS near_duplicates (
  doc_id        VARCHAR NOT NULL,  -- the later document, not coded
  duplicate_of  VARCHAR NOT NULL,  -- the earlier document it repeats, coded
  kind          VARCHAR NOT NULL,  -- exact (same normalised text) | near (word-trigram Jaccard at least the coder's threshold)
  jaccard       DOUBLE  NOT NULL   -- word-trigram Jaccard similarity, 0..1 (1 for exact)
);

-- Each speaker's strongest securitizing moves of the documents dated in the case period's years (moves
-- with the lexicon's key terms first, then strength x the detector's P(move), then document order;
-- CorpusCoder.strongestMoves), for the report.
CREATE TABLE IF NOT EXISTS securitization_kwic (
  speaker      VARCHAR,            -- codings.speaker
  rank         INTEGER NOT NULL,   -- 1 = strongest
  doc_id       VARCHAR NOT NULL,
  sentence_no  INTEGER NOT NULL
);

-- Per speaker, year and sector ('all' and each of the five, zeros included): sentences is the
-- speaker-year's total in every row, the rate's denominator. Year: documents.year, else year of doc_date.
CREATE TABLE IF NOT EXISTS securitization_yearly (
  speaker                   VARCHAR NOT NULL,  -- ISO-3, '' when the documents name none
  year                      INTEGER NOT NULL,
  sector                    VARCHAR NOT NULL,  -- all | military | political | economic | societal | environmental
  moves                     BIGINT  NOT NULL,  -- securitizing moves of the sector
  desecuritizing            BIGINT  NOT NULL,  -- desecuritizing sentences of the sector
  sentences                 BIGINT  NOT NULL,  -- all sentences of the speaker-year
  moves_per_1000_sentences  DOUBLE  NOT NULL   -- 1000 x moves / sentences
);

-- The same per document source (sector 'all' only): speeches and one-line index titles apart.
CREATE TABLE IF NOT EXISTS securitization_yearly_by_source (
  source                    VARCHAR NOT NULL,  -- documents.source, e.g. 'ungd', 'kremlin'
  speaker                   VARCHAR NOT NULL,
  year                      INTEGER NOT NULL,
  moves                     BIGINT  NOT NULL,
  desecuritizing            BIGINT  NOT NULL,
  sentences                 BIGINT  NOT NULL,
  moves_per_1000_sentences  DOUBLE  NOT NULL
);

-- Who names whom as a threat: securitizing moves with a named threat source, per year and speaker.
CREATE TABLE IF NOT EXISTS threat_matrix_yearly (
  year           INTEGER NOT NULL,
  speaker        VARCHAR NOT NULL,
  threat_source  VARCHAR NOT NULL,  -- codings.threat_source
  moves          BIGINT  NOT NULL
);

-- Results of the measure, trace and assess stages (issue 11). Each stage replaces its tables whole
-- on every run; the CSV files and report.json are views of them. `seq` is the row's place in its
-- view (the CSV keeps that order); frequency is 'month' or 'year'. An empty value is undefined
-- (e.g. a mean over no events), never a zero.
CREATE TABLE IF NOT EXISTS event_series (
  frequency           VARCHAR NOT NULL,  -- 'month' | 'year'
  source              VARCHAR NOT NULL,  -- event dataset, e.g. 'gdelt2'
  dyad                VARCHAR NOT NULL,  -- directed dyad, e.g. 'RUS->IRN'
  period              VARCHAR NOT NULL,  -- 'YYYY-MM' or 'YYYY'; only periods the source covers
  events              BIGINT  NOT NULL,  -- dyad events dated in the period's covered months
  share               DOUBLE,            -- events / all events of the source in the period, 0..1
  goldstein_mean      DOUBLE,            -- mean Goldstein score, -10..+10
  goldstein_sum       DOUBLE,            -- sum of the Goldstein scores
  quad1               DOUBLE,            -- QuadClass 1 (verbal cooperation) share of the dyad events, 0..1
  quad2               DOUBLE,            -- QuadClass 2 (material cooperation) share
  quad3               DOUBLE,            -- QuadClass 3 (verbal conflict) share
  quad4               DOUBLE,            -- QuadClass 4 (material conflict) share
  tone_mean           DOUBLE,            -- mean GDELT AvgTone, null where the source has none
  events_dedup        BIGINT,            -- dyad events under the run's de-duplication policy
  dedup_policy        VARCHAR,           -- none | exact | daily | url
  events_no_goldstein BIGINT,            -- dyad events without a Goldstein score
  events_citation     BIGINT,            -- dyad events whose SOURCEURL is a citation without a domain
  seq                 INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS coverage (
  frequency        VARCHAR NOT NULL,  -- 'month' | 'year'
  source           VARCHAR NOT NULL,
  period           VARCHAR NOT NULL,  -- every period of the case, 'YYYY-MM' or 'YYYY'
  covered          DOUBLE  NOT NULL,  -- active_days / days, 0..1; 0 marks a gap
  active_days      BIGINT  NOT NULL,  -- days of the period on which the source reported any event
  days             BIGINT  NOT NULL,  -- days of the period inside the case period
  events           BIGINT  NOT NULL,  -- the source's events (any dyad) dated in covered months: the share denominator
  events_uncovered BIGINT  NOT NULL,  -- its events dated in months without coverage, counted by no series
  seq              INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS unga_distance (
  pair     VARCHAR NOT NULL,  -- two ISO-3 codes in alphabetical order, e.g. 'IRN-RUS'
  session  INTEGER NOT NULL,  -- UNGA session (1 = 1946)
  year     INTEGER NOT NULL,  -- session + 1945
  distance DOUBLE  NOT NULL,  -- |ideal point difference| (Bailey, Strezhnev & Voeten), >= 0
  seq      INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS arms_tiv (
  supplier      VARCHAR NOT NULL,  -- ISO-3
  recipient     VARCHAR NOT NULL,  -- ISO-3
  year          INTEGER NOT NULL,  -- delivery year
  tiv_delivered DOUBLE  NOT NULL,  -- SIPRI trend-indicator value delivered, millions (0 when none)
  deals         BIGINT  NOT NULL,  -- distinct SIPRI deals with deliveries that year
  seq           INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS triads (
  triad          VARCHAR NOT NULL,  -- the three actor codes joined by '-', e.g. 'RUS-IRN-USA'
  source         VARCHAR NOT NULL,
  year           INTEGER NOT NULL,  -- only years the source covers at all
  dyad           VARCHAR NOT NULL,  -- one of the triad's six directed dyads
  events         BIGINT  NOT NULL,
  goldstein_mean DOUBLE,            -- null when no event has a Goldstein score
  seq            INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS trace_steps (
  step               INTEGER NOT NULL,  -- 0 = priors, then one per entered item or dependency group
  evidence_id        VARCHAR NOT NULL,  -- empty at step 0
  hypothesis         VARCHAR NOT NULL,
  observed           VARCHAR NOT NULL,  -- present | absent | how a dependency group entered; empty at step 0
  prior              DOUBLE  NOT NULL,  -- belief before the step (step 0: the prior as stated)
  p_e_given_h        DOUBLE,            -- P(E|H) as stated; null at step 0
  likelihood_applied DOUBLE,            -- P(E|H) if present, 1 - P(E|H) if absent; null at step 0
  posterior          DOUBLE  NOT NULL,  -- prior x likelihood_applied / sum over the step's rows
  test_type          VARCHAR NOT NULL,  -- Van Evera test type; empty at step 0
  seq                INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS evidence_observations (
  evidence_id VARCHAR NOT NULL,
  kind        VARCHAR NOT NULL,  -- 'query' (SQL over this store) | 'cited fact' (stated in trace.yaml)
  query       VARCHAR,           -- the SQL, for a query
  test        VARCHAR,           -- the threshold that makes E present, e.g. '>= 3', for a query
  value       DOUBLE,            -- the number the query returned; null for a cited fact or no data
  citation    VARCHAR NOT NULL,  -- the source as cited
  url         VARCHAR,           -- the cited source's address, null when none
  cited_date  VARCHAR,           -- its date as written in the case, null when none
  observed    VARCHAR NOT NULL,  -- present | absent | unavailable
  seq         INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS assessment (
  theme              VARCHAR NOT NULL,
  study_claim        VARCHAR NOT NULL,  -- challenge | opportunity | mixed, as the study states
  verdict            VARCHAR NOT NULL,  -- from every indicator
  agreement          VARCHAR NOT NULL,
  verdict_data       VARCHAR NOT NULL,  -- from the data indicators alone (cited facts left out)
  agreement_data     VARCHAR NOT NULL,
  agreement_rests_on VARCHAR NOT NULL,  -- data | cited facts
  readings_data      INTEGER NOT NULL,  -- indicators with a data reading
  readings_cited     INTEGER NOT NULL,  -- indicators reading a cited fact
  strength           DOUBLE,            -- |mean score| 0..1; null without data
  trend              VARCHAR NOT NULL,
  confidence         DOUBLE,            -- share 0..1 of the period the data cover
  third_party_r      DOUBLE,            -- Pearson r with the third-party series at lag 0
  third_party_n      INTEGER,           -- paired years at lag 0
  third_party_p      DOUBLE,            -- permutation p-value; null below 8 pairs
  third_party_p_note VARCHAR,           -- why p is empty
  evidence_ids       VARCHAR NOT NULL,  -- evidence ids joined by ';'
  -- not in assessment.csv; the report's assessment section reads them:
  balance            DOUBLE,            -- coverage-weighted mean score -1..1; null without data
  trend_delta        DOUBLE,            -- last segment's mean score minus the first's; null without both
  third_party_indicator VARCHAR,        -- the indicator linked to the third party; null when none
  third_party_exact  BOOLEAN,           -- the p-value is an exact permutation count (not sampled)
  third_party_best_lag   INTEGER,       -- the lag (years, positive = the theme follows) of the largest |r|
  third_party_best_lag_r DOUBLE,        -- r at that lag; null when no lag has r
  third_party_best_lag_n INTEGER,       -- paired years at that lag
  seq                INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS assessment_segments (
  theme   VARCHAR NOT NULL,
  segment VARCHAR NOT NULL,  -- '2012-01-01..2014-02-28' (after a breakpoint: its label in brackets)
  score   DOUBLE,            -- mean indicator score in the segment -1..1; null without a reading
  seq     INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS assessment_third_party (
  year  INTEGER NOT NULL,  -- a year of the case period the third-party series has a value for
  value DOUBLE  NOT NULL,  -- the third-party series (themes.yaml third_party query)
  seq   INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS assessment_indicators (
  theme     VARCHAR NOT NULL,
  indicator VARCHAR NOT NULL,
  kind      VARCHAR NOT NULL,  -- series | link | 'evidence E7'
  reads     VARCHAR NOT NULL,  -- data | cited fact
  observed  VARCHAR NOT NULL,  -- a short account: '7/11 years', 'present', 'unavailable'
  coverage  DOUBLE,            -- share 0..1 of the period's years with a value
  level     DOUBLE,            -- series mean, link r, evidence 1/0; null without data
  score     DOUBLE,            -- reading in [-1, 1], negative challenge; null without data
  seq       INTEGER NOT NULL
);

-- The pipeline's record of the stages that finished on this store (pipeline.StageLog): a run from
-- a later stage finds a table it requires only when the stage that fills it has run here, since
-- every table of this schema exists, empty, from the store's first opening.
CREATE TABLE IF NOT EXISTS stages_done (
  stage     VARCHAR PRIMARY KEY,        -- collect, code, measure, trace, assess, report
  finished  TIMESTAMP NOT NULL,         -- when it last finished on this store (UTC)
  version   VARCHAR                     -- the dyadscope version that ran it
);
