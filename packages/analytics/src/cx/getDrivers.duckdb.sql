-- Per activity: journeys that passed it before the outcome point, and how they fared. The outcome point
-- of a journey is its last NPS answer ($outcome 'nps' or 'promoter'; journeys without an answer are left
-- out), its first $outcome_activity ('conversion'), or its first complaint ('complaint': an activity in
-- $complaint_activities or complaint property 'true'); journeys without that event keep all their events.
-- The outcome flag is: promoter (last answer 9–10), reached the activity, or complained.
WITH ev AS (
  SELECT case_id, activity, properties, nps,
         row_number() OVER (PARTITION BY case_id ORDER BY ts, seq) AS pos
  FROM {{events}} e
), marked AS (
  SELECT *,
         CASE $outcome
           WHEN 'conversion' THEN activity = $outcome_activity
           WHEN 'complaint' THEN list_contains($complaint_activities, activity)
                                 OR coalesce(json_extract_string(properties, $complaint_path) = 'true', false)
           ELSE nps IS NOT NULL END AS is_outcome
  FROM ev
), per_case AS (
  SELECT case_id,
         CASE WHEN $outcome IN ('nps', 'promoter') THEN max(pos) FILTER (WHERE is_outcome)
              ELSE coalesce(min(pos) FILTER (WHERE is_outcome), 9223372036854775807) END AS cutoff,
         last(nps ORDER BY pos) FILTER (WHERE nps IS NOT NULL) AS nps,
         bool_or(is_outcome) AS outcome_reached
  FROM marked GROUP BY case_id
), cases AS (
  SELECT case_id, cutoff, nps,
         CASE WHEN $outcome IN ('nps', 'promoter') THEN coalesce(nps >= 9, false) ELSE outcome_reached END AS outcome
  FROM per_case
  WHERE cutoff IS NOT NULL
), passed AS (
  SELECT DISTINCT ev.case_id, ev.activity
  FROM ev JOIN cases c ON c.case_id = ev.case_id
  WHERE ev.pos < c.cutoff
), totals AS (
  SELECT count(*) AS journeys,
         count(*) FILTER (WHERE outcome) AS outcomes,
         count(nps) AS nps_n,
         sum(nps) AS nps_sum,
         sum(nps * nps) AS nps_square_sum,
         count(*) FILTER (WHERE nps >= 9) AS promoters,
         count(*) FILTER (WHERE nps < 7) AS detractors
  FROM cases
)
SELECT p.activity,
       count(*) AS journeys_passed,
       count(*) FILTER (WHERE c.outcome) AS outcomes_passed,
       count(c.nps) AS nps_n_passed,
       sum(c.nps) AS nps_sum_passed,
       count(*) FILTER (WHERE c.nps >= 9) AS promoters_passed,
       count(*) FILTER (WHERE c.nps < 7) AS detractors_passed,
       any_value(t.journeys) AS journeys,
       any_value(t.outcomes) AS outcomes,
       any_value(t.nps_n) AS nps_n,
       any_value(t.nps_sum) AS nps_sum,
       any_value(t.nps_square_sum) AS nps_square_sum,
       any_value(t.promoters) AS promoters,
       any_value(t.detractors) AS detractors
FROM passed p JOIN cases c ON c.case_id = p.case_id CROSS JOIN totals t
GROUP BY p.activity
ORDER BY p.activity;
