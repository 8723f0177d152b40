-- Parcel logistics: depots, carriers, shipments and the fleet.
CREATE TABLE warehouses (
  warehouse_code  CHAR(4) PRIMARY KEY,
  city            VARCHAR(60) NOT NULL,
  country_code    CHAR(2) NOT NULL,
  latitude        REAL,
  longitude       REAL,
  capacity_m3     DECIMAL(10,2)
);

CREATE TABLE carriers (
  carrier_id     INTEGER PRIMARY KEY,
  carrier_name   VARCHAR(100) NOT NULL UNIQUE,
  contact_email  VARCHAR(120),
  phone          VARCHAR(20),
  website        VARCHAR(200)
);

CREATE TABLE shipments (
  shipment_id      INTEGER PRIMARY KEY,
  carrier_id       INTEGER NOT NULL REFERENCES carriers(carrier_id),
  origin_code      CHAR(4) NOT NULL REFERENCES warehouses(warehouse_code),
  tracking_number  VARCHAR(30) NOT NULL UNIQUE,
  ship_date        DATE NOT NULL,
  est_delivery     DATE,
  recipient_name   VARCHAR(100) NOT NULL,
  dest_street      VARCHAR(120) NOT NULL,
  dest_city        VARCHAR(60) NOT NULL,
  dest_state       CHAR(2),
  dest_zip         VARCHAR(10) NOT NULL,
  weight_lbs       DECIMAL(8,2),  -- gross weight in pounds
  declared_value   DECIMAL(10,2),
  freight_cost     DECIMAL(10,2),
  distance_km      DECIMAL(8,1),
  is_fragile       BOOLEAN NOT NULL DEFAULT 0,
  status           VARCHAR(20) NOT NULL
);

CREATE TABLE packages (
  package_id   INTEGER PRIMARY KEY,
  shipment_id  INTEGER NOT NULL REFERENCES shipments(shipment_id),
  sku          VARCHAR(24) NOT NULL,
  quantity     INTEGER NOT NULL CHECK (quantity > 0),
  length_cm    REAL,
  width_cm     REAL,
  height_cm    REAL
);

CREATE TABLE shipment_events (
  event_id     INTEGER PRIMARY KEY,
  shipment_id  INTEGER NOT NULL REFERENCES shipments(shipment_id),
  event_code   CHAR(3) NOT NULL,
  remarks      TEXT
);

CREATE TABLE vehicles (
  vehicle_id        INTEGER PRIMARY KEY,
  depot_code        CHAR(4) REFERENCES warehouses(warehouse_code),
  model_year        INTEGER,
  fuel_type         VARCHAR(10) CHECK (fuel_type IN ('diesel', 'petrol', 'electric', 'hybrid')),
  color             VARCHAR(20),
  odometer_km       INTEGER,
  last_service      DATE,
  next_service_due  DATE
);
