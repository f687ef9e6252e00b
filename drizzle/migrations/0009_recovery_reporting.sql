CREATE TABLE "loan_bucket_transitions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "loan_bucket_transitions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" text NOT NULL,
	"loan_id" bigint NOT NULL,
	"from_bucket" text NOT NULL,
	"to_bucket" text NOT NULL,
	"days_past_due" integer NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "loan_bucket_transitions" ADD CONSTRAINT "loan_bucket_transitions_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "loan_bucket_transitions_tenant_at_idx" ON "loan_bucket_transitions" USING btree ("tenant_id","at");--> statement-breakpoint
CREATE INDEX "loan_bucket_transitions_loan_idx" ON "loan_bucket_transitions" USING btree ("loan_id","at");