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

-- Identity of events (issue 10): an event with its dataset's own id (GDELT GLOBALEVENTID, ICEWS
-- Event ID) is (family, id) in whatever file; its first row read is kept, a later row of the same id
-- is kept out of events and source_totals and counted in its file's provenance.rows_duplicate.
-- The ids of stored events are in events; those of the events an actor filter (--actors) left out
-- are here, so that a later file repeating them is recognised too: rows of about 1 MiB per file, ids packed
-- (per event its id as Java DataOutput.writeUTF, then its event day as a 4-byte count of days since
-- 1970-01-01), because a row per event cost a third more ingest time. Not meant for analysis.
CREATE TABLE IF NOT EXISTS left_out_event_ids (
  family  VARCHAR NOT NULL,      -- id space: 'gdelt' or 'icews-tab', the prefix of the rows' schema_flag
  file    VARCHAR NOT NULL,
  ids     BLOB    NOT NULL       -- about 80,000 GDELT ids a row
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
