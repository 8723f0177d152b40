.load @EXT@
PRAGMA foreign_keys = ON;
PRAGMA synchronous = OFF;
PRAGMA journal_mode = OFF;
CREATE TABLE parent(id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO parent SELECT value, 'p' || value FROM generate_series(1, 1000);
CREATE TABLE t(id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id), name TEXT NOT NULL,
               email TEXT UNIQUE, amount REAL, created DATE,
               status TEXT CHECK (status IN ('new', 'paid', 'shipped')));
CREATE VIRTUAL TABLE temp.g USING syda_rows(t);
INSERT INTO t SELECT * FROM g(@N@);
