.load @EXT@
CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT UNIQUE, amount REAL,
               created DATE, status TEXT CHECK (status IN ('new', 'paid', 'shipped')));
CREATE VIRTUAL TABLE temp.g USING syda_rows(t);
SELECT sum(id), max(name), max(email), sum(amount), max(created), max(status) FROM g(@N@);
