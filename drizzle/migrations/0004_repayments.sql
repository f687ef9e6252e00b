CREATE TABLE "repayments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "repayments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"application_id" bigint NOT NULL,
	"customer_id" integer,
	"revolving" boolean NOT NULL,
	"amount" double precision NOT NULL,
	"amount_due" double precision NOT NULL,
	"due_date" text NOT NULL,
	"statement_balance" double precision,
	"paid_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"days_late" integer NOT NULL,
	"shortfall" double precision NOT NULL,
	"limit_review" text,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "repayments" ADD CONSTRAINT "repayments_application_id_loan_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."loan_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repayments" ADD CONSTRAINT "repayments_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "repayments_idempotency_idx" ON "repayments" USING btree ("tenant_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "repayments_application_idx" ON "repayments" USING btree ("application_id","due_date");--> statement-breakpoint
CREATE INDEX "repayments_customer_idx" ON "repayments" USING btree ("customer_id","revolving","recorded_at");