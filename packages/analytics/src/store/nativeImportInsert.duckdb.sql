-- The native loaders' fast path: maps, checks and inserts a file's rows into `events` in one statement.
-- The rows placeholder is the mapped and checked rows (pos, event_id, customer_id, anonymous_id,
-- case_id, ts, start_ts, activity, channel, properties, nps, csat, ces): a bad value aborts the
-- statement with error(), and the caller falls back to the precise path, which names the file, line
-- and column. The existing placeholder is an ANTI JOIN on the dataset's event ids (idempotent
-- re-imports), or nothing when the dataset holds no events yet.
INSERT INTO events
SELECT $dataset, $version, $seq_base + s.pos, s.event_id, s.customer_id, s.anonymous_id, s.case_id,
       s.ts, s.start_ts, s.activity, s.channel, $source, s.properties, s.nps, s.csat, s.ces
FROM ({{rows}}) s
{{existing}};
