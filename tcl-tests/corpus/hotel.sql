-- Hotel property management system.
CREATE TABLE Hotels (
  HotelID      INTEGER PRIMARY KEY,
  StarRating   INTEGER CHECK (StarRating BETWEEN 1 AND 5),
  Address      NVARCHAR(200) NOT NULL,
  City         NVARCHAR(60) NOT NULL,
  Country      NVARCHAR(60) NOT NULL,
  Phone        VARCHAR(25),
  Email        NVARCHAR(120),
  Website      NVARCHAR(200),
  CheckInTime  TIME DEFAULT '15:00'
);

CREATE TABLE RoomTypes (
  RoomTypeCode  CHAR(3) PRIMARY KEY,
  Description   NVARCHAR(400),
  BaseRate      DECIMAL(8,2) NOT NULL,
  MaxOccupancy  INTEGER NOT NULL DEFAULT 2
);

CREATE TABLE Rooms (
  RoomID        INTEGER PRIMARY KEY,
  HotelID       INTEGER NOT NULL REFERENCES Hotels(HotelID),
  RoomTypeCode  CHAR(3) NOT NULL REFERENCES RoomTypes(RoomTypeCode),
  Floor         INTEGER,
  Smoking       BOOLEAN NOT NULL DEFAULT 0
);

CREATE TABLE Guests (
  GuestID        INTEGER PRIMARY KEY,
  Salutation     NVARCHAR(10),
  GivenName      NVARCHAR(50) NOT NULL,
  Surname        NVARCHAR(50) NOT NULL,
  Email          NVARCHAR(120),
  Phone          VARCHAR(25),
  DateOfBirth    DATE,
  LoyaltyPoints  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE Reservations (
  ReservationID    INTEGER PRIMARY KEY,
  ConfirmationNo   VARCHAR(12) NOT NULL UNIQUE,
  GuestID          INTEGER NOT NULL REFERENCES Guests(GuestID),
  RoomID           INTEGER NOT NULL REFERENCES Rooms(RoomID),
  ArrivalDate      DATE NOT NULL,
  DepartureDate    DATE NOT NULL,
  TotalAmount      DECIMAL(10,2),
  Currency         CHAR(3) NOT NULL DEFAULT 'EUR',
  Status           NVARCHAR(15) NOT NULL, -- Booked, CheckedIn, CheckedOut, Cancelled
  SpecialRequests  NTEXT,
  BookedAt         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CHECK (DepartureDate > ArrivalDate)
);
