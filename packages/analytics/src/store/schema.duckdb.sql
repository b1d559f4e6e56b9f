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
