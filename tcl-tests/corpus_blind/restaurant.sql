-- Table reservations for a small group of restaurants. Every column carries
-- its table's prefix (house style of the agency that built it).

CREATE TABLE restaurant (
    rest_id          INTEGER PRIMARY KEY,
    rest_name        TEXT NOT NULL,
    rest_cuisine     TEXT,            -- Italian, Japanese, Mexican, Indian, French
    rest_address     TEXT,
    rest_phone       TEXT,
    rest_website     TEXT,
    rest_price_band  INTEGER CHECK (rest_price_band BETWEEN 1 AND 4),
    rest_capacity    INTEGER,
    rest_opened_on   DATE
);

CREATE TABLE dining_table (
    tbl_id             INTEGER PRIMARY KEY,
    rest_id            INTEGER NOT NULL REFERENCES restaurant(rest_id),
    tbl_number         INTEGER NOT NULL,
    tbl_seats          INTEGER NOT NULL CHECK (tbl_seats BETWEEN 1 AND 12),
    tbl_area           TEXT CHECK (tbl_area IN ('indoor', 'terrace', 'bar', 'private')),
    tbl_wheelchair_ok  BOOLEAN DEFAULT 1,
    UNIQUE (rest_id, tbl_number)
);

CREATE TABLE guest (
    guest_id          INTEGER PRIMARY KEY,
    guest_first_name  TEXT,
    guest_last_name   TEXT NOT NULL,
    guest_email       TEXT,
    guest_phone       TEXT,
    guest_birthday    DATE,
    guest_vip         BOOLEAN DEFAULT 0,
    guest_created_at  DATETIME DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE reservation (
    res_id                INTEGER PRIMARY KEY,
    guest_id              INTEGER NOT NULL REFERENCES guest(guest_id),
    tbl_id                INTEGER REFERENCES dining_table(tbl_id),
    res_code              TEXT UNIQUE,
    res_datetime          DATETIME NOT NULL,
    res_party_size        INTEGER NOT NULL CHECK (res_party_size > 0),
    res_status            TEXT DEFAULT 'confirmed',  -- pending, confirmed, seated, completed, no-show, cancelled
    res_special_request   TEXT,
    res_source            TEXT,                      -- phone, walk-in, website, app
    res_created           DATETIME DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE menu_item (
    item_id             INTEGER PRIMARY KEY,
    rest_id             INTEGER NOT NULL REFERENCES restaurant(rest_id),
    item_name           TEXT NOT NULL,
    item_description    TEXT,
    item_course         TEXT CHECK (item_course IN ('starter', 'main', 'dessert', 'drink')),
    item_price          NUMERIC(6,2) NOT NULL,
    item_calories       INTEGER,
    item_is_vegetarian  BOOLEAN,
    item_available      INTEGER NOT NULL DEFAULT 1 CHECK (item_available IN (0, 1))
);

CREATE TABLE bill (
    bill_id        INTEGER PRIMARY KEY,
    res_id         INTEGER NOT NULL REFERENCES reservation(res_id),
    bill_subtotal  DECIMAL(8,2),
    bill_tax       DECIMAL(8,2),
    bill_tip       DECIMAL(8,2),
    bill_tip_pct   REAL,
    bill_total     DECIMAL(8,2),
    bill_paid_at   DATETIME
);

CREATE TABLE review (
    review_id         INTEGER PRIMARY KEY,
    rest_id           INTEGER NOT NULL REFERENCES restaurant(rest_id),
    guest_id          INTEGER REFERENCES guest(guest_id),
    review_stars      INTEGER NOT NULL CHECK (review_stars BETWEEN 1 AND 5),
    review_title      TEXT,
    review_body       TEXT,
    review_posted_at  DATETIME
);
