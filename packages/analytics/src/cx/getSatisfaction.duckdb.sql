-- Survey scores per group of journeys. A journey's score is its last answer (in (ts, seq) order) of each
-- kind (NPS 0–10, CSAT 1–5, CES 1–7). Groups: 'none' (one group), 'activity' (journeys that passed it),
-- 'channel' (journeys with an event on it), 'phase' (journeys that passed an activity of the phase,
-- given as parallel lists $phase_activities / $phase_names), 'attribute' (the first value of the property
-- at $attribute_path in the journey; '(none)' when absent).
WITH ev AS (
  SELECT case_id, activity, channel, properties, nps, csat, ces, ts, seq FROM {{events}} e
), per_case AS (
  SELECT case_id,
         last(nps ORDER BY ts, seq) FILTER (WHERE nps IS NOT NULL) AS nps,
         last(csat ORDER BY ts, seq) FILTER (WHERE csat IS NOT NULL) AS csat,
         last(ces ORDER BY ts, seq) FILTER (WHERE ces IS NOT NULL) AS ces
  FROM ev GROUP BY case_id
), phase_map AS (
  SELECT unnest($phase_activities) AS activity, unnest($phase_names) AS phase
), groups AS (
  SELECT case_id, '(all)' AS grp FROM per_case WHERE $group_by = 'none'
  UNION ALL
  SELECT DISTINCT case_id, activity FROM ev WHERE $group_by = 'activity'
  UNION ALL
  SELECT DISTINCT case_id, channel FROM ev WHERE $group_by = 'channel' AND channel IS NOT NULL
  UNION ALL
  SELECT DISTINCT ev.case_id, m.phase FROM ev JOIN phase_map m ON m.activity = ev.activity WHERE $group_by = 'phase'
  UNION ALL
  SELECT case_id,
         coalesce(first(json_extract_string(properties, $attribute_path) ORDER BY ts, seq)
                    FILTER (WHERE json_extract_string(properties, $attribute_path) IS NOT NULL), '(none)')
  FROM ev WHERE $group_by = 'attribute' GROUP BY case_id
)
SELECT g.grp AS grp,
       count(*) AS journeys,
       count(c.nps) AS nps_n,
       count(*) FILTER (WHERE c.nps >= 9) AS promoters,
       count(*) FILTER (WHERE c.nps >= 7 AND c.nps < 9) AS passives,
       count(*) FILTER (WHERE c.nps < 7) AS detractors,
       avg(c.nps) AS nps_mean,
       count(c.csat) AS csat_n,
       avg(c.csat) AS csat_mean,
       stddev_samp(c.csat) AS csat_sd,
       count(*) FILTER (WHERE c.csat >= $csat_top) AS csat_top,
       count(c.ces) AS ces_n,
       avg(c.ces) AS ces_mean,
       stddev_samp(c.ces) AS ces_sd,
       count(*) FILTER (WHERE c.ces >= $ces_top) AS ces_top
FROM groups g JOIN per_case c ON c.case_id = g.case_id
GROUP BY g.grp
ORDER BY g.grp;
