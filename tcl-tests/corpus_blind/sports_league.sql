-- Amateur football league: teams, players, fixtures and match events.

CREATE TABLE league (
    league_id  INTEGER PRIMARY KEY,
    country    TEXT NOT NULL,
    founded    INTEGER,
    website    TEXT
);

CREATE TABLE team (
    team_id             INTEGER PRIMARY KEY,
    league_id           INTEGER NOT NULL REFERENCES league(league_id),
    short_code          CHAR(3) NOT NULL UNIQUE,
    home_city           TEXT,
    founded_year        INTEGER,
    primary_colour      TEXT,
    primary_colour_hex  CHAR(7),
    manager             TEXT,
    budget              DECIMAL(14,2)
);

CREATE TABLE player (
    player_id       INTEGER PRIMARY KEY,
    team_id         INTEGER REFERENCES team(team_id),
    first_name      TEXT NOT NULL,
    last_name       TEXT NOT NULL,
    dob             DATE,
    nationality     TEXT,
    position        TEXT CHECK (position IN ('GK', 'DF', 'MF', 'FW')),
    shirt_number    INTEGER CHECK (shirt_number BETWEEN 1 AND 99),
    height_cm       INTEGER,
    weight_kg       REAL,
    preferred_foot  TEXT,           -- left, right, both
    contract_until  DATE,
    salary          NUMERIC,
    market_value    DECIMAL(12,2),
    photo_url       TEXT
);

CREATE TABLE fixture (
    fixture_id    INTEGER PRIMARY KEY,
    league_id     INTEGER NOT NULL REFERENCES league(league_id),
    home_team_id  INTEGER NOT NULL REFERENCES team(team_id),
    away_team_id  INTEGER NOT NULL REFERENCES team(team_id),
    season_year   INTEGER NOT NULL,
    kickoff       DATETIME,
    home_goals    INTEGER,
    away_goals    INTEGER,
    attendance    INTEGER,
    referee       TEXT,
    status        TEXT NOT NULL DEFAULT 'scheduled'
                  CHECK (status IN ('scheduled', 'live', 'finished', 'postponed')),
    CHECK (home_team_id <> away_team_id)
);

CREATE TABLE match_event (
    event_id    INTEGER PRIMARY KEY,
    fixture_id  INTEGER NOT NULL REFERENCES fixture(fixture_id),
    player_id   INTEGER REFERENCES player(player_id),
    minute      INTEGER CHECK (minute BETWEEN 0 AND 130),
    event_type  TEXT NOT NULL,      -- goal, own_goal, yellow, red, sub_on, sub_off
    note        TEXT
);
