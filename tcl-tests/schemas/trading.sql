-- trading.sql: a small import-export company in the shape of the classic
-- sample database: a table named "Order Details" with a composite key,
-- fixed-width text keys, an employee hierarchy, BLOB pictures, a join table.
CREATE TABLE Categories (CategoryID INTEGER PRIMARY KEY, CategoryName TEXT NOT NULL, Description TEXT, Picture BLOB);
CREATE TABLE Region (RegionID INTEGER NOT NULL PRIMARY KEY, RegionDescription TEXT NOT NULL);
CREATE TABLE Territories (TerritoryID TEXT NOT NULL PRIMARY KEY, TerritoryDescription TEXT NOT NULL,
  RegionID INTEGER NOT NULL REFERENCES Region (RegionID));
CREATE TABLE Suppliers (SupplierID INTEGER PRIMARY KEY, CompanyName TEXT NOT NULL, ContactName TEXT, ContactTitle TEXT,
  Address TEXT, City TEXT, Region TEXT, PostalCode TEXT, Country TEXT, Phone TEXT, Fax TEXT, HomePage TEXT);
CREATE TABLE Shippers (ShipperID INTEGER PRIMARY KEY, CompanyName TEXT NOT NULL, Phone TEXT);
CREATE TABLE Customers (CustomerID NCHAR(5) NOT NULL PRIMARY KEY, CompanyName TEXT NOT NULL, ContactName TEXT,
  ContactTitle TEXT, Address TEXT, City TEXT, Region TEXT, PostalCode TEXT, Country TEXT, Phone TEXT, Fax TEXT);
CREATE TABLE Employees (
  EmployeeID INTEGER PRIMARY KEY, LastName TEXT NOT NULL, FirstName TEXT NOT NULL, Title TEXT,
  TitleOfCourtesy TEXT, BirthDate DATE, HireDate DATE, Address TEXT, City TEXT, Region TEXT, PostalCode TEXT,
  Country TEXT, HomePhone TEXT, Extension TEXT, Photo BLOB, Notes TEXT,
  ReportsTo INTEGER REFERENCES Employees (EmployeeID), PhotoPath TEXT
);
CREATE TABLE EmployeeTerritories (
  EmployeeID INTEGER NOT NULL REFERENCES Employees (EmployeeID),
  TerritoryID TEXT NOT NULL REFERENCES Territories (TerritoryID),
  PRIMARY KEY (EmployeeID, TerritoryID)
);
CREATE TABLE Products (
  ProductID INTEGER PRIMARY KEY, ProductName TEXT NOT NULL,
  SupplierID INTEGER REFERENCES Suppliers (SupplierID), CategoryID INTEGER REFERENCES Categories (CategoryID),
  QuantityPerUnit TEXT, UnitPrice NUMERIC DEFAULT 0 CHECK (UnitPrice >= 0),
  UnitsInStock INTEGER DEFAULT 0 CHECK (UnitsInStock >= 0), UnitsOnOrder INTEGER DEFAULT 0 CHECK (UnitsOnOrder >= 0),
  ReorderLevel INTEGER DEFAULT 0 CHECK (ReorderLevel >= 0), Discontinued TEXT NOT NULL DEFAULT '0'
);
CREATE TABLE Orders (
  OrderID INTEGER PRIMARY KEY, CustomerID NCHAR(5) REFERENCES Customers (CustomerID),
  EmployeeID INTEGER REFERENCES Employees (EmployeeID), OrderDate DATETIME, RequiredDate DATETIME,
  ShippedDate DATETIME, ShipVia INTEGER REFERENCES Shippers (ShipperID), Freight NUMERIC DEFAULT 0,
  ShipName TEXT, ShipAddress TEXT, ShipCity TEXT, ShipRegion TEXT, ShipPostalCode TEXT, ShipCountry TEXT
);
CREATE TABLE "Order Details" (
  OrderID INTEGER NOT NULL REFERENCES Orders (OrderID),
  ProductID INTEGER NOT NULL REFERENCES Products (ProductID),
  UnitPrice NUMERIC NOT NULL DEFAULT 0 CHECK (UnitPrice >= 0),
  Quantity INTEGER NOT NULL DEFAULT 1 CHECK (Quantity > 0),
  Discount REAL NOT NULL DEFAULT 0 CHECK (Discount >= 0 AND Discount <= 1),
  PRIMARY KEY (OrderID, ProductID)
);
CREATE VIEW "Order Subtotals" AS
  SELECT OrderID, sum(UnitPrice * Quantity * (1 - Discount)) AS Subtotal FROM "Order Details" GROUP BY OrderID;
