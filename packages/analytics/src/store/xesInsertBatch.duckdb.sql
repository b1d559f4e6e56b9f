-- One batch of whole traces, as XesStagingScanner wrote it (fields split by {{sep}}, one row per line, no
-- quoting), appended to `events` as part of version $version, inside the import's transaction. Event ids
-- without identity:id are `<case>/<index in case>`; properties are the case part and the event part of one
-- JSON object; timestamps and the other columns as insertStaged.duckdb.sql makes them. When the dataset
-- already holds events, {{known}} leaves out those whose id it holds (idempotent re-imports).
INSERT INTO events
WITH staged AS (
  SELECT e.pos,
         coalesce(e.event_id, c.case_id || '/' || e.idx) AS event_id,
         c.case_id,
         e.ts_ms,
         e.activity,
         '{' || concat_ws(',', c.properties, e.properties) || '}' AS properties
  FROM read_csv({{events}}, delim = '{{sep}}', quote = '', escape = '', header = false, auto_detect = false,
                new_line = '\n',
                columns = {'pos': 'INTEGER', 'case_no': 'INTEGER', 'idx': 'INTEGER', 'event_id': 'VARCHAR',
                           'ts_ms': 'DOUBLE', 'activity': 'VARCHAR', 'properties': 'VARCHAR'}) e
  JOIN read_csv({{cases}}, delim = '{{sep}}', quote = '', escape = '', header = false, auto_detect = false,
                new_line = '\n',
                columns = {'case_no': 'INTEGER', 'case_id': 'VARCHAR', 'properties': 'VARCHAR'}) c
  USING (case_no)
)
SELECT $dataset, $version, $seq_base + s.pos, s.event_id, NULL, NULL, s.case_id,
       to_timestamp(s.ts_ms / 1000), NULL, s.activity, NULL, 'xes', CAST(s.properties AS JSON),
       NULL, NULL, NULL
FROM staged s
{{known}};
