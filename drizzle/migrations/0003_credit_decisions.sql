CREATE TABLE "application_links" (
	"tenant_id" text NOT NULL,
	"kind" text NOT NULL,
	"hash" text NOT NULL,
	"application_id" bigint NOT NULL,
	"applicant_key" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "application_links_tenant_id_hash_application_id_pk" PRIMARY KEY("tenant_id","hash","application_id")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" text NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"details" jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bureau_records" (
	"subject_ref" text PRIMARY KEY NOT NULL,
	"report" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_decisions" (
	"application_id" bigint PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"outcome" text NOT NULL,
	"probability_of_default" double precision NOT NULL,
	"score" integer NOT NULL,
	"grade" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"contributions" jsonb NOT NULL,
	"counterfactuals" jsonb NOT NULL,
	"counter_offer" jsonb,
	"repayment_schedule" jsonb NOT NULL,
	"approved_amount" double precision,
	"credit_limit" double precision,
	"monthly_instalment" double precision,
	"apr_percent" real,
	"fraud_flags" text[] NOT NULL,
	"fraud" jsonb NOT NULL,
	"bureau_used" boolean NOT NULL,
	"bureau" jsonb NOT NULL,
	"features" jsonb NOT NULL,
	"inputs" jsonb NOT NULL,
	"model_version" text NOT NULL,
	"policy_version" integer NOT NULL,
	"latency_ms" real NOT NULL,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_limit_changes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "credit_limit_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" text NOT NULL,
	"customer_id" integer NOT NULL,
	"previous_limit" double precision,
	"new_limit" double precision NOT NULL,
	"rule" text NOT NULL,
	"reason" text NOT NULL,
	"event_ref" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_limits" (
	"customer_id" integer PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"credit_limit" double precision NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_outcomes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "credit_outcomes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" text NOT NULL,
	"customer_id" integer,
	"product_category" text NOT NULL,
	"amount" double precision NOT NULL,
	"term_months" integer NOT NULL,
	"granted_at" timestamp with time zone NOT NULL,
	"features" jsonb NOT NULL,
	"defaulted" boolean NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_policies" (
	"tenant_id" text NOT NULL,
	"version" integer NOT NULL,
	"policy" jsonb NOT NULL,
	"changed_by" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credit_policies_tenant_id_version_pk" PRIMARY KEY("tenant_id","version")
);
--> statement-breakpoint
CREATE TABLE "loan_applications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "loan_applications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"customer_id" integer,
	"applicant" jsonb,
	"product_id" text NOT NULL,
	"amount" double precision NOT NULL,
	"term_months" integer NOT NULL,
	"purpose" text NOT NULL,
	"consent" jsonb NOT NULL,
	"status" text NOT NULL,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_models" (
	"version" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"model" jsonb NOT NULL,
	"metrics" jsonb NOT NULL,
	"report" text DEFAULT '' NOT NULL,
	"training_rows" integer NOT NULL,
	"trained_at" timestamp with time zone NOT NULL,
	"activated_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "transactions" ADD COLUMN "balance_after" double precision;--> statement-breakpoint
ALTER TABLE "application_links" ADD CONSTRAINT "application_links_application_id_loan_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."loan_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_decisions" ADD CONSTRAINT "credit_decisions_application_id_loan_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."loan_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_limit_changes" ADD CONSTRAINT "credit_limit_changes_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_limits" ADD CONSTRAINT "credit_limits_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_outcomes" ADD CONSTRAINT "credit_outcomes_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_policies" ADD CONSTRAINT "credit_policies_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_applications" ADD CONSTRAINT "loan_applications_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_applications" ADD CONSTRAINT "loan_applications_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_applications" ADD CONSTRAINT "loan_applications_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_links_application_idx" ON "application_links" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("tenant_id","entity_type","entity_id","at");--> statement-breakpoint
CREATE INDEX "credit_decisions_decided_idx" ON "credit_decisions" USING btree ("tenant_id","decided_at");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_limit_changes_event_idx" ON "credit_limit_changes" USING btree ("customer_id","event_ref");--> statement-breakpoint
CREATE INDEX "credit_outcomes_granted_idx" ON "credit_outcomes" USING btree ("granted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "loan_applications_idempotency_idx" ON "loan_applications" USING btree ("tenant_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "loan_applications_customer_idx" ON "loan_applications" USING btree ("tenant_id","customer_id","submitted_at");--> statement-breakpoint
CREATE INDEX "loan_applications_submitted_idx" ON "loan_applications" USING btree ("tenant_id","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_models_one_active_idx" ON "risk_models" USING btree ("kind") WHERE "risk_models"."status" = 'ACTIVE';