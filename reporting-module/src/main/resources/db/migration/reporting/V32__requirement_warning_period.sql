-- Each version of a training requirement has its own warning period (issue 19). Every version recorded so far was
-- defined when every requirement warned 30 days ahead, as its events are read, so no rebuild is needed; new rows
-- always name theirs.
ALTER TABLE training_requirement_version ADD COLUMN warning_days INTEGER NOT NULL DEFAULT 30;
ALTER TABLE training_requirement_version ALTER COLUMN warning_days DROP DEFAULT;
