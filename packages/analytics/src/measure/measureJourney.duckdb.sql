-- The measured map (measureJourney.ts): which journeys reach each designed touchpoint, drop off after it,
-- how long they take to the next one, and their scores — per touchpoint and per phase.
-- A touchpoint is reached by a journey when one of its events matches the touchpoint's matcher
-- (journeyMatches.duckdb.sql). Positions are the map's designed order; "later" means a higher position.
WITH {{include:journeyMatches}}
), jev AS (
  SELECT * FROM ev
), jm AS (
  SELECT * FROM matches
), {{include:measureJourneyFigures}}
