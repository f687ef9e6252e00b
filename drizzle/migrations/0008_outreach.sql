CREATE TABLE "outreach_messages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outreach_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" text NOT NULL,
	"case_id" bigint NOT NULL,
	"customer_id" integer NOT NULL,
	"send_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"channel" text NOT NULL,
	"purpose" text NOT NULL,
	"template_id" text NOT NULL,
	"language" text NOT NULL,
	"tone" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"checks" jsonb NOT NULL,
	"block_reason" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"enqueues" integer DEFAULT 0 NOT NULL,
	"provider_message_id" text,
	"reached" boolean,
	"requested_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"dead_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provider_deliveries" (
	"message_key" text PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"tenant_id" text NOT NULL,
	"recipient" text NOT NULL,
	"body_hash" text NOT NULL,
	"provider_message_id" text NOT NULL,
	"reached" boolean NOT NULL,
	"delivered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outreach_messages" ADD CONSTRAINT "outreach_messages_case_id_recovery_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."recovery_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_messages_key_idx" ON "outreach_messages" USING btree ("tenant_id","send_key");--> statement-breakpoint
CREATE INDEX "outreach_messages_case_idx" ON "outreach_messages" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "outreach_messages_status_idx" ON "outreach_messages" USING btree ("tenant_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "outreach_messages_queued_idx" ON "outreach_messages" USING btree ("id") WHERE "outreach_messages"."status" = 'QUEUED';