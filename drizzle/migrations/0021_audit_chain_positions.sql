-- Rows chained before the sealer existed were chained in id order: that order becomes their chain
-- position. The append-only trigger refuses any update of a hashed row, so it is off for this one
-- statement (inside the migration's transaction: no other writer sees it off).
ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete;--> statement-breakpoint
UPDATE audit_events AS a SET chain_seq = p.seq
  FROM (SELECT id, row_number() OVER (PARTITION BY tenant_id ORDER BY id) AS seq FROM audit_events WHERE hash IS NOT NULL) AS p
  WHERE a.id = p.id;--> statement-breakpoint
ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete;--> statement-breakpoint
-- A row may be updated once, by the sealer: prev_hash, hash and chain_seq set on a row that has no
-- hash yet, every other column as it was. (0018's function allowed the same update; it is
-- restated here so that the sealing rule reads in one place.)
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND OLD.hash IS NULL AND OLD.chain_seq IS NULL
     AND NEW.hash IS NOT NULL AND NEW.chain_seq IS NOT NULL
     AND NEW.id = OLD.id AND NEW.tenant_id = OLD.tenant_id AND NEW.actor = OLD.actor
     AND NEW.action = OLD.action AND NEW.entity_type = OLD.entity_type AND NEW.entity_id = OLD.entity_id
     AND NEW.details = OLD.details AND NEW.at = OLD.at THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
