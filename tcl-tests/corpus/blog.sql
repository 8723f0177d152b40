-- Multi-author blog engine.
CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  userName      VARCHAR(30) NOT NULL UNIQUE,
  email         VARCHAR(255) NOT NULL UNIQUE,
  passwordHash  CHAR(40) NOT NULL,
  bio           TEXT,
  avatarUrl     VARCHAR(255),
  role          TEXT NOT NULL DEFAULT 'author'
                CHECK (role IN ('admin', 'editor', 'author', 'subscriber')),
  createdAt     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updatedAt     DATETIME
);

CREATE TABLE posts (
  id               INTEGER PRIMARY KEY,
  authorId         INTEGER NOT NULL REFERENCES users(id),
  title            VARCHAR(200) NOT NULL,
  slug             VARCHAR(200) NOT NULL UNIQUE,
  body             TEXT NOT NULL,
  status           VARCHAR(12) NOT NULL DEFAULT 'draft', -- draft, published, archived
  publishedAt      DATETIME,
  viewCount        INTEGER NOT NULL DEFAULT 0,
  readTimeSeconds  INTEGER,
  metadata         JSON
);

CREATE TABLE tags (
  id        INTEGER PRIMARY KEY,
  name      VARCHAR(40) NOT NULL UNIQUE,
  slug      VARCHAR(40) NOT NULL UNIQUE,
  colorHex  CHAR(7)
);

CREATE TABLE postTags (
  postId  INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  tagId   INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (postId, tagId)
);

CREATE TABLE comments (
  id           INTEGER PRIMARY KEY,
  postId       INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  parentId     INTEGER REFERENCES comments(id),
  authorName   VARCHAR(80) NOT NULL,
  authorEmail  VARCHAR(255),
  authorIp     VARCHAR(15),
  content      TEXT NOT NULL,
  approved     BOOLEAN NOT NULL DEFAULT 0,
  createdAt    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE media (
  id          INTEGER PRIMARY KEY,
  uploadedBy  INTEGER REFERENCES users(id),
  fileName    VARCHAR(255) NOT NULL,
  mimeType    VARCHAR(100) NOT NULL,
  sizeBytes   INTEGER NOT NULL,
  width       INTEGER,
  height      INTEGER,
  checksum    CHAR(64)
);
