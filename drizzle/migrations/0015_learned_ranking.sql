CREATE TABLE "ranking_models" (
	"version" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"model" jsonb NOT NULL,
	"metrics" jsonb NOT NULL,
	"report" text DEFAULT '' NOT NULL,
	"training_rows" integer NOT NULL,
	"trained_at" timestamp with time zone NOT NULL,
	"activated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "recommendation_experiments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "recommendation_experiments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"hypothesis" text NOT NULL,
	"arms" jsonb NOT NULL,
	"status" text NOT NULL,
	"started_by" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"stopped_by" text,
	"stopped_at" timestamp with time zone,
	"stop_note" text
);
--> statement-breakpoint
ALTER TABLE "recommendation_log" ADD COLUMN "experiment_id" bigint;--> statement-breakpoint
ALTER TABLE "recommendation_log" ADD COLUMN "arm" text;--> statement-breakpoint
CREATE UNIQUE INDEX "ranking_models_one_active_idx" ON "ranking_models" USING btree ("status") WHERE "ranking_models"."status" = 'ACTIVE';--> statement-breakpoint
CREATE UNIQUE INDEX "recommendation_experiments_one_running_idx" ON "recommendation_experiments" USING btree ("tenant_id") WHERE "recommendation_experiments"."status" = 'RUNNING';--> statement-breakpoint
CREATE INDEX "recommendation_log_experiment_idx" ON "recommendation_log" USING btree ("experiment_id","arm") WHERE "recommendation_log"."experiment_id" is not null;