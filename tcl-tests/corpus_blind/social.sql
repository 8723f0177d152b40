-- A small social network (Rails-style schema): people, posts, media,
-- follows, hashtags and login sessions.

CREATE TABLE users (
    id                   INTEGER PRIMARY KEY,
    handle               VARCHAR(30) NOT NULL UNIQUE,
    display_name         VARCHAR(60),
    email                VARCHAR(255) NOT NULL UNIQUE,
    password_digest      CHAR(40),            -- hex SHA-1 of salt + password (legacy)
    bio                  TEXT,
    avatar_url           VARCHAR(500),
    website              VARCHAR(255),
    location             VARCHAR(100),
    birthday             DATE,
    gender               VARCHAR(20),
    preferred_language   VARCHAR(30),
    followers_count      INTEGER NOT NULL DEFAULT 0,
    verified             BOOLEAN NOT NULL DEFAULT FALSE,
    last_sign_in_ip      VARCHAR(45),
    created_at           DATETIME NOT NULL,
    updated_at           DATETIME NOT NULL
);

CREATE TABLE posts (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users(id),
    reply_to_id   INTEGER REFERENCES posts(id),
    body          TEXT NOT NULL,
    visibility    VARCHAR(10) NOT NULL DEFAULT 'public'
                  CHECK (visibility IN ('public', 'followers', 'private')),
    like_count    INTEGER NOT NULL DEFAULT 0,
    client_user_agent TEXT,
    created_at    DATETIME NOT NULL,
    updated_at    DATETIME NOT NULL,
    deleted_at    DATETIME
);

CREATE TABLE media (
    id            INTEGER PRIMARY KEY,
    post_id       INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    byte_size     BIGINT NOT NULL,
    md5_hex       CHAR(32),
    width         INTEGER,
    height        INTEGER,
    alt_text      VARCHAR(400),
    created_at    DATETIME NOT NULL
);

CREATE TABLE follows (
    follower_id   INTEGER NOT NULL REFERENCES users(id),
    followed_id   INTEGER NOT NULL REFERENCES users(id),
    created_at    DATETIME NOT NULL,
    PRIMARY KEY (follower_id, followed_id)
);

CREATE TABLE hashtags (
    id            INTEGER PRIMARY KEY,
    tag           VARCHAR(100) NOT NULL UNIQUE,
    created_at    DATETIME NOT NULL
);

CREATE TABLE sessions (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token         CHAR(64) NOT NULL UNIQUE,   -- hex SHA-256 of the cookie secret
    ip_address    VARCHAR(15),
    user_agent    TEXT,
    created_at    DATETIME NOT NULL,
    expires_at    DATETIME NOT NULL
);
