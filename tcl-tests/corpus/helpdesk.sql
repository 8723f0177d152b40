-- Customer support desk of a software company: customers write in,
-- agents answer, every ticket may end with a satisfaction survey.

CREATE TABLE organizations (
    id            INTEGER PRIMARY KEY,
    name          VARCHAR(120) NOT NULL,
    domain        VARCHAR(100),
    plan          VARCHAR(20) CHECK (plan IN ('free', 'team', 'business', 'enterprise')),
    created_at    DATETIME NOT NULL
);

CREATE TABLE requesters (
    id               INTEGER PRIMARY KEY,
    organization_id  INTEGER REFERENCES organizations(id),
    name             VARCHAR(100) NOT NULL,
    email            VARCHAR(254) NOT NULL UNIQUE,
    phone            VARCHAR(30),
    time_zone        VARCHAR(40)
);

CREATE TABLE agents (
    id          INTEGER PRIMARY KEY,
    full_name   VARCHAR(100) NOT NULL,
    email       VARCHAR(254) NOT NULL UNIQUE,
    team        VARCHAR(30),           -- Billing, Technical, Onboarding
    job_title   VARCHAR(60),
    bio         TEXT,                  -- shown to customers beside the agent's replies
    hired_on    DATE
);

CREATE TABLE tickets (
    id                INTEGER PRIMARY KEY,
    requester_id      INTEGER NOT NULL REFERENCES requesters(id),
    assignee_id       INTEGER REFERENCES agents(id),
    subject           VARCHAR(150) NOT NULL,
    description       TEXT NOT NULL,
    priority          VARCHAR(10) NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    status            VARCHAR(10) NOT NULL CHECK (status IN ('new', 'open', 'pending', 'solved', 'closed')),
    channel           VARCHAR(10),         -- email, web, chat, phone
    resolution_notes  TEXT,
    created_at        DATETIME NOT NULL,
    solved_at         DATETIME
);

CREATE TABLE ticket_comments (
    id          INTEGER PRIMARY KEY,
    ticket_id   INTEGER NOT NULL REFERENCES tickets(id),
    author_id   INTEGER NOT NULL REFERENCES agents(id),
    body        TEXT NOT NULL,
    is_public   BOOLEAN NOT NULL DEFAULT 1,
    created_at  DATETIME NOT NULL
);

CREATE TABLE satisfaction_ratings (
    id          INTEGER PRIMARY KEY,
    ticket_id   INTEGER NOT NULL UNIQUE REFERENCES tickets(id),
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment     TEXT,
    created_at  DATETIME NOT NULL
);
