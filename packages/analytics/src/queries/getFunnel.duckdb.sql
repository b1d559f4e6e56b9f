-- Funnel: from an occurrence of step 1, match the later steps greedily (the earliest next occurrence in
-- (ts, seq) order; strict: it must be the very next event of the case) within the window from step 1.
-- Each case counts once, with its deepest chain (ties: the earliest start). Without a window in loose
-- order the first occurrence of step 1 is always a deepest start, so only it is followed ($all_starts).
-- Works on the cached per-case traces (engine/caseTraces.ts): each recursion step finds the next step's
-- code in the rest of the case's code list (list_position on a slice), no join and no sort.
WITH RECURSIVE steps AS (
  SELECT list(coalesce(a.act, -1) ORDER BY s.i) AS codes, count(*) AS n
  FROM (SELECT unnest($steps) AS activity, generate_subscripts($steps, 1) AS i) s
  LEFT JOIN {{activities}} a ON a.activity = s.activity
), candidates AS (
  SELECT t.rowid AS case_no, t.acts, t.ts_ms,
         unnest(CASE WHEN $all_starts THEN list_filter(generate_series(1, len(t.acts)), i -> t.acts[i] = st.codes[1])
                     ELSE [list_position(t.acts, st.codes[1])] END) AS start_pos
  FROM {{traces}} t, steps st
), chain(case_no, start_pos, level, pos, start_ms, ts_ms_at, gap_ms, acts, ts_ms) AS (
  SELECT case_no, start_pos, 1, start_pos, ts_ms[start_pos], ts_ms[start_pos], CAST(NULL AS BIGINT), acts, ts_ms
  FROM candidates
  WHERE start_pos IS NOT NULL
  UNION ALL
  SELECT case_no, start_pos, level + 1, next_pos, start_ms, ts_ms[next_pos], ts_ms[next_pos] - ts_ms_at, acts, ts_ms
  FROM (
    SELECT c.*,
           CASE WHEN $strict THEN (CASE WHEN c.acts[c.pos + 1] = st.codes[c.level + 1] THEN c.pos + 1 END)
                ELSE c.pos + list_position(c.acts[c.pos + 1:], st.codes[c.level + 1]) END AS next_pos
    FROM chain c, steps st
    WHERE c.level < st.n
  ) advanced
  WHERE next_pos IS NOT NULL AND ts_ms[next_pos] - start_ms <= $window_ms
), best AS (
  SELECT case_no, first(start_pos ORDER BY level DESC, start_pos) AS start_pos
  FROM (SELECT case_no, start_pos, max(level) AS level FROM chain WHERE $all_starts GROUP BY case_no, start_pos) r
  GROUP BY case_no
), counted AS (
  SELECT level, gap_ms FROM chain WHERE NOT $all_starts
  UNION ALL
  SELECT c.level, c.gap_ms FROM chain c
  SEMI JOIN best b ON b.case_no = c.case_no AND b.start_pos = c.start_pos
  WHERE $all_starts
)
SELECT level AS step,
       count(*) AS cases,
       quantile_cont(gap_ms / 1000.0, 0.5) AS median_seconds_from_previous,
       (SELECT count(*) FROM {{traces}}) AS cases_in_scope
FROM counted
GROUP BY level
ORDER BY level;
