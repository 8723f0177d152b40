-- Digital music shop: catalogue, customers and their invoices.
CREATE TABLE artists (
  artistId    INTEGER PRIMARY KEY,
  name        VARCHAR(120) NOT NULL,
  country     VARCHAR(60),
  formedYear  INTEGER
);

CREATE TABLE genres (
  genreId  INTEGER PRIMARY KEY,
  name     VARCHAR(60) NOT NULL UNIQUE
);

CREATE TABLE mediaTypes (
  mediaTypeId    INTEGER PRIMARY KEY,
  mimeType       VARCHAR(60) NOT NULL,
  fileExtension  VARCHAR(10) NOT NULL
);

CREATE TABLE albums (
  albumId      INTEGER PRIMARY KEY,
  artistId     INTEGER NOT NULL REFERENCES artists(artistId),
  title        VARCHAR(160) NOT NULL,
  releaseYear  INTEGER,
  recordLabel  VARCHAR(100),
  coverArt     BLOB
);

CREATE TABLE tracks (
  trackId        INTEGER PRIMARY KEY,
  albumId        INTEGER REFERENCES albums(albumId),
  genreId        INTEGER REFERENCES genres(genreId),
  mediaTypeId    INTEGER NOT NULL REFERENCES mediaTypes(mediaTypeId),
  title          VARCHAR(200) NOT NULL,
  trackNumber    INTEGER,
  durationMs     INTEGER NOT NULL,
  fileSizeBytes  INTEGER,
  unitPrice      DECIMAL(5,2) NOT NULL DEFAULT 0.99,
  isExplicit     BOOLEAN NOT NULL DEFAULT 0
);

CREATE TABLE customers (
  customerId  INTEGER PRIMARY KEY,
  firstName   VARCHAR(40) NOT NULL,
  lastName    VARCHAR(40) NOT NULL,
  company     VARCHAR(80),
  address     VARCHAR(70),
  city        VARCHAR(40),
  state       VARCHAR(40),
  country     VARCHAR(40),
  postalCode  VARCHAR(10),
  phone       VARCHAR(24),
  fax         VARCHAR(24),
  email       VARCHAR(60) NOT NULL
);

CREATE TABLE invoices (
  invoiceId          INTEGER PRIMARY KEY,
  customerId         INTEGER NOT NULL REFERENCES customers(customerId),
  invoiceDate        DATETIME NOT NULL,
  billingAddress     VARCHAR(70),
  billingCity        VARCHAR(40),
  billingCountry     VARCHAR(40),
  billingPostalCode  VARCHAR(10),
  total              DECIMAL(10,2) NOT NULL
);

CREATE TABLE invoiceLines (
  invoiceLineId  INTEGER PRIMARY KEY,
  invoiceId      INTEGER NOT NULL REFERENCES invoices(invoiceId),
  trackId        INTEGER NOT NULL REFERENCES tracks(trackId),
  unitPrice      DECIMAL(5,2) NOT NULL,
  quantity       INTEGER NOT NULL DEFAULT 1
);
