-- Airline reservations: airports, fleet, flights, passengers, bookings, tickets.
CREATE TABLE airports (
  airport_id    INTEGER PRIMARY KEY,
  iata_code     CHAR(3) NOT NULL UNIQUE,   -- e.g. LHR, JFK
  icao_code     CHAR(4),
  airport_name  VARCHAR(120) NOT NULL,
  city          VARCHAR(80) NOT NULL,
  country_code  CHAR(2) NOT NULL,
  lat           REAL,
  lng           REAL,
  tz_name       VARCHAR(40),               -- IANA time zone
  elevation_ft  INTEGER
);

CREATE TABLE aircraft (
  aircraft_id    INTEGER PRIMARY KEY,
  tail_number    VARCHAR(10) NOT NULL UNIQUE,  -- registration, e.g. N12345
  manufacturer   VARCHAR(60),
  model          VARCHAR(60),
  seat_capacity  INTEGER CHECK (seat_capacity > 0),
  year_built     INTEGER,
  in_service     BOOLEAN NOT NULL DEFAULT 1
);

CREATE TABLE flights (
  flight_id        INTEGER PRIMARY KEY,
  flight_no        VARCHAR(8) NOT NULL,       -- carrier code + number, e.g. BA117
  origin_id        INTEGER NOT NULL REFERENCES airports(airport_id),
  dest_id          INTEGER NOT NULL REFERENCES airports(airport_id),
  aircraft_id      INTEGER REFERENCES aircraft(aircraft_id),
  sched_departure  DATETIME NOT NULL,
  sched_arrival    DATETIME NOT NULL,
  duration_min     INTEGER,
  distance_km      DECIMAL(8,1),
  flight_status    VARCHAR(12) NOT NULL DEFAULT 'scheduled'
                   CHECK (flight_status IN ('scheduled', 'boarding', 'departed',
                                            'landed', 'cancelled', 'diverted')),
  gate             VARCHAR(5)
);

CREATE TABLE passengers (
  pax_id            INTEGER PRIMARY KEY,
  title             VARCHAR(6),     -- Mr, Mrs, Ms, Dr
  given_name        VARCHAR(60) NOT NULL,
  family_name       VARCHAR(60) NOT NULL,
  dob               DATE,
  nationality       CHAR(2),
  passport_no       VARCHAR(20),
  passport_expiry   DATE,
  email             VARCHAR(254),
  mobile            VARCHAR(25),
  frequent_flyer_no VARCHAR(16),
  ff_miles          INTEGER DEFAULT 0
);

CREATE TABLE bookings (
  booking_id     INTEGER PRIMARY KEY,
  pnr            CHAR(6) NOT NULL UNIQUE,   -- record locator
  booked_at      DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  contact_email  VARCHAR(254),
  total_fare     DECIMAL(10,2) NOT NULL,
  currency       CHAR(3) NOT NULL DEFAULT 'USD',
  cabin_class    VARCHAR(10) CHECK (cabin_class IN ('economy', 'premium', 'business', 'first')),
  is_refundable  BOOLEAN DEFAULT 0
);

CREATE TABLE tickets (
  ticket_id      INTEGER PRIMARY KEY,
  booking_id     INTEGER NOT NULL REFERENCES bookings(booking_id),
  pax_id         INTEGER NOT NULL REFERENCES passengers(pax_id),
  flight_id      INTEGER NOT NULL REFERENCES flights(flight_id),
  ticket_number  VARCHAR(14) NOT NULL,
  seat           VARCHAR(4),       -- e.g. 23C
  fare_amt       DECIMAL(10,2),
  bag_weight_kg  REAL,
  checked_in     BOOLEAN NOT NULL DEFAULT 0,
  boarding_time  TIME
);
