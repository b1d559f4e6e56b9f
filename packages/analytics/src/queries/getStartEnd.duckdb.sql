-- Start and end activities: the first and last activity of every case, ordered by (ts, seq)
-- (the first and last code of each cached trace, engine/caseTraces.ts).
WITH counted AS (
  SELECT 'start' AS side, acts[1] AS act, count(*) AS cases FROM {{traces}} GROUP BY acts[1]
  UNION ALL
  SELECT 'end' AS side, acts[-1] AS act, count(*) AS cases FROM {{traces}} GROUP BY acts[-1]
)
SELECT side, a.activity, cases
FROM counted JOIN {{activities}} a ON a.act = counted.act
ORDER BY side DESC, cases DESC, activity;
