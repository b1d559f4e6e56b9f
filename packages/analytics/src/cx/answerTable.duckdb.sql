-- The answers of one score ($score: 'nps', 'csat' or 'ces') of one scope + filter, built once and shared by
-- the score metrics of compareWindows (answerTable.ts): per answered journey its last answer in (ts, seq)
-- order and its start ({{journeys}}.start_us of journeyTable.duckdb.sql, which holds every journey of the
-- same events). Only the answered events are aggregated.
CREATE TEMP TABLE {{answers}} AS
SELECT a.case_id, a.score, j.start_us
FROM (
  SELECT case_id, arg_max(score, {{eventOrderKey}}) AS score
  FROM (SELECT case_id, ts, seq, CASE $score WHEN 'nps' THEN nps WHEN 'csat' THEN csat ELSE ces END AS score
        FROM {{events}} e)
  WHERE score IS NOT NULL
  GROUP BY case_id
) a
JOIN {{journeys}} j ON j.case_id = a.case_id;
