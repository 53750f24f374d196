-- The compliance reports read the training facts of whole schools at once (issue 7).
CREATE INDEX training_staff_school ON training_staff (school_id);
