#!/usr/bin/python3
"""sqlalchemy_crm.py: the CRM example as SQLAlchemy models, filled by syda.

The models carry their meaning the way SQLAlchemy users write it: a
docstring on each class and comment= on each column.  SQLite's DDL keeps
neither, so this script turns them into a syda spec (docstrings become table
prompts, comments become column descriptions, with the same sample sizes and
custom value lists as the CRM example) and calls syda_fill once.

    /usr/bin/python3 examples/python/sqlalchemy_crm.py [path/to/syda] [out.db]

It needs a Python whose sqlite3 module can load extensions (Debian's
/usr/bin/python3 can; a pyenv or python.org build often cannot: then
enable_load_extension is missing and this script says so).
"""
import json
import os
import sqlite3
import sys

from sqlalchemy import Boolean, Column, Date, Float, ForeignKey, Integer, String, Text, create_engine
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Customer(Base):
    """Customer organizations of a B2B SaaS company."""
    __tablename__ = "customers"
    id = Column(Integer, primary_key=True)
    name = Column(String(100), nullable=False, unique=True, comment="Company name of the customer organization")
    industry = Column(String(50), comment="Industry the customer works in")
    website = Column(String(100), comment="Company website URL")
    status = Column(String(20), comment="Customer status: Active, Inactive, Prospect")
    created_at = Column(Date, comment="Date the customer was added to the CRM")


class Contact(Base):
    """People who work at a customer organization."""
    __tablename__ = "contacts"
    id = Column(Integer, primary_key=True)
    customer_id = Column(Integer, ForeignKey("customers.id"), nullable=False, comment="Organization of the contact")
    first_name = Column(String(50), nullable=False, comment="Given name of the contact")
    last_name = Column(String(50), nullable=False, comment="Family name of the contact")
    email = Column(String(100), nullable=False, unique=True, comment="Business e-mail address")
    phone = Column(String(20), comment="Direct phone number")
    position = Column(String(100), comment="Job title")
    is_primary = Column(Boolean, default=False, comment="Whether this is the main contact of the customer")


class Product(Base):
    """Products of a cloud software company."""
    __tablename__ = "products"
    id = Column(Integer, primary_key=True)
    name = Column(String(100), nullable=False, unique=True, comment="Product name")
    category = Column(String(50), comment="Product category")
    price = Column(Float, nullable=False, comment="List price in USD")
    description = Column(Text, comment="What the product does")


class Order(Base):
    """Orders placed by customers, with realistic dates and statuses."""
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    customer_id = Column(Integer, ForeignKey("customers.id"), nullable=False, comment="Customer that placed the order")
    order_date = Column(Date, nullable=False, comment="Day the order was placed")
    status = Column(String(20), comment="Order status: New, Processing, Shipped, Delivered, Cancelled")
    total_amount = Column(Float, comment="Order total in USD")


class OrderItem(Base):
    """Lines of an order: a product, a quantity and the price paid."""
    __tablename__ = "order_items"
    id = Column(Integer, primary_key=True)
    order_id = Column(Integer, ForeignKey("orders.id"), nullable=False, comment="Order the line belongs to")
    product_id = Column(Integer, ForeignKey("products.id"), nullable=False, comment="Product ordered")
    quantity = Column(Integer, nullable=False, comment="Units ordered")
    unit_price = Column(Float, nullable=False, comment="Price per unit when ordered, in USD")


SAMPLE_SIZES = {"customers": 10, "contacts": 25, "products": 15, "orders": 30, "order_items": 60}
CUSTOM = {
    "customers": {"status": {"values": ["Active", "Inactive", "Prospect"]}},
    "products": {
        "category": {"values": ["Cloud Infrastructure", "Business Intelligence", "Security Services",
                                "Data Analytics", "Custom Development", "Support Package", "API Services"]},
        "price": {"min": 50, "max": 5000, "round": 2, "dist": "uniform"},
    },
    "order_items": {"quantity": {"min": 1, "max": 10, "dist": "uniform"}},
}


def spec_from_models(models, seed=42):
    """A syda spec from the models: docstrings and comments included."""
    tables = {}
    for model in models:
        table = model.__table__
        columns = {}
        for col in table.columns:
            rule = dict(CUSTOM.get(table.name, {}).get(col.name, {}))
            if col.comment and not col.foreign_keys and not col.primary_key:
                rule["description"] = col.comment
            if rule:
                columns[col.name] = rule
        entry = {"rows": SAMPLE_SIZES[table.name], "columns": columns}
        if model.__doc__:
            entry["prompt"] = model.__doc__.strip()
        tables[table.name] = entry
    return {"seed": seed, "tables": tables}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ext = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "syda")
    path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "..", "build", "sqlalchemy_crm.db")
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    if os.path.exists(path):
        os.remove(path)
    engine = create_engine("sqlite:///" + path)
    Base.metadata.create_all(engine)
    engine.dispose()

    models = [Customer, Contact, Product, Order, OrderItem]
    spec = spec_from_models(models)
    con = sqlite3.connect(path)
    if not hasattr(con, "enable_load_extension"):
        sys.exit("sqlalchemy_crm.py: this Python's sqlite3 cannot load extensions; run it with /usr/bin/python3")
    con.enable_load_extension(True)
    con.load_extension(ext)
    con.execute("PRAGMA foreign_keys = ON")
    report = json.loads(con.execute("SELECT syda_fill(?)", (json.dumps(spec),)).fetchone()[0])
    con.commit()
    for name, info in report["tables"].items():
        print(f"{name}: {info['rows']} rows")
    bad = con.execute("SELECT count(*) FROM pragma_foreign_key_check").fetchone()[0]
    print(f"foreign key errors: {bad}")
    for row in con.execute("SELECT c.name, count(o.id) FROM customers c LEFT JOIN orders o ON o.customer_id = c.id "
                           "GROUP BY c.id ORDER BY 2 DESC LIMIT 3"):
        print(f"  {row[0]}: {row[1]} orders")
    con.close()
    return 0 if bad == 0 and report["rows"] == sum(SAMPLE_SIZES.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
