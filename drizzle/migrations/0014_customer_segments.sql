CREATE TABLE "customer_segments" (
	"model_version" text NOT NULL,
	"customer_id" integer NOT NULL,
	"cluster" integer NOT NULL,
	"distance" real NOT NULL,
	CONSTRAINT "customer_segments_model_version_customer_id_pk" PRIMARY KEY("model_version","customer_id")
);
--> statement-breakpoint
CREATE TABLE "segment_models" (
	"version" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"status" text NOT NULL,
	"k" integer NOT NULL,
	"model" jsonb NOT NULL,
	"inertia" double precision NOT NULL,
	"silhouette" double precision NOT NULL,
	"training_rows" integer NOT NULL,
	"fit_ms" integer NOT NULL,
	"trained_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customer_segments" ADD CONSTRAINT "customer_segments_model_version_segment_models_version_fk" FOREIGN KEY ("model_version") REFERENCES "public"."segment_models"("version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_segments" ADD CONSTRAINT "customer_segments_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_segments_cluster_idx" ON "customer_segments" USING btree ("model_version","cluster","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "segment_models_one_active_idx" ON "segment_models" USING btree ("tenant_id") WHERE "segment_models"."status" = 'ACTIVE';