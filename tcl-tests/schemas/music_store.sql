-- music_store.sql: a digital music shop in the shape of the well-known
-- sample databases used to teach SQL: CamelCase names, NVARCHAR lengths,
-- a self-referencing employee hierarchy, a join table and a view.
CREATE TABLE MediaType (MediaTypeId INTEGER PRIMARY KEY, Name NVARCHAR(120));
CREATE TABLE Genre (GenreId INTEGER PRIMARY KEY, Name NVARCHAR(120));
CREATE TABLE Artist (ArtistId INTEGER PRIMARY KEY, Name NVARCHAR(120));
CREATE TABLE Album (
  AlbumId INTEGER PRIMARY KEY,
  Title NVARCHAR(160) NOT NULL,
  ArtistId INTEGER NOT NULL REFERENCES Artist (ArtistId)
);
CREATE TABLE Track (
  TrackId INTEGER PRIMARY KEY,
  Name NVARCHAR(200) NOT NULL,
  AlbumId INTEGER REFERENCES Album (AlbumId),
  MediaTypeId INTEGER NOT NULL REFERENCES MediaType (MediaTypeId),
  GenreId INTEGER REFERENCES Genre (GenreId),
  Composer NVARCHAR(220),
  Milliseconds INTEGER NOT NULL,
  Bytes INTEGER,
  UnitPrice NUMERIC(10,2) NOT NULL
);
CREATE TABLE Employee (
  EmployeeId INTEGER PRIMARY KEY,
  LastName NVARCHAR(20) NOT NULL,
  FirstName NVARCHAR(20) NOT NULL,
  Title NVARCHAR(30),
  ReportsTo INTEGER REFERENCES Employee (EmployeeId),
  BirthDate DATETIME,
  HireDate DATETIME,
  Address NVARCHAR(70), City NVARCHAR(40), State NVARCHAR(40), Country NVARCHAR(40),
  PostalCode NVARCHAR(10), Phone NVARCHAR(24), Fax NVARCHAR(24), Email NVARCHAR(60)
);
CREATE TABLE Customer (
  CustomerId INTEGER PRIMARY KEY,
  FirstName NVARCHAR(40) NOT NULL,
  LastName NVARCHAR(20) NOT NULL,
  Company NVARCHAR(80),
  Address NVARCHAR(70), City NVARCHAR(40), State NVARCHAR(40), Country NVARCHAR(40),
  PostalCode NVARCHAR(10), Phone NVARCHAR(24), Fax NVARCHAR(24),
  Email NVARCHAR(60) NOT NULL,
  SupportRepId INTEGER REFERENCES Employee (EmployeeId)
);
CREATE TABLE Invoice (
  InvoiceId INTEGER PRIMARY KEY,
  CustomerId INTEGER NOT NULL REFERENCES Customer (CustomerId),
  InvoiceDate DATETIME NOT NULL,
  BillingAddress NVARCHAR(70), BillingCity NVARCHAR(40), BillingState NVARCHAR(40),
  BillingCountry NVARCHAR(40), BillingPostalCode NVARCHAR(10),
  Total NUMERIC(10,2) NOT NULL
);
CREATE TABLE InvoiceLine (
  InvoiceLineId INTEGER PRIMARY KEY,
  InvoiceId INTEGER NOT NULL REFERENCES Invoice (InvoiceId),
  TrackId INTEGER NOT NULL REFERENCES Track (TrackId),
  UnitPrice NUMERIC(10,2) NOT NULL,
  Quantity INTEGER NOT NULL
);
CREATE TABLE Playlist (PlaylistId INTEGER PRIMARY KEY, Name NVARCHAR(120));
CREATE TABLE PlaylistTrack (
  PlaylistId INTEGER NOT NULL REFERENCES Playlist (PlaylistId),
  TrackId INTEGER NOT NULL REFERENCES Track (TrackId),
  CONSTRAINT PK_PlaylistTrack PRIMARY KEY (PlaylistId, TrackId)
);
CREATE INDEX IFK_TrackAlbumId ON Track (AlbumId);
CREATE VIEW TopCustomers AS
  SELECT c.CustomerId, sum(i.Total) AS Spent FROM Customer c JOIN Invoice i USING (CustomerId) GROUP BY 1;
