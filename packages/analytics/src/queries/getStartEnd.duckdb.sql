-- Start and end activities: the first and last activity of every case, ordered by (ts, seq).
WITH bounds AS (
  SELECT case_id,
         min({'t': ts, 's': seq, 'a': activity}).a AS first_activity,
         max({'t': ts, 's': seq, 'a': activity}).a AS last_activity
  FROM {{events}} e
  GROUP BY case_id
)
SELECT 'start' AS side, first_activity AS activity, count(*) AS cases FROM bounds GROUP BY first_activity
UNION ALL
SELECT 'end' AS side, last_activity AS activity, count(*) AS cases FROM bounds GROUP BY last_activity
ORDER BY side DESC, cases DESC, activity;
