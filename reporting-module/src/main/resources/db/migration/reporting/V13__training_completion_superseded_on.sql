-- The compliance reports need, for a day, each person's latest completion of each requirement on or before it
-- (issue 7). A completion keeps the date of the same person's next completion of the same requirement, so that the
-- latest on a day is found by a filter rather than by grouping every completion.
ALTER TABLE training_completion ADD COLUMN superseded_on DATE;

UPDATE training_completion completion
SET superseded_on = later.next_on
FROM (SELECT staff_id, requirement_id, completed_on,
             lead(completed_on) OVER (PARTITION BY staff_id, requirement_id ORDER BY completed_on) AS next_on
      FROM training_completion) later
WHERE completion.staff_id = later.staff_id AND completion.requirement_id = later.requirement_id
  AND completion.completed_on = later.completed_on AND later.next_on IS NOT NULL;
