CREATE TABLE "experiment_enrolments" (
	"experiment_id" bigint NOT NULL,
	"case_id" bigint NOT NULL,
	"tenant_id" text NOT NULL,
	"arm" text NOT NULL,
	"overdue_at_enrolment" double precision NOT NULL,
	"enrolled_at" timestamp with time zone NOT NULL,
	CONSTRAINT "experiment_enrolments_experiment_id_case_id_pk" PRIMARY KEY("experiment_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "recovery_experiments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "recovery_experiments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"hypothesis" text NOT NULL,
	"primary_metric" text NOT NULL,
	"arms" jsonb NOT NULL,
	"status" text NOT NULL,
	"started_by" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"stopped_by" text,
	"stopped_at" timestamp with time zone,
	"stop_note" text
);
--> statement-breakpoint
ALTER TABLE "experiment_enrolments" ADD CONSTRAINT "experiment_enrolments_experiment_id_recovery_experiments_id_fk" FOREIGN KEY ("experiment_id") REFERENCES "public"."recovery_experiments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiment_enrolments" ADD CONSTRAINT "experiment_enrolments_case_id_recovery_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."recovery_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "experiment_enrolments_case_idx" ON "experiment_enrolments" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "recovery_experiments_one_running_idx" ON "recovery_experiments" USING btree ("tenant_id") WHERE "recovery_experiments"."status" = 'RUNNING';