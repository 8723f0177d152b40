-- Real estate listings: agencies, agents, properties, listings, viewings, offers.
CREATE TABLE Agencies (
    AgencyId       INTEGER PRIMARY KEY,
    AgencyName     NVARCHAR(120) NOT NULL,
    LicenseNo      VARCHAR(20),
    OfficePhone    VARCHAR(25),
    WebsiteUrl     VARCHAR(255),
    StreetAddress  NVARCHAR(150),
    City           NVARCHAR(80),
    State          CHAR(2),
    Zip            VARCHAR(10)
);

CREATE TABLE Agents (
    AgentId         INTEGER PRIMARY KEY,
    AgencyId        INTEGER NOT NULL REFERENCES Agencies(AgencyId),
    FirstName       NVARCHAR(50) NOT NULL,
    LastName        NVARCHAR(50) NOT NULL,
    Email           NVARCHAR(254) NOT NULL UNIQUE,
    CellPhone       VARCHAR(25),
    PhotoUrl        VARCHAR(255),
    CommissionRate  DECIMAL(4,2),   -- percent of sale price
    StartedOn       DATE
);

CREATE TABLE Properties (
    PropertyId      INTEGER PRIMARY KEY,
    ParcelNumber    VARCHAR(20),    -- county APN
    AddressLine1    NVARCHAR(150) NOT NULL,
    AddressLine2    NVARCHAR(50),
    City            NVARCHAR(80) NOT NULL,
    StateCode       CHAR(2) NOT NULL,
    PostalCode      VARCHAR(10) NOT NULL,
    Latitude        DECIMAL(9,6),
    Longitude       DECIMAL(9,6),
    PropertyType    VARCHAR(20) NOT NULL
                    CHECK (PropertyType IN ('House', 'Condo', 'Townhouse', 'Land', 'Multi-Family')),
    Bedrooms        INTEGER,
    Bathrooms       DECIMAL(3,1),
    LivingAreaSqft  INTEGER,
    LotSizeAcres    DECIMAL(8,3),
    YearBuilt       INTEGER,
    HasPool         BOOLEAN DEFAULT 0,
    HoaFee          DECIMAL(8,2)    -- monthly
);

CREATE TABLE Listings (
    ListingId       INTEGER PRIMARY KEY,
    PropertyId      INTEGER NOT NULL REFERENCES Properties(PropertyId),
    AgentId         INTEGER NOT NULL REFERENCES Agents(AgentId),
    MlsNumber       VARCHAR(12) NOT NULL UNIQUE,
    ListPrice       DECIMAL(12,2) NOT NULL,
    ListedOn        DATE NOT NULL,
    ExpiresOn       DATE,
    Headline        NVARCHAR(140),
    Remarks         NTEXT,
    ListingStatus   VARCHAR(15) NOT NULL,
    DaysOnMarket    INTEGER,
    VirtualTourUrl  VARCHAR(255)
);

CREATE TABLE Viewings (
    ViewingId      INTEGER PRIMARY KEY,
    ListingId      INTEGER NOT NULL REFERENCES Listings(ListingId),
    VisitorName    NVARCHAR(100),
    VisitorEmail   NVARCHAR(254),
    VisitorPhone   VARCHAR(25),
    ScheduledAt    DATETIME NOT NULL,
    Feedback       NTEXT
);

CREATE TABLE Offers (
    OfferId        INTEGER PRIMARY KEY,
    ListingId      INTEGER NOT NULL REFERENCES Listings(ListingId),
    BuyerName      NVARCHAR(100) NOT NULL,
    OfferAmount    DECIMAL(12,2) NOT NULL,
    EarnestMoney   DECIMAL(10,2),
    FinancingType  VARCHAR(12),     -- Cash, Conventional, FHA, VA
    SubmittedAt    DATETIME DEFAULT CURRENT_TIMESTAMP,
    Accepted       BIT
);
