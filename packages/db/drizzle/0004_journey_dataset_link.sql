ALTER TABLE "journeys" ADD COLUMN "dataset_id" text;--> statement-breakpoint
ALTER TABLE "journeys" ADD COLUMN "dataset_filter" jsonb;--> statement-breakpoint
ALTER TABLE "journeys" ADD CONSTRAINT "journeys_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "journeys_dataset_id_idx" ON "journeys" USING btree ("dataset_id");