-- Food delivery app: restaurants, menus, customers, couriers, orders, reviews.
-- Tables as emitted by the app's ORM (camelCase columns, surrogate "id").
CREATE TABLE restaurants (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  name           VARCHAR(100) NOT NULL,
  cuisine        VARCHAR(40),        -- Italian, Thai, Mexican, Indian, ...
  phoneNumber    VARCHAR(20),
  streetAddress  VARCHAR(150),
  city           VARCHAR(60),
  zipCode        VARCHAR(10),
  lat            DOUBLE,
  lon            DOUBLE,
  avgRating      DECIMAL(2,1),
  priceLevel     INTEGER CHECK (priceLevel BETWEEN 1 AND 4),
  opensAt        TIME,
  closesAt       TIME,
  isOpen         BOOLEAN DEFAULT 1,
  logoUrl        VARCHAR(255),
  createdAt      DATETIME,
  updatedAt      DATETIME
);

CREATE TABLE menuItems (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  restaurantId   INTEGER NOT NULL REFERENCES restaurants(id),
  itemName       VARCHAR(80) NOT NULL,
  description    TEXT,
  price          DECIMAL(6,2) NOT NULL,
  calories       INTEGER,
  isVegetarian   BOOLEAN DEFAULT 0,
  spiceLevel     TINYINT,            -- 0 (mild) to 3 (very hot)
  imageUrl       VARCHAR(255)
);

CREATE TABLE customers (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  firstName      VARCHAR(50),
  lastName       VARCHAR(50),
  email          VARCHAR(255) NOT NULL UNIQUE,
  phone          VARCHAR(20),
  passwordHash   VARCHAR(60),        -- bcrypt
  referralCode   VARCHAR(8) UNIQUE,
  signupIp       VARCHAR(45),
  createdAt      DATETIME DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE couriers (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  fullName       VARCHAR(100) NOT NULL,
  phone          VARCHAR(20) NOT NULL,
  vehicleType    VARCHAR(10) CHECK (vehicleType IN ('bike', 'scooter', 'car', 'foot')),
  licensePlate   VARCHAR(10),
  rating         REAL,
  active         BOOLEAN NOT NULL DEFAULT 1,
  joinedOn       DATE
);

CREATE TABLE orders (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  customerId        INTEGER NOT NULL REFERENCES customers(id),
  restaurantId      INTEGER NOT NULL REFERENCES restaurants(id),
  courierId         INTEGER REFERENCES couriers(id),
  orderRef          VARCHAR(12) NOT NULL UNIQUE,
  placedAt          DATETIME NOT NULL,
  deliveredAt       DATETIME,
  deliveryAddress   VARCHAR(255),
  deliveryNotes     VARCHAR(500),
  subtotalAmt       DECIMAL(8,2),
  deliveryFee       DECIMAL(6,2),
  tipAmt            DECIMAL(6,2),
  promoCode         VARCHAR(20),
  status            VARCHAR(16) NOT NULL DEFAULT 'placed',
  estimatedMinutes  INTEGER
);

CREATE TABLE orderItems (
  orderId              INTEGER NOT NULL REFERENCES orders(id),
  menuItemId           INTEGER NOT NULL REFERENCES menuItems(id),
  qty                  INTEGER NOT NULL DEFAULT 1 CHECK (qty > 0),
  unitPrice            DECIMAL(6,2) NOT NULL,
  specialInstructions  TEXT,
  PRIMARY KEY (orderId, menuItemId)
);

CREATE TABLE reviews (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  orderId     INTEGER NOT NULL REFERENCES orders(id),
  stars       INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
  comment     TEXT,
  createdAt   DATETIME
);
