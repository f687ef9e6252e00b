CREATE TABLE "customer_consents" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "customer_consents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" text NOT NULL,
	"customer_id" integer NOT NULL,
	"purpose" text NOT NULL,
	"granted" boolean NOT NULL,
	"recorded_by" text NOT NULL,
	"source" text NOT NULL,
	"event_id" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "consent_recommendation" boolean DEFAULT true NOT NULL;--> statement-breakpoint
CREATE INDEX "customer_consents_customer_idx" ON "customer_consents" USING btree ("tenant_id","customer_id","purpose","recorded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_consents_event_idx" ON "customer_consents" USING btree ("tenant_id","event_id");