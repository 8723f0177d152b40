-- Neighbourhood video rental shop.
CREATE TABLE languages (
  language_id  INTEGER PRIMARY KEY,
  name         CHAR(20) NOT NULL,
  last_update  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE categories (
  category_id  INTEGER PRIMARY KEY,
  name         VARCHAR(25) NOT NULL,
  last_update  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE films (
  film_id       INTEGER PRIMARY KEY,
  category_id   INTEGER REFERENCES categories(category_id),
  language_id   INTEGER NOT NULL REFERENCES languages(language_id),
  title         VARCHAR(255) NOT NULL,
  description   TEXT,
  release_year  INTEGER,
  rental_rate   DECIMAL(4,2) NOT NULL DEFAULT 2.99,
  mpaa_rating   VARCHAR(5) DEFAULT 'G' CHECK (mpaa_rating IN ('G', 'PG', 'PG-13', 'R', 'NC-17')),
  last_update   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE actors (
  actor_id     INTEGER PRIMARY KEY,
  first_name   VARCHAR(45) NOT NULL,
  last_name    VARCHAR(45) NOT NULL,
  last_update  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE film_actors (
  actor_id  INTEGER NOT NULL REFERENCES actors(actor_id),
  film_id   INTEGER NOT NULL REFERENCES films(film_id),
  PRIMARY KEY (actor_id, film_id)
);

CREATE TABLE stores (
  store_id  INTEGER PRIMARY KEY,
  address   VARCHAR(160) NOT NULL,
  phone     VARCHAR(20)
);

CREATE TABLE customers (
  customer_id  INTEGER PRIMARY KEY,
  store_id     INTEGER NOT NULL REFERENCES stores(store_id),
  first_name   VARCHAR(45) NOT NULL,
  last_name    VARCHAR(45) NOT NULL,
  email        VARCHAR(50),
  active       BOOLEAN NOT NULL DEFAULT 1,
  create_date  DATETIME NOT NULL,
  last_update  TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE rentals (
  rental_id    INTEGER PRIMARY KEY,
  film_id      INTEGER NOT NULL REFERENCES films(film_id),
  customer_id  INTEGER NOT NULL REFERENCES customers(customer_id),
  rental_date  DATETIME NOT NULL,
  due_date     DATE NOT NULL,
  amount       DECIMAL(5,2) NOT NULL,
  paid         BOOLEAN NOT NULL DEFAULT 0
);
