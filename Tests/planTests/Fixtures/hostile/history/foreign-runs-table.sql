-- #16 point 11: an SQLite file of another program, with a table that happens to be called
-- runs, got a migrations table added (and WAL mode) when given as the history.
CREATE TABLE runs (id INTEGER PRIMARY KEY, started TEXT, host TEXT);
INSERT INTO runs (started, host) VALUES ('2026-11-01T10:00:00', 'build-01');
