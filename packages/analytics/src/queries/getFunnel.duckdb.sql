-- Funnel: from an occurrence of step 1, match the later steps greedily (the earliest next occurrence in
-- (ts, seq) order; strict: it must be the very next event of the case) within the window from step 1.
-- Each case counts once, with its deepest chain (ties: the earliest start). Without a window in loose
-- order the first occurrence of step 1 is always a deepest start, so only it is followed ($all_starts).
-- Each recursion step takes the earliest later occurrence of the next step (min over an inequality join).
WITH RECURSIVE ev AS (
  SELECT case_id, activity, epoch_ms(ts) AS ts_ms,
         row_number() OVER (PARTITION BY case_id ORDER BY ts, seq) AS pos
  FROM {{events}} e
  WHERE $strict OR list_contains($steps, activity)
), starts AS (
  SELECT case_id, pos, ts_ms
  FROM ev
  WHERE activity = $steps[1]
  QUALIFY $all_starts OR row_number() OVER (PARTITION BY case_id ORDER BY pos) = 1
), chain(case_id, start_pos, pos, level, start_ms, ts_ms, previous_ms) AS (
  SELECT case_id, pos, pos, 1, ts_ms, ts_ms, CAST(NULL AS BIGINT)
  FROM starts
  UNION ALL
  SELECT c.case_id, c.start_pos, min(n.pos), c.level + 1, c.start_ms, arg_min(n.ts_ms, n.pos), c.ts_ms
  FROM chain c
  JOIN ev n ON n.case_id = c.case_id AND n.activity = $steps[c.level + 1] AND n.pos > c.pos
  WHERE c.level < len($steps)
    AND (NOT $strict OR n.pos = c.pos + 1)
  GROUP BY c.case_id, c.start_pos, c.level, c.start_ms, c.ts_ms
  HAVING arg_min(n.ts_ms, n.pos) - c.start_ms <= $window_ms
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
