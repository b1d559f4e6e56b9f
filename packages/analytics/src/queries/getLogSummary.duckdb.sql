-- The size and time span of the events in scope, read from the cached traces (engine/caseTraces.ts): each
-- trace is one case, in (ts, seq) order, so its first and last timestamps are its min and max.
SELECT coalesce(sum(len(acts)), 0) AS events,
       count(*) AS cases,
       (SELECT count(DISTINCT act) FROM (SELECT unnest(acts) AS act FROM {{traces}})) AS activities,
       min(ts_ms[1]) AS first_ms,
       max(ts_ms[len(ts_ms)]) AS last_ms
FROM {{traces}};
