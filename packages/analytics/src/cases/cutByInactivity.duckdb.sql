-- cutByInactivity on DuckDB: a journey starts at a customer's first event and after every gap
-- strictly greater than $gap_ms; ties in ts are broken by seq (arrival order), never by the engine.
-- The table's own case_id is replaced by the cut's.
WITH owned AS (
  SELECT *, coalesce(nullif(customer_id, ''), nullif(anonymous_id, '')) AS journey_owner
  FROM {{table}}
),
flagged AS (
  SELECT *,
    CASE
      WHEN lag(ts) OVER (PARTITION BY journey_owner ORDER BY {{eventOrder}}) IS NULL THEN 1
      WHEN epoch_ms(ts) - epoch_ms(lag(ts) OVER (PARTITION BY journey_owner ORDER BY {{eventOrder}})) > $gap_ms THEN 1
      ELSE 0
    END AS is_journey_start
  FROM owned
  WHERE journey_owner IS NOT NULL
)
SELECT * EXCLUDE (is_journey_start, case_id),
  journey_owner || '#' || sum(is_journey_start) OVER (
    PARTITION BY journey_owner ORDER BY {{eventOrder}} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  ) AS case_id
FROM flagged
ORDER BY journey_owner, {{eventOrder}}
