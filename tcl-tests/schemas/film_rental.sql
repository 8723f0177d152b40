-- film_rental.sql: a DVD rental chain in the shape of the classic sample
-- database: a store's manager is staff who works at a store (a cycle of
-- NOT NULL keys), two keys to one parent, join tables, a composite UNIQUE,
-- CHECKed ratings, BLOBs, views and triggers.
CREATE TABLE country (country_id INTEGER PRIMARY KEY, country VARCHAR(50) NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE city (city_id INTEGER PRIMARY KEY, city VARCHAR(50) NOT NULL,
  country_id SMALLINT NOT NULL REFERENCES country (country_id) ON DELETE NO ACTION ON UPDATE CASCADE,
  last_update TIMESTAMP NOT NULL);
CREATE TABLE address (address_id INTEGER PRIMARY KEY, address VARCHAR(50) NOT NULL, address2 VARCHAR(50),
  district VARCHAR(20) NOT NULL, city_id INT NOT NULL REFERENCES city (city_id),
  postal_code VARCHAR(10), phone VARCHAR(20) NOT NULL, last_update TIMESTAMP NOT NULL);
CREATE TABLE language (language_id INTEGER PRIMARY KEY, name CHAR(20) NOT NULL, last_update TIMESTAMP NOT NULL);
CREATE TABLE category (category_id INTEGER PRIMARY KEY, name VARCHAR(25) NOT NULL, last_update TIMESTAMP NOT NULL);
CREATE TABLE actor (actor_id INTEGER PRIMARY KEY, first_name VARCHAR(45) NOT NULL, last_name VARCHAR(45) NOT NULL,
  last_update TIMESTAMP NOT NULL);
CREATE TABLE film (
  film_id INTEGER PRIMARY KEY,
  title VARCHAR(255) NOT NULL,
  description BLOB SUB_TYPE TEXT DEFAULT NULL,
  release_year VARCHAR(4) DEFAULT NULL,
  language_id SMALLINT NOT NULL REFERENCES language (language_id),
  original_language_id SMALLINT DEFAULT NULL REFERENCES language (language_id),
  rental_duration SMALLINT DEFAULT 3 NOT NULL,
  rental_rate DECIMAL(4,2) DEFAULT 4.99 NOT NULL,
  length SMALLINT DEFAULT NULL,
  replacement_cost DECIMAL(5,2) DEFAULT 19.99 NOT NULL,
  rating VARCHAR(10) DEFAULT 'G',
  special_features VARCHAR(100) DEFAULT NULL,
  last_update TIMESTAMP NOT NULL,
  CONSTRAINT CHECK_special_features CHECK (special_features IS NULL OR special_features LIKE '%Trailers%'
    OR special_features LIKE '%Commentaries%' OR special_features LIKE '%Deleted Scenes%'
    OR special_features LIKE '%Behind the Scenes%'),
  CONSTRAINT CHECK_special_rating CHECK (rating IN ('G','PG','PG-13','R','NC-17'))
);
CREATE TABLE film_actor (actor_id INT NOT NULL REFERENCES actor (actor_id),
  film_id INT NOT NULL REFERENCES film (film_id), last_update TIMESTAMP NOT NULL,
  PRIMARY KEY (actor_id, film_id));
CREATE TABLE film_category (film_id INT NOT NULL REFERENCES film (film_id),
  category_id SMALLINT NOT NULL REFERENCES category (category_id), last_update TIMESTAMP NOT NULL,
  PRIMARY KEY (film_id, category_id));
CREATE TABLE film_text (film_id SMALLINT NOT NULL PRIMARY KEY, title VARCHAR(255) NOT NULL, description BLOB SUB_TYPE TEXT);
CREATE TABLE staff (
  staff_id INTEGER PRIMARY KEY,
  first_name VARCHAR(45) NOT NULL, last_name VARCHAR(45) NOT NULL,
  address_id INT NOT NULL REFERENCES address (address_id),
  picture BLOB DEFAULT NULL,
  email VARCHAR(50) DEFAULT NULL,
  store_id INT NOT NULL REFERENCES store (store_id),
  active SMALLINT DEFAULT 1 NOT NULL,
  username VARCHAR(16) NOT NULL,
  password VARCHAR(40) DEFAULT NULL,
  last_update TIMESTAMP NOT NULL
);
CREATE TABLE store (
  store_id INTEGER PRIMARY KEY,
  manager_staff_id SMALLINT NOT NULL REFERENCES staff (staff_id),
  address_id INT NOT NULL REFERENCES address (address_id),
  last_update TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX idx_unique_manager ON store (manager_staff_id);
CREATE TABLE customer (
  customer_id INTEGER PRIMARY KEY,
  store_id INT NOT NULL REFERENCES store (store_id),
  first_name VARCHAR(45) NOT NULL, last_name VARCHAR(45) NOT NULL,
  email VARCHAR(50) DEFAULT NULL,
  address_id INT NOT NULL REFERENCES address (address_id),
  active CHAR(1) DEFAULT 'Y' NOT NULL,
  create_date TIMESTAMP NOT NULL,
  last_update TIMESTAMP NOT NULL
);
CREATE TABLE inventory (inventory_id INTEGER PRIMARY KEY, film_id INT NOT NULL REFERENCES film (film_id),
  store_id INT NOT NULL REFERENCES store (store_id), last_update TIMESTAMP NOT NULL);
CREATE TABLE rental (
  rental_id INTEGER PRIMARY KEY,
  rental_date TIMESTAMP NOT NULL,
  inventory_id INT NOT NULL REFERENCES inventory (inventory_id),
  customer_id INT NOT NULL REFERENCES customer (customer_id),
  return_date TIMESTAMP DEFAULT NULL,
  staff_id SMALLINT NOT NULL REFERENCES staff (staff_id),
  last_update TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX idx_rental ON rental (rental_date, inventory_id, customer_id);
CREATE TABLE payment (
  payment_id INTEGER PRIMARY KEY,
  customer_id INT NOT NULL REFERENCES customer (customer_id),
  staff_id SMALLINT NOT NULL REFERENCES staff (staff_id),
  rental_id INT DEFAULT NULL REFERENCES rental (rental_id) ON DELETE SET NULL,
  amount DECIMAL(5,2) NOT NULL,
  payment_date TIMESTAMP NOT NULL,
  last_update TIMESTAMP NOT NULL
);
CREATE TRIGGER ins_film AFTER INSERT ON film BEGIN
  INSERT INTO film_text (film_id, title, description) VALUES (new.film_id, new.title, new.description);
END;
CREATE TRIGGER upd_film AFTER UPDATE ON film BEGIN
  UPDATE film_text SET title = new.title, description = new.description WHERE film_id = old.film_id;
END;
CREATE VIEW customer_list AS
  SELECT cu.customer_id AS ID, cu.first_name || ' ' || cu.last_name AS name, a.address, a.postal_code AS "zip code",
         a.phone, city.city, country.country, cu.store_id AS SID
  FROM customer cu JOIN address a ON cu.address_id = a.address_id JOIN city ON a.city_id = city.city_id
  JOIN country ON city.country_id = country.country_id;
