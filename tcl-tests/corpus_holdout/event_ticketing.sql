-- Event ticketing: venues, events, ticket tiers, orders, tickets, gate scans.
CREATE TABLE venue (
  venue_id       INTEGER PRIMARY KEY,
  venue_name     TEXT NOT NULL,
  address        TEXT,
  city           TEXT NOT NULL,
  country        TEXT NOT NULL DEFAULT 'United Kingdom',
  capacity       INTEGER CHECK (capacity > 0),
  latitude       REAL,
  longitude      REAL,
  contact_phone  TEXT
);

CREATE TABLE event (
  event_id       INTEGER PRIMARY KEY,
  venue_id       INTEGER NOT NULL REFERENCES venue(venue_id),
  event_title    TEXT NOT NULL,
  headliner      TEXT,          -- main act
  genre          TEXT,          -- rock, pop, jazz, electronic, hip hop
  starts_at      DATETIME NOT NULL,
  doors_open     TIME,
  duration_mins  INTEGER,
  age_limit      INTEGER DEFAULT 0,
  on_sale        BOOLEAN NOT NULL DEFAULT 0,
  poster_image   BLOB,
  event_url      TEXT
);

CREATE TABLE ticket_tier (
  tier_id      INTEGER PRIMARY KEY,
  event_id     INTEGER NOT NULL REFERENCES event(event_id),
  tier_name    VARCHAR(30) NOT NULL,   -- General Admission, VIP, Balcony
  face_value   DECIMAL(8,2) NOT NULL,
  booking_fee  DECIMAL(6,2) DEFAULT 0,
  qty_total    INTEGER NOT NULL,
  qty_sold     INTEGER NOT NULL DEFAULT 0,
  CHECK (qty_sold <= qty_total)
);

CREATE TABLE customer_order (
  order_id        INTEGER PRIMARY KEY,
  order_ref       CHAR(10) NOT NULL UNIQUE,
  buyer_name      VARCHAR(100) NOT NULL,
  buyer_email     VARCHAR(254) NOT NULL,
  buyer_phone     VARCHAR(20),
  ordered_at      DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  total_amt       DECIMAL(10,2) NOT NULL,
  currency_code   CHAR(3) NOT NULL DEFAULT 'GBP',
  payment_method  VARCHAR(10) CHECK (payment_method IN ('card', 'paypal', 'applepay', 'voucher')),
  ip_addr         VARCHAR(15),
  browser_ua      TEXT
);

CREATE TABLE ticket (
  ticket_uuid  CHAR(36) PRIMARY KEY,
  order_id     INTEGER NOT NULL REFERENCES customer_order(order_id),
  tier_id      INTEGER NOT NULL REFERENCES ticket_tier(tier_id),
  holder_name  VARCHAR(100),
  seat_label   VARCHAR(8),
  barcode      VARCHAR(20) NOT NULL UNIQUE,
  is_void      BOOLEAN NOT NULL DEFAULT 0
);

CREATE TABLE gate_scan (
  scan_id      INTEGER PRIMARY KEY,
  ticket_uuid  CHAR(36) NOT NULL REFERENCES ticket(ticket_uuid),
  scanned_at   DATETIME NOT NULL,
  gate_no      INTEGER,
  device_mac   CHAR(17),
  result       VARCHAR(10) NOT NULL   -- ok, duplicate, invalid
);
