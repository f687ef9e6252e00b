CREATE TABLE "case_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" text NOT NULL,
	"case_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"actor" text NOT NULL,
	"summary" text NOT NULL,
	"details" jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disbursements" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "disbursements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"application_id" bigint NOT NULL,
	"loan_id" bigint,
	"amount" double precision NOT NULL,
	"step" text NOT NULL,
	"status" text NOT NULL,
	"payout_reference" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"history" jsonb NOT NULL,
	"requested_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "escalation_rule_versions" (
	"tenant_id" text NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"note" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "escalation_rule_versions_tenant_id_version_pk" PRIMARY KEY("tenant_id","version")
);
--> statement-breakpoint
CREATE TABLE "gateway_payouts" (
	"reference" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"amount" double precision NOT NULL,
	"status" text NOT NULL,
	"paid_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reversed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "loans" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "loans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" text NOT NULL,
	"application_id" bigint NOT NULL,
	"customer_id" integer NOT NULL,
	"product_id" text NOT NULL,
	"kind" text NOT NULL,
	"principal" double precision NOT NULL,
	"apr_percent" real NOT NULL,
	"term_months" integer NOT NULL,
	"monthly_instalment" double precision NOT NULL,
	"dues" jsonb NOT NULL,
	"status" text NOT NULL,
	"days_past_due" integer DEFAULT 0 NOT NULL,
	"bucket" text DEFAULT 'CURRENT' NOT NULL,
	"overdue_amount" double precision DEFAULT 0 NOT NULL,
	"total_paid" double precision DEFAULT 0 NOT NULL,
	"delinquency_as_of" timestamp with time zone,
	"disbursed_at" timestamp with time zone,
	"charged_off_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment_promises" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "payment_promises_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" text NOT NULL,
	"case_id" bigint NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"amount" double precision NOT NULL,
	"due_date" text NOT NULL,
	"status" text NOT NULL,
	"paid_towards" double precision DEFAULT 0 NOT NULL,
	"settled_on" text,
	"channel" text,
	"recorded_by" text NOT NULL,
	"made_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recovery_cases" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "recovery_cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" text NOT NULL,
	"loan_id" bigint NOT NULL,
	"customer_id" integer NOT NULL,
	"status" text NOT NULL,
	"close_reason" text,
	"days_past_due" integer NOT NULL,
	"bucket" text NOT NULL,
	"overdue_amount" double precision NOT NULL,
	"outstanding" double precision NOT NULL,
	"segment" text NOT NULL,
	"ability" text NOT NULL,
	"willingness" text NOT NULL,
	"strategy" text NOT NULL,
	"assessment" jsonb NOT NULL,
	"propensity" double precision NOT NULL,
	"priority" double precision NOT NULL,
	"stage" text NOT NULL,
	"stage_since" timestamp with time zone NOT NULL,
	"assigned_to" text,
	"handed_over" boolean DEFAULT false NOT NULL,
	"vulnerability" boolean DEFAULT false NOT NULL,
	"dispute" boolean DEFAULT false NOT NULL,
	"cease_requested" boolean DEFAULT false NOT NULL,
	"time_zone" text DEFAULT 'Asia/Kolkata' NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "repayment_plans" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "repayment_plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" text NOT NULL,
	"case_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"payments" jsonb NOT NULL,
	"total" double precision NOT NULL,
	"discount" double precision NOT NULL,
	"term_months" integer NOT NULL,
	"reasons" jsonb NOT NULL,
	"counter_offer" jsonb,
	"proposed_by" text NOT NULL,
	"decided_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_recovery_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."recovery_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disbursements" ADD CONSTRAINT "disbursements_application_id_loan_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."loan_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_application_id_loan_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."loan_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_promises" ADD CONSTRAINT "payment_promises_case_id_recovery_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."recovery_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_cases" ADD CONSTRAINT "recovery_cases_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_cases" ADD CONSTRAINT "recovery_cases_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repayment_plans" ADD CONSTRAINT "repayment_plans_case_id_recovery_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."recovery_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_events_tenant_at_idx" ON "case_events" USING btree ("tenant_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "disbursements_key_idx" ON "disbursements" USING btree ("tenant_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "disbursements_application_idx" ON "disbursements" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "disbursements_unfinished_idx" ON "disbursements" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "loans_application_idx" ON "loans" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "loans_customer_idx" ON "loans" USING btree ("tenant_id","customer_id");--> statement-breakpoint
CREATE INDEX "loans_status_idx" ON "loans" USING btree ("tenant_id","status","id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_promises_key_idx" ON "payment_promises" USING btree ("tenant_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "payment_promises_case_idx" ON "payment_promises" USING btree ("case_id","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "recovery_cases_open_loan_idx" ON "recovery_cases" USING btree ("loan_id") WHERE "recovery_cases"."status" = 'OPEN';--> statement-breakpoint
CREATE INDEX "recovery_cases_queue_idx" ON "recovery_cases" USING btree ("tenant_id","status","priority");--> statement-breakpoint
CREATE INDEX "recovery_cases_customer_idx" ON "recovery_cases" USING btree ("tenant_id","customer_id");--> statement-breakpoint
CREATE INDEX "repayment_plans_case_idx" ON "repayment_plans" USING btree ("case_id","created_at");