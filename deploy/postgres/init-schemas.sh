#!/bin/bash
# Runs once, when the PostgreSQL container initialises an empty data directory: one login role per service, owning
# only its own schema, so that no service can read or change another's tables. Flyway finds the schema and creates
# its tables in it. The passwords come from the environment (deploy/.env), never from this file.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v ordering_password="$ORDER_DB_PASSWORD" \
  -v shipping_password="$SHIPPING_DB_PASSWORD" \
  -v invoicing_password="$INVOICING_DB_PASSWORD" \
  -v bonus_password="$BONUS_DB_PASSWORD" <<'SQL'
-- Nobody but the owner creates objects in the public schema (the default since PostgreSQL 15; said for older ones).
revoke create on schema public from public;

create role ordering login password :'ordering_password';
create schema ordering authorization ordering;

create role shipping login password :'shipping_password';
create schema shipping authorization shipping;

create role invoicing login password :'invoicing_password';
create schema invoicing authorization invoicing;

-- The optional bonus service (compose profile bonus): created anyway, so that it can be added later.
create role bonus login password :'bonus_password';
create schema bonus authorization bonus;
SQL
