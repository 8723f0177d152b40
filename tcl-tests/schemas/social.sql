-- social.sql: a small social site with the parts a tutorial schema adds
-- one by one: an FTS5 index kept by triggers, a join table of a table with
-- itself, a 1:1 profile keyed by its user, threaded comments, an audit
-- trigger, views, and names that need quoting.
CREATE TABLE "User Accounts" (
  "User ID" INTEGER PRIMARY KEY,
  "Login Name" TEXT NOT NULL UNIQUE COLLATE NOCASE,
  email TEXT NOT NULL UNIQUE,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "order" INTEGER                      -- display order
);
CREATE TABLE profiles (
  user_id INTEGER PRIMARY KEY REFERENCES "User Accounts" ("User ID") ON DELETE CASCADE,
  bio TEXT,
  birthday DATE,
  website TEXT
);
CREATE TABLE follows (
  follower INTEGER NOT NULL REFERENCES "User Accounts",
  followee INTEGER NOT NULL REFERENCES "User Accounts",
  since DATE,
  PRIMARY KEY (follower, followee),
  CHECK (follower <> followee)
) WITHOUT ROWID;
CREATE TABLE posts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  author INTEGER NOT NULL REFERENCES "User Accounts" ("User ID"),
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
  published_at DATETIME,
  CHECK (status <> 'published' OR published_at IS NOT NULL)
);
CREATE TABLE comments (
  id INTEGER PRIMARY KEY,
  post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES comments (id),
  author INTEGER REFERENCES "User Accounts" ("User ID"),
  body TEXT NOT NULL
);
CREATE TABLE [Post Tags] (
  post_id INTEGER NOT NULL REFERENCES posts,
  tag TEXT NOT NULL REFERENCES tags (name),
  PRIMARY KEY (post_id, tag)
);
CREATE TABLE tags (name TEXT PRIMARY KEY, color TEXT CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'));
CREATE TABLE likes (
  user_id INTEGER NOT NULL REFERENCES "User Accounts" ("User ID"),
  post_id INTEGER NOT NULL REFERENCES posts (id),
  at DATETIME,
  UNIQUE (user_id, post_id)
);
CREATE TABLE audit_log (id INTEGER PRIMARY KEY, what TEXT NOT NULL, at DATETIME DEFAULT CURRENT_TIMESTAMP);
CREATE VIRTUAL TABLE posts_fts USING fts5(title, body, content='posts', content_rowid='id');
CREATE TABLE posts_fts_extra (id INTEGER PRIMARY KEY, note TEXT);  -- a user table, not a shadow table
CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN
  INSERT INTO posts_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
  INSERT INTO audit_log (what) VALUES ('post ' || new.id);
END;
CREATE TRIGGER posts_ad AFTER DELETE ON posts BEGIN
  INSERT INTO posts_fts (posts_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE VIEW published AS SELECT p.id, u."Login Name" AS login, p.title FROM posts p JOIN "User Accounts" u ON u."User ID" = p.author WHERE p.status = 'published';
CREATE VIEW "Comment Counts" AS SELECT post_id, count(*) AS n FROM comments GROUP BY post_id;
