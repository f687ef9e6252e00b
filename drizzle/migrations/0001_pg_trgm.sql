-- Trigram matching, for case-insensitive name search ("contains") over millions of customers.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
