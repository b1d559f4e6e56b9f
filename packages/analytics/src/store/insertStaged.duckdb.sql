-- Appends the staged rows whose event_id the dataset does not hold yet, as a new version.
INSERT INTO events
SELECT $dataset, $version, $seq_base + s.pos, s.event_id, s.customer_id, s.anonymous_id, s.case_id,
       to_timestamp(s.ts_ms / 1000),  -- exact for whole milliseconds, and much faster than TIMESTAMP -> TIMESTAMPTZ
       to_timestamp(s.start_ts_ms / 1000),
       s.activity, s.channel, s.source, CAST(s.properties AS JSON), s.nps, s.csat, s.ces
FROM {{staging}} s
ANTI JOIN (SELECT event_id FROM events WHERE dataset = $dataset) e ON e.event_id = s.event_id;
