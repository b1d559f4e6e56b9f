-- How the journeys in scope follow the designed order of a map's touchpoints (measureConformance.ts).
-- 'pattern' rows: each distinct sequence of reached positions, in the time order of their first matching
-- events, with how many journeys have it. 'unmatched' rows: activities of events that match no touchpoint,
-- between the touchpoints matched just before and just after them in the journey (by (ts, seq)), with the
-- journeys and events — the most frequent $unmatched_limit.
WITH {{include:journeyMatches}}
), first_match AS (
  SELECT case_id, pos, min(k) AS first_k FROM matches GROUP BY case_id, pos
), patterns AS (
  SELECT positions, count(*) AS journeys
  FROM (SELECT case_id, list(pos ORDER BY first_k) AS positions FROM first_match GROUP BY case_id)
  GROUP BY positions
), event_pos AS (
  SELECT case_id, k, min(pos) AS pos FROM matches GROUP BY case_id, k
), tagged AS (
  SELECT ev.case_id, ev.activity, p.pos,
         last_value(p.pos IGNORE NULLS) OVER (PARTITION BY ev.case_id ORDER BY ev.k
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS before_pos,
         first_value(p.pos IGNORE NULLS) OVER (PARTITION BY ev.case_id ORDER BY ev.k
                                               ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS after_pos
  FROM ev
  SEMI JOIN (SELECT DISTINCT case_id FROM first_match) r ON r.case_id = ev.case_id
  LEFT JOIN event_pos p ON p.case_id = ev.case_id AND p.k = ev.k
), unmatched AS (
  SELECT activity, before_pos, after_pos, count(DISTINCT case_id) AS journeys, count(*) AS events
  FROM tagged
  WHERE pos IS NULL AND before_pos IS NOT NULL AND after_pos IS NOT NULL
  GROUP BY activity, before_pos, after_pos
  ORDER BY journeys DESC, events DESC, activity, before_pos, after_pos
  LIMIT $unmatched_limit
)
SELECT 'pattern' AS kind, positions, journeys, '' AS activity, -1 AS before_pos, -1 AS after_pos,
       0 AS events
FROM patterns
UNION ALL
SELECT 'unmatched', NULL, journeys, activity, before_pos, after_pos, events FROM unmatched;
