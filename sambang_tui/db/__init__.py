"""Peewee models, database opening and schema migrations."""
