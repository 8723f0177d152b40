-- airline.sql: flight bookings in the shape of the airline demo databases
-- used to teach SQL: seats keyed by aircraft and seat number, flights
-- between two airports, tickets on several flights (ticket_flights), and
-- boarding passes whose number and seat are each unique within a flight,
-- with a composite foreign key to the ticket's flight.
CREATE TABLE aircrafts (
  aircraft_code CHAR(3) NOT NULL PRIMARY KEY,
  model TEXT NOT NULL,
  range INTEGER NOT NULL CHECK (range > 0)
);
CREATE TABLE seats (
  aircraft_code CHAR(3) NOT NULL REFERENCES aircrafts (aircraft_code) ON DELETE CASCADE,
  seat_no VARCHAR(4) NOT NULL,
  fare_conditions VARCHAR(10) NOT NULL CHECK (fare_conditions IN ('Economy', 'Comfort', 'Business')),
  PRIMARY KEY (aircraft_code, seat_no)
) WITHOUT ROWID;
CREATE TABLE airports (
  airport_code CHAR(3) NOT NULL PRIMARY KEY,
  airport_name TEXT NOT NULL,
  city TEXT NOT NULL,
  timezone TEXT NOT NULL
);
CREATE TABLE flights (
  flight_id INTEGER PRIMARY KEY,
  flight_no CHAR(6) NOT NULL,
  scheduled_departure DATETIME NOT NULL,
  scheduled_arrival DATETIME NOT NULL,
  departure_airport CHAR(3) NOT NULL REFERENCES airports (airport_code),
  arrival_airport CHAR(3) NOT NULL REFERENCES airports (airport_code),
  status VARCHAR(20) NOT NULL CHECK (status IN ('On Time', 'Delayed', 'Departed', 'Arrived', 'Scheduled', 'Cancelled')),
  aircraft_code CHAR(3) NOT NULL REFERENCES aircrafts (aircraft_code),
  UNIQUE (flight_no, scheduled_departure),
  CHECK (scheduled_arrival > scheduled_departure),
  CHECK (departure_airport <> arrival_airport)
);
CREATE TABLE bookings (
  book_ref CHAR(6) NOT NULL PRIMARY KEY,
  book_date DATETIME NOT NULL,
  total_amount NUMERIC(10, 2) NOT NULL
);
CREATE TABLE tickets (
  ticket_no CHAR(13) NOT NULL PRIMARY KEY,
  book_ref CHAR(6) NOT NULL REFERENCES bookings (book_ref),
  passenger_id VARCHAR(20) NOT NULL,
  passenger_name TEXT NOT NULL
);
CREATE TABLE ticket_flights (
  ticket_no CHAR(13) NOT NULL REFERENCES tickets (ticket_no),
  flight_id INTEGER NOT NULL REFERENCES flights (flight_id),
  fare_conditions VARCHAR(10) NOT NULL CHECK (fare_conditions IN ('Economy', 'Comfort', 'Business')),
  amount NUMERIC(10, 2) NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (ticket_no, flight_id)
);
CREATE TABLE boarding_passes (
  ticket_no CHAR(13) NOT NULL,
  flight_id INTEGER NOT NULL,
  boarding_no INTEGER NOT NULL,
  seat_no VARCHAR(4) NOT NULL,
  PRIMARY KEY (ticket_no, flight_id),
  UNIQUE (flight_id, boarding_no),
  UNIQUE (flight_id, seat_no),
  FOREIGN KEY (ticket_no, flight_id) REFERENCES ticket_flights (ticket_no, flight_id)
);
CREATE VIEW flights_v AS
  SELECT f.flight_id, f.flight_no, dep.city AS departure_city, arr.city AS arrival_city, f.status
  FROM flights f JOIN airports dep ON dep.airport_code = f.departure_airport
  JOIN airports arr ON arr.airport_code = f.arrival_airport;
