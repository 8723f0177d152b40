-- Building-monitoring IoT backend: sites, devices, their sensors, raw
-- readings, alerts and firmware images. Loose SQLite typing throughout.

CREATE TABLE site (
    site_id   INTEGER PRIMARY KEY,
    address   TEXT,
    lat       REAL,
    lng       REAL
);

CREATE TABLE device (
    device_id         INTEGER PRIMARY KEY,
    site_id           INTEGER REFERENCES site(site_id),
    device_uuid       TEXT NOT NULL UNIQUE,
    serial            TEXT,
    firmware_version  TEXT,
    mac               TEXT,
    ip                TEXT,
    ipv6_addr         TEXT,
    installed         DATE,
    battery_pct       INTEGER CHECK (battery_pct BETWEEN 0 AND 100),
    online            BOOLEAN DEFAULT 0,
    last_seen         DATETIME,
    created_at        DATETIME DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE sensor (
    sensor_id           INTEGER PRIMARY KEY,
    device_id           INTEGER NOT NULL REFERENCES device(device_id),
    kind                TEXT NOT NULL
                        CHECK (kind IN ('temperature', 'humidity', 'pressure', 'co2', 'motion')),
    unit,                               -- C, %, hPa, ppm
    sample_interval_ms  INTEGER DEFAULT 60000,
    min_value           REAL,
    max_value           REAL
);

CREATE TABLE reading (
    reading_id  INTEGER PRIMARY KEY,
    sensor_id   INTEGER NOT NULL REFERENCES sensor(sensor_id),
    ts          DATETIME NOT NULL,
    value       REAL NOT NULL,
    quality     INTEGER               -- 0 .. 100
);

CREATE TABLE alert (
    alert_id      INTEGER PRIMARY KEY,
    sensor_id     INTEGER NOT NULL REFERENCES sensor(sensor_id),
    severity      TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    message       TEXT,
    raised_at     DATETIME NOT NULL,
    acknowledged  BOOLEAN DEFAULT 0,
    ack_by        TEXT,               -- login of the operator
    payload       JSON
);

CREATE TABLE firmware (
    fw_id        INTEGER PRIMARY KEY,
    image_file   TEXT NOT NULL,
    sha1         CHAR(40) NOT NULL,
    size_bytes   INTEGER,
    released     DATE,
    notes        TEXT
);
