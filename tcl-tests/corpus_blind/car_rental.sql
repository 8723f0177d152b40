-- Car rental back office (ported from SQL Server, PascalCase kept).

CREATE TABLE Branch (
    BranchID     INTEGER PRIMARY KEY,
    Street       NVARCHAR(120) NOT NULL,
    City         NVARCHAR(60)  NOT NULL,
    StateCode    CHAR(2),
    ZipCode      VARCHAR(10),
    Phone        VARCHAR(20),
    Latitude     DECIMAL(9,6),
    Longitude    DECIMAL(9,6),
    OpensAt      TIME,
    ClosesAt     TIME
);

CREATE TABLE VehicleModel (
    ModelID      INTEGER PRIMARY KEY,
    Make         NVARCHAR(40) NOT NULL,
    Category     VARCHAR(20)  NOT NULL
                 CHECK (Category IN ('Economy', 'Compact', 'Midsize', 'SUV', 'Van', 'Luxury')),
    Seats        TINYINT,
    DailyRate    MONEY NOT NULL,
    Transmission VARCHAR(10)  -- Manual, Automatic
);

CREATE TABLE Vehicle (
    VehicleID    INTEGER PRIMARY KEY,
    ModelID      INTEGER NOT NULL REFERENCES VehicleModel(ModelID),
    HomeBranchID INTEGER REFERENCES Branch(BranchID),
    VIN          CHAR(17) NOT NULL UNIQUE,
    LicensePlate VARCHAR(10) NOT NULL,
    ModelYear    SMALLINT,
    Color        VARCHAR(20),
    Odometer     INT,          -- km
    PurchasedOn  DATE,
    IsAvailable  BIT NOT NULL DEFAULT 1
);

CREATE TABLE Customer (
    CustomerID        INTEGER PRIMARY KEY,
    FirstName         NVARCHAR(50) NOT NULL,
    LastName          NVARCHAR(50) NOT NULL,
    Email             NVARCHAR(100),
    MobilePhone       VARCHAR(20),
    DateOfBirth       DATE NOT NULL,
    DriversLicenseNo  VARCHAR(20) NOT NULL,
    LicenseState      CHAR(2),
    LicenseExpiry     DATE,
    LoyaltyTier       VARCHAR(10) DEFAULT 'Standard',  -- Standard, Silver, Gold, Platinum
    CreatedDate       DATETIME DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE Rental (
    RentalID              INTEGER PRIMARY KEY,
    ConfirmationCode      CHAR(8) NOT NULL UNIQUE,
    CustomerID            INTEGER NOT NULL REFERENCES Customer(CustomerID),
    VehicleID             INTEGER NOT NULL REFERENCES Vehicle(VehicleID),
    PickupBranchID        INTEGER NOT NULL REFERENCES Branch(BranchID),
    ReturnBranchID        INTEGER REFERENCES Branch(BranchID),
    PickupDateTime        DATETIME NOT NULL,
    DueBackDateTime       DATETIME NOT NULL,
    ActualReturnDateTime  DATETIME,
    StartOdometer         INT,
    EndOdometer           INT,
    FuelLevelOut          DECIMAL(3,2),   -- fraction of a full tank, 0 .. 1
    DailyRate             MONEY,
    DepositAmount         MONEY,
    TotalAmount           MONEY,
    Status                VARCHAR(12) NOT NULL DEFAULT 'Reserved'
                          CHECK (Status IN ('Reserved', 'Active', 'Returned', 'Cancelled'))
);

CREATE TABLE DamageReport (
    DamageReportID  INTEGER PRIMARY KEY,
    RentalID        INTEGER NOT NULL REFERENCES Rental(RentalID),
    ReportedOn      DATE NOT NULL,
    Description     NVARCHAR(4000),
    RepairCost      DECIMAL(10,2),
    PhotoUrl        VARCHAR(400)
);
