-- Variants: the distinct activity sequences of cases, ordered by (ts, seq), most frequent first.
-- Grouped on one string per case (activities joined by the unit separator), split back for the result;
-- list_sort over (ts, seq, activity) structs orders each case faster than an ordered aggregate.
WITH traces AS (
  SELECT case_id,
         array_to_string(list_transform(list_sort(list({'t': ts, 's': seq, 'a': activity})), x -> x.a), chr(31)) AS variant_key
  FROM {{events}} e
  GROUP BY case_id
), variants AS (
  SELECT variant_key, count(*) AS cases
  FROM traces
  GROUP BY variant_key
), ranked AS (
  SELECT variant_key, cases,
         count(*) OVER () AS total_variants,
         sum(cases) OVER () AS total_cases
  FROM variants
  ORDER BY cases DESC, string_split(variant_key, chr(31))
  LIMIT $limit
)
SELECT string_split(variant_key, chr(31)) AS activities, cases, total_variants, total_cases
FROM ranked
ORDER BY cases DESC, activities;
