-- Funnel: from an occurrence of step 1, match the later steps greedily (the earliest next occurrence in
-- (ts, seq) order; strict: it must be the very next event of the case) within the window from step 1.
-- Each case counts once, with its deepest chain (ties: the earliest start). Without a window in loose
-- order the first occurrence of step 1 is always a deepest start, so only it is followed ($all_starts).
-- The "next occurrence" links are found with one (non-recursive) ASOF join, then chained recursively.
WITH RECURSIVE ev AS (
  SELECT case_id, activity, epoch_ms(ts) AS ts_ms,
         row_number() OVER (PARTITION BY case_id ORDER BY ts, seq) AS pos
  FROM {{events}} e
  WHERE $strict OR list_contains($steps, activity)
), step_numbers AS (
  SELECT unnest(range(2, len($steps) + 1)) AS k
), candidates AS (
  SELECT ev.case_id, ev.pos, s.k
  FROM ev JOIN step_numbers s ON ev.activity = $steps[s.k - 1]
), next_step AS MATERIALIZED (
  SELECT c.case_id, c.pos AS from_pos, c.k, n.pos AS to_pos, n.ts_ms AS to_ms
  FROM candidates c
  ASOF JOIN ev n ON n.case_id = c.case_id AND n.activity = $steps[c.k] AND n.pos > c.pos
), starts AS (
  SELECT case_id, pos, ts_ms
  FROM ev
  WHERE activity = $steps[1]
  QUALIFY $all_starts OR row_number() OVER (PARTITION BY case_id ORDER BY pos) = 1
), chain(case_id, start_pos, pos, level, start_ms, ts_ms, previous_ms) AS (
  SELECT case_id, pos, pos, 1, ts_ms, ts_ms, CAST(NULL AS BIGINT)
  FROM starts
  UNION ALL
  SELECT c.case_id, c.start_pos, x.to_pos, c.level + 1, c.start_ms, x.to_ms, c.ts_ms
  FROM chain c
  JOIN next_step x ON x.case_id = c.case_id AND x.from_pos = c.pos AND x.k = c.level + 1
  WHERE x.to_ms - c.start_ms <= $window_ms
    AND (NOT $strict OR x.to_pos = c.pos + 1)
), best AS (
  SELECT case_id, first(start_pos ORDER BY level DESC, start_pos) AS start_pos
  FROM (SELECT case_id, start_pos, max(level) AS level FROM chain GROUP BY case_id, start_pos) r
  GROUP BY case_id
)
SELECT c.level AS step,
       count(*) AS cases,
       quantile_cont((c.ts_ms - c.previous_ms) / 1000.0, 0.5) AS median_seconds_from_previous,
       (SELECT count(DISTINCT case_id) FROM {{events}} e) AS cases_in_scope
FROM chain c
SEMI JOIN best b ON b.case_id = c.case_id AND b.start_pos = c.start_pos
GROUP BY c.level
ORDER BY c.level;
