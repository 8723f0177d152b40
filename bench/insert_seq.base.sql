.load @EXT@
PRAGMA foreign_keys = ON;
PRAGMA synchronous = OFF;
PRAGMA journal_mode = OFF;
CREATE TABLE parent(id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO parent SELECT value, 'p' || value FROM generate_series(1, 1000);
CREATE TABLE t(id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id), name TEXT NOT NULL,
               email TEXT UNIQUE, amount REAL, created DATE,
               status TEXT CHECK (status IN ('new', 'paid', 'shipped')));
-- the same columns, filled with random() expressions of similar shape
INSERT INTO t
SELECT value,
       1 + abs(random()) % 1000,
       char(65 + abs(random()) % 26) || lower(hex(randomblob(4))) || ' ' || char(65 + abs(random()) % 26) || lower(hex(randomblob(4))),
       -- unique and in insertion order: 'user1.…', 'user2.…', ... (kinder to the index than real data)
       'user' || value || '.' || lower(hex(randomblob(3))) || '@example.com',
       round(abs(random()) % 100000 / 100.0, 2),
       date('2016-01-01', '+' || (abs(random()) % 3650) || ' days'),
       CASE abs(random()) % 3 WHEN 0 THEN 'new' WHEN 1 THEN 'paid' ELSE 'shipped' END
FROM generate_series(1, @N@);
