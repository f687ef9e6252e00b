DROP INDEX "customers_name_trgm_idx";--> statement-breakpoint
ALTER TABLE "customers" ALTER COLUMN "name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "name_enc" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "email_enc" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "phone_enc" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "date_of_birth_enc" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "address_enc" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "name_bidx" text[];--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "email_bidx" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "phone_bidx" text;--> statement-breakpoint
ALTER TABLE "holdings" ADD COLUMN "account_number_enc" text;--> statement-breakpoint
CREATE INDEX "customers_name_bidx_idx" ON "customers" USING gin ("name_bidx");--> statement-breakpoint
CREATE INDEX "customers_tenant_email_bidx_idx" ON "customers" USING btree ("tenant_id","email_bidx");--> statement-breakpoint
CREATE INDEX "customers_tenant_phone_bidx_idx" ON "customers" USING btree ("tenant_id","phone_bidx");