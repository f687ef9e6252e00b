CREATE TABLE "customers" (
	"id" integer PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"segment" text NOT NULL,
	"region" text NOT NULL,
	"age" integer,
	"years_in_business" integer,
	"annual_income" double precision NOT NULL,
	"employment" text NOT NULL,
	"credit_score" integer,
	"goals" text DEFAULT '' NOT NULL,
	"consent_marketing" boolean DEFAULT true NOT NULL,
	"consent_bureau" boolean DEFAULT true NOT NULL,
	"spend_profile" jsonb,
	"need_embedding" "bytea",
	"need_model" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "holdings" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "holdings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"customer_id" integer NOT NULL,
	"product_id" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"balance" double precision DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'ACTIVE' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_cooccurrence" (
	"tenant_id" text NOT NULL,
	"product_a" text NOT NULL,
	"product_b" text NOT NULL,
	"customers" integer NOT NULL,
	CONSTRAINT "product_cooccurrence_tenant_id_product_a_product_b_pk" PRIMARY KEY("tenant_id","product_a","product_b")
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"provider" text NOT NULL,
	"description" text NOT NULL,
	"apr_min" real,
	"apr_max" real,
	"interest_rate" real,
	"annual_fee" real DEFAULT 0 NOT NULL,
	"fees" text DEFAULT '' NOT NULL,
	"min_income" real DEFAULT 0 NOT NULL,
	"min_score" integer,
	"min_age" integer,
	"max_age" integer,
	"regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"customer_kind" text DEFAULT 'ANY' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"embedding" "bytea",
	"embedding_model" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommendation_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "recommendation_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" text NOT NULL,
	"customer_id" integer,
	"product_id" text NOT NULL,
	"rank" integer NOT NULL,
	"score" real NOT NULL,
	"confidence" real NOT NULL,
	"model_version" text NOT NULL,
	"served_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "segment_uptake" (
	"tenant_id" text NOT NULL,
	"segment" text NOT NULL,
	"product_id" text NOT NULL,
	"holders" integer NOT NULL,
	"segment_size" integer NOT NULL,
	CONSTRAINT "segment_uptake_tenant_id_segment_product_id_pk" PRIMARY KEY("tenant_id","segment","product_id")
);
--> statement-breakpoint
CREATE TABLE "tenant_products" (
	"tenant_id" text NOT NULL,
	"product_id" text NOT NULL,
	CONSTRAINT "tenant_products_tenant_id_product_id_pk" PRIMARY KEY("tenant_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "tenants" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"theme" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transactions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "transactions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"customer_id" integer NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"amount" double precision NOT NULL,
	"category" text NOT NULL,
	"channel" text NOT NULL,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holdings" ADD CONSTRAINT "holdings_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holdings" ADD CONSTRAINT "holdings_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_products" ADD CONSTRAINT "tenant_products_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_products" ADD CONSTRAINT "tenant_products_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customers_tenant_id_idx" ON "customers" USING btree ("tenant_id","id");--> statement-breakpoint
CREATE INDEX "customers_tenant_segment_idx" ON "customers" USING btree ("tenant_id","segment","id");--> statement-breakpoint
CREATE INDEX "customers_tenant_region_idx" ON "customers" USING btree ("tenant_id","region","id");--> statement-breakpoint
CREATE INDEX "holdings_customer_idx" ON "holdings" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "holdings_product_idx" ON "holdings" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "products_category_idx" ON "products" USING btree ("category");--> statement-breakpoint
CREATE INDEX "recommendation_log_customer_idx" ON "recommendation_log" USING btree ("customer_id","served_at");--> statement-breakpoint
CREATE INDEX "transactions_customer_time_idx" ON "transactions" USING btree ("customer_id","occurred_at");