-- Fitness tracking app (on-device SQLite, synced to the cloud).
CREATE TABLE user (
  userId       TEXT PRIMARY KEY,        -- UUID
  handle       TEXT NOT NULL UNIQUE,
  displayName  TEXT,
  email        TEXT,
  sex          TEXT CHECK (sex IN ('male', 'female', 'other')),
  birthDate    TEXT,                    -- ISO 8601 date
  heightCm     REAL,
  weightKg     REAL,
  units        TEXT DEFAULT 'metric',   -- metric | imperial
  timezone     TEXT,
  avatar       BLOB,
  createdAt    INTEGER                  -- unix epoch seconds
);

CREATE TABLE workout (
  workoutId        INTEGER PRIMARY KEY,
  userId           TEXT NOT NULL REFERENCES user(userId),
  activityType     TEXT NOT NULL,   -- run, ride, swim, walk, strength, yoga
  startedAt        DATETIME NOT NULL,
  durationSec      INTEGER NOT NULL,
  distanceM        REAL,
  kcal             INTEGER,
  avgHeartRate     INTEGER,
  maxHeartRate     INTEGER,
  elevationGainM   REAL,
  perceivedEffort  INTEGER CHECK (perceivedEffort BETWEEN 1 AND 10),
  notes            TEXT,
  gpxFile          TEXT
);

CREATE TABLE lap (
  workoutId     INTEGER NOT NULL REFERENCES workout(workoutId),
  lapNo         INTEGER NOT NULL,
  splitMs       INTEGER NOT NULL,
  paceSecPerKm  INTEGER,
  PRIMARY KEY (workoutId, lapNo)
);

CREATE TABLE bodyMeasurement (
  id          INTEGER PRIMARY KEY,
  userId      TEXT NOT NULL REFERENCES user(userId),
  measuredOn  DATE NOT NULL,
  weightKg    DECIMAL(5,2),
  bodyFatPct  DECIMAL(4,1),
  restingHr   INTEGER,
  waistCm     REAL
);

CREATE TABLE goal (
  id           INTEGER PRIMARY KEY,
  userId       TEXT NOT NULL REFERENCES user(userId),
  goalType     TEXT NOT NULL CHECK (goalType IN ('steps', 'distance', 'workouts', 'weight')),
  targetValue  REAL NOT NULL,
  deadline     DATE,
  achieved     INTEGER NOT NULL DEFAULT 0   -- 0/1
);

CREATE TABLE device (
  id           INTEGER PRIMARY KEY,
  userId       TEXT NOT NULL REFERENCES user(userId),
  model        TEXT,            -- e.g. Forerunner 255
  serialNo     TEXT,
  macAddress   TEXT,
  firmwareVer  TEXT,
  lastSyncAt   DATETIME,
  batteryPct   INTEGER
);
