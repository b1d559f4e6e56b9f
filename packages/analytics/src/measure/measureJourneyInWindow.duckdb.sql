-- The measured map (measureJourney.ts) over the journeys that start in a window: which journeys reach each designed touchpoint, drop off after it,
-- how long they take to the next one, and their scores — per touchpoint and per phase.
-- A touchpoint is reached by a journey when one of its events matches the touchpoint's matcher
-- (journeyMatches.duckdb.sql). Positions are the map's designed order; "later" means a higher position.
-- A journey starts in the window when its first event in scope has $window_from <= ts < $window_to (epoch
-- ms as text; '-inf' / 'inf' for an open end), as the journey windows of compareWindows (cx/journeyWindows.ts);
-- every event of such a journey counts, also those after the window's end.
WITH {{include:journeyMatches}}
), in_window AS (
  SELECT case_id FROM ev
  GROUP BY case_id
  HAVING epoch_ms(min(ts)) >= CAST($window_from AS DOUBLE) AND epoch_ms(min(ts)) < CAST($window_to AS DOUBLE)
), jev AS (
  SELECT * FROM ev WHERE case_id IN (SELECT case_id FROM in_window)
), jm AS (
  SELECT * FROM matches WHERE case_id IN (SELECT case_id FROM in_window)
), {{include:measureJourneyFigures}}
