-- The canonical event table of DESIGN.md §3, append-only, one row per event and dataset version.
CREATE TABLE IF NOT EXISTS events (
  dataset         VARCHAR     NOT NULL,
  dataset_version INTEGER     NOT NULL,
  seq             BIGINT      NOT NULL,
  event_id        VARCHAR     NOT NULL,
  customer_id     VARCHAR,
  anonymous_id    VARCHAR,
  case_id         VARCHAR,
  ts              TIMESTAMPTZ NOT NULL,
  start_ts        TIMESTAMPTZ,
  activity        VARCHAR     NOT NULL,
  channel         VARCHAR,
  source          VARCHAR     NOT NULL,
  properties      JSON,
  nps             DOUBLE,
  csat            DOUBLE,
  ces             DOUBLE
);
CREATE TABLE IF NOT EXISTS dataset_versions (
  dataset         VARCHAR     NOT NULL,
  dataset_version INTEGER     NOT NULL,
  imported_at     TIMESTAMPTZ NOT NULL,
  events_added    BIGINT      NOT NULL,
  events_skipped  BIGINT      NOT NULL,
  PRIMARY KEY (dataset, dataset_version)
);
-- Each journey's first event (epoch µs) among the events one version added, written with the version
-- (recordJourneyStarts.ts). A journey's start in a scope is the minimum over the versions it reads; the
-- journey windows of compareWindows read it instead of aggregating every event (cx/journeyTable.ts).
CREATE TABLE IF NOT EXISTS journey_starts (
  dataset         VARCHAR NOT NULL,
  dataset_version INTEGER NOT NULL,
  case_id         VARCHAR NOT NULL,
  start_us        BIGINT  NOT NULL
);
-- The versions whose journey starts are recorded, with how many events each held then. While their sum is
-- the number of events, journey_starts covers every event; a write outside an import breaks that, and the
-- journey table is then aggregated from the events again.
CREATE TABLE IF NOT EXISTS journey_starts_recorded (
  dataset         VARCHAR NOT NULL,
  dataset_version INTEGER NOT NULL,
  events          BIGINT  NOT NULL
);
