-- Survey scores per group of journeys. A journey's score is its last answer (in (ts, seq) order) of each
-- kind (NPS 0–10, CSAT 1–5, CES 1–7). Groups: 'none' (one group, $group_names = ['(all)']), 'activity' /
-- 'channel' (a journey with an event whose activity — or channel — is $map_keys[i] belongs to group
-- i − 1 of $group_names, the same list), 'phase' (an activity $map_keys[i] puts the journey in group
-- $map_groups[i]; one activity may open several phases), 'attribute' (the first non-null value of the
-- property at $attribute_path in the journey, '(none)' when absent; the JSON is only parsed on events
-- whose text holds $attribute_needle).
-- Instead of distinct (journey, group) pairs (millions), a journey's groups are the bits of 64-bit words
-- (group g = bit g % 64 of word g // 64): journeys are counted per pattern (word, bits, scores) in one pass
-- over the events, and the few thousand patterns are spread over the groups of their bits. With more than
-- 64 groups ($single_word false) a journey has one row per word and its scores are joined in.
-- k is the event order as one value (eventOrderKey, engine/eventOrder.ts); it is only computed on answers.
WITH key_map AS (
  SELECT unnest($map_keys) AS key, CAST(unnest($map_groups) AS INTEGER) AS g
), tagged AS (
  SELECT e.case_id, m.g, e.nps, e.csat, e.ces,
         CASE WHEN e.nps IS NOT NULL OR e.csat IS NOT NULL OR e.ces IS NOT NULL
              THEN {{eventOrderKey:e}} END AS k
  FROM {{events}} e
  -- Every event stays (the answers may lie outside every group); g is NULL outside the groups.
  LEFT JOIN key_map m ON m.key = e.activity
  WHERE $group_by = 'phase'
  UNION ALL
  -- One group per key (activity, channel): g is the key's position in $map_keys, a list lookup (cheaper
  -- than a join of every event).
  SELECT case_id,
         CAST(list_position($map_keys, CASE $group_by WHEN 'channel' THEN channel ELSE activity END) - 1 AS INTEGER),
         nps, csat, ces,
         CASE WHEN nps IS NOT NULL OR csat IS NOT NULL OR ces IS NOT NULL
              THEN {{eventOrderKey}} END
  FROM {{events}} e
  WHERE $group_by IN ('activity', 'channel')
  UNION ALL
  SELECT e.case_id, 0, e.nps, e.csat, e.ces,
         CASE WHEN e.nps IS NOT NULL OR e.csat IS NOT NULL OR e.ces IS NOT NULL
              THEN {{eventOrderKey:e}} END
  FROM {{events}} e
  WHERE $group_by = 'none'
), scores AS (
  SELECT case_id,
         arg_max(nps, k) FILTER (WHERE nps IS NOT NULL) AS nps,
         arg_max(csat, k) FILTER (WHERE csat IS NOT NULL) AS csat,
         arg_max(ces, k) FILTER (WHERE ces IS NOT NULL) AS ces
  FROM (SELECT case_id, nps, csat, ces, {{eventOrderKey}} AS k
        FROM {{events}} e
        WHERE NOT $single_word AND (nps IS NOT NULL OR csat IS NOT NULL OR ces IS NOT NULL))
  GROUP BY case_id
), per_case AS (
  SELECT case_id, 0 AS word, bit_or(CAST(1 AS UBIGINT) << CAST(g AS UTINYINT)) AS bits,
         arg_max(nps, k) FILTER (WHERE nps IS NOT NULL) AS nps,
         arg_max(csat, k) FILTER (WHERE csat IS NOT NULL) AS csat,
         arg_max(ces, k) FILTER (WHERE ces IS NOT NULL) AS ces
  FROM tagged
  WHERE $single_word
  GROUP BY case_id
  UNION ALL
  SELECT b.case_id, b.word, b.bits, s.nps, s.csat, s.ces
  FROM (SELECT case_id, g // 64 AS word, bit_or(CAST(1 AS UBIGINT) << CAST(g % 64 AS UTINYINT)) AS bits
        FROM tagged
        WHERE NOT $single_word AND g IS NOT NULL
        GROUP BY case_id, word) b
  LEFT JOIN scores s ON s.case_id = b.case_id
), patterns AS (
  SELECT word, bits, nps, csat, ces, count(*) AS journeys
  FROM per_case
  GROUP BY ALL
), attribute_cases AS (
  SELECT coalesce(arg_min(value, k) FILTER (WHERE value IS NOT NULL), '(none)') AS grp,
         arg_max(nps, k) FILTER (WHERE nps IS NOT NULL) AS nps,
         arg_max(csat, k) FILTER (WHERE csat IS NOT NULL) AS csat,
         arg_max(ces, k) FILTER (WHERE ces IS NOT NULL) AS ces
  FROM (SELECT case_id, nps, csat, ces,
               CASE WHEN contains(properties, $attribute_needle)
                    THEN json_extract_string(properties, $attribute_path) END AS value,
               {{eventOrderKey}} AS k
        FROM {{events}} e
        WHERE $group_by = 'attribute')
  GROUP BY case_id
), grouped AS (
  SELECT $group_names[CAST(p.word * 64 + r.bit + 1 AS INTEGER)] AS grp, p.nps, p.csat, p.ces, p.journeys
  FROM patterns p CROSS JOIN range(64) r(bit)
  WHERE (p.bits >> CAST(r.bit AS UTINYINT)) & 1 = 1
  UNION ALL
  SELECT grp, nps, csat, ces, count(*) FROM attribute_cases GROUP BY ALL
)
SELECT grp,
       sum(journeys) AS journeys,
       coalesce(sum(journeys) FILTER (WHERE nps IS NOT NULL), 0) AS nps_n,
       coalesce(sum(journeys) FILTER (WHERE nps >= 9), 0) AS promoters,
       coalesce(sum(journeys) FILTER (WHERE nps >= 7 AND nps < 9), 0) AS passives,
       coalesce(sum(journeys) FILTER (WHERE nps < 7), 0) AS detractors,
       sum(nps * journeys) / sum(journeys) FILTER (WHERE nps IS NOT NULL) AS nps_mean,
       coalesce(sum(journeys) FILTER (WHERE csat IS NOT NULL), 0) AS csat_n,
       sum(csat * journeys) / sum(journeys) FILTER (WHERE csat IS NOT NULL) AS csat_mean,
       -- Sample standard deviation from Σn, Σx, Σx² (integer answers: the sums are exact in doubles).
       CASE WHEN sum(journeys) FILTER (WHERE csat IS NOT NULL) > 1
            THEN sqrt(greatest(0, (sum(csat * csat * journeys)
                                   - sum(csat * journeys) ^ 2 / sum(journeys) FILTER (WHERE csat IS NOT NULL))
                                  / (sum(journeys) FILTER (WHERE csat IS NOT NULL) - 1))) END AS csat_sd,
       coalesce(sum(journeys) FILTER (WHERE csat >= $csat_top), 0) AS csat_top,
       coalesce(sum(journeys) FILTER (WHERE ces IS NOT NULL), 0) AS ces_n,
       sum(ces * journeys) / sum(journeys) FILTER (WHERE ces IS NOT NULL) AS ces_mean,
       CASE WHEN sum(journeys) FILTER (WHERE ces IS NOT NULL) > 1
            THEN sqrt(greatest(0, (sum(ces * ces * journeys)
                                   - sum(ces * journeys) ^ 2 / sum(journeys) FILTER (WHERE ces IS NOT NULL))
                                  / (sum(journeys) FILTER (WHERE ces IS NOT NULL) - 1))) END AS ces_sd,
       coalesce(sum(journeys) FILTER (WHERE ces >= $ces_top), 0) AS ces_top
FROM grouped
GROUP BY grp
ORDER BY grp;
