CREATE OR REPLACE TEMP TABLE {{staging}} (
  pos          INTEGER NOT NULL,
  source_line  INTEGER,
  event_id     VARCHAR NOT NULL,
  customer_id  VARCHAR,
  anonymous_id VARCHAR,
  case_id      VARCHAR,
  ts_ms        DOUBLE  NOT NULL,
  start_ts_ms  DOUBLE,
  activity     VARCHAR NOT NULL,
  channel      VARCHAR,
  source       VARCHAR NOT NULL,
  properties   VARCHAR,
  nps          DOUBLE,
  csat         DOUBLE,
  ces          DOUBLE
);
