-- Variants: the distinct activity sequences of cases, ordered by (ts, seq), most frequent first.
WITH traces AS (
  SELECT case_id, list(activity ORDER BY ts, seq) AS activities
  FROM {{events}} e
  GROUP BY case_id
), variants AS (
  SELECT activities, count(*) AS cases
  FROM traces
  GROUP BY activities
)
SELECT activities, cases,
       count(*) OVER () AS total_variants,
       sum(cases) OVER () AS total_cases
FROM variants
ORDER BY cases DESC, activities
LIMIT $limit;
